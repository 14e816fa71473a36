"""What the section tables show about other entities, computed once per snapshot table, not per cell.

The window's snapshot is patched edit by edit, and a patch keeps every table it did not touch
as the same tuple. So each index here is keyed by the *identity* of the tables it reads and
rebuilt only when one of them was replaced: renaming a delegate leaves the activity counts as
they were, and a 5,000-activity plan is counted once per activity edit, not once per cell.
Plain Python: no Qt.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any, Generic, TypeVar

from desktop_app.domain.activities import Activity
from desktop_app.domain.people import Delegate
from desktop_app.domain.places import Room
from desktop_app.domain.requests import MeetingRequest, RequestStatus
from desktop_app.domain.stays import Stay, sorted_stays
from desktop_app.domain.timezones import to_local
from desktop_app.ui.window_dates import day_month

T = TypeVar("T")


class LastResult(Generic[T]):
    """``build(*tables)`` remembered for the last tables it was given, compared by identity.

    The tables are held, so their ids cannot be reused by other objects while remembered.
    """

    def __init__(self, build: Callable[..., T]) -> None:
        self._build = build
        self._tables: tuple[Any, ...] | None = None
        self._value: T | None = None
        self.__doc__ = build.__doc__

    def __call__(self, *tables: Any) -> T:
        known = self._tables
        if known is None or len(known) != len(tables) or any(a is not b for a, b in zip(known, tables, strict=True)):
            self._value = self._build(*tables)
            self._tables = tables
        return self._value  # type: ignore[return-value]


@dataclass(frozen=True, slots=True)
class ActivityCounts:
    """Live activities that take time (cancelled ones left out), counted per person, project and room."""

    by_delegate: Counter[int] = field(default_factory=Counter)
    by_contact: Counter[int] = field(default_factory=Counter)
    by_project: Counter[int] = field(default_factory=Counter)
    by_room: Counter[int] = field(default_factory=Counter)
    meeting_of_request: dict[int, Activity] = field(default_factory=dict)
    """The meeting placed for a request (the first in time when there are several)."""


def _count_activities(activities: tuple[Activity, ...]) -> ActivityCounts:
    counts = ActivityCounts()
    by_delegate, by_contact, by_project, by_room = counts.by_delegate, counts.by_contact, counts.by_project, \
        counts.by_room
    meetings = counts.meeting_of_request
    for activity in activities:  # plain loops: this runs once per activity edit on 5,000 activities
        if activity.is_cancelled:
            continue
        for attendance in activity.attendees:
            by_delegate[attendance.delegate_id] += 1
        for contact_id in activity.contact_ids:
            by_contact[contact_id] += 1
        if activity.project_id is not None:
            by_project[activity.project_id] += 1
        if activity.room_id is not None:
            by_room[activity.room_id] += 1
        if activity.request_id is not None:
            placed = meetings.get(activity.request_id)
            if placed is None or activity.start < placed.start:
                meetings[activity.request_id] = activity
    return counts


activity_counts: LastResult[ActivityCounts] = LastResult(_count_activities)


def _open_requests_by_project(requests: tuple[MeetingRequest, ...]) -> Counter[int]:
    """Requests of each project that are not withdrawn."""
    return Counter(r.project_id for r in requests
                   if r.project_id is not None and r.status is not RequestStatus.WITHDRAWN)


open_requests_by_project: LastResult[Counter[int]] = LastResult(_open_requests_by_project)


def _rooms_by_venue(rooms: tuple[Room, ...]) -> Counter[int]:
    return Counter(room.venue_id for room in rooms)


rooms_by_venue: LastResult[Counter[int]] = LastResult(_rooms_by_venue)


def _delegates_by_delegation(delegates: tuple[Delegate, ...]) -> Counter[int]:
    return Counter(d.delegation_id for d in delegates if d.delegation_id is not None)


delegates_by_delegation: LastResult[Counter[int]] = LastResult(_delegates_by_delegation)


def _stays_by_delegate(stays: tuple[Stay, ...]) -> dict[int, list[Stay]]:
    """Each delegate's stays in time order."""
    grouped: dict[int, list[Stay]] = {}
    for stay in stays:
        grouped.setdefault(stay.delegate_id, []).append(stay)
    return {delegate_id: sorted_stays(own) for delegate_id, own in grouped.items()}


stays_by_delegate: LastResult[dict[int, list[Stay]]] = LastResult(_stays_by_delegate)


def local_days(start: datetime | None, end: datetime | None, zone_name: str) -> tuple[date | None, date | None]:
    """The first and last local days of [start, end) in ``zone_name`` (None stays None); an end at
    midnight is the day before's, as ``domain.local_time`` counts an activity's days."""
    first = to_local(start, zone_name).date() if start else None
    last = to_local(end - timedelta(microseconds=1), zone_name).date() if end else None
    return first, last


def day_span(first: date, last: date) -> str:
    """'16–20 Mar', '28 Feb–3 Mar', '16 Mar' for one day."""
    if first == last:
        return day_month(first)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{day_month(last)}"
    return f"{day_month(first)}–{day_month(last)}"


def unused_name(base: str, taken: Iterable[str]) -> str:
    """``base``, or 'base 2', 'base 3' ... whichever no entity has yet (names compared ignoring case)."""
    used = {name.casefold() for name in taken}
    if base.casefold() not in used:
        return base
    number = 2
    while f"{base} {number}".casefold() in used:
        number += 1
    return f"{base} {number}"
