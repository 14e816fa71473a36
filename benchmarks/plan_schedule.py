"""The activities of the benchmark plan: a busy but mostly feasible programme with planted conflicts.

Activities are placed first-fit (from a random start time) where every attendee is free, with travel
time to and from their neighbouring activities, and the room has a free table or seat; so the plan is
clean except for a sprinkling of deliberately planted clashes (about ``conflict_rate`` of all
activities) and cancelled activities that overlap anything (which must not count).
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from desktop_app.domain.activities import Activity, ActivityKind, ActivityStatus, Attendance
from desktop_app.domain.people import Contact, Delegate, Project
from desktop_app.domain.places import Room, Venue
from desktop_app.domain.plan import Plan
from desktop_app.domain.timezones import localize, to_local

from .plan_data import (
    HAF_DAYS,
    MEETING_TOPICS,
    PERSONAL_TITLES,
    PROGRAMME_TITLES,
    RECEPTION_TITLES,
)

DAY_START, DAY_END = 8 * 60, 23 * 60  # when delegates are willing to work, in local minutes
STEP = 15


@dataclass(frozen=True)
class Day:
    day: date
    zone: str
    market_code: str
    venues: dict[str, Venue]
    programme_rooms: tuple[Room, ...]
    meeting_hall: Room
    booths: dict[int, Room]  # delegation id -> its booth (HK only; empty in Lille)


@dataclass
class Calendar:
    """Who and which room is busy when, per day, in local minutes."""

    plan: Plan  # venues, rooms and travel times only
    busy: dict[tuple[int, date], list[tuple[int, int, int | None]]] = field(default_factory=lambda: defaultdict(list))
    rooms: dict[tuple[int, date], list[tuple[int, int]]] = field(default_factory=lambda: defaultdict(list))
    windows: dict[tuple[int, date], tuple[int, int]] = field(default_factory=dict)

    def delegate_free(self, delegate_id: int, day: date, start: int, end: int, venue_id: int | None) -> bool:
        window = self.windows.get((delegate_id, day))
        if window is None or start < window[0] or end > window[1]:
            return False
        for other_start, other_end, other_venue in self.busy[(delegate_id, day)]:
            if not (other_end + self.plan.travel_minutes(other_venue, venue_id) <= start
                    or end + self.plan.travel_minutes(venue_id, other_venue) <= other_start):
                return False
        return True

    def room_free(self, room: Room, day: date, start: int, end: int) -> bool:
        overlapping = sum(1 for s, e in self.rooms[(room.id or 0, day)] if s < end and start < e)
        return overlapping < room.meetings_at_once  # counting all overlaps is stricter than peak concurrency

    def book(self, day: date, start: int, end: int, venue_id: int | None, room: Room | None,
             delegate_ids: Sequence[int]) -> None:
        for delegate_id in delegate_ids:
            self.busy[(delegate_id, day)].append((start, end, venue_id))
        if room is not None:
            self.rooms[(room.id or 0, day)].append((start, end))


def instant(day: date, minutes: int, zone_name: str) -> datetime:
    return localize(datetime.combine(day, time()) + timedelta(minutes=minutes), zone_name)


def local_minutes(moment: datetime, zone_name: str) -> int:
    local = to_local(moment, zone_name)
    return local.hour * 60 + local.minute


class ActivityMaker:
    def __init__(self, rng: random.Random, plan: Plan, days: Sequence[Day], delegates: Sequence[Delegate],
                 contacts: Sequence[Contact], projects: Sequence[Project], calendar: Calendar,
                 conflict_rate: float) -> None:
        self.rng, self.plan, self.days, self.calendar = rng, plan, days, calendar
        self.delegates, self.contacts, self.projects = delegates, contacts, projects
        self.conflict_rate = conflict_rate
        self.activities: list[Activity] = []
        self.delegation_of = {d.id: d.delegation_id for d in delegates}
        self.colleagues: dict[int | None, list[int]] = defaultdict(list)
        for delegate in delegates:
            self.colleagues[delegate.delegation_id].append(delegate.id or 0)
        self.counters: dict[str, int] = defaultdict(int)

    # --- the mix ------------------------------------------------------------------------------

    def make(self, count: int) -> list[Activity]:
        makers = ((self.programme, 0.30), (self.haf_meeting, 0.12), (self.booth_meeting, 0.24),
                  (self.outside_meeting, 0.18), (self.reception, 0.03), (self.personal, 0.08),
                  (self.cancelled, 0.05))
        functions, weights = zip(*makers, strict=True)
        while len(self.activities) < count:
            if self.rng.random() < self.conflict_rate:
                self.planted_conflict()
                continue
            self.rng.choices(functions, weights)[0]()
        return self.activities[:count]

    def _add(self, title: str, kind: ActivityKind, day: Day, start: int, end: int, venue: Venue | None,
             room: Room | None, attendees: Sequence[Attendance] = (), *, status: ActivityStatus | None = None,
             external_id: str = "", contacts: Sequence[int] = (), project_id: int | None = None,
             book: bool = True) -> None:
        if status is None:
            status = self.rng.choices(
                (ActivityStatus.CONFIRMED, ActivityStatus.TENTATIVE, ActivityStatus.PROPOSED), (85, 10, 5))[0]
        activity_id = len(self.activities) + 1
        self.activities.append(Activity(
            activity_id, title, instant(day.day, start, day.zone), instant(day.day, end, day.zone), day.zone,
            kind=kind, status=status, venue_id=venue.id if venue else None, room_id=room.id if room else None,
            priority=self.rng.randint(1, 5), external_id=external_id, attendees=tuple(attendees),
            contact_ids=tuple(contacts), project_id=project_id, uid=f"bench-{activity_id:06d}@delegation-planner",
        ))
        if book:
            self.calendar.book(day.day, start, end, venue.id if venue else None, room,
                               [a.delegate_id for a in attendees])

    def _slot(self, day: Day, venue: Venue | None, minutes: int, delegate_ids: Sequence[int],
              rooms: Sequence[Room] = (), earliest: int = DAY_START,
              latest: int = DAY_END) -> tuple[int, Room | None] | None:
        """The first start (from a random one, wrapping round) that suits everyone, and its room."""
        if venue is not None and venue.opens is not None and venue.closes is not None:
            earliest = max(earliest, venue.opens.hour * 60 + venue.opens.minute)
            latest = min(latest, venue.closes.hour * 60 + venue.closes.minute)
        starts = list(range(earliest, latest - minutes + 1, STEP))
        if not starts:
            return None
        offset = self.rng.randrange(len(starts))
        venue_id = venue.id if venue else None
        for start in starts[offset:] + starts[:offset]:
            end = start + minutes
            if not all(self.calendar.delegate_free(d, day.day, start, end, venue_id) for d in delegate_ids):
                continue
            if not rooms:
                return start, None
            room = next((r for r in rooms if self.calendar.room_free(r, day.day, start, end)), None)
            if room is not None:
                return start, room
        return None

    def _days_of(self, delegate_ids: Sequence[int], days: Sequence[Day] | None = None) -> list[Day]:
        candidates = [d for d in (self.days if days is None else days)
                      if all((delegate, d.day) in self.calendar.windows for delegate in delegate_ids)]
        self.rng.shuffle(candidates)
        return candidates

    def _code(self, prefix: str) -> str:
        self.counters[prefix] += 1
        return f"{prefix}-{self.counters[prefix]:05d}"

    def _pair(self) -> list[int]:
        """One delegate, sometimes with a colleague from the same delegation."""
        first = self.rng.choice(self.delegates).id or 0
        people = [first]
        if self.rng.random() < 0.3:
            colleagues = [d for d in self.colleagues[self.delegation_of[first]] if d != first]
            if colleagues:
                people.append(self.rng.choice(colleagues))
        return people

    # --- kinds of activity ----------------------------------------------------------------------

    def programme(self) -> None:
        day = self.rng.choice(self.days)
        kind = self.rng.choice(list(PROGRAMME_TITLES))
        minutes = self.rng.choice((60, 75, 90, 120)) if kind != "networking" else 60
        for room in self.rng.sample(day.programme_rooms, min(8, len(day.programme_rooms))):
            venue = self.plan.venue_by_id[room.venue_id]
            found = self._slot(day, venue, minutes, (), [room])
            if found is not None:
                break
        else:
            return
        start = found[0]
        candidates = self.rng.sample(self.delegates, min(2, len(self.delegates)))
        guests = [d.id or 0 for d in candidates if self.rng.random() < 0.15]
        guests = [g for g in guests if self.calendar.delegate_free(g, day.day, start, start + minutes, venue.id)]
        self._add(self.rng.choice(PROGRAMME_TITLES[kind]), ActivityKind(kind), day, start, start + minutes, venue,
                  room, [Attendance(g, required=False) for g in guests], external_id=self._code(day.market_code),
                  status=ActivityStatus.CONFIRMED)

    def haf_meeting(self) -> None:
        project = self.rng.choice(self.projects)
        members = list(project.member_ids)
        haf_days = [d for d in self.days if d.day in HAF_DAYS]
        for day in self._days_of(members, haf_days):
            venue = self.plan.venue_by_id[day.meeting_hall.venue_id]
            found = self._slot(day, venue, 30, members, [day.meeting_hall])
            if found:
                start, room = found
                contact = self.rng.choice(self.contacts)
                self._add(f"HAF: {project.title} × {contact.organisation or contact.name}", ActivityKind.HAF_MEETING,
                          day, start, start + 30, venue, room, [Attendance(m) for m in members],
                          external_id=self._code("HAF25"), contacts=[contact.id or 0], project_id=project.id)
                return

    def booth_meeting(self) -> None:
        people = self._pair()
        delegation = self.delegation_of[people[0]]
        for day in self._days_of(people):
            booth = day.booths.get(delegation or 0)
            room = booth or day.meeting_hall
            venue = self.plan.venue_by_id[room.venue_id]
            found = self._slot(day, venue, 30, people, [room])
            if found:
                start, room_found = found
                contact = self.rng.choice(self.contacts)
                self._add(f"{self.rng.choice(MEETING_TOPICS)}: {contact.name}", ActivityKind.BOOTH_MEETING, day,
                          start, start + 30, venue, room_found, [Attendance(p) for p in people],
                          contacts=[contact.id or 0])
                return

    def outside_meeting(self) -> None:
        people = self._pair()
        for day in self._days_of(people):
            venue = self.rng.choice([v for key, v in day.venues.items() if key != "hkcec"])
            minutes = self.rng.choice((45, 60, 90))
            found = self._slot(day, venue, minutes, people)
            if found:
                contacts = [c.id or 0 for c in self.rng.sample(self.contacts, self.rng.choice((1, 1, 2)))]
                name = self.plan.contact_by_id[contacts[0]].name
                self._add(f"{self.rng.choice(MEETING_TOPICS)}: {name}", ActivityKind.MEETING, day, found[0],
                          found[0] + minutes, venue, None, [Attendance(p) for p in people], contacts=contacts)
                return

    def reception(self) -> None:
        day = self.rng.choice(self.days)
        start = self.rng.choice((18 * 60 + 30, 19 * 60, 19 * 60 + 30))
        open_late = [v for v in day.venues.values() if v.closes is None or v.closes.hour * 60 >= start + 120]
        venue = self.rng.choice(open_late)
        guests = [d for d in self.rng.sample(self.delegates, min(12, len(self.delegates)))
                  if self.calendar.delegate_free(d.id or 0, day.day, start, start + 120, venue.id)][:6]
        attendees = [Attendance(d.id or 0, required=self.rng.random() < 0.5) for d in guests]
        title = self.rng.choice(RECEPTION_TITLES[day.market_code])
        self._add(title, ActivityKind.RECEPTION, day, start, start + 120, venue, None, attendees)

    def personal(self) -> None:
        delegate = self.rng.choice(self.delegates).id or 0
        for day in self._days_of([delegate]):
            minutes = self.rng.choice((30, 45, 60))
            found = self._slot(day, None, minutes, [delegate])
            if found:
                self._add(self.rng.choice(PERSONAL_TITLES), ActivityKind.PERSONAL, day, found[0],
                          found[0] + minutes, None, None, [Attendance(delegate)])
                return

    def cancelled(self) -> None:
        """Dropped meetings stay in the plan and overlap anything: they must never be reported."""
        people = self._pair()
        days = self._days_of(people)
        if not days:
            return
        day, start = days[0], self.rng.randrange(DAY_START, DAY_END - 60, STEP)
        venue = self.rng.choice(list(day.venues.values()))
        self._add("Cancelled: " + self.rng.choice(MEETING_TOPICS), ActivityKind.MEETING, day, start, start + 60,
                  venue, None, [Attendance(p) for p in people], status=ActivityStatus.CANCELLED, book=False)

    # --- planted conflicts ------------------------------------------------------------------------

    def planted_conflict(self) -> None:
        kind = self.rng.choice(("double", "double", "travel", "travel", "stay", "hours", "room"))
        delegate = self.rng.choice(self.delegates)
        did = delegate.id or 0
        booked = [(day, slot) for day in self.days for slot in self.calendar.busy.get((did, day.day), ())]
        if kind in ("double", "travel") and booked:
            day, (start, end, venue_id) = self.rng.choice(booked)
            if kind == "double":
                at, venue = start + STEP, self.plan.venue_by_id.get(venue_id) if venue_id else None
            else:
                far = "rosewood" if "rosewood" in day.venues and day.venues["rosewood"].id != venue_id else "hkcec"
                at, venue = end + 5, day.venues.get(far) or next(iter(day.venues.values()))
            self._add(f"Squeezed-in meeting: {self.rng.choice(self.contacts).name}", ActivityKind.MEETING, day, at,
                      at + 30, venue, None, [Attendance(did)])
        elif kind == "stay" and (stays := self.plan.stays_of(did)) and stays[0].arrival is not None:
            market_day = self.days[0]  # everyone arrives in Hong Kong first
            arrival = to_local(stays[0].arrival, market_day.zone)
            at = arrival.hour * 60 + arrival.minute - 120  # a briefing two hours before the plane lands
            day = Day(arrival.date(), market_day.zone, market_day.market_code, market_day.venues, (),
                      market_day.meeting_hall, {})
            self._add("Airport pick-up briefing", ActivityKind.MEETING, day, at, at + 60,
                      market_day.venues["grand_hyatt"], None, [Attendance(did)], book=False)
        elif kind == "hours":
            day = self.rng.choice([d for d in self.days if "hkcec" in d.venues])
            self._add("Booth clean-up", ActivityKind.PERSONAL, day, 18 * 60 + 45, 19 * 60 + 15, day.venues["hkcec"],
                      None, book=False)
        elif kind == "room":
            day = self.rng.choice(self.days)
            room = self.rng.choice(day.programme_rooms)
            taken = self.calendar.rooms.get((room.id or 0, day.day))
            if taken:
                start, end = self.rng.choice(taken)
                self._add("Double-booked screening room", ActivityKind.SCREENING, day, start, end,
                          self.plan.venue_by_id[room.venue_id], room, external_id=self._code(day.market_code))
