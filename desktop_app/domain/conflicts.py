"""Conflicts in a plan: double bookings, full rooms, too little travel time, stays, opening hours,
interpreting.

Every check is a sweep over activities sorted by time, O(n log n + k) for n activities and k
reported conflicts, never a comparison of all pairs. Cancelled activities take nobody's time and
take no part; proposed and tentative ones do.

Reporting rules (chosen so that every report names one thing a person can fix):
- double_booked: one report per overlapping *pair* of a delegate's activities; three mutually
  overlapping activities give three reports, so each can be resolved on its own.
- room_over_capacity: one report per maximal period in which a room holds more meetings than it
  has tables (one activity at a time without tables; any activity that is not a meeting takes
  the whole room), and one per period in which more people are in it than it seats (attendees
  and contacts of every activity there), naming every activity present during that period.
- travel_time: for each activity at a venue, the delegate's previous whereabouts are the venue(s) of
  the activities that ended last before it started (activities without a venue, such as a taxi
  ride or blocked time, are not places and fill the gap instead of breaking it).
- outside_stay: one report per delegate and activity that lies in none of the delegate's stays
  (a delegate without stays is always there); travel that comes within ``TRAVEL_MARGIN`` of a
  stay brings them there or takes them away, and is not outside.
- outside_opening_hours: one report per activity, evaluated in the venue's wall time day by day
  (so DST changes are honoured); a multi-day activity is outside the hours during each closed
  night it spans; the report gives the first closed period and counts the others.
- interpreting: one report per activity that needs an interpreter and has none (scope: the
  activity), and one per interpreter who lacks one of the languages of a need they attend for
  (scope: the interpreter, so an edit of their languages or of the activity refreshes it). An
  interpreter's double bookings and travel are reported as anyone's, since they attend.
- a booth duty shift takes no table of its room (the staff keep the stand around its
  meetings); its people count towards the room's seats.
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from functools import partial
from itertools import groupby

from .activities import TABLE_KINDS, Activity, ActivityKind, tables_taken
from .conflict_text import format_instant, format_span, quoted_titles
from .languages import language_name, pair_text, speaks
from .local_time import place_zone
from .opening_hours import OpeningCache, closed_periods
from .people import Delegate
from .places import Room, Venue
from .plan import Plan
from .stays import Stay, placement
from .timezones import to_local

Scope = tuple[str, int]


class ConflictKind(StrEnum):
    DOUBLE_BOOKED = "double_booked"
    ROOM_OVER_CAPACITY = "room_over_capacity"
    TRAVEL_TIME = "travel_time"
    OUTSIDE_STAY = "outside_stay"
    OUTSIDE_OPENING_HOURS = "outside_opening_hours"
    INTERPRETING = "interpreting"


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
    scope: Scope = ("", 0)
    """What the check was about: ("delegate", id), ("room", id) or ("activity", id). A change
    to that delegate's, room's or activity's data can only change the conflicts of its scope."""

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


def find_conflicts(plan: Plan, only: Iterable[Scope] | None = None) -> list[Conflict]:
    """Every conflict and warning in ``plan``, sorted by (start, kind, subject); with ``only``,
    just those of these scopes (the delegates, rooms and activities an edit touched)."""
    scopes = None if only is None else frozenset(only)
    active = [a for a in plan.activities if not a.is_cancelled]
    delegates = None if scopes is None else {key for kind, key in scopes if kind == "delegate"}
    rooms = None if scopes is None else {key for kind, key in scopes if kind == "room"}
    activities = None if scopes is None else {key for kind, key in scopes if kind == "activity"}
    found: list[Conflict] = []
    for delegate, items in _delegate_timelines(plan, active, delegates):
        found.extend(_double_bookings(plan, delegate, items))
        found.extend(_travel_shortfalls(plan, delegate, items))
        found.extend(_outside_stay(plan, delegate, items))
        found.extend(_interpreter_languages(plan, delegate, items))
    found.extend(_rooms_over_capacity(plan, [a for a in active if rooms is None or a.room_id in rooms]))
    scoped = [a for a in active if activities is None or a.id in activities]
    found.extend(_outside_opening_hours(plan, scoped))
    found.extend(_interpreting_unmet(plan, scoped))
    found.sort(key=lambda conflict: conflict.sort_key)
    return found


def refreshed_conflicts(plan: Plan, previous: Iterable[Conflict], scopes: Iterable[Scope]) -> list[Conflict]:
    """``previous`` (the conflicts of the plan before an edit) brought up to date for ``plan``,
    checking again only ``scopes``: the same list ``find_conflicts(plan)`` gives, much sooner."""
    touched = frozenset(scopes)
    kept = [c for c in previous if c.scope not in touched]
    return sorted([*kept, *find_conflicts(plan, touched)], key=lambda conflict: conflict.sort_key)


# --- shared helpers ---------------------------------------------------------------------------

Attending = tuple[Activity, bool]  # an activity and whether the delegate is required in it


def _time_key(activity: Activity) -> tuple[datetime, datetime, int, str]:
    return (activity.start, activity.end, activity.id or 0, activity.uid)


def _delegate_timelines(plan: Plan, active: Iterable[Activity],
                        only: set[int] | None = None) -> list[tuple[Delegate, list[Attending]]]:
    """Each delegate (of ``only``) with their activities in start order (one pass over all attendances)."""
    by_delegate: dict[int, list[Attending]] = defaultdict(list)
    for activity in active:
        for attendance in activity.attendees:
            if only is None or attendance.delegate_id in only:
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


def _conflict(kind: ConflictKind, severity: Severity, subject: str, activities: Sequence[Activity],
              start: datetime, end: datetime, zone_name: str, message: str, scope: Scope) -> Conflict:
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
        scope=scope,
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
            zone_name = place_zone(plan, earlier.venue_id, earlier.timezone)
            pair = [(earlier, earlier_required), (activity, required)]
            message = (
                f"{delegate.name} is in '{earlier.title}' and '{activity.title}' at once, "
                f"{format_span(start, end, zone_name)}{_optional_note(pair)}."
            )
            yield _conflict(ConflictKind.DOUBLE_BOOKED, _severity(earlier_required, required), delegate.name,
                            [earlier, activity], start, end, zone_name, message, ("delegate", delegate.id or 0))
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
                            [previous, activity], previous.end, activity.start, destination.timezone, message,
                            ("delegate", delegate.id or 0))


def _whole_minutes(span: timedelta) -> int:
    return int(span.total_seconds() // 60)


# --- activities outside every stay ----------------------------------------------------------

def _outside_stay(plan: Plan, delegate: Delegate, items: list[Attending]) -> Iterator[Conflict]:
    stays = plan.stays_of(delegate.id or 0)
    if not stays:
        return
    for activity, required in items:
        gap = placement(stays, activity.start, activity.end, travel=activity.kind is ActivityKind.TRAVEL)
        if gap is None:
            continue
        zone_name = place_zone(plan, activity.venue_id, activity.timezone)
        start, end = activity.start, activity.end
        name = delegate.name
        arrival = gap.after.arrival if gap.after else None
        departure = gap.before.departure if gap.before else None
        if gap.before is not None and gap.after is not None:
            reason = (f"falls between {name}'s stays (departs {_stay_time(gap.before, departure)}, "
                      f"arrives {_stay_time(gap.after, arrival)})")
        elif gap.after is not None:
            reason = f"starts before {name} arrives ({_stay_time(gap.after, arrival)})"
            if arrival is not None:
                end = min(end, arrival)
        else:
            reason = f"ends after {name} departs ({_stay_time(gap.before, departure)})"
            if departure is not None:
                start = max(start, departure)
        note = "" if required else f"; {name} is optional there"
        message = f"'{activity.title}' ({format_span(activity.start, activity.end, zone_name)}) {reason}{note}."
        yield _conflict(ConflictKind.OUTSIDE_STAY, _severity(required), name, [activity],
                        start, end, zone_name, message, ("delegate", delegate.id or 0))


def _stay_time(stay: Stay | None, instant: datetime | None) -> str:
    """An arrival or departure in the stay's own zone (the city the delegate is in then)."""
    if stay is None or instant is None:
        return "?"
    return format_instant(instant, stay.timezone)


# --- more meetings in a room than it has tables, more people than it seats --------------------

def _rooms_over_capacity(plan: Plan, active: Iterable[Activity]) -> Iterator[Conflict]:
    by_room: dict[int, list[Activity]] = defaultdict(list)
    for activity in active:
        if activity.room_id is not None:
            by_room[activity.room_id].append(activity)
    for room_id in sorted(by_room):
        room = plan.room_by_id.get(room_id)
        if room is None:
            continue
        activities = by_room[room_id]
        venue = plan.venue_by_id[room.venue_id]
        tables = room.meetings_at_once
        at_tables = [a for a in activities if _tables_taken(tables, a)]  # booth duty is not blamed for tables
        if len(at_tables) > tables:
            table_load = partial(_tables_taken, tables)
            for crowd, start, end, peak in _overloads(at_tables, table_load, tables):
                yield _room_conflict(room, venue, crowd, start, end, _table_text(room, crowd, peak))
        if room.capacity is not None:
            for crowd, start, end, peak in _overloads(activities, _people_in, room.capacity):
                text = f"seats {room.capacity}; {peak} people are in it at once"
                yield _room_conflict(room, venue, crowd, start, end, text)


def _tables_taken(tables: int, activity: Activity) -> int:
    return tables_taken(activity.kind, tables)


def _people_in(activity: Activity) -> int:
    return len(activity.attendees) + len(activity.contact_ids)


def _table_text(room: Room, crowd: list[Activity], peak: int) -> str:
    whole_room = [a for a in crowd if a.kind not in TABLE_KINDS and a.kind is not ActivityKind.BOOTH_DUTY]
    if room.tables is None:
        return f"holds one activity at a time; {len(crowd)} overlap"
    if whole_room and len(crowd) > 1:
        return (f"has {room.tables} table{'s' if room.tables != 1 else ''}, and {quoted_titles(whole_room[:1])} "
                "takes the whole room while other activities are in it")
    return f"has {room.tables} table{'s' if room.tables != 1 else ''}; {peak} meetings are in it at once"


Overload = tuple[list[Activity], datetime, datetime, int]


def _overloads(activities: list[Activity], load: Callable[[Activity], int], limit: int) -> Iterator[Overload]:
    """Maximal periods in which the summed ``load`` of the activities present exceeds ``limit``.

    Events are (instant, 0 = ends / 1 = starts, index); the load is judged after all changes at
    one instant, so touching activities are no clash and a hand-over inside an overload does not
    split it. Yields everyone present during each period, its bounds and its peak load.
    """
    events = sorted(
        [(a.start, 1, i) for i, a in enumerate(activities)] + [(a.end, 0, i) for i, a in enumerate(activities)]
    )
    present: dict[int, Activity] = {}
    current = 0
    crowd: dict[int, Activity] | None = None
    crowd_start = events[0][0]
    peak = 0
    for instant, changes in groupby(events, key=lambda event: event[0]):
        arrived = []
        for _, starts, index in changes:
            if starts:
                present[index] = activities[index]
                current += load(activities[index])
                arrived.append(index)
            else:
                del present[index]
                current -= load(activities[index])
        if current > limit:
            if crowd is None:
                crowd, crowd_start, peak = dict(present), instant, current
            else:
                crowd.update((index, activities[index]) for index in arrived)
                peak = max(peak, current)
        elif crowd is not None:
            yield sorted(crowd.values(), key=_time_key), crowd_start, instant, peak
            crowd = None


def _room_conflict(room: Room, venue: Venue, crowd: list[Activity], start: datetime, end: datetime,
                   what: str) -> Conflict:
    subject = f"{room.name} at {venue.name}"
    shown, hidden = crowd[:5], len(crowd) - 5
    more = f" and {hidden} more" if hidden > 0 else ""
    message = f"{subject} {what}, {format_span(start, end, venue.timezone)}: {quoted_titles(shown)}{more}."
    return _conflict(ConflictKind.ROOM_OVER_CAPACITY, Severity.CONFLICT, subject, crowd, start, end,
                     venue.timezone, message, ("room", room.id or 0))


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
                        start, end, venue.timezone, message, ("activity", activity.id or 0))


# --- interpreting needs without an interpreter, interpreters without the language -----------

def _interpreting_unmet(plan: Plan, active: Iterable[Activity]) -> Iterator[Conflict]:
    for activity in active:
        if not activity.interpreting or activity.interpreter_id is not None:
            continue
        zone_name = place_zone(plan, activity.venue_id, activity.timezone)
        languages = pair_text(activity.interpreting)
        message = (f"'{activity.title}' ({format_span(activity.start, activity.end, zone_name)}) needs a "
                   f"{languages} interpreter; none is assigned.")
        yield _conflict(ConflictKind.INTERPRETING, Severity.CONFLICT, f"{languages} interpreting", [activity],
                        activity.start, activity.end, zone_name, message, ("activity", activity.id or 0))


def _interpreter_languages(plan: Plan, delegate: Delegate, items: list[Attending]) -> Iterator[Conflict]:
    for activity, _required in items:
        if not activity.interpreting or activity.interpreter_id != delegate.id:
            continue
        missing = [tag for tag in activity.interpreting if not speaks(delegate.languages, tag)]
        if not missing:
            continue
        zone_name = place_zone(plan, activity.venue_id, activity.timezone)
        spoken = ", ".join(delegate.languages) or "no language given"
        message = (f"{delegate.name} interprets {pair_text(activity.interpreting)} at '{activity.title}' "
                   f"({format_span(activity.start, activity.end, zone_name)}) but does not speak "
                   f"{' or '.join(language_name(tag) for tag in missing)} (speaks: {spoken}).")
        yield _conflict(ConflictKind.INTERPRETING, Severity.CONFLICT, delegate.name, [activity],
                        activity.start, activity.end, zone_name, message, ("delegate", delegate.id or 0))
