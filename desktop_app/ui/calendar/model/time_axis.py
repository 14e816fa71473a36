"""The vertical axis of a time grid: one local day as elapsed minutes from its midnight.

On a day the clocks change the axis is 23 or 25 hours long, and every label is the local time
of its own instant, read from zoneinfo (the fall-back night shows 02:00 twice). This one mapping
serves layout, hit testing, snapping and the "now" line, so a block, the pointer and the labels
can never disagree. A second axis in another zone is labels only, at that zone's whole hours
(Kolkata's fall on the market's half hours).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cached_property

from desktop_app.domain.timezones import abbreviation_of, day_bounds, to_local

TICK_SEARCH_STEP = 15
"""Minutes between candidate ticks: every zone offset in use is a multiple of 15 minutes."""


@dataclass(frozen=True, slots=True)
class Tick:
    minute: int
    """Elapsed minutes from the axis's start."""
    label: str
    """'09:00', or '02:00 CET' where the hour happens twice or follows a clock change."""


@dataclass(frozen=True)
class TimeAxis:
    day: date
    zone: str

    @cached_property
    def bounds(self) -> tuple[datetime, datetime]:
        return day_bounds(self.day, self.zone)

    @property
    def start(self) -> datetime:
        return self.bounds[0]

    @property
    def end(self) -> datetime:
        return self.bounds[1]

    @cached_property
    def minutes(self) -> int:
        """1440 on most days, 1380 or 1500 when the clocks change."""
        return int((self.end - self.start).total_seconds() // 60)

    @property
    def hours(self) -> float:
        return self.minutes / 60

    def minute_of(self, instant: datetime) -> int:
        """Whole minutes from the start (negative before it, past ``minutes`` after it)."""
        return int((instant - self.start).total_seconds() // 60)

    def clamped_minute(self, instant: datetime) -> int:
        return min(max(self.minute_of(instant), 0), self.minutes)

    def instant_at(self, minute: float) -> datetime:
        return self.start + timedelta(minutes=minute)

    def contains(self, instant: datetime) -> bool:
        return self.start <= instant < self.end

    def overlaps(self, start: datetime, end: datetime) -> bool:
        return start < self.end and end > self.start

    def local_time(self, minute: float) -> datetime:
        return to_local(self.instant_at(minute), self.zone)

    def snap(self, minute: float, step: int) -> int:
        """The nearest multiple of ``step`` minutes, kept on the axis."""
        snapped = round(minute / step) * step if step > 1 else round(minute)
        return min(max(snapped, 0), self.minutes)

    @cached_property
    def ticks(self) -> tuple[Tick, ...]:
        """The market zone's whole hours on this day."""
        return self.ticks_in(self.zone)

    @cached_property
    def _ticks_by_zone(self) -> dict[str, tuple[Tick, ...]]:
        return {}

    def ticks_in(self, zone_name: str) -> tuple[Tick, ...]:
        """The whole hours of ``zone_name`` that fall on this axis, each labelled from zoneinfo."""
        cached = self._ticks_by_zone.get(zone_name)
        if cached is None:
            cached = self._ticks_by_zone[zone_name] = self._find_ticks(zone_name)
        return cached

    def _find_ticks(self, zone_name: str) -> tuple[Tick, ...]:
        found: list[tuple[int, datetime]] = []
        for minute in range(0, self.minutes, TICK_SEARCH_STEP):
            local = to_local(self.instant_at(minute), zone_name)
            if local.minute == 0:
                found.append((minute, local))
        walls = [local.replace(tzinfo=None) for _minute, local in found]
        ticks = []
        for index, (minute, local) in enumerate(found):
            text = f"{local:%H:%M}"
            repeated = walls.count(walls[index]) > 1
            after_change = index > 0 and found[index - 1][1].utcoffset() != local.utcoffset()
            if repeated or after_change:
                text = f"{text} {abbreviation_of(local)}"
            ticks.append(Tick(minute, text))
        return tuple(ticks)

    def time_text(self, minute: float) -> str:
        """The local wall time at ``minute``, as a drag shows it: '10:15'."""
        return f"{self.local_time(minute):%H:%M}"
