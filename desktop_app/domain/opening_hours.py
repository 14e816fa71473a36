"""Opening hours: the parts of a span during which a venue is closed, in its own wall time."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta

from .timezones import localize, to_local

OpeningCache = dict[tuple[date, str, time, time], tuple[datetime, datetime]]
"""(day, zone, opens, closes) -> that day's opening and closing instants in UTC."""


def closed_periods(start: datetime, end: datetime, zone_name: str, opens: time, closes: time,
                   cache: OpeningCache | None = None) -> Iterator[tuple[datetime, datetime]]:
    """The parts of [start, end) outside opens..closes on each local day, as UTC instants.

    Opening hours are wall-clock times, so each day's are localised on their own: on a DST
    weekend 09:00 is a different UTC instant on Saturday and on Sunday. ``cache`` keeps each
    venue-day's instants for the next activity there (a plan has few venue-days, many activities).
    """
    cache = {} if cache is None else cache
    first_day = to_local(start, zone_name).date()
    last_day = to_local(end, zone_name).date()
    cursor = start
    for day in _days(first_day, last_day):
        key = (day, zone_name, opens, closes)
        if key not in cache:
            cache[key] = (localize(datetime.combine(day, opens), zone_name),
                          localize(datetime.combine(day, closes), zone_name))
        day_opens, day_closes = cache[key]
        if cursor < min(day_opens, end):
            yield cursor, min(day_opens, end)
        cursor = max(cursor, day_closes)
        if cursor >= end:
            return
    if cursor < end:
        yield cursor, end


def _days(first: date, last: date) -> Iterator[date]:
    day = first
    while day <= last:
        yield day
        day += timedelta(days=1)
