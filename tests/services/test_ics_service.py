"""Exporting calendars from a plan file and importing calendars into one, end to end."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar, Event

from desktop_app.cli.main import run
from desktop_app.domain.activities import Activity, ActivityKind, ActivityStatus
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.places import Market
from desktop_app.domain.plan import Plan
from desktop_app.services.errors import UserError
from desktop_app.services.ics_service import export_calendars, import_ics
from desktop_app.services.imports import RemovalsNeedConfirmation, import_file
from desktop_app.services.imports.report import ChangeKind, ImportRejected, ImportReport
from desktop_app.storage.plan_store import PlanStore
from desktop_app.storage.writer import PlanWriter
from tests.formats.ics_fixtures import NOW, sample_plan
from tests.formats.test_ics_parsers import by_icalendar, by_icaljs, by_recurring_ical_events, by_vobject

DATA = Path(__file__).resolve().parents[1] / "data" / "ics"
ANNA = "anna@sales.example"


def store_plan(plan: Plan, path: Path) -> PlanStore:
    """``plan`` written into a new plan file; a fresh file numbers entities 1, 2, ... as the plan does."""
    store = PlanStore.create(path, plan.settings, clock=lambda: NOW)
    with store.write() as tx:
        for group in (plan.markets, plan.venues, plan.rooms, plan.delegations, plan.delegates, plan.contacts,
                      plan.projects, plan.activities):
            for entity in group:
                assert tx.add(entity).id == entity.id  # type: ignore[attr-defined]
    return store


@pytest.fixture
def plan_store(tmp_path: Path) -> Iterator[PlanStore]:
    store = store_plan(sample_plan(), tmp_path / "sample.dplan")
    yield store
    store.close()


def events_in(path: Path) -> dict[str, Event]:
    return {str(e["UID"]): e for e in Calendar.from_ical(path.read_bytes()).walk("VEVENT")}


def write_text(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def anna_file(paths: list[Path]) -> Path:
    return next(p for p in paths if p.name == "Anna Müller.ics")


# --- export -----------------------------------------------------------------------------


def test_export_move_export_keeps_the_uid_and_raises_the_sequence_then_cancel(
    plan_store: PlanStore, tmp_path: Path
) -> None:
    first = events_in(anna_file(export_calendars(plan_store.read(), tmp_path / "v1", now=NOW)))
    with plan_store.write() as tx:
        opening = tx.snapshot().activity_by_id[1]
        tx.update(opening.revised(start=opening.start + timedelta(hours=1), end=opening.end + timedelta(hours=1)))
    second = events_in(anna_file(export_calendars(plan_store.read(), tmp_path / "v2", now=NOW)))
    with plan_store.write() as tx:
        tx.update(tx.snapshot().activity_by_id[1].revised(status=ActivityStatus.CANCELLED))
    third = events_in(anna_file(export_calendars(plan_store.read(), tmp_path / "v3", now=NOW)))

    uid = "activity-1@delegation-planner"
    assert set(first) == set(second) == set(third)  # same UIDs: calendars update instead of duplicating
    assert [e[uid]["SEQUENCE"] for e in (first, second, third)] == [0, 1, 2]
    assert timedelta(hours=1) == second[uid].DTSTART - first[uid].DTSTART
    assert second[uid]["LAST-MODIFIED"].dt == NOW
    assert third[uid]["STATUS"] == "CANCELLED"
    untouched = "activity-6@delegation-planner"
    assert first[untouched]["SEQUENCE"] == third[untouched]["SEQUENCE"] == 0


def test_export_writes_one_file_per_delegate_delegation_and_project(plan_store: PlanStore, tmp_path: Path) -> None:
    paths = export_calendars(plan_store.read(), tmp_path / "out", now=NOW)
    assert sorted(p.relative_to(tmp_path / "out").as_posix() for p in paths) == [
        "delegates/Anna Müller.ics", "delegates/CON_.ics", "delegates/Kim Ji-woo 김지우.ics",
        "delegates/Wong Ka-man 黃嘉敏.ics", "delegates/Zoë Films.ics",
        "delegations/European Sales.ics", "delegations/HK Producers 港產片.ics",
        "projects/The Harbour Ferry.ics",
    ]
    assert not list((tmp_path / "out").rglob(".*.part"))


def test_export_selected_calendars(plan_store: PlanStore, tmp_path: Path) -> None:
    plan = plan_store.read()
    paths = export_calendars(plan, tmp_path, delegates=["ANNA@sales.example", "黃嘉敏", "Kim Ji-woo"],
                             delegations=["european sales"], projects=["天星小輪"], now=NOW)
    assert [p.relative_to(tmp_path).as_posix() for p in paths] == [
        "delegates/Anna Müller.ics", "delegates/Wong Ka-man 黃嘉敏.ics", "delegates/Kim Ji-woo 김지우.ics",
        "delegations/European Sales.ics", "projects/The Harbour Ferry.ics",
    ]
    assert set(events_in(paths[4])) == {"activity-2@delegation-planner"}
    european = set(events_in(paths[3]))
    assert "activity-3@delegation-planner" in european and "activity-10@delegation-planner" not in european


def test_export_chooses_delegates_by_id_too(plan_store: PlanStore, tmp_path: Path) -> None:
    plan = plan_store.read()
    paths = export_calendars(plan, tmp_path, delegate_ids=[2, 1], delegates=[ANNA], now=NOW)
    assert [p.relative_to(tmp_path).as_posix() for p in paths] == [
        "delegates/Wong Ka-man 黃嘉敏.ics", "delegates/Anna Müller.ics"]  # Anna once
    with pytest.raises(UserError, match="the plan has no delegate with id 99"):
        export_calendars(plan, tmp_path / "x", delegate_ids=[99], now=NOW)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"delegates": ["nobody@example.org"]}, "no delegate has the email 'nobody@example.org'"),
        ({"delegations": ["Nowhere"]}, "no delegation called 'Nowhere'"),
        ({"projects": ["Untitled"]}, "no project titled 'Untitled'"),
        ({"alarm_minutes": -5}, "the reminder must be between 0 and"),
    ],
)
def test_export_mistakes_are_user_errors(
    plan_store: PlanStore, tmp_path: Path, options: dict[str, object], message: str
) -> None:
    with pytest.raises(UserError, match=message):
        export_calendars(plan_store.read(), tmp_path, now=NOW, **options)  # type: ignore[arg-type]


def test_export_into_a_file_is_a_user_error(plan_store: PlanStore, tmp_path: Path) -> None:
    target = tmp_path / "calendars"
    target.write_text("not a folder", encoding="utf-8")
    with pytest.raises(UserError, match="is a file"):
        export_calendars(plan_store.read(), target, now=NOW)


def test_zip_output_holds_every_calendar_under_its_utf8_name(plan_store: PlanStore, tmp_path: Path) -> None:
    (archive_path,) = export_calendars(plan_store.read(), tmp_path / "out", zip_output=True, now=NOW)
    assert archive_path.name == "Test plan FilMart Cannes calendars.zip"
    with zipfile.ZipFile(archive_path) as archive:
        names = archive.namelist()
        assert "delegates/Wong Ka-man 黃嘉敏.ics" in names and len(names) == 8
        anna = Calendar.from_ical(archive.read("delegates/Anna Müller.ics"))
    assert len(anna.walk("VEVENT")) == 8
    assert list((tmp_path / "out").iterdir()) == [archive_path]


def test_demo_plan_every_file_read_alike_by_four_parsers(tmp_path: Path) -> None:
    from desktop_app.services.demo_service import create_demo_plan
    from tests.formats.ics_fixtures import read_with_icaljs

    with create_demo_plan(tmp_path / "demo.dplan", now=NOW) as store:
        plan = store.read()
    paths = export_calendars(plan, tmp_path / "out", everything=True, now=NOW)
    assert len(paths) >= len(plan.delegates) + len(plan.delegations)
    by_uid = {a.uid: a for a in plan.activities}
    icaljs = read_with_icaljs(*paths)
    for path in paths:
        data = path.read_bytes()
        assert Calendar.from_ical(data).get_missing_tzids() == set()
        readings = [by_icalendar(data), by_vobject(data), by_recurring_ical_events(data), by_icaljs(icaljs[str(path)])]
        expected = {(uid, by_uid[uid].start, by_uid[uid].end) for uid, _, _ in readings[0]}
        assert expected, path.name
        for reading in readings:
            assert reading == expected, path.name


# --- import -----------------------------------------------------------------------------


def activities_by_uid(store: PlanStore) -> dict[str, Activity]:
    return {a.uid: a for a in store.read().activities}


def test_programme_import_adds_matches_places_and_reimport_changes_nothing(plan_store: PlanStore) -> None:
    before = len(plan_store.read().activities)
    report = import_ics(plan_store, DATA / "programme_recurring.ics", "programme")
    assert report.count(ChangeKind.ADDED) == 4
    assert any("cancelled and not in the plan" in w for w in report.warnings)
    activities = activities_by_uid(plan_store)
    assert len(activities) == before + 4
    first = activities["briefing-2025@filmart.example#20250317T010000Z"]
    assert (first.venue_id, first.room_id, first.kind) == (1, 1, ActivityKind.NETWORKING)
    assert first.external_id == first.uid
    panel = activities["panel-streaming@filmart.example"]
    assert (panel.venue_id, panel.room_id, panel.kind) == (1, 2, ActivityKind.PANEL)  # native venue name
    closing = activities["closing-party@filmart.example"]
    assert closing.venue_id is None and closing.notes == "Location: Rosewood Hong Kong"
    assert closing.status is ActivityStatus.TENTATIVE
    assert activities["briefing-2025@filmart.example#20250318T010000Z"].start == datetime(2025, 3, 18, 1, 30,
                                                                                          tzinfo=UTC)

    again = import_ics(plan_store, DATA / "programme_recurring.ics", "programme")
    assert again.count(ChangeKind.ADDED) == 0 and again.count(ChangeKind.UNCHANGED) == 4
    assert len(plan_store.read().activities) == before + 4


def test_programme_reissued_with_a_move_a_cancellation_and_a_dropped_instance(
    plan_store: PlanStore, tmp_path: Path
) -> None:
    import_ics(plan_store, DATA / "programme_recurring.ics", "programme")
    text = (DATA / "programme_recurring.ics").read_text(encoding="utf-8")
    reissued = (
        text.replace("DTSTART;TZID=Asia/Hong_Kong:20250318T143000", "DTSTART;TZID=Asia/Hong_Kong:20250318T160000")
        .replace("DTEND;TZID=Asia/Hong_Kong:20250318T153000", "DTEND;TZID=Asia/Hong_Kong:20250318T170000")
        .replace("STATUS:TENTATIVE", "STATUS:CANCELLED")
        .replace("EXDATE;TZID=Asia/Hong_Kong:20250319T090000", "EXDATE;TZID=Asia/Hong_Kong:20250319T090000,"
                 "20250317T090000")
    )
    path = tmp_path / "programme_v2.ics"
    path.write_text(reissued, encoding="utf-8", newline="")

    preview = import_ics(plan_store, path, "programme", dry_run=True)
    assert activities_by_uid(plan_store)["panel-streaming@filmart.example"].sequence == 0  # nothing written
    report = import_ics(plan_store, path, "programme")
    assert [(c.kind, c.key) for c in report.changes if c.kind is not ChangeKind.UNCHANGED] == [
        (c.kind, c.key) for c in preview.changes if c.kind is not ChangeKind.UNCHANGED
    ]
    changes = {c.key: c for c in report.changes}
    assert changes["panel-streaming@filmart.example"].kind is ChangeKind.MOVED
    assert changes["closing-party@filmart.example"].kind is ChangeKind.CANCELLED
    dropped = "briefing-2025@filmart.example#20250317T010000Z"
    assert changes[dropped].kind is ChangeKind.CANCELLED
    activities = activities_by_uid(plan_store)
    panel = activities["panel-streaming@filmart.example"]
    assert panel.start == datetime(2025, 3, 18, 8, tzinfo=UTC) and panel.sequence == 1
    assert activities["closing-party@filmart.example"].is_cancelled
    assert activities[dropped].is_cancelled and activities[dropped].sequence == 1


PLAIN = DATA / "programme_plain.ics"  # Producers Connect: three plain (non-recurring) events
PANEL = "pc-panel-sales@haf.example"
HAF_CSV = ("external_id,title,start,end,venue,attendees\n"
           "HAF-1,HAF project pitch,2025-03-18T15:00,2025-03-18T16:00,HKCEC,anna@sales.example\n")


def without_event(path: Path, uid: str) -> bytes:
    """``path`` as its organiser re-issues it without the event ``uid``."""
    calendar = Calendar.from_ical(path.read_bytes())
    calendar.subcomponents[:] = [c for c in calendar.subcomponents if c.get("UID") != uid]
    assert len(calendar.walk("VEVENT")) < len(Calendar.from_ical(path.read_bytes()).walk("VEVENT"))
    return calendar.to_ical()


def not_unchanged(report: ImportReport) -> list[tuple[ChangeKind, str, str]]:
    return [(c.kind, c.key, c.description) for c in report.changes if c.kind is not ChangeKind.UNCHANGED]


def test_a_plain_event_dropped_from_a_reissued_programme_is_removed_then_reinstated(
    plan_store: PlanStore, tmp_path: Path
) -> None:
    # other organisers' programmes (a CSV and a calendar) and the hand-made activities stay as they are
    import_file(plan_store, write_text(tmp_path / "haf.csv", HAF_CSV), "programme")
    import_ics(plan_store, DATA / "programme_recurring.ics", "programme")
    assert import_ics(plan_store, PLAIN, "programme").count(ChangeKind.ADDED) == 3
    before = plan_store.read()
    assert {a.source for a in before.activities if a.uid.endswith("@haf.example")} == {"programme_plain.ics"}
    reissue = tmp_path / "programme_plain.ics"
    reissue.write_bytes(without_event(PLAIN, PANEL))

    preview = import_ics(plan_store, reissue, "programme", dry_run=True)
    assert plan_store.read() == before  # a dry run writes nothing
    with pytest.raises(RemovalsNeedConfirmation, match="no longer lists 1 activity") as refused:
        import_ics(plan_store, reissue, "programme")  # cancelling what a file left out is asked first
    assert [c.key for c in refused.value.removals] == [PANEL] and plan_store.read() == before
    assert not_unchanged(import_ics(plan_store, reissue, "programme", partial=True)) == []  # a correction
    report = import_ics(plan_store, reissue, "programme", cancel_missing=True)
    removed = [(ChangeKind.REMOVED, PANEL, "'Panel: 國際發行 – selling Asian films abroad' "
                                          "(Tue 18 Mar 10:00–11:00 HKT) is no longer in the file: marked cancelled")]
    assert not_unchanged(preview) == not_unchanged(report) == removed
    assert report.count(ChangeKind.UNCHANGED) == preview.count(ChangeKind.UNCHANGED) == 2
    after = plan_store.read()
    assert len(after.activities) == len(before.activities)  # cancelled, never deleted
    panel = activities_by_uid(plan_store)[PANEL]
    assert panel == {a.uid: a for a in before.activities}[PANEL].revised(status=ActivityStatus.CANCELLED)
    assert panel.sequence == 1  # calendars holding it re-read it as cancelled
    assert [a for a in after.activities if a.uid != PANEL] == [a for a in before.activities if a.uid != PANEL]

    again = import_ics(plan_store, reissue, "programme")  # still cancelled, not reported twice
    assert not_unchanged(again) == [] and again.count(ChangeKind.UNCHANGED) == 2

    back = import_ics(plan_store, PLAIN, "programme")
    assert not_unchanged(back) == [(ChangeKind.UPDATED, PANEL, "reinstated 'Panel: 國際發行 – selling Asian films "
                                                               "abroad' (confirmed, Tue 18 Mar 10:00–11:00 HKT)")]
    panel = activities_by_uid(plan_store)[PANEL]
    assert panel.status is ActivityStatus.CONFIRMED and panel.sequence == 2


def test_a_renamed_reissue_still_finds_what_its_first_version_brought(plan_store: PlanStore, tmp_path: Path) -> None:
    import_ics(plan_store, PLAIN, "programme")
    renamed = tmp_path / "producers-connect-v2.ics"
    renamed.write_bytes(without_event(PLAIN, PANEL))
    report = import_ics(plan_store, renamed, "programme", cancel_missing=True)
    assert [(kind, key) for kind, key, _ in not_unchanged(report)] == [(ChangeKind.REMOVED, PANEL)]
    sources = {uid: a.source for uid, a in activities_by_uid(plan_store).items() if uid.endswith("@haf.example")}
    assert sources == {"pc-workshop-budgets@haf.example": "producers-connect-v2.ics",
                       "pc-mixer@haf.example": "producers-connect-v2.ics", PANEL: "programme_plain.ics"}
    # a third version under the second name, listing only a new event, still finds the other two
    third = tmp_path / "producers-connect-v2.ics"
    third.write_bytes(without_event(renamed, "pc-mixer@haf.example"))
    assert [(kind, key) for kind, key, _ in not_unchanged(import_ics(plan_store, third, "programme",
                                                                     cancel_missing=True))] == [
        (ChangeKind.REMOVED, "pc-mixer@haf.example")]


def test_the_plans_own_events_imported_back_are_never_removed(plan_store: PlanStore, tmp_path: Path) -> None:
    import_file(plan_store, write_text(tmp_path / "haf.csv", HAF_CSV), "programme")
    (exported,) = export_calendars(plan_store.read(), tmp_path / "out", delegates=[ANNA], now=NOW)
    first = import_ics(plan_store, exported, "programme")
    pitch = next(a for a in plan_store.read().activities if a.external_id == "HAF-1")
    assert pitch.source == "haf.csv"  # matched by UID, not by the file's id: still the CSV's
    smaller = tmp_path / exported.name
    smaller.write_bytes(without_event(exported, pitch.uid))
    second = import_ics(plan_store, smaller, "programme")
    assert not any(c.kind is ChangeKind.REMOVED for c in (*first.changes, *second.changes))
    assert next(a for a in plan_store.read().activities if a.external_id == "HAF-1") == pitch


def test_availability_import_blocks_the_delegates_time_and_follows_the_calendar(
    plan_store: PlanStore, tmp_path: Path
) -> None:
    report = import_file(plan_store, DATA / "google_export.ics", "availability", delegate=ANNA)
    plan = plan_store.read()
    busy = [a for a in plan.activities if a.uid.startswith("busy:1:")]
    assert {a.external_id for a in busy} == {
        "1k2j3h4g5f6d7s8a9@google.com#20250317T080000Z", "0a9b8c7d6e5f@google.com", "5f4e3d2c1b0a@google.com",
        "1k2j3h4g5f6d7s8a9@google.com#20250519T070000Z",  # the weekly call, in the Cannes week too
    }
    assert all(a.kind is ActivityKind.PERSONAL and a.delegate_ids == (1,) for a in busy)
    assert report.count(ChangeKind.ADDED) == 4
    assert any("free or cancelled" in w for w in report.warnings)  # transparent events block nothing

    # the busy time is not sent back to Anna's phone (it came from there), but the manager sees it
    paths = export_calendars(plan, tmp_path / "out", now=NOW)
    assert not any(uid.startswith("busy:") for uid in events_in(anna_file(paths)))
    european = next(p for p in paths if p.name == "European Sales.ics")
    assert {a.uid for a in busy} <= set(events_in(european))

    text = (DATA / "google_export.ics").read_text(encoding="utf-8")  # newlines read as "\n"
    path = tmp_path / "google_v2.ics"
    cancelled = text.replace("STATUS:CONFIRMED\nSUMMARY:Dinner", "STATUS:CANCELLED\nSUMMARY:Dinner")
    assert cancelled != text
    path.write_text(cancelled, encoding="utf-8", newline="\r\n")
    second = import_ics(plan_store, path, "availability", delegate="Anna Müller")
    assert [(c.kind, c.key) for c in second.changes if c.kind is not ChangeKind.UNCHANGED] == [
        (ChangeKind.REMOVED, "0a9b8c7d6e5f@google.com")
    ]
    assert "busy:1:0a9b8c7d6e5f@google.com" not in activities_by_uid(plan_store)


def test_availability_skips_the_plans_own_events_coming_back(plan_store: PlanStore, tmp_path: Path) -> None:
    paths = export_calendars(plan_store.read(), tmp_path / "out", delegates=[ANNA], now=NOW)
    before = len(plan_store.read().activities)
    report = import_ics(plan_store, paths[0], "availability", delegate=ANNA)
    assert report.count(ChangeKind.ADDED) == 0
    assert any("already in the plan" in w for w in report.warnings)
    assert len(plan_store.read().activities) == before


def test_outlook_and_apple_files_import_as_programme_with_their_instants(plan_store: PlanStore) -> None:
    import_ics(plan_store, DATA / "outlook_export.ics", "programme", delegate=ANNA)
    import_ics(plan_store, DATA / "apple_export.ics", "programme")
    activities = activities_by_uid(plan_store)
    stand_ups = sorted(a.start for uid, a in activities.items() if "99999999999999999999999999#" in uid)
    assert stand_ups == [datetime(2025, 3, 17, 8, tzinfo=UTC), datetime(2025, 3, 18, 9, 30, tzinfo=UTC),
                         datetime(2025, 3, 20, 8, tzinfo=UTC)]
    assert all(a.delegate_ids == (1,) for uid, a in activities.items() if uid.startswith("0400000082"))
    workshop = activities["8D1C7E4A-3B2F-4E5D-9A8B-1C2D3E4F5A6B"]
    assert (workshop.kind, workshop.venue_id, workshop.room_id) == (ActivityKind.WORKSHOP, 1, 1)
    assert "4D5E6F70-8192-4A3B-B4C5-D6E7F8091A2B" not in activities  # all-day: no time to plan


def test_a_broken_file_is_rejected_whole_and_the_plan_is_unchanged(plan_store: PlanStore) -> None:
    before = plan_store.read().activities
    with pytest.raises(ImportRejected) as rejected:
        import_ics(plan_store, DATA / "broken_bad_date.ics", "programme")
    (problem,) = rejected.value.problems
    assert (problem.file, problem.row, problem.column) == ("broken_bad_date.ics", 11, "DTSTART")
    assert plan_store.read().activities == before


@pytest.mark.parametrize(
    ("as_kind", "delegate", "message"),
    [
        ("availability", None, "needs --delegate"),
        ("requests", None, "imports as programme or availability"),
        ("availability", "ghost@example.org", "no delegate has the email"),
    ],
)
def test_import_mistakes_are_user_errors(
    plan_store: PlanStore, as_kind: str, delegate: str | None, message: str
) -> None:
    with pytest.raises(UserError, match=message):
        import_ics(plan_store, DATA / "google_export.ics", as_kind, delegate=delegate)


def test_a_dry_run_reports_exactly_what_the_import_then_does(plan_store: PlanStore) -> None:
    before = plan_store.read()
    dry = import_ics(plan_store, DATA / "google_export.ics", "availability", delegate=ANNA, dry_run=True)
    assert plan_store.read() == before  # rolled back
    real = import_ics(plan_store, DATA / "google_export.ics", "availability", delegate=ANNA)
    assert (dry.changes, dry.warnings, dry.dry_run, real.dry_run) == (real.changes, real.warnings, True, False)
    assert dry.summary.replace("would change", "changed") == real.summary


def test_a_dry_run_meets_the_checks_only_the_writer_makes(plan_store: PlanStore,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """A rule the database checks (here: a room of another venue) fails the dry run as the import."""
    real_add = PlanWriter.add

    def checking_add(self: PlanWriter, entity: object, **kwargs: object) -> object:
        if isinstance(entity, Activity) and entity.room_id is not None:
            raise ValidationError("room", "room 'N201' is not in venue 'Rosewood'")
        return real_add(self, entity, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(PlanWriter, "add", checking_add)
    before = plan_store.read()
    for dry_run in (True, False):
        with pytest.raises(ValidationError, match="is not in venue"):
            import_ics(plan_store, DATA / "programme_recurring.ics", "programme", dry_run=dry_run)
    assert plan_store.read() == before


def test_a_dry_run_reads_the_plan_inside_its_transaction(plan_store: PlanStore,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Market dates (the import's windows) come from the same snapshot the changes are planned on."""
    stale = replace(plan_store.read(), markets=())  # what a read before another window's edit saw

    monkeypatch.setattr(plan_store, "read", lambda: stale)
    report = import_ics(plan_store, DATA / "programme_recurring.ics", "programme", dry_run=True)
    assert report.count(ChangeKind.ADDED) == 4


def test_a_plan_without_dates_cannot_place_recurring_events(tmp_path: Path) -> None:
    with PlanStore.create(tmp_path / "empty.dplan") as store, pytest.raises(UserError, match="no market dates"):
        import_ics(store, DATA / "programme_recurring.ics", "programme")


# --- command line -----------------------------------------------------------------------


def test_cli_export_ics(plan_store: PlanStore, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan_path = plan_store.path
    plan_store.close()
    code = run(["export", "ics", str(plan_path), str(tmp_path / "out"), "--delegate", ANNA, "--alarm", "none"])
    assert code == 0
    assert "1 file(s) written" in capsys.readouterr().out
    anna = tmp_path / "out" / "delegates" / "Anna Müller.ics"
    assert b"VALARM" not in anna.read_bytes()
    assert run(["export", "ics", str(plan_path), str(tmp_path / "z"), "--all", "--zip", "--alarm", "30"]) == 0
    assert len(list((tmp_path / "z").glob("*.zip"))) == 1
    assert run(["export", "ics", str(plan_path), str(tmp_path / "x"), "--delegate", "nobody"]) == 1
    assert "no delegate" in capsys.readouterr().err
    assert run(["export", "ics", str(plan_path), str(tmp_path / "x"), "--alarm", "soon"]) == 2


def test_cli_alarm_out_of_range_is_a_usage_error_worded_as_the_service_words_it(
        plan_store: PlanStore, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan_path = plan_store.path
    plan_store.close()
    assert run(["export", "ics", str(plan_path), str(tmp_path / "x"), "--alarm", "20000"]) == 2
    assert "the reminder must be between 0 and 10080 minutes before the event, got 20000" in capsys.readouterr().err
    assert not (tmp_path / "x").exists()


def test_cli_import_ics_dry_run_then_real(plan_store: PlanStore, capsys: pytest.CaptureFixture[str]) -> None:
    plan_path = plan_store.path
    plan_store.close()
    source = str(DATA / "programme_recurring.ics")
    assert run(["import", str(plan_path), source, "--as", "programme", "--dry-run"]) == 0
    with PlanStore.open(plan_path) as store:
        assert len(store.read().activities) == 10
    assert run(["import", str(plan_path), source, "--as", "programme"]) == 0
    with PlanStore.open(plan_path) as store:
        assert len(store.read().activities) == 14
    assert run(["import", str(plan_path), str(DATA / "broken_cut_short.ics"), "--as", "programme"]) == 1
    assert "line 11" in capsys.readouterr().err


def test_market_dates_bound_the_expansion() -> None:
    from desktop_app.services.imports.calendar import import_windows

    plan = sample_plan()
    haf = replace(plan.markets[0], id=3, name="HAF", first_day=date(2025, 3, 17), last_day=date(2025, 3, 19))
    assert import_windows(replace(plan, markets=(*plan.markets, haf))) == [
        (datetime(2025, 3, 16, 16, tzinfo=UTC), datetime(2025, 3, 20, 16, tzinfo=UTC)),  # 17–20 March HKT
        (datetime(2025, 5, 12, 22, tzinfo=UTC), datetime(2025, 5, 21, 22, tzinfo=UTC)),  # 13–21 May CEST
    ]


def test_a_time_the_clocks_skip_or_repeat_is_a_warning_in_the_import_report(tmp_path: Path) -> None:
    plan = sample_plan()
    lille = Market(3, "Series Mania 2025", "Lille", "Europe/Paris", date(2025, 3, 28), date(2025, 4, 2))
    path = write_text(tmp_path / "night.ics", (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Series Mania//EN\r\n"
        "BEGIN:VEVENT\r\nUID:night-shoot@seriesmania.example\r\nDTSTAMP:20250301T000000Z\r\n"
        "DTSTART;TZID=Europe/Paris:20250330T023000\r\nDTEND;TZID=Europe/Paris:20250330T043000\r\n"
        "SUMMARY:Night shoot visit\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"))
    with store_plan(replace(plan, markets=(*plan.markets, lille)), tmp_path / "lille.dplan") as store:
        report = import_ics(store, path, "programme", dry_run=True)
    assert report.warnings == ["'Night shoot visit', start time: 2025-03-30 02:30 does not exist in "
                               "Europe/Paris (clocks go forward at 02:00); read as 03:30 CEST"]
    assert [c.description for c in report.changes] == ["added 'Night shoot visit' (Sun 30 Mar 03:30–04:30 CEST)"]
