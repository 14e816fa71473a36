"""Building the table's rows from a snapshot: days and times by the domain's local-time rule, conflict marks."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest

from desktop_app.domain.activities import Activity
from desktop_app.domain.conflicts import find_conflicts
from desktop_app.domain.local_time import plan_days
from desktop_app.domain.timezones import localize
from desktop_app.storage.plan_store import PlanStore
from desktop_app.ui.activities.activity_rows import build_day_rows, conflict_marks, day_tab_text, zones_text
from tests.ui.sample_plan import HK, hk


def paris(day: int, hour: int) -> datetime:
    return localize(datetime(2025, 3, day, hour), "Europe/Paris")


@pytest.fixture
def plan(sample_plan_path: Path):
    with PlanStore.open(sample_plan_path) as store:
        return store.read()


def test_days_are_the_market_days_by_the_domain_rule(plan):
    assert plan_days(plan) == [date(2025, 3, 17), date(2025, 3, 18), date(2025, 3, 19), date(2025, 3, 20)]


def test_a_day_outside_the_market_with_an_activity_gets_its_own_tab(plan):
    late = Activity(99, "Flight home", hk(21, 23), hk(22, 2), HK)
    extended = replace(plan, activities=(*plan.activities, late))
    assert plan_days(extended)[-1] == date(2025, 3, 22)
    # the overnight flight shows on both days; on the second its start carries its date
    rows = build_day_rows(extended, date(2025, 3, 22), [])
    assert [(r.start_text, r.end_text, r.zone_text) for r in rows] == [("21 Mar 23:00", "02:00", "HKT")]


def test_each_row_is_in_its_own_zone_not_the_computer_s(plan):
    # The test process runs in America/St_Johns; 17 March in Hong Kong is what counts.
    rows = build_day_rows(plan, date(2025, 3, 17), [])
    assert [r.activity.title for r in rows] == [
        "FilMart opening", "HAF meeting: 山中的河", "Producers Connect panel", "Buyers lunch"]
    assert rows[0].start_text == "10:00" and rows[0].zone_text == "HKT"
    assert build_day_rows(plan, date(2025, 3, 16), []) == []
    in_paris = Activity(98, "Call from Paris", paris(17, 9), paris(17, 10), "Europe/Paris")
    [row] = build_day_rows(replace(plan, activities=(in_paris,)), date(2025, 3, 17), [])
    assert (row.start_text, row.end_text, row.zone_text, row.zone_name) == ("09:00", "10:00", "CET", "Europe/Paris")


def test_tab_and_zone_texts_name_every_zone_of_the_day():
    day = date(2025, 5, 12)
    assert day_tab_text(day, ["Europe/Paris"]) == "Mon 12 May · CEST"
    assert day_tab_text(day, ["Asia/Seoul", "Europe/Paris"]) == "Mon 12 May · KST / CEST"
    assert zones_text(day, ["Europe/Paris"]) == "Times in Europe/Paris (CEST)"
    assert zones_text(day, ["Asia/Seoul", "Europe/Paris"]) == (
        "Times in Asia/Seoul (KST) and Europe/Paris (CEST): each row in its own zone")
    assert zones_text(day, ["Europe/Paris", "Europe/Berlin"]) == "Times in Europe/Paris (CEST)"


def test_conflict_marks_count_conflicts_and_warnings_per_activity(plan):
    marks = conflict_marks(find_conflicts(plan))
    by_title = {a.title: a.id for a in plan.activities}
    opening, _messages = marks[by_title["FilMart opening"]]
    panel, panel_messages = marks[by_title["Producers Connect panel"]]
    assert (opening.conflicts, opening.warnings) == (1, 0)
    assert (panel.conflicts, panel.warnings) == (0, 1)
    assert panel.text == "1 warning" and "optional" in panel_messages[0]
    assert by_title["Sales screening"] not in marks
