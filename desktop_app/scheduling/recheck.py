"""Re-checking a proposal against the plan as it is now, just before it is written.

The solver worked on a snapshot read before solving, up to the time limit earlier; meanwhile
someone may have added an activity, filled a room or changed a request. ``apply`` calls
:func:`first_clash` inside its write transaction: a placed meeting must still belong to a
pending, unchanged request, keep clear of its participants' non-cancelled activities (travel
to and from them included) and of the other placed meetings, and fit its room's capacity.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta

from desktop_app.domain.activities import TABLE_KINDS, Activity, ActivityKind
from desktop_app.domain.conflict_text import format_span
from desktop_app.domain.plan import Plan
from desktop_app.domain.requests import MeetingRequest, RequestStatus

from .instance import CONTACT, DELEGATE, PersonKey
from .opening import meeting_zone
from .result import Placement, ScheduleResult


@dataclass(frozen=True, slots=True)
class _Busy:
    """What takes people's time and maybe a room's tables: an activity or a placed meeting."""

    title: str
    start: datetime
    end: datetime
    venue_id: int | None
    room_id: int | None
    people: frozenset[PersonKey]
    tables: int | None  # None: the whole room (e.g. a panel held in the meeting room)


def first_clash(plan: Plan, result: ScheduleResult, replaced: set[int]) -> str | None:
    """Why ``result`` can no longer be written into ``plan``, naming the request and the clash;
    None when every placement still holds. ``replaced``: ids of the earlier proposals the write
    moves or cancels (they block nothing)."""
    solved = {r.id: r for r in result.requests}
    for placement in result.placed:
        request = plan.request_by_id.get(placement.request_id)
        if (request is None or request.status is not RequestStatus.PENDING
                or solved.get(placement.request_id, request) != request):
            return f"Request {placement.label} changed since the proposal was made; run the scheduler again."
    meetings = [_placement_busy(plan, p) for p in result.placed]
    everything = [_activity_busy(a) for a in plan.activities if not a.is_cancelled and a.id not in replaced]
    everything += meetings
    by_person: dict[PersonKey, list[_Busy]] = defaultdict(list)
    by_room: dict[int, _Timeline] = {}
    for item in everything:
        for person in item.people:
            by_person[person].append(item)
    for room_id in {p.room_id for p in result.placed if p.room_id is not None}:
        by_room[room_id] = _Timeline([item for item in everything if item.room_id == room_id])
    for placement, meeting in zip(result.placed, meetings, strict=True):
        clash = (_person_clash(plan, meeting, by_person)
                 or _room_clash(plan, meeting, by_room.get(placement.room_id or -1)))
        if clash:
            zone = meeting_zone(plan, placement.venue_id, placement.start)
            return (f"Request {placement.label} can no longer be placed at "
                    f"{format_span(placement.start, placement.end, zone)}: {clash} since the proposal "
                    "was made; run the scheduler again.")
    return None


def _people(plan: Plan, request: MeetingRequest) -> frozenset[PersonKey]:
    if request.delegate_id is not None:
        delegates: tuple[int, ...] = (request.delegate_id,)
    else:
        project = plan.project_by_id.get(request.project_id or -1)
        delegates = project.member_ids if project else ()
    return frozenset({*((DELEGATE, d) for d in delegates), (CONTACT, request.contact_id)})


def _activity_busy(activity: Activity) -> _Busy:
    people = frozenset({*((DELEGATE, d) for d in activity.delegate_ids),
                        *((CONTACT, c) for c in activity.contact_ids)})
    return _Busy(f"'{activity.title}'", activity.start, activity.end, activity.venue_id, activity.room_id,
                 people, _tables(activity.kind))


def _tables(kind: ActivityKind) -> int | None:
    """Tables taken: one for a meeting, none for booth duty, the whole room (None) otherwise."""
    if kind is ActivityKind.BOOTH_DUTY:
        return 0
    return 1 if kind in TABLE_KINDS else None


def _placement_busy(plan: Plan, placement: Placement) -> _Busy:
    request = plan.request_by_id[placement.request_id]
    return _Busy(f"the proposed meeting {placement.label}", placement.start, placement.end,
                 placement.venue_id, placement.room_id, _people(plan, request), 1)


def _name(plan: Plan, person: PersonKey) -> str:
    kind, person_id = person
    if kind == DELEGATE:
        return plan.delegate_by_id[person_id].display_name
    return plan.contact_by_id[person_id].display_name


def _person_clash(plan: Plan, meeting: _Busy, by_person: dict[PersonKey, list[_Busy]]) -> str:
    """The first activity (or other meeting) of the meeting's people it now overlaps, travel included."""
    candidates = {id(o): o for person in meeting.people for o in by_person.get(person, ()) if o is not meeting}
    for other in sorted(candidates.values(), key=lambda o: (o.start, o.end, o.title)):
        before = timedelta(minutes=plan.travel_minutes(other.venue_id, meeting.venue_id))
        after = timedelta(minutes=plan.travel_minutes(meeting.venue_id, other.venue_id))
        if not (other.start - after < meeting.end and meeting.start < other.end + before):
            continue
        shared = meeting.people & other.people
        who = " and ".join(sorted(_name(plan, person) for person in shared))
        verb = "is" if len(shared) == 1 else "are"
        overlaps = other.start < meeting.end and meeting.start < other.end
        travel = "" if overlaps else " (without the travel time between the venues)"
        return f"{who} {verb} now in {other.title}{travel}"
    return ""


class _Timeline:
    """A room's items by start, to find those overlapping a span without a scan of the whole room."""

    def __init__(self, items: list[_Busy]) -> None:
        self.items = sorted(items, key=lambda o: (o.start, o.end, o.title))
        self.starts = [o.start for o in self.items]
        self.longest = max((o.end - o.start for o in self.items), default=timedelta(0))

    def overlapping(self, start: datetime, end: datetime) -> list[_Busy]:
        first = bisect_left(self.starts, start - self.longest)
        last = bisect_left(self.starts, end)
        return [o for o in self.items[first:last] if o.end > start]


def _room_clash(plan: Plan, meeting: _Busy, timeline: _Timeline | None) -> str:
    room = plan.room_by_id.get(meeting.room_id) if meeting.room_id is not None else None
    if room is None or timeline is None:
        return ""
    present = [o for o in timeline.overlapping(meeting.start, meeting.end) if o is not meeting]
    # the most tables taken at once: at the meeting's start or when something starts during it
    for instant in sorted({meeting.start, *(o.start for o in present if o.start > meeting.start)}):
        during = [o for o in present if o.start <= instant < o.end]
        taken = sum(room.meetings_at_once if o.tables is None else o.tables for o in during)
        if taken + 1 > room.meetings_at_once:
            shown = ", ".join(o.title for o in during[:3])
            more = f" and {len(during) - 3} more" if len(during) > 3 else ""
            return f"room '{room.name}' is full then (its {room.meetings_at_once} tables taken by {shown}{more})"
    return ""
