"""The agenda: every activity of the people chosen, day by day, each in its own city's time.

Days and times follow the one rule (``domain.local_time``): an activity is listed on each local
day it covers in its own zone, with the part that falls on that day.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from desktop_app.domain.activities import Activity, ActivityStatus
from desktop_app.domain.conflicts import Severity
from desktop_app.domain.local_time import activities_by_day, local_clip, market_zone_on, zone_label
from desktop_app.domain.plan import Plan
from desktop_app.domain.timezones import abbreviation_of

from .layout import Marks


@dataclass(frozen=True, slots=True)
class AgendaRow:
    activity: Activity
    day: date
    time_text: str
    """'10:00–10:30 HKT' (the part on this day, in the activity's zone)."""
    title: str
    kind: str
    place: str
    people: str
    status: ActivityStatus
    severity: Severity | None

    def matches(self, words: Iterable[str]) -> bool:
        text = " ".join((self.time_text, self.title, self.kind, self.place, self.people, self.status.value)).casefold()
        return all(word in text for word in words)


@dataclass(frozen=True, slots=True)
class AgendaDay:
    day: date
    market: str
    zone_label: str
    rows: tuple[AgendaRow, ...]


def agenda(plan: Plan, people: set[int] | None = None, marks: Marks | None = None) -> list[AgendaDay]:
    """Every day with activities of ``people`` (None: all activities), in order."""
    marks = marks or {}
    chosen = [a for a in plan.activities if people is None or people.intersection(a.delegate_ids)]
    days = []
    for day, activities in activities_by_day(plan, chosen).items():
        market = plan.market_on(day)
        rows = tuple(_row(plan, activity, day, marks) for activity in activities)
        days.append(AgendaDay(day, market.name if market else "", zone_label(day, market_zone_on(plan, day)), rows))
    return days


def _row(plan: Plan, activity: Activity, day: date, marks: Marks) -> AgendaRow:
    start, end = local_clip(plan, activity, day)
    names = []
    for attendance in activity.attendees:
        delegate = plan.delegate_by_id.get(attendance.delegate_id)
        name = delegate.display_name if delegate else f"#{attendance.delegate_id}"
        names.append(name if attendance.required else f"({name})")
    return AgendaRow(
        activity=activity, day=day, time_text=f"{start:%H:%M}–{end:%H:%M} {abbreviation_of(start)}",
        title=activity.title, kind=activity.kind.label, place=plan.describe_place(activity.venue_id, activity.room_id),
        people=", ".join(names), status=activity.status, severity=marks.get(activity.id or 0),
    )


def filtered(days: list[AgendaDay], text: str) -> list[AgendaDay]:
    """The days and rows matching every word of ``text`` (case-blind); days left empty go."""
    words = text.casefold().split()
    if not words:
        return days
    kept = []
    for day in days:
        rows = tuple(row for row in day.rows if row.matches(words))
        if rows:
            kept.append(AgendaDay(day.day, day.market, day.zone_label, rows))
    return kept
