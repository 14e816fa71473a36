"""Rows of the activities table, built from a plan snapshot in plain Python (no Qt, no database).

Times are shown in market time, whatever the computer's zone: the manager plans in Hong Kong
time even from a laptop still set to Paris.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from desktop_app.domain.activities import Activity, ActivityStatus
from desktop_app.domain.conflicts import Conflict, Severity
from desktop_app.domain.plan import Plan
from desktop_app.domain.timezones import day_bounds, to_local


@dataclass(frozen=True, slots=True)
class ConflictMark:
    """How many conflicts and warnings involve one activity."""

    conflicts: int = 0
    warnings: int = 0

    @property
    def total(self) -> int:
        return self.conflicts + self.warnings

    @property
    def text(self) -> str:
        parts = []
        if self.conflicts:
            parts.append(f"{self.conflicts} conflict{'s' if self.conflicts > 1 else ''}")
        if self.warnings:
            parts.append(f"{self.warnings} warning{'s' if self.warnings > 1 else ''}")
        return ", ".join(parts)


@dataclass(frozen=True, slots=True)
class ActivityRow:
    activity: Activity
    start_text: str
    end_text: str
    place: str
    attendees: str
    attendee_count: int
    conflict_mark: ConflictMark
    conflict_messages: tuple[str, ...] = ()

    @property
    def activity_id(self) -> int:
        return self.activity.id or 0

    @property
    def status(self) -> ActivityStatus:
        return self.activity.status


def conflict_marks(conflicts: Iterable[Conflict]) -> dict[int, tuple[ConflictMark, tuple[str, ...]]]:
    """Per activity id: its conflict counts and the messages that name it."""
    counts: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    messages: dict[int, list[str]] = defaultdict(list)
    for conflict in conflicts:
        for activity_id in set(conflict.activity_ids):
            counts[activity_id][0 if conflict.severity is Severity.CONFLICT else 1] += 1
            messages[activity_id].append(conflict.message)
    return {key: (ConflictMark(*value), tuple(messages[key])) for key, value in counts.items()}


def plan_days(plan: Plan, zone_name: str) -> list[date]:
    """The market days, plus any other day (in market time) that holds an activity."""
    days: set[date] = set(plan.market_days())
    days.update(to_local(activity.start, zone_name).date() for activity in plan.activities)
    return sorted(days)


def activities_on(plan: Plan, day: date, zone_name: str) -> list[Activity]:
    """Activities that overlap ``day`` in ``zone_name``, in time order."""
    start, end = day_bounds(day, zone_name)
    return sorted(
        (a for a in plan.activities if a.start < end and a.end > start),
        key=lambda a: (a.start, a.end, a.title, a.id or 0),
    )


def build_row(plan: Plan, activity: Activity, zone_name: str,
              marks: dict[int, tuple[ConflictMark, tuple[str, ...]]], day: date | None = None) -> ActivityRow:
    local_start, local_end = to_local(activity.start, zone_name), to_local(activity.end, zone_name)
    names = [_attendee_name(plan, attendance.delegate_id, attendance.required) for attendance in activity.attendees]
    mark, messages = marks.get(activity.id or 0, (ConflictMark(), ()))
    return ActivityRow(
        activity=activity,
        start_text=_time_text(local_start, day),
        end_text=_time_text(local_end, day),
        place=plan.describe_place(activity.venue_id, activity.room_id),
        attendees=", ".join(names),
        attendee_count=len(names),
        conflict_mark=mark,
        conflict_messages=messages,
    )


def build_day_rows(plan: Plan, day: date, zone_name: str, conflicts: Sequence[Conflict]) -> list[ActivityRow]:
    marks = conflict_marks(conflicts)
    return [build_row(plan, activity, zone_name, marks, day) for activity in activities_on(plan, day, zone_name)]


def _attendee_name(plan: Plan, delegate_id: int, required: bool) -> str:
    delegate = plan.delegate_by_id.get(delegate_id)
    name = delegate.display_name if delegate else f"#{delegate_id}"
    return name if required else f"({name})"


def _time_text(local: datetime, day: date | None) -> str:
    """'09:30', or '23 Mar 09:30' when the time falls on another day than the one shown."""
    if day is not None and local.date() != day:
        return f"{local:%d %b %H:%M}"
    return f"{local:%H:%M}"
