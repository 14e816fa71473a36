"""Conflicts in a plan: double bookings, full rooms, too little travel time, stays, opening hours.

Every check is a sweep over activities sorted by time, O(n log n + k) for n activities and k
reported conflicts, never a comparison of all pairs. Cancelled activities take nobody's time and
take no part; proposed and tentative ones do.

Reporting rules (chosen so that every report names one thing a person can fix):
- double_booked: one report per overlapping *pair* of a delegate's activities; three mutually
  overlapping activities give three reports, so each can be resolved on its own.
- room_over_capacity: one report per maximal period in which a room holds more activities than
  its capacity, naming every activity present during that period.
- travel_time: for each activity at a venue, the delegate's previous whereabouts are the venue(s) of
  the activities that ended last before it started (activities without a venue, such as a taxi
  ride or blocked time, are not places and fill the gap instead of breaking it).
- outside_stay: one report per delegate and activity that begins before arrival or ends after
  departure.
- outside_opening_hours: one report per activity, evaluated in the venue's wall time day by day
  (so DST changes are honoured); a multi-day activity is outside the hours during each closed
  night it spans; the report gives the first closed period and counts the others.
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from itertools import groupby

from .activities import Activity
from .conflict_text import format_instant, format_span, quoted_titles
from .opening_hours import OpeningCache, closed_periods
from .people import Delegate
from .places import Room, Venue
from .plan import Plan
from .timezones import to_local


class ConflictKind(StrEnum):
    DOUBLE_BOOKED = "double_booked"
    ROOM_OVER_CAPACITY = "room_over_capacity"
    TRAVEL_TIME = "travel_time"
    OUTSIDE_STAY = "outside_stay"
    OUTSIDE_OPENING_HOURS = "outside_opening_hours"


class Severity(StrEnum):
    CONFLICT = "conflict"
    """Every delegate involved is required: the plan cannot work as it stands."""
    WARNING = "warning"
    """An optional attendance is involved: someone will miss something they may skip."""


@dataclass(frozen=True, slots=True)
class Conflict:
    kind: ConflictKind
    severity: Severity
    subject: str
    """Who or what: a delegate's name, "HAF Hall at HKCEC", or a venue's name."""
    activity_ids: tuple[int, ...]
    activities: tuple[tuple[str, str], ...]
    """(external id or "", title) of each activity involved, in the order of ``activity_ids``."""
    start: datetime
    end: datetime
    """The UTC instants of the clash itself (the overlap, the too-short gap, the closed hours)."""
    timezone: str
    """The market or venue zone the message speaks in."""
    message: str
    activity_uids: tuple[str, ...] = ()

    @property
    def sort_key(self) -> tuple[datetime, str, str, tuple[int, ...]]:
        return (self.start, self.kind.value, self.subject, self.activity_ids)

    def to_json(self) -> dict[str, object]:
        uids = self.activity_uids or ("",) * len(self.activity_ids)
        return {
            "kind": self.kind.value,
            "severity": self.severity.value,
            "subject": self.subject,
            "activities": [
                {"id": activity_id, "external_id": external_id, "uid": uid, "title": title}
                for activity_id, (external_id, title), uid in zip(
                    self.activity_ids, self.activities, uids, strict=True
                )
            ],
            "start": to_local(self.start, self.timezone).isoformat(),
            "end": to_local(self.end, self.timezone).isoformat(),
            "timezone": self.timezone,
            "message": self.message,
        }


def find_conflicts(plan: Plan) -> list[Conflict]:
    """Every conflict and warning in ``plan``, sorted by (start, kind, subject)."""
    active = [a for a in plan.activities if not a.is_cancelled]
    timelines = _delegate_timelines(plan, active)
    found: list[Conflict] = []
    for delegate, items in timelines:
        found.extend(_double_bookings(plan, delegate, items))
        found.extend(_travel_shortfalls(plan, delegate, items))
        found.extend(_outside_stay(plan, delegate, items))
    found.extend(_rooms_over_capacity(plan, active))
    found.extend(_outside_opening_hours(plan, active))
    found.sort(key=lambda conflict: conflict.sort_key)
    return found


# --- shared helpers ---------------------------------------------------------------------------

Attending = tuple[Activity, bool]  # an activity and whether the delegate is required in it


def _time_key(activity: Activity) -> tuple[datetime, datetime, int, str]:
    return (activity.start, activity.end, activity.id or 0, activity.uid)


def _delegate_timelines(plan: Plan, active: Iterable[Activity]) -> list[tuple[Delegate, list[Attending]]]:
    """Each delegate with their activities in start order (one pass over all attendances)."""
    by_delegate: dict[int, list[Attending]] = defaultdict(list)
    for activity in active:
        for attendance in activity.attendees:
            by_delegate[attendance.delegate_id].append((activity, attendance.required))
    timelines = []
    for delegate_id in sorted(by_delegate):
        delegate = plan.delegate_by_id.get(delegate_id)
        if delegate is None:  # a snapshot never holds one; a hand-built plan might
            continue
        items = by_delegate[delegate_id]
        items.sort(key=lambda item: _time_key(item[0]))
        timelines.append((delegate, items))
    return timelines


def display_zone(plan: Plan, venue_id: int | None, fallback: str) -> str:
    """Speak in the venue's zone when there is a venue, else in ``fallback`` (e.g. the activity's own)."""
    venue = plan.venue_by_id.get(venue_id) if venue_id is not None else None
    return venue.timezone if venue is not None else fallback


def _conflict(kind: ConflictKind, severity: Severity, subject: str, activities: Sequence[Activity],
              start: datetime, end: datetime, zone_name: str, message: str) -> Conflict:
    return Conflict(
        kind=kind,
        severity=severity,
        subject=subject,
        activity_ids=tuple(a.id or 0 for a in activities),
        activities=tuple((a.external_id, a.title) for a in activities),
        start=start,
        end=end,
        timezone=zone_name,
        message=message,
        activity_uids=tuple(a.uid for a in activities),
    )


def _severity(*required: bool) -> Severity:
    return Severity.CONFLICT if all(required) else Severity.WARNING


def _optional_note(items: Sequence[Attending]) -> str:
    optional = [activity for activity, required in items if not required]
    if not optional:
        return ""
    verb = "is" if len(optional) == 1 else "are"
    return f"; {quoted_titles(optional)} {verb} optional"


# --- a delegate in two places at once ---------------------------------------------------------

def _double_bookings(plan: Plan, delegate: Delegate, items: list[Attending]) -> Iterator[Conflict]:
    """Sweep in start order; every still-running activity overlaps the one starting now."""
    running: list[tuple[datetime, int]] = []  # heap of (end, index into items)
    open_items: dict[int, Attending] = {}
    for index, (activity, required) in enumerate(items):
        while running and running[0][0] <= activity.start:  # touching end == start is no clash
            open_items.pop(heapq.heappop(running)[1])
        for earlier, earlier_required in open_items.values():
            start, end = activity.start, min(activity.end, earlier.end)
            zone_name = display_zone(plan, earlier.venue_id, earlier.timezone)
            pair = [(earlier, earlier_required), (activity, required)]
            message = (
                f"{delegate.name} is in '{earlier.title}' and '{activity.title}' at once, "
                f"{format_span(start, end, zone_name)}{_optional_note(pair)}."
            )
            yield _conflict(ConflictKind.DOUBLE_BOOKED, _severity(earlier_required, required), delegate.name,
                            [earlier, activity], start, end, zone_name, message)
        heapq.heappush(running, (activity.end, index))
        open_items[index] = (activity, required)


# --- too little time to get from one venue to the next ----------------------------------------

def _travel_shortfalls(plan: Plan, delegate: Delegate, items: list[Attending]) -> Iterator[Conflict]:
    placed = [item for item in items if item[0].venue_id in plan.venue_by_id]
    by_end = sorted(placed, key=lambda item: (item[0].end, item[0].start, item[0].id or 0, item[0].uid))
    cursor = 0
    last_end: datetime | None = None
    last_places: dict[int, Attending] = {}  # venue id -> the first activity there that ended at last_end
    for activity, required in placed:  # in start order
        while cursor < len(by_end) and by_end[cursor][0].end <= activity.start:
            ended = by_end[cursor]
            if ended[0].end != last_end:
                last_end, last_places = ended[0].end, {}
            last_places.setdefault(ended[0].venue_id or 0, ended)
            cursor += 1
        destination = plan.venue_by_id[activity.venue_id or 0]
        for venue_id, (previous, previous_required) in last_places.items():
            if venue_id == destination.id:
                continue
            needed = plan.travel_minutes(venue_id, destination.id)
            gap = activity.start - previous.end
            if gap >= timedelta(minutes=needed):
                continue
            origin = plan.venue_by_id[venue_id]
            pair = [(previous, previous_required), (activity, required)]
            when = format_span(previous.end, activity.start, destination.timezone, "→")
            message = (
                f"{delegate.name} needs {needed} min from {origin.name} to {destination.name}; "
                f"has {_whole_minutes(gap)} ({when}){_optional_note(pair)}."
            )
            yield _conflict(ConflictKind.TRAVEL_TIME, _severity(previous_required, required), delegate.name,
                            [previous, activity], previous.end, activity.start, destination.timezone, message)


def _whole_minutes(span: timedelta) -> int:
    return int(span.total_seconds() // 60)


# --- activities before arrival or after departure ---------------------------------------------

def _outside_stay(plan: Plan, delegate: Delegate, items: list[Attending]) -> Iterator[Conflict]:
    arrival, departure = delegate.arrival, delegate.departure
    if arrival is None and departure is None:
        return
    for activity, required in items:
        early = arrival is not None and activity.start < arrival
        late = departure is not None and activity.end > departure
        if not (early or late):
            continue
        zone_name = display_zone(plan, activity.venue_id, activity.timezone)
        start, end = activity.start, activity.end
        reasons = []
        if early:
            assert arrival is not None
            reasons.append(f"starts before {delegate.name} arrives ({format_instant(arrival, zone_name)})")
            if not late:
                end = min(end, arrival)
        if late:
            assert departure is not None
            reasons.append(f"ends after {delegate.name} departs ({format_instant(departure, zone_name)})")
            if not early:
                start = max(start, departure)
        note = "" if required else f"; {delegate.name} is optional there"
        message = (
            f"'{activity.title}' ({format_span(activity.start, activity.end, zone_name)}) "
            f"{' and '.join(reasons)}{note}."
        )
        yield _conflict(ConflictKind.OUTSIDE_STAY, _severity(required), delegate.name, [activity],
                        start, end, zone_name, message)


# --- more activities in a room than it has tables or seats for --------------------------------

def _rooms_over_capacity(plan: Plan, active: Iterable[Activity]) -> Iterator[Conflict]:
    by_room: dict[int, list[Activity]] = defaultdict(list)
    for activity in active:
        if activity.room_id is not None:
            by_room[activity.room_id].append(activity)
    for room_id in sorted(by_room):
        room = plan.room_by_id.get(room_id)
        if room is None:
            continue
        yield from _room_sweep(plan, room, by_room[room_id])


def _room_sweep(plan: Plan, room: Room, activities: list[Activity]) -> Iterator[Conflict]:
    if len(activities) <= room.capacity:
        return
    # (instant, 0 = ends / 1 = starts, index); the count is judged after all changes at one instant,
    # so touching activities are no clash and a hand-over inside an overload does not split it.
    events = sorted(
        [(a.start, 1, i) for i, a in enumerate(activities)] + [(a.end, 0, i) for i, a in enumerate(activities)]
    )
    venue = plan.venue_by_id[room.venue_id]
    present: dict[int, Activity] = {}
    crowd: dict[int, Activity] | None = None  # everyone present during the current overload
    crowd_start = events[0][0]
    for instant, changes in groupby(events, key=lambda event: event[0]):
        arrived = []
        for _, starts, index in changes:
            if starts:
                present[index] = activities[index]
                arrived.append(index)
            else:
                del present[index]
        if len(present) > room.capacity:
            if crowd is None:
                crowd, crowd_start = dict(present), instant
            else:
                crowd.update((index, activities[index]) for index in arrived)
        elif crowd is not None:
            yield _room_conflict(room, venue, sorted(crowd.values(), key=_time_key), crowd_start, instant)
            crowd = None


def _room_conflict(room: Room, venue: Venue, crowd: list[Activity], start: datetime, end: datetime) -> Conflict:
    subject = f"{room.name} at {venue.name}"
    shown, hidden = crowd[:5], len(crowd) - 5
    more = f" and {hidden} more" if hidden > 0 else ""
    message = (
        f"{subject} holds more activities at once than its capacity of {room.capacity}, "
        f"{format_span(start, end, venue.timezone)}: {quoted_titles(shown)}{more}."
    )
    return _conflict(ConflictKind.ROOM_OVER_CAPACITY, Severity.CONFLICT, subject, crowd, start, end,
                     venue.timezone, message)


# --- activities while the venue is closed -----------------------------------------------------

def _outside_opening_hours(plan: Plan, active: Iterable[Activity]) -> Iterator[Conflict]:
    cache: OpeningCache = {}
    for activity in active:
        venue = plan.venue_by_id.get(activity.venue_id) if activity.venue_id is not None else None
        if venue is None or venue.opens is None or venue.closes is None:
            continue
        closed = list(closed_periods(activity.start, activity.end, venue.timezone, venue.opens, venue.closes, cache))
        if not closed:
            continue
        start, end = closed[0]
        others = len(closed) - 1
        more = f", and {others} more closed period{'s' if others > 1 else ''}" if others else ""
        message = (
            f"'{activity.title}' at {venue.name} is outside the venue's opening hours "
            f"({venue.opens:%H:%M}–{venue.closes:%H:%M}): {format_span(start, end, venue.timezone)}{more}."
        )
        yield _conflict(ConflictKind.OUTSIDE_OPENING_HOURS, Severity.CONFLICT, venue.name, [activity],
                        start, end, venue.timezone, message)
