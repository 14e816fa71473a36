"""Building the table's rows from a snapshot: days and times in market time, conflict marks."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop_app.domain.activities import Activity
from desktop_app.domain.conflicts import find_conflicts
from desktop_app.storage.plan_store import PlanStore
from desktop_app.ui.activities.activity_rows import activities_on, build_day_rows, conflict_marks, plan_days
from tests.ui.sample_plan import HK, hk


@pytest.fixture
def plan(sample_plan_path: Path):
    with PlanStore.open(sample_plan_path) as store:
        return store.read()


def test_days_are_the_market_days_in_market_time(plan):
    assert plan_days(plan, HK) == [date(2025, 3, 17), date(2025, 3, 18), date(2025, 3, 19), date(2025, 3, 20)]


def test_a_day_outside_the_market_with_an_activity_gets_its_own_tab(plan):
    late = Activity(99, "Flight home", hk(21, 23), hk(22, 2), HK)
    extended = replace(plan, activities=(*plan.activities, late))
    assert plan_days(extended, HK)[-1] == date(2025, 3, 21)
    # the overnight flight shows on both days; on the second its start carries its date
    rows = build_day_rows(extended, date(2025, 3, 22), HK, [])
    assert [(r.start_text, r.end_text) for r in rows] == [("21 Mar 23:00", "02:00")]


def test_activities_of_a_day_follow_the_market_zone_not_the_computer(plan):
    # The test process runs in America/St_Johns; 17 March in Hong Kong is what counts.
    titles = [a.title for a in activities_on(plan, date(2025, 3, 17), HK)]
    assert titles == ["FilMart opening", "HAF meeting: 山中的河", "Producers Connect panel", "Buyers lunch"]
    shifted = [a.title for a in activities_on(plan, date(2025, 3, 17), "Europe/Paris")]
    assert "Booth meeting with 김 대표" not in shifted and len(shifted) == 4
    assert activities_on(plan, date(2025, 3, 17) - timedelta(days=1), HK) == []


def test_conflict_marks_count_conflicts_and_warnings_per_activity(plan):
    marks = conflict_marks(find_conflicts(plan))
    by_title = {a.title: a.id for a in plan.activities}
    opening, _messages = marks[by_title["FilMart opening"]]
    panel, panel_messages = marks[by_title["Producers Connect panel"]]
    assert (opening.conflicts, opening.warnings) == (1, 0)
    assert (panel.conflicts, panel.warnings) == (0, 1)
    assert panel.text == "1 warning" and "optional" in panel_messages[0]
    assert by_title["Sales screening"] not in marks
