"""Rows of the activities table, built from a plan snapshot in plain Python (no Qt, no database).

Days and times follow the domain's one rule (``domain.local_time``), whatever the computer's
zone: each activity in the local time of its venue, else its own, on the local days it covers.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.activities import Activity, ActivityStatus
from desktop_app.domain.conflicts import Conflict, Severity
from desktop_app.domain.local_time import activities_on, activity_zone, day_zone_label, zone_label
from desktop_app.domain.plan import Plan
from desktop_app.domain.timezones import abbreviation_of, to_local
from desktop_app.ui.window_dates import clock, day_month_time, weekday_day_month

translate = QCoreApplication.translate


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
        # one and many spelled out: lupdate reads no plural forms from a translate() call
        if self.conflicts:
            parts.append(translate("ActivityRows", "1 conflict") if self.conflicts == 1 else
                         translate("ActivityRows", "%1 conflicts").replace("%1", str(self.conflicts)))
        if self.warnings:
            parts.append(translate("ActivityRows", "1 warning") if self.warnings == 1 else
                         translate("ActivityRows", "%1 warnings").replace("%1", str(self.warnings)))
        return translate("ActivityRows", ", ").join(parts)


@dataclass(frozen=True, slots=True)
class ActivityRow:
    activity: Activity
    start_text: str
    end_text: str
    zone_text: str
    """'CEST', or 'CET–CEST' across a clock change."""
    zone_name: str
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


def day_tab_text(day: date, zones: Sequence[str]) -> str:
    """'Fri 16 May · CEST', 'Mon 12 May · KST / CEST' (names in the user's locale: window text)."""
    return f"{weekday_day_month(day)} · {day_zone_label(day, zones)}"


def zones_text(day: date, zones: Sequence[str]) -> str:
    """'Times in Europe/Paris (CEST)'; on a day in several zones, every zone and that each row
    names its own."""
    named = [f"{zone_name.replace('_', ' ')} ({zone_label(day, zone_name)})" for zone_name in zones]
    if len({zone_label(day, zone_name) for zone_name in zones}) > 1:
        return translate("ActivityRows", "Times in %1: each row in its own zone").replace(
            "%1", translate("ActivityRows", " and ").join(named))
    return translate("ActivityRows", "Times in %1").replace("%1", named[0])


def build_row(plan: Plan, activity: Activity, marks: dict[int, tuple[ConflictMark, tuple[str, ...]]],
              day: date | None = None) -> ActivityRow:
    """The activity in its own local time (``domain.local_time``): a Cannes dinner in Cannes time
    even on a day that began with a flight from Seoul."""
    zone_name = activity_zone(plan, activity)
    local_start, local_end = to_local(activity.start, zone_name), to_local(activity.end, zone_name)
    names = [_attendee_name(plan, attendance.delegate_id, attendance.required) for attendance in activity.attendees]
    mark, messages = marks.get(activity.id or 0, (ConflictMark(), ()))
    start_zone, end_zone = abbreviation_of(local_start), abbreviation_of(local_end)
    return ActivityRow(
        activity=activity,
        start_text=_time_text(local_start, day),
        end_text=_time_text(local_end, day),
        zone_text=start_zone if start_zone == end_zone else f"{start_zone}–{end_zone}",
        zone_name=zone_name,
        place=plan.describe_place(activity.venue_id, activity.room_id),
        attendees=", ".join(names),
        attendee_count=len(names),
        conflict_mark=mark,
        conflict_messages=messages,
    )


def build_day_rows(plan: Plan, day: date, conflicts: Sequence[Conflict],
                   activities: Sequence[Activity] | None = None) -> list[ActivityRow]:
    """The rows of ``day``: ``activities`` when the caller has them by day already
    (``activities_by_day``), else :func:`activities_on`."""
    marks = conflict_marks(conflicts)
    chosen = activities_on(plan, day) if activities is None else activities
    return [build_row(plan, activity, marks, day) for activity in chosen]


def _attendee_name(plan: Plan, delegate_id: int, required: bool) -> str:
    delegate = plan.delegate_by_id.get(delegate_id)
    name = delegate.display_name if delegate else f"#{delegate_id}"
    return name if required else f"({name})"


def _time_text(local: datetime, day: date | None) -> str:
    """'09:30', or '23 Mar 09:30' when the time falls on another day than the one shown."""
    if day is not None and local.date() != day:
        return day_month_time(local)
    return clock(local)
