"""The integer-minute grid every scheduling rule is computed on, whatever the zones involved.

Minutes count from ``origin``: UTC midnight of the day before the first day considered, so an
instant's minute depends on no zone and stays positive east to UTC+14. Starts lie on multiples
of the slot, and the slot divides 30, every pending duration and every UTC offset the venues
have on their days; so each slot boundary is a local half-hour (or quarter) in *every* venue's
own zone at once: 09:00 in Hong Kong and 09:00 in Cannes are both on the grid, either side of a
DST change. Kathmandu's UTC+5:45 takes the grid down to 15 minutes. Two meetings overlap iff
they share a slot.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from desktop_app.domain.timezones import localize, to_local


@dataclass(frozen=True, slots=True)
class Grid:
    origin: datetime
    slot: int
    """Minutes per slot."""

    # free spans shrink inwards (ceil a start, floor an end), busy spans grow outwards
    def floor(self, instant: datetime) -> int:
        return math.floor((instant - self.origin).total_seconds() / 60)

    def ceil(self, instant: datetime) -> int:
        return math.ceil((instant - self.origin).total_seconds() / 60)

    def instant(self, minutes: int) -> datetime:
        return self.origin + timedelta(minutes=minutes)


def grid_origin(first_day: date) -> datetime:
    return datetime.combine(first_day - timedelta(days=1), time.min, tzinfo=UTC)


def utc_offset_minutes(zone_name: str, day: date) -> int:
    """The zone's UTC offset on ``day`` at noon, when venues are open (clocks change at night)."""
    offset = to_local(localize(datetime.combine(day, time(12)), zone_name), zone_name).utcoffset()
    return int((offset or timedelta()).total_seconds() // 60)


def slot_minutes(base: int, durations: Iterable[int], zone_days: Iterable[tuple[str, date]]) -> int:
    """The largest slot that divides ``base``, every duration and every zone's offset on its days."""
    offsets = {utc_offset_minutes(zone_name, day) for zone_name, day in set(zone_days)}
    return math.gcd(base, *durations, *offsets)
