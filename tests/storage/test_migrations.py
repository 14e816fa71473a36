"""Every released schema upgrades to the current one, after a backup, without losing data."""

import shutil
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine

from desktop_app.domain.delivery import Channel, Recipient
from desktop_app.domain.plan import PlanSettings
from desktop_app.storage import migrator
from desktop_app.storage.plan_store import PlanStore
from desktop_app.storage.records import Base

FIXTURES = sorted((Path(__file__).parents[1] / "data" / "plans").glob("schema-*.dplan"))


def revision_of(fixture: Path) -> str:
    return fixture.stem.removeprefix("schema-")


def test_there_is_a_fixture_for_every_released_schema() -> None:
    assert {revision_of(path) for path in FIXTURES} == migrator.known_revisions()


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.name)
def test_every_released_plan_opens_upgraded_with_its_data(fixture: Path, tmp_path: Path) -> None:
    path = tmp_path / "old.dplan"
    shutil.copy(fixture, path)
    old_revision = revision_of(fixture)
    store = PlanStore.open(path)
    try:
        assert store.schema_revision() == migrator.head_revision()
        if old_revision == migrator.head_revision():
            assert store.upgraded_from is None and store.backup_path is None
        else:
            assert store.upgraded_from == old_revision
            assert store.backup_path is not None and store.backup_path.exists()
            backup = sqlite3.connect(store.backup_path)
            assert backup.execute("SELECT version_num FROM alembic_version").fetchone()[0] == old_revision
            backup.close()
        plan = store.read()
        assert plan.settings.name == f"Fixture plan {old_revision}"
        assert {d.native_name for d in plan.delegates} >= {"黃嘉敏"}
        assert plan.contacts[0].native_name == "สมชาย"
        assert plan.activities[0].title == "Pitch <b>&amp; 🎬"
        assert plan.activities[0].attendees[0].delegate_id == plan.delegates[0].id
    finally:
        store.close()
    reopened = PlanStore.open(path)  # a second open finds nothing to upgrade and writes no backup
    assert reopened.upgraded_from is None
    reopened.close()


def test_0002_marks_programme_activities_of_0001_plans(tmp_path: Path) -> None:
    path = tmp_path / "old.dplan"
    shutil.copy(FIXTURES[0], path)
    with PlanStore.open(path) as store:
        assert store.read().activities[0].source == "programme"  # it had an external id


def test_migrations_build_exactly_the_models_schema(tmp_path: Path) -> None:
    store = PlanStore.create(tmp_path / "fresh.dplan", PlanSettings())
    store.close()
    engine = create_engine(f"sqlite:///{tmp_path / 'fresh.dplan'}")
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    engine.dispose()
    assert differences == []


def test_fresh_plan_is_stamped_at_head(tmp_path: Path) -> None:
    store = PlanStore.create(tmp_path / "fresh.dplan")
    assert store.schema_revision() == migrator.head_revision()
    store.close()


def test_0003_moves_stays_out_of_delegates_and_turns_room_capacity_into_tables(tmp_path: Path) -> None:
    path = tmp_path / "old.dplan"
    shutil.copy(FIXTURES[1], path)  # schema 0002: Wong arrives 15 Mar 02:00Z, the hall held 12 at once
    with PlanStore.open(path) as store:
        plan = store.read()
    wong, anna = plan.delegates
    [stay] = plan.stays_of(wong.id)  # type: ignore[arg-type]
    assert stay.arrival == datetime(2025, 3, 15, 2, tzinfo=UTC)
    assert stay.departure == datetime(2025, 3, 21, 2, tzinfo=UTC)
    assert stay.timezone == "Asia/Hong_Kong"  # the first market's: the zone the times were read in
    assert plan.stays_of(anna.id) == []  # type: ignore[arg-type]  # no stay given: always there
    [hall] = plan.rooms
    assert (hall.tables, hall.capacity) == (12, None)  # 12 activities at once, seats unknown
    # Rebuilding delegates and rooms must not cascade into the rows that point at them.
    assert [a.delegate_id for a in plan.activities[0].attendees] == [wong.id, anna.id]
    assert plan.activities[0].room_id == hall.id and plan.requests[0].room_id == hall.id


def test_the_head_revision_constant_is_alembics_head() -> None:
    """Opening a plan at HEAD_REVISION skips Alembic; a new migration must move the constant."""
    assert migrator.head_revision() == migrator.HEAD_REVISION


def test_0004_makes_everyone_a_delegate_and_keeps_attendances_through_the_activities_rebuild(tmp_path: Path) -> None:
    path = tmp_path / "old.dplan"
    shutil.copy(FIXTURES[2], path)  # schema 0003
    with PlanStore.open(path) as store:
        plan = store.read()
    assert {(d.kind.value, d.languages) for d in (*plan.delegates, *plan.removed_delegates)} == {("delegate", ())}
    pitch = plan.activities[0]
    assert (pitch.interpreting, pitch.interpreter_id, pitch.duty_id) == ((), None, None)
    # Rebuilding activities must not cascade into attendances, contacts or former attendees.
    assert [(a.delegate_id, a.required) for a in pitch.attendees] == [(1, True), (2, False)]
    assert pitch.contact_ids == (1,) and pitch.former_attendee_ids == (3,)
    assert plan.deleted_activities[0].title == "Korean Night" and plan.duties == ()


def test_the_0004_plan_keeps_its_staff_duty_and_interpreting(tmp_path: Path) -> None:
    path = tmp_path / "old.dplan"
    shutil.copy(FIXTURES[3], path)  # schema 0004
    with PlanStore.open(path) as store:
        plan = store.read()
    [choi] = plan.staff
    assert (choi.native_name, choi.role, choi.languages) == ("최수아", "Interpreter", ("ko", "yue", "en"))
    [duty] = plan.duties
    assert (duty.shift_minutes, duty.min_staff, duty.max_staff) == (120, 1, 2)
    assert duty.delegation_ids == (1,) and duty.delegate_ids == (2,)
    pitch, shift = plan.activities
    assert pitch.interpreting == ("ko", "yue") and pitch.interpreter_id == choi.id
    assert (shift.kind.value, shift.duty_id, shift.delegate_ids) == ("booth_duty", duty.id, (1,))
def test_0005_delivery_rows_survive_and_read_back(tmp_path: Path) -> None:
    fixture = next(path for path in FIXTURES if revision_of(path) == "0005")
    path = tmp_path / "old.dplan"
    shutil.copy(fixture, path)
    with PlanStore.open(path) as store:
        plan = store.read()
    delivery = plan.delivery
    assert delivery.settings.caldav_url == "https://dav.example/dav/"
    assert (delivery.settings.smtp_host, delivery.settings.smtp_port) == ("smtp.example", 587)
    wong, anna = (d for d in plan.delegates if not d.is_staff)
    assert delivery.phone_channel(wong.id) is Channel.CALDAV  # type: ignore[arg-type]
    assert delivery.phone_channel(anna.id) is Channel.EMAIL  # type: ignore[arg-type]
    target = delivery.target(Recipient.delegate(wong.id), Channel.CALDAV)  # type: ignore[arg-type]
    assert target is not None and target.address.endswith("/wong-ka-man-3f9a2c/")
    [event] = target.events
    assert event.uid == plan.activities[0].uid and event.sequence == 0 and event.place == "黃大仙 Hall"
    assert event.start == plan.activities[0].start
    assert delivery.target(Recipient.delegation(1), Channel.PACK) is not None


def test_the_0005_fixture_is_rebuilt_by_its_script_from_the_previous_fixture(tmp_path: Path) -> None:
    """The lead re-chains 0005 after 0004 and regenerates the fixture: the script must keep working."""
    script = Path(__file__).parents[1] / "data" / "plans" / "build_schema_0005.py"
    rebuilt = tmp_path / "schema-0005.dplan"
    subprocess.run([sys.executable, str(script), str(rebuilt)], check=True, capture_output=True)
    with PlanStore.open(rebuilt) as store:
        plan = store.read()
    assert plan.settings.name == "Fixture plan 0005"
    assert {t.channel for t in plan.delivery.targets} == {Channel.CALDAV, Channel.EMAIL, Channel.PACK}


def test_0006_history_and_row_versions_survive_and_name_who_changed_what(tmp_path: Path) -> None:
    fixture = next(path for path in FIXTURES if revision_of(path) == "0006")
    path = tmp_path / "old.dplan"
    shutil.copy(fixture, path)
    with PlanStore.open(path) as store:
        history = store.history()
        assert [(entry.author, entry.id) for entry in history] == [("Lau Mei-ling", 2), ("Wong Ka-man 黃嘉敏", 1)]
        assert {(c.table, c.verb, c.count) for c in history[0].counts} == {
            ("activities", "moved", 1), ("delivered_events", "recorded", 1)}
        plan = store.read()
        with store.write() as tx:
            first = min(a.id for a in plan.activities if a.id is not None)
            assert tx.last_change(type(plan.activities[0]), first).author == "Lau Mei-ling"  # type: ignore[union-attr]
            assert tx.last_change(type(plan.duties[0]), plan.duties[0].id).author.startswith("Wong")  # type: ignore[union-attr]
    assert plan.settings.name == "Fixture plan 0006" and len(plan.delivery.targets) == 3


def test_the_0006_fixture_is_rebuilt_by_its_script_from_the_previous_fixture(tmp_path: Path) -> None:
    """0006 was re-chained after 0005 when merged: its script rebuilds the fixture from 0005's."""
    script = Path(__file__).parents[1] / "data" / "plans" / "build_schema_0006.py"
    previous = next(path for path in FIXTURES if revision_of(path) == "0005")
    rebuilt = tmp_path / "schema-0006.dplan"
    subprocess.run([sys.executable, str(script), str(previous), str(rebuilt)], check=True, capture_output=True)
    with PlanStore.open(rebuilt) as store:
        plan = store.read()
        assert [entry.author for entry in store.history()] == ["Lau Mei-ling", "Wong Ka-man 黃嘉敏"]
    assert plan.settings.name == "Fixture plan 0006"
    assert {t.channel for t in plan.delivery.targets} == {Channel.CALDAV, Channel.EMAIL, Channel.PACK}
