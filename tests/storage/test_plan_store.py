import hashlib
import sqlite3
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest

from desktop_app.domain.activities import Activity, Attendance
from desktop_app.domain.errors import DomainError, ValidationError
from desktop_app.domain.people import Contact, Delegate, Delegation, Project
from desktop_app.domain.places import Market, Room, TravelTime, Venue
from desktop_app.domain.plan import PlanSettings
from desktop_app.domain.requests import AvailabilityWindow, MeetingRequest, ParticipantKind, ParticipantRef
from desktop_app.domain.stays import Stay
from desktop_app.storage.errors import PlanFileError
from desktop_app.storage.plan_store import PlanStore

START = datetime(2025, 3, 17, 2, 0, tzinfo=UTC)


def fill(store: PlanStore) -> None:
    with store.write() as tx:
        tx.add(Market(None, "FilMart 2025", "Hong Kong", "Asia/Hong_Kong", date(2025, 3, 17), date(2025, 3, 20)))
        hkcec = tx.add(Venue(None, "HKCEC", "Asia/Hong_Kong", native_name="香港會議展覽中心",
                             address="1 Harbour Road", native_address="灣仔港灣道1號",
                             latitude=22.283, longitude=114.1733, opens=time(9), closes=time(19)))
        hotel = tx.add(Venue(None, "Rosewood", "Asia/Hong_Kong"))
        hall = tx.add(Room(None, hkcec.id, "HAF Hall", capacity=40, tables=12))
        tx.add(TravelTime(hkcec.id, hotel.id, 35))
        delegation = tx.add(Delegation(None, "Hong Kong Producers", manager_email="m@example.hk"))
        wong = tx.add(Delegate(None, "Wong Ka-man", delegation_id=delegation.id, native_name="黃嘉敏",
                               email="wong@example.hk", home_timezone="Asia/Hong_Kong"))
        tx.add(Stay(None, wong.id, START - timedelta(days=2), START + timedelta(days=4), "Asia/Hong_Kong",
                    hotel="Rosewood"))
        mueller = tx.add(Delegate(None, "Anna Müller", email="anna@example.de", home_timezone="Europe/Berlin"))
        investor = tx.add(Contact(None, "Somchai", native_name="สมชาย", country="Thailand"))
        project = tx.add(Project(None, "Night Ferry", original_title="夜渡", member_ids=(wong.id,)))
        request = tx.add(MeetingRequest(None, "R-1", investor.id, 30, project_id=project.id, priority=5,
                                        venue_id=hkcec.id, room_id=hall.id))
        tx.add(AvailabilityWindow(None, ParticipantRef(ParticipantKind.CONTACT, investor.id), START,
                                  START + timedelta(hours=4), "Asia/Hong_Kong"))
        tx.add(Activity(None, "Pitch <b>&amp; 🎬", START, START + timedelta(minutes=30), "Asia/Hong_Kong",
                        venue_id=hkcec.id, room_id=hall.id, project_id=project.id, request_id=request.id,
                        attendees=(Attendance(wong.id), Attendance(mueller.id, required=False)),
                        contact_ids=(investor.id,), external_id="HAF-1"))


def test_every_entity_round_trips(store: PlanStore, fixed_now: datetime) -> None:
    fill(store)
    plan = store.read()
    assert plan.settings.name == "Test plan"
    assert plan.venues[0].native_address == "灣仔港灣道1號" and plan.venues[0].opens == time(9)
    assert plan.travel_minutes(1, 2) == 35
    wong = plan.delegates[0]
    [stay] = plan.stays_of(wong.id)  # type: ignore[arg-type]
    assert wong.native_name == "黃嘉敏" and stay.arrival == START - timedelta(days=2) and stay.hotel == "Rosewood"
    assert stay.arrival.tzinfo is UTC  # type: ignore[union-attr]
    assert plan.rooms[0].capacity == 40 and plan.rooms[0].tables == 12
    assert plan.contacts[0].native_name == "สมชาย"
    assert plan.projects[0].member_ids == (wong.id,)
    activity = plan.activities[0]
    assert activity.title == "Pitch <b>&amp; 🎬" and activity.start == START
    assert activity.attendees == (Attendance(1), Attendance(2, required=False))
    assert activity.contact_ids == (1,) and activity.request_id == 1
    assert activity.created == fixed_now and activity.last_modified == fixed_now
    assert plan.availability[0].participant == ParticipantRef(ParticipantKind.CONTACT, 1)
    assert plan.requests[0].project_id == 1


def test_update_replaces_links_and_keeps_uid(store: PlanStore) -> None:
    fill(store)
    before = store.read().activities[0]
    with store.write() as tx:
        tx.update(before.revised(start=before.start + timedelta(hours=1), end=before.end + timedelta(hours=1),
                                 attendees=(Attendance(2),), contact_ids=()))
    after = store.read().activities[0]
    assert after.uid == before.uid and after.sequence == before.sequence + 1
    assert after.attendees == (Attendance(2),) and after.contact_ids == ()
    assert after.former_attendee_ids == (1,)  # Wong was taken off: her calendar must hear of it


def test_removed_people_and_deleted_activities_are_kept_apart_from_the_live_plan(store: PlanStore) -> None:
    fill(store)
    plan = store.read()
    wong, activity = plan.delegates[0], plan.activities[0]
    with store.write() as tx:
        tx.update(Delegate(**{**_fields(wong), "removed_at": START}))
        tx.update(activity.revised(deleted_at=START))
    plan = store.read()
    assert [d.name for d in plan.delegates] == ["Anna Müller"]
    assert [d.name for d in plan.removed_delegates] == ["Wong Ka-man"]
    assert plan.delegate_by_id[wong.id].name == "Wong Ka-man"  # type: ignore[index]  # a name for old rows
    assert plan.activities == () and plan.deleted_activities[0].uid == activity.uid
    assert plan.deleted_activities[0].sequence == activity.sequence + 1


def _fields(entity: object) -> dict[str, object]:
    return {name: getattr(entity, name) for name in entity.__dataclass_fields__}  # type: ignore[attr-defined]


def test_a_failing_action_writes_nothing(store: PlanStore) -> None:
    fill(store)
    with pytest.raises(RuntimeError), store.write() as tx:
        tx.add(Contact(None, "Half-added"))
        tx.delete(Activity, 1)
        raise RuntimeError("crash in the middle of a user action")
    plan = store.read()
    assert [c.name for c in plan.contacts] == ["Somchai"] and len(plan.activities) == 1


def test_room_of_another_venue_is_refused(store: PlanStore) -> None:
    fill(store)
    activity = store.read().activities[0]
    with pytest.raises(ValidationError, match="room 'HAF Hall' is not in venue 'Rosewood'"), store.write() as tx:
        tx.update(activity.revised(venue_id=2))


def test_unknown_attendee_is_refused_by_the_database_too(store: PlanStore) -> None:
    with pytest.raises(DomainError, match=r"(?i)foreign key"), store.write() as tx:
        tx.add(Activity(None, "x", START, START + timedelta(hours=1), "Asia/Hong_Kong", attendees=(Attendance(42),)))


def test_settings_can_be_changed(store: PlanStore) -> None:
    with store.write() as tx:
        tx.set_settings(PlanSettings(name="Berlinale → FilMart → Cannes", timezone="Europe/Paris"))
    assert store.read().settings.timezone == "Europe/Paris"


def test_file_uses_wal_and_foreign_keys(file_store: PlanStore, plan_path: Path) -> None:
    fill(file_store)
    connection = sqlite3.connect(plan_path)
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    connection.close()


def test_create_refuses_to_overwrite(file_store: PlanStore, plan_path: Path) -> None:
    with pytest.raises(PlanFileError, match="already exists"):
        PlanStore.create(plan_path)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"name,email\nAnna,anna@example.de\n", r"not a Delegation Planner plan \(not an SQLite database\)"),
        (b"", "not a Delegation Planner plan"),
        (b"SQLite format 3\x00" + b"\xff" * 4000, "corrupt"),
    ],
)
def test_not_a_plan_gives_one_line_and_leaves_the_file_alone(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "odd.dplan"
    path.write_bytes(content)
    before = digest(path)
    with pytest.raises(PlanFileError, match=message) as error:
        PlanStore.open(path)
    assert "\n" not in str(error.value)
    assert digest(path) == before


def test_another_sqlite_database_is_not_a_plan(tmp_path: Path) -> None:
    path = tmp_path / "photos.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE photos (id INTEGER)")
    connection.commit()
    connection.close()
    before = digest(path)
    with pytest.raises(PlanFileError, match="an SQLite database but not a Delegation Planner plan"):
        PlanStore.open(path)
    assert digest(path) == before


def test_a_plan_from_a_newer_version_is_refused_untouched(file_store: PlanStore, plan_path: Path) -> None:
    file_store.close()
    connection = sqlite3.connect(plan_path)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    before = digest(plan_path)
    with pytest.raises(PlanFileError, match=r"newer Delegation Planner \(schema 9999\)"):
        PlanStore.open(plan_path)
    assert digest(plan_path) == before


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(PlanFileError, match="no such plan file"):
        PlanStore.open(tmp_path / "nope.dplan")
    with pytest.raises(PlanFileError, match="is a folder"):
        PlanStore.open(tmp_path)
