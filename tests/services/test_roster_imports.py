"""Importing staff, booth duties and interpreting needs; removing and deleting what they name."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest

from desktop_app.domain.activities import Activity, ActivityKind, Attendance
from desktop_app.domain.people import Delegate, Delegation, PersonKind
from desktop_app.domain.places import Market, Room, Venue
from desktop_app.domain.plan import Plan, PlanSettings
from desktop_app.services.editing import deletion, journal
from desktop_app.services.editing.removal import remove_person
from desktop_app.services.imports import import_file
from desktop_app.services.imports.report import ChangeKind, ImportRejected
from desktop_app.services.lookup import find_delegate
from desktop_app.storage.plan_store import PlanStore

NOW = datetime(2025, 3, 1, 9, 30, tzinfo=UTC)
STAFF = """name,native_name,role,languages,email,phone,home_timezone,notes
Yoon Ha-eun,윤하은,Interpreter,ko; yue; en,yoon@interpreters.example,+852 5550 3310,Asia/Hong_Kong,
Nattaya Boonmee,ณัฐญา บุญมี,Interpreter,th en,nattaya@interpreters.example,,,
"""
PROGRAMME = """external_id,title,start,end,venue,room,attendees,interpreting,interpreter
M-1,Meeting with Hanbit,2025-03-17T10:00,2025-03-17T10:30,HKCEC,Booth A12,Wong Ka-man,ko-yue,Yoon Ha-eun
M-2,Meeting with Siam Screens,2025-03-17T11:00,2025-03-17T11:30,HKCEC,Booth A12,Kim Ji-woo,th/en,
"""
DUTIES = """venue,room,day,start,end,shift_minutes,min_staff,max_staff,eligible
HKCEC,Stand A10,2025-03-17,10:00,18:00,120,1,2,Producers
HKCEC,Stand A10,2025-03-18,10:00,16:00,120,2,,Producers; anna@example.de
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def plan_store(tmp_path: Path) -> Iterator[PlanStore]:
    store = PlanStore.create(tmp_path / "plan.dplan", PlanSettings(name="Test"), clock=lambda: NOW)
    with store.write() as tx:
        tx.add(Market(None, "FilMart 2025", "Hong Kong", "Asia/Hong_Kong", date(2025, 3, 17), date(2025, 3, 20)))
        hkcec = tx.add(Venue(None, "HKCEC", "Asia/Hong_Kong", opens=time(9), closes=time(19)))
        tx.add(Room(None, hkcec.id, "Booth A12", 9, tables=3))
        tx.add(Room(None, hkcec.id, "Stand A10", 6))
        producers = tx.add(Delegation(None, "Producers"))
        tx.add(Delegate(None, "Wong Ka-man", producers.id, native_name="黃嘉敏"))
        tx.add(Delegate(None, "Kim Ji-woo", producers.id))
        tx.add(Delegate(None, "Anna Müller", email="anna@example.de"))
    yield store
    store.close()


def imported(store: PlanStore, tmp_path: Path) -> Plan:
    import_file(store, write(tmp_path, "staff.csv", STAFF), "staff")
    import_file(store, write(tmp_path, "programme.csv", PROGRAMME), "programme")
    import_file(store, write(tmp_path, "duties.csv", DUTIES), "duties")
    return store.read()


def test_staff_are_imported_as_delegates_of_kind_staff_and_reimport_unchanged(plan_store: PlanStore,
                                                                              tmp_path: Path) -> None:
    report = import_file(plan_store, write(tmp_path, "staff.csv", STAFF), "staff")
    assert [c.description for c in report.changes] == [
        "added staff member Yoon Ha-eun <yoon@interpreters.example>",
        "added staff member Nattaya Boonmee <nattaya@interpreters.example>"]
    yoon, nattaya = plan_store.read().staff
    assert (yoon.kind, yoon.languages, yoon.role, yoon.native_name) == (PersonKind.STAFF, ("ko", "yue", "en"),
                                                                         "Interpreter", "윤하은")
    assert nattaya.languages == ("th", "en") and nattaya.delegation_id is None
    again = import_file(plan_store, write(tmp_path, "staff.csv", STAFF), "staff", dry_run=True)
    assert {c.kind for c in again.changes} == {ChangeKind.UNCHANGED}


def test_a_staff_file_with_a_bad_language_or_no_role_is_rejected_whole(plan_store: PlanStore, tmp_path: Path) -> None:
    bad = "name,role,languages\nYoon Ha-eun,Interpreter,korean\nPim,,th\n"
    with pytest.raises(ImportRejected) as rejected:
        import_file(plan_store, write(tmp_path, "staff.csv", bad), "staff")
    problems = {(p.row, p.column) for p in rejected.value.problems}
    assert problems == {(2, "languages"), (3, "role")}
    assert plan_store.read().staff == []


def test_a_delegate_listed_as_staff_becomes_staff(plan_store: PlanStore, tmp_path: Path) -> None:
    text = "name,role,languages\nKim Ji-woo,Interpreter,ko en\n"
    report = import_file(plan_store, write(tmp_path, "staff.csv", text), "staff")
    assert report.changes[0].description.startswith("updated Kim Ji-woo: ")
    assert "now staff" in report.changes[0].description
    assert find_delegate(plan_store.read(), "Kim Ji-woo").is_staff


def test_programme_needs_and_interpreters_and_duties_with_who_may_take_them(plan_store: PlanStore,
                                                                            tmp_path: Path) -> None:
    plan = imported(plan_store, tmp_path)
    hanbit, siam = plan.activities
    yoon = find_delegate(plan, "Yoon Ha-eun")
    assert hanbit.interpreting == ("ko", "yue") and hanbit.interpreter_id == yoon.id
    assert hanbit.attendance_of(yoon.id or 0) == Attendance(yoon.id or 0, True, interpreter=True)
    assert siam.interpreting == ("th", "en") and siam.interpreter_id is None
    first, second = plan.duties
    producers = plan.delegations[0].id
    anna = find_delegate(plan, "anna@example.de")
    assert (first.day, first.opens, first.closes, first.min_staff, first.max_staff) == (
        date(2025, 3, 17), time(10), time(18), 1, 2)
    assert first.delegation_ids == (producers,) and first.delegate_ids == ()
    assert second.delegate_ids == (anna.id,) and second.most_staff == 2
    for name, text, kind in (("programme.csv", PROGRAMME, "programme"), ("duties.csv", DUTIES, "duties")):
        again = import_file(plan_store, write(tmp_path, name, text), kind, dry_run=True)
        assert {c.kind for c in again.changes} == {ChangeKind.UNCHANGED}, again.changes


def test_a_programme_without_the_interpreter_column_keeps_the_interpreter_and_a_cleared_need_drops_it(
        plan_store: PlanStore, tmp_path: Path) -> None:
    imported(plan_store, tmp_path)
    without = "external_id,title,start,end,venue,room,attendees\n" + "\n".join(
        ",".join(line.split(",")[:7]) for line in PROGRAMME.splitlines()[1:]) + "\n"
    report = import_file(plan_store, write(tmp_path, "programme.csv", without), "programme")
    assert {c.kind for c in report.changes} == {ChangeKind.UNCHANGED}
    assert plan_store.read().activities[0].interpreter_id is not None
    cleared = PROGRAMME.replace("ko-yue,Yoon Ha-eun", ",")
    report = import_file(plan_store, write(tmp_path, "programme.csv", cleared), "programme")
    hanbit = plan_store.read().activities[0]
    assert (hanbit.interpreting, hanbit.interpreter_id) == ((), None)
    assert find_delegate(plan_store.read(), "Yoon Ha-eun").id in hanbit.former_attendee_ids  # told it is off
    assert "interpreting" in report.changes[0].description


def test_bad_needs_interpreters_and_duties_are_named_by_row_and_column(plan_store: PlanStore, tmp_path: Path) -> None:
    import_file(plan_store, write(tmp_path, "staff.csv", STAFF), "staff")
    programme = ("title,start,end,interpreting,interpreter\nA,2025-03-17T10:00,2025-03-17T11:00,ko,\n"
                 "B,2025-03-17T12:00,2025-03-17T13:00,,Yoon Ha-eun\nC,2025-03-17T14:00,2025-03-17T15:00,th-en,Nobody\n")
    with pytest.raises(ImportRejected) as rejected:
        import_file(plan_store, write(tmp_path, "programme.csv", programme), "programme")
    assert {(p.row, p.column) for p in rejected.value.problems} == {(2, "interpreting"), (3, "interpreter"),
                                                                    (4, "interpreter")}
    duties = ("venue,room,day,start,end,shift_minutes,min_staff,max_staff,eligible\n"
              "HKCEC,Stand A10,2025-03-17,18:00,10:00,120,1,,Producers\n"
              "HKCEC,Stand A10,2025-03-18,10:00,18:00,120,3,2,Nobody\n"
              "HKCEC,No such stand,2025-03-19,10:00,18:00,60,1,,\n")
    with pytest.raises(ImportRejected) as rejected:
        import_file(plan_store, write(tmp_path, "duties.csv", duties), "duties")
    assert {(p.row, p.column) for p in rejected.value.problems} == {(2, "end"), (3, "eligible"), (3, "max_staff"),
                                                                    (4, "room")}


def test_removing_an_interpreter_opens_the_need_and_leaves_the_duties_that_named_her(plan_store: PlanStore,
                                                                                     tmp_path: Path) -> None:
    plan = imported(plan_store, tmp_path)
    _effects, changes = remove_person(plan_store, lambda p: find_delegate(p, "Yoon Ha-eun"))
    assert plan_store.read().activities[0].interpreter_id is None
    _effects, changes = remove_person(plan_store, lambda p: find_delegate(p, "anna@example.de"))
    assert plan_store.read().duties[1].delegate_ids == ()
    journal.revert(plan_store, changes)
    assert plan_store.read().duties == plan.duties


def test_deleting_a_duty_settles_its_shifts_and_a_room_takes_its_duties_with_it(plan_store: PlanStore,
                                                                                tmp_path: Path) -> None:
    plan = imported(plan_store, tmp_path)
    duty = plan.duties[0]
    kim = find_delegate(plan, "Kim Ji-woo")
    with plan_store.write() as tx:
        tx.add(Activity(None, "Booth duty: Stand A10", datetime(2025, 3, 17, 2, tzinfo=UTC),
                        datetime(2025, 3, 17, 4, tzinfo=UTC), "Asia/Hong_Kong", kind=ActivityKind.BOOTH_DUTY,
                        venue_id=duty.venue_id, room_id=duty.room_id, attendees=(Attendance(kim.id or 0),),
                        duty_id=duty.id))
    with pytest.raises(deletion.NeedsChoice, match="used by 1 activity"):
        deletion.delete(plan_store, duty)
    _dependents, changes = deletion.delete(plan_store, duty, resolution=deletion.Resolution.CANCEL)
    after = plan_store.read()
    shift = next(a for a in after.activities if a.kind is ActivityKind.BOOTH_DUTY)
    assert shift.is_cancelled and shift.duty_id is None and len(after.duties) == 1
    journal.revert(plan_store, changes)  # the duty and its shift's link come back
    restored = plan_store.read()
    assert restored.duties == plan.duties
    assert next(a for a in restored.activities if a.kind is ActivityKind.BOOTH_DUTY).duty_id == duty.id
    stand = next(r for r in after.rooms if r.name == "Stand A10")
    dependents, _changes = deletion.delete(plan_store, stand, resolution=deletion.Resolution.DETACH)
    assert len(dependents.duties) == 2 and plan_store.read().duties == ()  # the duties went with their room
    kept = next(a for a in plan_store.read().activities if a.kind is ActivityKind.BOOTH_DUTY)
    assert (kept.room_id, kept.duty_id) == (None, None)
