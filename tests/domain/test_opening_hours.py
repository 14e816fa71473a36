"""Closed periods of a venue, in its own wall time, across days and a DST change."""

from __future__ import annotations

from datetime import UTC, datetime, time

from desktop_app.domain.opening_hours import OpeningCache, closed_periods
from desktop_app.domain.timezones import localize

PARIS = "Europe/Paris"


def paris(day: int, hour: int) -> datetime:
    return localize(datetime(2025, 3, day, hour), PARIS)


def test_an_activity_within_the_hours_has_no_closed_period() -> None:
    assert list(closed_periods(paris(28, 10), paris(28, 12), PARIS, time(9), time(18))) == []


def test_a_multi_day_activity_is_closed_each_night_in_wall_time_across_the_dst_change() -> None:
    cache: OpeningCache = {}
    periods = list(closed_periods(paris(29, 17), paris(31, 10), PARIS, time(9), time(18), cache))
    # Saturday 18:00 CET (17:00Z) to Sunday 09:00 CEST (07:00Z): the clocks went forward overnight
    assert periods == [
        (datetime(2025, 3, 29, 17, tzinfo=UTC), datetime(2025, 3, 30, 7, tzinfo=UTC)),
        (datetime(2025, 3, 30, 16, tzinfo=UTC), datetime(2025, 3, 31, 7, tzinfo=UTC)),
    ]
    assert len(cache) == 3  # one entry per venue-day, reused by the next activity there
