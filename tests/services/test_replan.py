"""Contingency re-plan on a real plan file: the range, the filters, one transaction, what it reports."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar

from desktop_app.domain.activities import Activity, ActivityStatus
from desktop_app.domain.conflicts import ConflictKind
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.timezones import localize
from desktop_app.services import ics_service, pdf_service
from desktop_app.services.editing.journal import revert
from desktop_app.services.editing.replan import (
    Place,
    Replan,
    market_time,
    preview,
    replan_activities,
)
from desktop_app.storage.plan_store import PlanStore
from tests.replan_sample import HK, fill_replan_plan, hk

NOW = datetime(2025, 3, 1, 9, 30, tzinfo=UTC)


@pytest.fixture
def plan_store(store: PlanStore) -> PlanStore:
    return fill_replan_plan(store)


def ids(store: PlanStore, *titles: str) -> frozenset[int]:
    plan = store.read()
    return frozenset(a.id for a in (*plan.activities, *plan.deleted_activities) if a.title in titles and a.id)


def titles(outcome: object) -> list[str]:
    return [after.title for _before, after in outcome.activities]  # type: ignore[attr-defined]


def by_title(store: PlanStore) -> dict[str, Activity]:
    return {a.title: a for a in store.read().activities}


def morning(**what: object) -> Replan:
    return Replan(hk(18, 9), hk(18, 13), **what)  # type: ignore[arg-type]


def test_a_shift_moves_what_overlaps_the_range_in_one_step_and_says_who_is_affected(plan_store: PlanStore) -> None:
    hkcec = {v.name: v.id for v in plan_store.read().venues}["HKCEC"]
    outcome = replan_activities(plan_store, morning(venue_ids=frozenset({hkcec}), shift=timedelta(hours=4)),
                                clock=lambda: NOW)

    assert titles(outcome) == ["Morning panel", "Straddles noon"]  # overlapping, at HKCEC, not cancelled
    now = by_title(plan_store)
    assert (now["Morning panel"].start, now["Straddles noon"].end) == (hk(18, 13), hk(18, 17, 30))
    assert now["Morning panel"].sequence == 1 and now["Hotel meeting"].sequence == 0
    assert now["Already cancelled"].start == hk(18, 10)
    names = {d.id: d.name for d in plan_store.read().delegates}
    assert [names[d] for d in outcome.delegate_ids] == ["Kim Ji-woo", "Wong Ka-man"]
    assert not outcome.dry_run
    # the panel now overlaps Kim's afternoon, the noon one Wong's late lunch: created, named
    created = {(c.kind, c.subject) for c in outcome.conflicts_created}
    assert created == {(ConflictKind.DOUBLE_BOOKED, "Kim Ji-woo"), (ConflictKind.DOUBLE_BOOKED, "Wong Ka-man")}
    # and Wong no longer rushes from the panel at HKCEC to the hotel at 10:00
    assert [(c.kind, c.subject) for c in outcome.conflicts_resolved] == [(ConflictKind.TRAVEL_TIME, "Wong Ka-man")]
    # one transaction: one record, and reverting it puts everything back
    revert(plan_store, outcome.changes)
    back = by_title(plan_store)
    assert (back["Morning panel"].start, back["Straddles noon"].start) == (hk(18, 9), hk(18, 12, 30))
    assert back["Morning panel"].sequence == 2  # undo never lowers SEQUENCE


def test_filters_narrow_each_other_delegates_and_rooms(plan_store: PlanStore) -> None:
    plan = plan_store.read()
    venues = {v.name: v.id for v in plan.venues}
    rooms = {r.name: r.id for r in plan.rooms}
    wong = next(d.id for d in plan.delegates if d.name == "Wong Ka-man")

    assert titles(preview(plan, morning(delegate_ids=frozenset({wong}), cancel=True))) == [
        "Morning panel", "Hotel meeting", "Straddles noon"]
    assert titles(preview(plan, morning(delegate_ids=frozenset({wong}), venue_ids=frozenset({venues["Grand Hyatt"]}),
                                        cancel=True))) == ["Hotel meeting"]
    assert titles(preview(plan, morning(room_ids=frozenset({rooms["Theatre 1"]}), cancel=True))) == ["Morning panel"]
    assert titles(preview(plan, morning(room_ids=frozenset({rooms["Theatre 2"]}), cancel=True))) == []


def test_a_cancel_keeps_the_activity_in_calendars_as_cancelled_with_sequence_up(plan_store: PlanStore,
                                                                               tmp_path: Path) -> None:
    outcome = replan_activities(plan_store, morning(cancel=True), clock=lambda: NOW)

    assert set(titles(outcome)) == {"Morning panel", "Hotel meeting", "Straddles noon"}
    assert all(after.status is ActivityStatus.CANCELLED for _before, after in outcome.activities)
    plan = plan_store.read()
    kim = next(d for d in plan.delegates if d.name == "Kim Ji-woo")
    ics_service.export_calendars(plan, tmp_path, delegate_ids=[kim.id], now=NOW)
    calendar = Calendar.from_ical((tmp_path / "delegates" / "Kim Ji-woo.ics").read_bytes())
    panel = next(e for e in calendar.walk("VEVENT") if "Morning panel" in str(e["SUMMARY"]))
    assert (str(panel["STATUS"]), int(panel["SEQUENCE"])) == ("CANCELLED", 1)
    # a cancel resolves nothing here but creates no conflict either
    assert outcome.conflicts_created == ()


def test_re_rooming_moves_them_to_the_place_in_its_zone(plan_store: PlanStore) -> None:
    plan = plan_store.read()
    venues = {v.name: v.id for v in plan.venues}
    rooms = {r.name: r.id for r in plan.rooms}
    replan = morning(venue_ids=frozenset({venues["HKCEC"]}), move_to=Place(venues["HKCEC"], rooms["Theatre 2"]))

    outcome = replan_activities(plan_store, replan, clock=lambda: NOW)

    moved = by_title(plan_store)
    assert (moved["Morning panel"].room_id, moved["Straddles noon"].room_id) == (rooms["Theatre 2"],) * 2
    assert moved["Morning panel"].sequence == 1
    with pytest.raises(ValidationError, match="not in venue"):
        preview(plan, morning(move_to=Place(venues["Grand Hyatt"], rooms["Theatre 2"])))
    assert outcome.delegate_ids


def test_a_dry_run_writes_nothing(plan_store: PlanStore) -> None:
    path = plan_store.path

    def fingerprint() -> list[str]:
        if not isinstance(path, Path):  # on a server: no transaction was recorded
            return [str(plan_store.latest_change_id())]
        return [hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(path.parent.glob(path.name + "*"))
                if not p.name.endswith("-shm")]  # SQLite's shared-memory index changes on reads

    before, plan = fingerprint(), plan_store.read()
    outcome = replan_activities(plan_store, morning(shift=timedelta(minutes=30)), dry_run=True, clock=lambda: NOW)

    assert outcome.dry_run and len(outcome.activities) == 3
    assert plan_store.read() == plan and fingerprint() == before
    assert outcome.changes.apply_to(plan).activity_by_id[next(iter(ids(plan_store, "Hotel meeting")))].start == hk(
        18, 10, 30)


def test_times_without_an_offset_are_the_market_time_of_that_day(plan_store: PlanStore) -> None:
    plan = plan_store.read()
    assert market_time(plan, "2025-03-18T09:00", "--from") == (hk(18, 9), "")
    # the Paris market's day, in Paris time; 02:30 that night is the first one, said so
    instant, note = market_time(plan, "2025-10-26T02:30", "--from")
    assert instant == datetime(2025, 10, 26, 0, 30, tzinfo=UTC)
    assert "happens twice in Europe/Paris" in note and note.startswith("--from: ")
    assert market_time(plan, "2025-10-26T02:30+01:00", "--from") == (datetime(2025, 10, 26, 1, 30, tzinfo=UTC), "")
    # between the markets the zone of the one just ended: 02:30 on 30 March is Hong Kong's, not
    # Paris's (where clocks skip 02:30 that night)
    between, between_note = market_time(plan, "2025-03-30T02:30", "--to")
    assert between == localize(datetime(2025, 3, 30, 2, 30), HK) and between_note == ""


def test_a_range_across_the_fall_back_hour_holds_both_occurrences(plan_store: PlanStore) -> None:
    plan = plan_store.read()
    start, _ = market_time(plan, "2025-10-26T02:00", "--from")  # the first 02:00, 00:00Z
    end, _ = market_time(plan, "2025-10-26T03:00", "--to")  # 03:00 CET, 02:00Z: two hours later
    assert end - start == timedelta(hours=2)

    both = preview(plan, Replan(start, end, shift=timedelta(minutes=60)))
    assert titles(both) == ["First 02:30", "Second 02:30"]
    first, second = (after for _before, after in both.activities)
    # elapsed time: the first 02:30 CEST plus an hour is the second 02:30 (CET)
    assert first.start == datetime(2025, 10, 26, 1, 30, tzinfo=UTC)
    assert second.start == datetime(2025, 10, 26, 2, 30, tzinfo=UTC)
    # only the first occurrence of 02:30-02:45, or with an offset only the second
    only_first = Replan(*(market_time(plan, t, "x")[0] for t in ("2025-10-26T02:30", "2025-10-26T02:45")),
                        cancel=True)
    assert titles(preview(plan, only_first)) == ["First 02:30"]
    only_second = Replan(*(market_time(plan, t, "x")[0] for t in ("2025-10-26T02:30+01:00",
                                                                 "2025-10-26T02:45+01:00")), cancel=True)
    assert titles(preview(plan, only_second)) == ["Second 02:30"]


def test_a_range_must_end_after_it_starts_and_say_what_to_do() -> None:
    with pytest.raises(ValidationError, match="must end after it starts"):
        Replan(hk(18, 13), hk(18, 9), cancel=True)
    with pytest.raises(ValidationError, match="say what to do"):
        Replan(hk(18, 9), hk(18, 13))
    with pytest.raises(ValidationError, match="not both"):
        Replan(hk(18, 9), hk(18, 13), cancel=True, shift=timedelta(minutes=15))


def test_re_issuing_writes_the_files_of_the_affected_delegates_only(plan_store: PlanStore, tmp_path: Path) -> None:
    hotel = {v.name: v.id for v in plan_store.read().venues}["Grand Hyatt"]
    outcome = replan_activities(plan_store, morning(venue_ids=frozenset({hotel}), shift=timedelta(minutes=30)))
    plan = plan_store.read()

    written = pdf_service.export_delegate_files(plan, tmp_path, list(outcome.delegate_ids), now=NOW, workers=1)

    assert sorted(p.relative_to(tmp_path).as_posix() for p in written) == [
        "delegates/Wong Ka-man.ics", "delegates/Wong Ka-man.pdf"]
    calendar = Calendar.from_ical(written[0].read_bytes())
    hotel_meeting = next(e for e in calendar.walk("VEVENT") if "Hotel meeting" in str(e["SUMMARY"]))
    assert hotel_meeting.decoded("DTSTART") == hk(18, 10, 30) and int(hotel_meeting["SEQUENCE"]) == 1


def test_nothing_in_the_range_changes_nothing(plan_store: PlanStore) -> None:
    outcome = replan_activities(plan_store, Replan(hk(19, 9), hk(19, 13), cancel=True))
    assert outcome.activities == [] and outcome.delegate_ids == () and not outcome.changes.revisions


def test_the_window_hands_its_known_conflicts_and_gets_the_same_answer(plan_store: PlanStore) -> None:
    from desktop_app.domain.conflicts import find_conflicts

    plan = plan_store.read()
    replan = morning(shift=timedelta(hours=4))
    assert preview(plan, replan, find_conflicts(plan)).conflicts_created
    assert preview(plan, replan, find_conflicts(plan)).conflicts_created == preview(plan, replan).conflicts_created

