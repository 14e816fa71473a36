"""Plan snapshot -> scheduling Instance: feasible starts per request, fixed load per room.

Rules (documented in docs/stack-notes.md, "Scheduling"):
- the grid is gcd(30, every pending duration) minutes, counted from local midnight of the
  first market day; starts lie on it, so two placed meetings overlap iff they share a slot;
- a meeting happens in the request's room, else the largest room of the request's venue,
  else the largest room of the plan (the HAF hall); a room's capacity is its number of tables;
- a meeting must sit inside the venue's opening hours (09:00-18:00 when it has none) on a
  market day, outside the lunch break, inside every involved delegate's stay, between the
  request's earliest and latest, and inside the availability windows of everyone who has any;
- every non-cancelled activity blocks its delegates and contacts, widened by the travel time
  between its venue and the meeting's; a tentative, unpinned meeting linked to a pending
  request is the scheduler's own earlier proposal and blocks nothing (it will be replaced).
"""

from __future__ import annotations

import math
from collections import defaultdict
from datetime import date, datetime, time, timedelta

from desktop_app.domain.activities import Activity, ActivityKind, ActivityStatus
from desktop_app.domain.errors import DomainError
from desktop_app.domain.places import Room
from desktop_app.domain.plan import Plan
from desktop_app.domain.requests import MeetingRequest, ParticipantKind, ParticipantRef, RequestStatus
from desktop_app.domain.timezones import localize

from .instance import CONTACT, DELEGATE, PROJECT, Instance, PersonKey, Task
from .intervals import Span, grid_starts, intersect, normalise, subtract

DEFAULT_OPENING = (time(9, 0), time(18, 0))
TABLE_KINDS = frozenset({ActivityKind.HAF_MEETING, ActivityKind.MEETING, ActivityKind.BOOTH_MEETING})
BASE_GRID_MINUTES = 30
"""Grid = gcd(30, durations): 30 min at HAF; a 15-minute grid made CBC 5x slower for no gain."""


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


def market_days(plan: Plan) -> list[date]:
    days = plan.market_days()
    if not days:
        raise DomainError("The plan has no market days, so there is nothing to schedule meetings in.")
    return days


def meeting_room(plan: Plan, request: MeetingRequest) -> Room | None:
    if request.room_id is not None:
        return plan.room_by_id[request.room_id]
    rooms = plan.rooms_of(request.venue_id) if request.venue_id is not None else list(plan.rooms)
    return min(rooms, key=lambda r: (-r.meetings_at_once, r.id or 0), default=None)


class PlanTimes:
    def __init__(self, plan: Plan, slot_minutes: int | None = None) -> None:
        self.plan = plan
        self.requests = pending_requests(plan)
        self.slot = slot_minutes or math.gcd(BASE_GRID_MINUTES, *(r.duration_minutes for r in self.requests))
        self.days = market_days(plan)
        self.zone = plan.market_timezone
        self.origin = localize(datetime.combine(self.days[0], time.min), self.zone)
        self.replaceable = replaceable_activity_ids(plan)
        self.blocking = [a for a in plan.activities if not a.is_cancelled and a.id not in self.replaceable]
        self._windows: dict[ParticipantRef, list[Span]] | None = None
        self.busy_of: dict[PersonKey, list[Activity]] = defaultdict(list)
        for activity in self.blocking:
            for delegate_id in activity.delegate_ids:
                self.busy_of[(DELEGATE, delegate_id)].append(activity)
            for contact_id in activity.contact_ids:
                self.busy_of[(CONTACT, contact_id)].append(activity)

    # minutes from origin: free spans shrink inwards, busy spans grow outwards
    def floor(self, instant: datetime) -> int:
        return math.floor((instant - self.origin).total_seconds() / 60)

    def stay_spans(self, delegate_id: int) -> list[Span]:
        """When the delegate is in town: the union of their stays (always, without stays)."""
        stays = self.plan.stays_of(delegate_id)
        if not stays:
            return [(-10**9, 10**9)]
        return normalise([(self.ceil(s.arrival) if s.arrival else -10**9,
                           self.floor(s.departure) if s.departure else 10**9) for s in stays])

    def ceil(self, instant: datetime) -> int:
        return math.ceil((instant - self.origin).total_seconds() / 60)

    def day_local(self, day: date, at: time, zone: str) -> datetime:
        return localize(datetime.combine(day, at), zone)

    def open_spans(self, venue_id: int | None) -> list[Span]:
        venue = self.plan.venue_by_id.get(venue_id) if venue_id is not None else None
        zone = venue.timezone if venue else self.zone
        opens, closes = DEFAULT_OPENING
        if venue and venue.opens and venue.closes:
            opens, closes = venue.opens, venue.closes
        spans = [(self.ceil(self.day_local(d, opens, zone)), self.floor(self.day_local(d, closes, zone)))
                 for d in self.days]
        settings = self.plan.settings
        if settings.lunch_start and settings.lunch_minutes:
            lunch = time.fromisoformat(settings.lunch_start)
            breaks = [(self.floor(start), self.ceil(start + timedelta(minutes=settings.lunch_minutes)))
                      for start in (self.day_local(d, lunch, zone) for d in self.days)]
            return subtract(normalise(spans), normalise(breaks))
        return normalise(spans)

    def window_spans(self, ref: ParticipantRef) -> list[Span] | None:
        if self._windows is None:
            by_ref: dict[ParticipantRef, list[Span]] = defaultdict(list)
            for w in self.plan.availability:
                by_ref[w.participant].append((self.ceil(w.start), self.floor(w.end)))
            self._windows = {key: normalise(spans) for key, spans in by_ref.items()}
        return self._windows.get(ref)

    def busy_spans(self, person: PersonKey, venue_id: int | None) -> list[Span]:
        plan = self.plan
        return normalise(
            (self.floor(a.start) - plan.travel_minutes(venue_id, a.venue_id),
             self.ceil(a.end) + plan.travel_minutes(a.venue_id, venue_id))
            for a in self.busy_of.get(person, ()))

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
        room = meeting_room(plan, request)
        venue_id = room.venue_id if room else request.venue_id

        def done(starts: list[int], reason: str = "") -> Task:
            return Task(index, request.id or 0, request.external_id, request.priority,
                        request.duration_minutes // self.slot, requester, people, contact, venue_id,
                        room.id if room else None, tuple(s // self.slot for s in starts), reason)

        if room is None:
            return done([], "there is no meeting room: give the request a venue that has a room")
        length = request.duration_minutes
        free = self.open_spans(venue_id)
        if not grid_starts(free, length, self.slot):
            return done([], "the venue is not open long enough on any market day for this meeting")
        for delegate_id in delegate_ids:
            delegate = plan.delegate_by_id[delegate_id]
            free = intersect(free, self.stay_spans(delegate_id))
            if not grid_starts(free, length, self.slot):
                return done([], f"outside the stay of {delegate.name}: no market hours between "
                                f"arrival and departure")
        bounds = (self.ceil(request.earliest) if request.earliest else -10**9,
                  self.floor(request.latest) if request.latest else 10**9)
        free = intersect(free, [bounds])
        if not grid_starts(free, length, self.slot):
            return done([], "no opening hours between the request's earliest and latest times: widen them")
        refs = [request.requester] + [ParticipantRef(ParticipantKind.DELEGATE, d) for d in delegate_ids
                                      if request.delegate_id is None]
        refs.append(ParticipantRef(ParticipantKind.CONTACT, request.contact_id))
        for ref in refs:
            windows = self.window_spans(ref)
            if windows is not None:
                free = intersect(free, windows)
        if not grid_starts(free, length, self.slot):
            names = " and ".join(plan.participant_name(r) for r in refs)
            return done([], f"no common availability: {names} have no available time in common")
        available = free
        for person in people:
            free = subtract(free, self.busy_spans(person, venue_id))
        starts = grid_starts(free, length, self.slot)
        if not starts:
            return done([], "no common free time: " + self.blockers(people, venue_id, available)
                        + " (with travel) fill every time both sides are available")
        return done(starts)

    def blockers(self, people: tuple[PersonKey, ...], venue_id: int | None, available: list[Span]) -> str:
        """The activities that take the time both sides have, named for the user."""
        titles: list[str] = []
        for person in people:
            for a in sorted(self.busy_of.get(person, ()), key=lambda a: (a.start, a.title)):
                span = (self.floor(a.start) - self.plan.travel_minutes(venue_id, a.venue_id),
                        self.ceil(a.end) + self.plan.travel_minutes(a.venue_id, venue_id))
                if intersect(available, [span]) and a.title not in titles:
                    titles.append(a.title)
        shown = ", ".join(f"'{t}'" for t in titles[:3]) + (f" and {len(titles) - 3} more" if len(titles) > 3 else "")
        return f"existing activities {shown}" if titles else "existing activities"

    def room_load(self) -> dict[int, dict[int, int]]:
        used: dict[int, dict[int, int]] = defaultdict(lambda: defaultdict(int))
        for activity in self.blocking:
            if activity.room_id is None:
                continue
            room = self.plan.room_by_id[activity.room_id]
            tables = 1 if activity.kind in TABLE_KINDS else room.meetings_at_once
            first, last = self.floor(activity.start) // self.slot, -(-self.ceil(activity.end) // self.slot)
            for slot in range(first, last):
                used[room.id][slot] += tables  # type: ignore[index]
        return {room: dict(slots) for room, slots in used.items()}

    def meetings_per_day(self, instance_days: tuple[int, ...]) -> dict[tuple[PersonKey, int], int]:
        counts: dict[tuple[PersonKey, int], int] = defaultdict(int)
        for person, activities in self.busy_of.items():
            for activity in activities:
                if activity.kind in TABLE_KINDS:
                    slot = self.floor(activity.start) // self.slot
                    day = max(sum(1 for s in instance_days if s <= slot) - 1, 0)
                    counts[(person, day)] += 1
        return dict(counts)

    def build(self) -> Instance:
        tasks = tuple(self.task(i, r) for i, r in enumerate(self.requests))
        day_starts = tuple(self.floor(self.day_local(d, time.min, self.zone)) // self.slot for d in self.days)
        travel: dict[tuple[int, int], int] = {}
        venues = sorted({t.venue_id for t in tasks if t.venue_id is not None})
        for a in venues:
            for b in venues:
                minutes = self.plan.travel_minutes(a, b)
                if minutes:
                    travel[(a, b)] = -(-minutes // self.slot)
        return Instance(
            origin=self.origin, slot_minutes=self.slot, tasks=tasks, day_starts=day_starts,
            room_capacity={r.id: r.meetings_at_once for r in self.plan.rooms},  # type: ignore[misc]
            room_used=self.room_load(), travel_slots=travel,
            max_per_day=self.plan.settings.max_meetings_per_day,
            used_per_day=self.meetings_per_day(day_starts) if self.plan.settings.max_meetings_per_day else {},
        )


def build_instance(plan: Plan, slot_minutes: int | None = None) -> Instance:
    """The scheduling problem for ``plan``'s pending requests."""
    return PlanTimes(plan, slot_minutes).build()
