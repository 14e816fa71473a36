"""Placing activities on local days by the domain's rule (``domain.local_time``): each activity in
the zone of its venue, else its own, on every local day it covers there (23:00–01:30 is on two)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from desktop_app.domain.activities import Activity
from desktop_app.domain.dates_text import clock_span, long_date, short_weekday, weekday_day_month
from desktop_app.domain.local_time import (
    activity_zone,
    day_zone_label,
    day_zones,
    local_clip,
    local_days,
    zone_label,
)
from desktop_app.domain.plan import Plan
from desktop_app.domain.timezones import abbreviation_of, to_local


@dataclass(frozen=True, slots=True)
class DayPiece:
    """The part of an activity that falls on one local day, in the activity's own zone."""

    activity: Activity
    day: date
    zone_name: str
    start: datetime  # local in ``zone_name``, clipped to the day
    end: datetime
    continued_from_previous_day: bool
    continues_next_day: bool


@dataclass(frozen=True, slots=True)
class DayZones:
    """The zones one day is shown in; the first is its time axis (the overview's hours)."""

    day: date
    names: tuple[str, ...]

    @property
    def axis(self) -> str:
        return self.names[0]

    @property
    def label(self) -> str:
        """'CEST', or 'KST / CEST' on a day shown in more than one zone."""
        return day_zone_label(self.day, self.names)

    @property
    def mixed(self) -> bool:
        """Whether the day's times read differently by zone, so each one must name its own.
        Zones that print alike (Paris and Berlin, both CEST) are not mixed."""
        return len({zone_label(self.day, name) for name in self.names}) > 1


def pieces_by_day(plan: Plan, activities: Iterable[Activity]) -> dict[date, list[DayPiece]]:
    """Each activity on every local day it covers, in time order (by instant, whatever the zone)."""
    days: dict[date, list[DayPiece]] = defaultdict(list)
    for activity in activities:
        zone_name = activity_zone(plan, activity)
        for day in local_days(plan, activity):
            start, end = local_clip(plan, activity, day)
            days[day].append(DayPiece(
                activity, day, zone_name, start, end,
                continued_from_previous_day=activity.start < start,
                continues_next_day=activity.end > end,
            ))
    for pieces in days.values():
        pieces.sort(key=lambda p: (p.start, p.end, p.activity.title))
    return dict(sorted(days.items()))


def zones_of_day(plan: Plan, day: date, pieces: Sequence[DayPiece]) -> DayZones:
    return DayZones(day, tuple(day_zones(plan, day, [piece.activity for piece in pieces])))


def zones_caption(zones: DayZones) -> str:
    """'times in CEST'; on a mixed day 'times in KST / CEST' (each activity names its own)."""
    return f"times in {zones.label}"


def _real_end(piece: DayPiece) -> datetime:
    return to_local(piece.activity.end, piece.zone_name)


def time_range(piece: DayPiece) -> str:
    """'09:30–10:30'; a piece cut at midnight shows its real end ('23:00–01:30'), with
    :func:`day_note` saying which day it ends."""
    return f"{piece.start:%H:%M}–{_real_end(piece):%H:%M}"


def zone_note(piece: DayPiece) -> str:
    """'KST' for a row of a day shown in several zones; across a clock change both ends' own,
    as :func:`clock_change_note` gives them."""
    return clock_change_note(piece) or abbreviation_of(piece.start)


def clock_change_note(piece: DayPiece) -> str:
    """'01:30 CET–04:00 CEST' for an activity across a clock change (the day's heading names one
    zone abbreviation only), else ''."""
    end = _real_end(piece)
    return clock_span(piece.start, end) if abbreviation_of(piece.start) != abbreviation_of(end) else ""


def day_note(piece: DayPiece) -> str:
    """'ends Thu 20 Mar' or 'from Wed 19 Mar' for an activity across midnight, else ''."""
    if piece.continued_from_previous_day:
        return f"from {weekday_day_month(to_local(piece.activity.start, piece.zone_name))}"
    if piece.continues_next_day:
        return f"ends {weekday_day_month(_real_end(piece))}"
    return ""


def home_time_range(piece: DayPiece, home_zone: str) -> str:
    """The activity's time in the delegate's home zone, e.g. '02:30–03:30 CET',
    '23:30–00:30 CET (Sun)' or, across a clock change, '01:30 CET–03:30 CEST'; '' when the home
    zone shows the same clock time."""
    activity = piece.activity
    if to_local(activity.start, home_zone).utcoffset() == to_local(activity.start, piece.zone_name).utcoffset():
        return ""
    start, end = to_local(activity.start, home_zone), to_local(activity.end, home_zone)
    text = clock_span(start, end)
    if start.date() != to_local(activity.start, piece.zone_name).date():
        text += f" ({short_weekday(start)})"
    return text


def day_heading(day: date) -> str:
    """'Monday 17 March 2025'."""
    return long_date(day)
