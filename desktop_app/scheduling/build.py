"""Plan snapshot -> scheduling Instance: feasible starts per request, fixed load per room.

Rules (documented in docs/stack-notes.md, "Scheduling"):
- time is integer minutes on one UTC-based grid whose slots are local half-hours in every
  venue's zone (grid.py): gcd(30, every pending duration, the venues' UTC offsets);
- a meeting happens in the request's room, else the room of the request's venue with the most
  tables, else the plan's (the HAF hall); a room holds ``meetings_at_once`` meetings at a time;
- a meeting must sit inside the venue's opening hours (09:00-18:00 when it has none) on one of
  its market days, outside the lunch break, all in the venue's own zone (opening.py); inside a
  stay of every involved delegate, between the request's earliest and latest, and inside the
  availability windows of everyone who has any;
- every non-cancelled activity blocks its delegates and contacts, widened by the travel time
  between its venue and the meeting's; a tentative, unpinned meeting linked to a pending
  request is the scheduler's own earlier proposal and blocks nothing (it will be replaced);
- meetings per day count by the local day where each meeting is.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date

from desktop_app.domain.activities import TABLE_KINDS, Activity, ActivityStatus, tables_taken
from desktop_app.domain.local_time import activity_zone
from desktop_app.domain.places import Room
from desktop_app.domain.plan import Plan
from desktop_app.domain.requests import MeetingRequest, ParticipantKind, ParticipantRef, RequestStatus
from desktop_app.domain.timezones import to_local

from .grid import grid_origin
from .instance import CONTACT, DELEGATE, PROJECT, Instance, PersonKey, Task
from .intervals import Span, grid_starts, has_start, intersect, subtract
from .obstacles import Constraint, NoStart, Rule, intersect_all, participant_refs
from .opening import days_of, venue_markets
from .plan_times import PlanTimes

BASE_GRID_MINUTES = 30
"""Grid = gcd(30, durations, offsets): 30 min at HAF; a 15-minute grid made CBC 5x slower for no gain."""


def is_fixed_meeting(activity: Activity) -> bool:
    """A linked meeting that stays where it is: confirmed or pinned by the user."""
    return (activity.request_id is not None and not activity.is_cancelled
            and (activity.pinned or activity.status is ActivityStatus.CONFIRMED))


def replaceable_activity_ids(plan: Plan) -> set[int]:
    """Earlier tentative proposals for requests that are pending again: they block nothing."""
    pending = {r.id for r in plan.requests if r.status is RequestStatus.PENDING}
    return {a.id for a in plan.activities  # type: ignore[misc]
            if a.request_id in pending and not a.is_cancelled and not is_fixed_meeting(a)}


def pending_requests(plan: Plan) -> list[MeetingRequest]:
    fixed = {a.request_id for a in plan.activities if is_fixed_meeting(a)}
    return sorted((r for r in plan.requests if r.status is RequestStatus.PENDING and r.id not in fixed),
                  key=lambda r: r.id or 0)


def meeting_room(plan: Plan, request: MeetingRequest) -> Room | None:
    if request.room_id is not None:
        return plan.room_by_id[request.room_id]
    rooms = plan.rooms_of(request.venue_id) if request.venue_id is not None else list(plan.rooms)
    return min(rooms, key=lambda r: (-r.meetings_at_once, r.id or 0), default=None)


class InstanceBuilder:
    def __init__(self, plan: Plan, slot_minutes: int | None = None) -> None:
        self.plan = plan
        self.requests = pending_requests(plan)
        self.rooms = {r.id: meeting_room(plan, r) for r in self.requests}
        venues = {room.venue_id for room in self.rooms.values() if room is not None}
        replaceable = replaceable_activity_ids(plan)
        self.times = PlanTimes(
            plan, step=slot_minutes or BASE_GRID_MINUTES, venue_ids=venues,
            durations=() if slot_minutes else (r.duration_minutes for r in self.requests),
            blocking=(a for a in plan.activities if not a.is_cancelled and a.id not in replaceable))
        self.slot = self.times.slot

    def constraints(self, request: MeetingRequest, delegate_ids: tuple[int, ...],
                    venue_id: int | None) -> list[Constraint]:
        """The rules of the request's own, in the order reasons prefer them (see obstacles.py)."""
        times, grid = self.times, self.times.grid
        rules = [Constraint(Rule.HOURS, times.open_spans(venue_id))]
        if request.earliest or request.latest:
            rules.append(Constraint(Rule.BOUNDS, [(grid.ceil(request.earliest) if request.earliest else -10**9,
                                                   grid.floor(request.latest) if request.latest else 10**9)]))
        rules += [Constraint(Rule.STAY, times.stay_spans(d), ParticipantRef(ParticipantKind.DELEGATE, d))
                  for d in delegate_ids if self.plan.stays_of(d)]
        for ref in participant_refs(request, delegate_ids):
            windows = times.window_spans(ref)
            if windows is not None:
                rules.append(Constraint(Rule.AVAILABILITY, windows, ref))
        return rules

    def task(self, index: int, request: MeetingRequest) -> Task:
        plan = self.plan
        if request.delegate_id is not None:
            delegate_ids: tuple[int, ...] = (request.delegate_id,)
            requester = (DELEGATE, request.delegate_id)
        else:
            assert request.project_id is not None
            delegate_ids = plan.project_by_id[request.project_id].member_ids
            requester = (PROJECT, request.project_id)
        contact: PersonKey = (CONTACT, request.contact_id)
        people = (*((DELEGATE, d) for d in delegate_ids), contact)
        room = self.rooms[request.id]
        venue_id = room.venue_id if room else request.venue_id

        def done(starts: Sequence[int] = (), days: Sequence[int] = (), reason: str = "") -> Task:
            return Task(index, request.id or 0, request.external_id, request.priority,
                        request.duration_minutes // self.slot, requester, people, contact, venue_id,
                        room.id if room else None, tuple(s // self.slot for s in starts), reason, tuple(days))

        if room is None:
            return done(reason="there is no meeting room: give the request a venue that has a room")
        length = request.duration_minutes
        constraints = self.constraints(request, delegate_ids, venue_id)
        available = intersect_all(constraints)
        if not has_start(available, length, self.slot):
            return done(reason=self.no_start(request, venue_id).explain(constraints))
        free = available
        for person in people:
            free = subtract(free, self.times.busy_spans(person, venue_id))
        starts: list[int] = []
        days: list[int] = []
        for span in free:  # an open span lies within one local day, so a span's starts share it
            span_starts = grid_starts([span], length, self.slot)
            starts += span_starts
            if span_starts:
                days += [self.times.opening.day_of(venue_id, span[0])] * len(span_starts)
        if not starts:
            return done(reason="no common free time: " + self.blockers(people, venue_id, available)
                        + " (with travel) fill every time both sides are available")
        return done(starts, days)

    def no_start(self, request: MeetingRequest, venue_id: int | None) -> NoStart:
        venue = self.plan.venue_by_id.get(venue_id) if venue_id is not None else None
        zone = venue.timezone if venue else self.plan.settings.timezone
        days = days_of(venue_markets(self.plan, venue)) if venue else self.plan.market_days()
        return NoStart(self.plan, request, venue_id, zone, days, self.slot)

    def blockers(self, people: tuple[PersonKey, ...], venue_id: int | None, available: list[Span]) -> str:
        """The activities that take the time both sides have, named for the user."""
        titles: list[str] = []
        for person in people:
            for a in sorted(self.times.busy_of.get(person, ()), key=lambda a: (a.start, a.title)):
                if intersect(available, [self.times.busy_span(a, venue_id)]) and a.title not in titles:
                    titles.append(a.title)
        shown = ", ".join(f"'{t}'" for t in titles[:3]) + (f" and {len(titles) - 3} more" if len(titles) > 3 else "")
        return f"existing activities {shown}" if titles else "existing activities"

    def room_load(self) -> dict[int, dict[int, int]]:
        used: dict[int, dict[int, int]] = defaultdict(lambda: defaultdict(int))
        grid = self.times.grid
        for activity in self.times.blocking:
            if activity.room_id is None:
                continue
            room = self.plan.room_by_id[activity.room_id]
            tables = tables_taken(activity.kind, room.meetings_at_once)
            first, last = grid.floor(activity.start) // self.slot, -(-grid.ceil(activity.end) // self.slot)
            for slot in range(first, last):
                used[room.id][slot] += tables  # type: ignore[index]
        return {room: dict(slots) for room, slots in used.items()}

    def meetings_per_day(self) -> dict[tuple[PersonKey, int], int]:
        """Meetings people already have, by the local day where each is."""
        counts: dict[tuple[PersonKey, int], int] = defaultdict(int)
        for person, activities in self.times.busy_of.items():
            for activity in activities:
                if activity.kind in TABLE_KINDS:
                    day = to_local(activity.start, activity_zone(self.plan, activity)).date().toordinal()
                    counts[(person, day)] += 1
        return dict(counts)

    def build(self) -> Instance:
        tasks = tuple(self.task(i, r) for i, r in enumerate(self.requests))
        travel: dict[tuple[int, int], int] = {}
        venues = sorted({t.venue_id for t in tasks if t.venue_id is not None})
        for a in venues:
            for b in venues:
                minutes = self.plan.travel_minutes(a, b)
                if minutes:
                    travel[(a, b)] = -(-minutes // self.slot)
        limit = self.plan.settings.max_meetings_per_day
        return Instance(
            origin=self.times.grid.origin, slot_minutes=self.slot, tasks=tasks,
            room_capacity={r.id: r.meetings_at_once for r in self.plan.rooms},  # type: ignore[misc]
            room_used=self.room_load(), travel_slots=travel, max_per_day=limit,
            used_per_day=self.meetings_per_day() if limit else {},
        )


def build_instance(plan: Plan, slot_minutes: int | None = None) -> Instance:
    """The scheduling problem for ``plan``'s pending requests; ``slot_minutes`` replaces 30 and
    the durations in the grid rule (the zones' offsets still refine it)."""
    if not pending_requests(plan):
        return Instance(origin=grid_origin(plan.first_day or date(2025, 1, 1)),
                        slot_minutes=slot_minutes or BASE_GRID_MINUTES, tasks=())
    return InstanceBuilder(plan, slot_minutes).build()
