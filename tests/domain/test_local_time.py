"""The local-time rule's helpers for views that show many days: grouping by day, and the day of
a moment within an activity."""

from __future__ import annotations

from datetime import date, timedelta

from desktop_app.domain.local_time import activities_by_day, activities_on, day_at, plan_days
from tests.trip_sample import CANNES, HK, local, trip_plan

PLAN = trip_plan()
NIGHT = next(a for a in PLAN.activities if a.title == "Korean Night")


def test_activities_by_day_agrees_with_activities_on_for_every_day() -> None:
    by_day = activities_by_day(PLAN)
    assert sorted(by_day) == [day for day in plan_days(PLAN) if activities_on(PLAN, day)]
    for day in plan_days(PLAN):
        assert by_day.get(day, []) == activities_on(PLAN, day)
    assert by_day[date(2025, 5, 16)] == [NIGHT] and by_day[date(2025, 5, 17)] == [NIGHT]


def test_the_day_of_a_moment_is_read_in_the_activity_s_zone_and_kept_to_its_days() -> None:
    assert day_at(PLAN, NIGHT, local("2025-05-16T19:30", CANNES)) == date(2025, 5, 16)  # 17 May in Hong Kong
    assert day_at(PLAN, NIGHT, local("2025-05-17T00:30", CANNES)) == date(2025, 5, 17)
    assert day_at(PLAN, NIGHT, NIGHT.end) == date(2025, 5, 17)  # a gap starting as it ends
    assert day_at(PLAN, NIGHT, NIGHT.start - timedelta(days=3)) == date(2025, 5, 16)
    assert day_at(PLAN, NIGHT, local("2025-05-20T12:00", HK)) == date(2025, 5, 17)
