"""HAF-scale scheduling instances, generated as Plan snapshots (no storage needed).

Projects (two or three delegates each) ask financiers for 30- or 60-minute meetings; the
financiers are available for a few half-days each and some are far more popular than others
(requests follow a Zipf-like skew), as at HAF. Delegates also have a few panels, some at a
hotel 20 minutes away, so travel time matters. Same arguments => the same plan.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from desktop_app.domain.activities import Activity, ActivityKind, Attendance
from desktop_app.domain.people import Contact, Delegate, Project
from desktop_app.domain.places import Market, Room, TravelTime, Venue
from desktop_app.domain.plan import Plan, PlanSettings
from desktop_app.domain.requests import AvailabilityWindow, MeetingRequest, ParticipantKind, ParticipantRef
from desktop_app.domain.timezones import localize

ZONE = "Asia/Hong_Kong"
FIRST_DAY = date(2025, 3, 17)
HALF_DAYS = ((time(9, 0), time(13, 0)), (time(14, 0), time(18, 0)))


def _at(day: int, clock: time) -> datetime:
    return localize(datetime.combine(FIRST_DAY + timedelta(days=day), clock), ZONE)


def haf_plan(seed: int, projects: int = 40, financiers: int = 80, requests: int = 1000,
             tables: int = 12, days: int = 3) -> Plan:
    rng = random.Random(seed)
    hall = Venue(1, "HKCEC", ZONE, opens=time(9, 0), closes=time(18, 0))
    hotel = Venue(2, "Grand Hyatt", ZONE)
    rooms = (Room(1, 1, "HAF Hall", tables=tables), Room(2, 2, "Ballroom", capacity=500))
    delegates: list[Delegate] = []
    project_rows: list[Project] = []
    for p in range(1, projects + 1):
        members = []
        for _ in range(rng.choice((2, 2, 3))):
            delegate_id = len(delegates) + 1
            delegates.append(Delegate(delegate_id, f"Producer {delegate_id}"))
            members.append(delegate_id)
        project_rows.append(Project(p, f"Project {p}", member_ids=tuple(members)))
    contacts = tuple(Contact(c, f"Financier {c}") for c in range(1, financiers + 1))

    windows: list[AvailabilityWindow] = []
    for contact in contacts:
        halves = [(d, h) for d in range(days) for h in range(2)]
        for d, h in sorted(rng.sample(halves, rng.randint(2, min(4, len(halves))))):
            opens, closes = HALF_DAYS[h]
            windows.append(AvailabilityWindow(len(windows) + 1, ParticipantRef(ParticipantKind.CONTACT,
                                              contact.id or 0), _at(d, opens), _at(d, closes), ZONE))

    activities: list[Activity] = []
    for delegate in delegates:
        for _ in range(rng.randint(0, 2)):
            day, hour = rng.randrange(days), rng.randint(9, 16)
            at_hotel = rng.random() < 0.4
            activities.append(Activity(
                len(activities) + 1, "Panel" if not at_hotel else "Reception",
                _at(day, time(hour, 0)), _at(day, time(hour, 0)) + timedelta(minutes=60), ZONE,
                kind=ActivityKind.PANEL if not at_hotel else ActivityKind.RECEPTION,
                venue_id=2 if at_hotel else 1, room_id=2 if at_hotel else None,
                attendees=(Attendance(delegate.id or 0),)))

    weights = [1 / (rank + 1) ** 0.8 for rank in range(financiers)]
    rng.shuffle(weights)
    pairs: set[tuple[int, int]] = set()
    request_rows: list[MeetingRequest] = []
    while len(request_rows) < requests and len(pairs) < projects * financiers:
        project = rng.randint(1, projects)
        contact = rng.choices(range(1, financiers + 1), weights)[0]
        if (project, contact) in pairs:
            continue
        pairs.add((project, contact))
        request_rows.append(MeetingRequest(
            len(request_rows) + 1, f"R{len(request_rows) + 1:05d}", contact,
            rng.choice((30, 30, 30, 60)), project_id=project,
            priority=rng.choices((1, 2, 3, 4, 5), (1, 2, 3, 2, 1))[0], venue_id=1, room_id=1))

    return Plan(
        settings=PlanSettings(name=f"HAF benchmark {seed}", timezone=ZONE),
        markets=(Market(1, "HAF", "Hong Kong", ZONE, FIRST_DAY, FIRST_DAY + timedelta(days=days - 1)),),
        venues=(hall, hotel), rooms=rooms, travel_times=(TravelTime(1, 2, 20),),
        delegates=tuple(delegates), contacts=contacts, projects=tuple(project_rows),
        activities=tuple(activities), availability=tuple(windows), requests=tuple(request_rows))
