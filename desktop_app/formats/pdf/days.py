"""Placing activities on calendar days in market time, including ones that cross midnight."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from desktop_app.domain.activities import Activity
from desktop_app.domain.dates_text import clock_span, long_date, short_weekday, weekday_day_month
from desktop_app.domain.plan import Plan
from desktop_app.domain.timezones import abbreviation_of, day_bounds, localize, to_local, zone_abbreviation


@dataclass(frozen=True, slots=True)
class DayPiece:
    """The part of an activity that falls on one day, in the zone the document is written in."""

    activity: Activity
    day: date
    start: datetime  # local, clipped to the day
    end: datetime
    continued_from_previous_day: bool
    continues_next_day: bool


def day_zone(plan: Plan, day: date) -> str:
    """The zone a document shows ``day`` in: its market's; between markets, the one just ended
    (the delegation is still there); before any market, the first one's."""
    market = plan.market_on(day)
    if market is None:
        earlier = [m for m in plan.markets if m.last_day < day]
        market = max(earlier, key=lambda m: m.last_day) if earlier else plan.primary_market
    return market.timezone if market else plan.settings.timezone


def zone_label(day: date, zone_name: str) -> str:
    """'HKT', 'CET' ... as on that day (at noon)."""
    return zone_abbreviation(localize(datetime.combine(day, time(12)), zone_name), zone_name)


def pieces_by_day(plan: Plan, activities: Iterable[Activity]) -> dict[date, list[DayPiece]]:
    """Each activity on every day it touches (23:00–01:30 is on two days), in the zone of the
    market it belongs to: Hong Kong times for FilMart, Paris times for Series Mania in Lille."""
    days: dict[date, list[DayPiece]] = defaultdict(list)
    for activity in activities:
        zone_name = day_zone(plan, to_local(activity.start, activity.timezone).date())
        local_start = to_local(activity.start, zone_name)
        local_end = to_local(activity.end, zone_name)
        day = local_start.date()
        while True:
            day_start, day_end = day_bounds(day, zone_name)
            if day_start >= activity.end:
                break
            days[day].append(DayPiece(
                activity, day,
                start=max(local_start, to_local(day_start, zone_name)),
                end=min(local_end, to_local(day_end, zone_name)),
                continued_from_previous_day=activity.start < day_start,
                continues_next_day=activity.end > day_end,
            ))
            day += timedelta(days=1)
    for pieces in days.values():
        pieces.sort(key=lambda p: (p.start, p.end, p.activity.title))
    return dict(sorted(days.items()))


def time_range(piece: DayPiece) -> str:
    """'09:30–10:30'; a piece cut at midnight shows the clock times of that day: '23:00–24:00'
    is avoided in favour of the real end, with :func:`day_note` saying which day it ends."""
    start = f"{piece.start:%H:%M}"
    end = piece.activity.end.astimezone(piece.start.tzinfo)
    return f"{start}–{end:%H:%M}"


def clock_change_note(piece: DayPiece) -> str:
    """'01:30 CET–04:00 CEST' for an activity across a clock change (the day's heading names one
    zone abbreviation only), else ''."""
    end = piece.activity.end.astimezone(piece.start.tzinfo)
    return clock_span(piece.start, end) if abbreviation_of(piece.start) != abbreviation_of(end) else ""


def day_note(piece: DayPiece) -> str:
    """'ends Thu 20 Mar' or 'from Wed 19 Mar' for an activity across midnight, else ''."""
    if piece.continued_from_previous_day:
        return f"from {weekday_day_month(piece.activity.start.astimezone(piece.start.tzinfo))}"
    if piece.continues_next_day:
        return f"ends {weekday_day_month(piece.activity.end.astimezone(piece.start.tzinfo))}"
    return ""


def home_time_range(piece: DayPiece, home_zone: str) -> str:
    """The activity's time in the delegate's home zone, e.g. '02:30–03:30 CET',
    '23:30–00:30 CET (Sun)' or, across a clock change, '01:30 CET–03:30 CEST'; '' when the home
    zone shows the same clock time."""
    activity = piece.activity
    if to_local(activity.start, home_zone).utcoffset() == piece.start.utcoffset():
        return ""
    start, end = to_local(activity.start, home_zone), to_local(activity.end, home_zone)
    text = clock_span(start, end)
    if start.date() != activity.start.astimezone(piece.start.tzinfo).date():
        text += f" ({short_weekday(start)})"
    return text


def day_heading(day: date) -> str:
    """'Monday 17 March 2025'."""
    return long_date(day)
