"""Small plans for roster tests: the HKCEC (09:00–19:00) with two stands and a meeting room, the
Rosewood 35 minutes away (30 back), one delegation; people, duties and meetings made to order."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time

from desktop_app.domain.activities import Activity, ActivityKind, ActivityStatus, Attendance
from desktop_app.domain.duties import BoothDuty
from desktop_app.domain.people import Delegate, Delegation, PersonKind
from desktop_app.domain.places import Market, Room, TravelTime, Venue
from desktop_app.domain.plan import Plan
from desktop_app.domain.requests import AvailabilityWindow, ParticipantKind, ParticipantRef
from desktop_app.domain.stays import Stay
from desktop_app.domain.timezones import localize

HK = "Asia/Hong_Kong"
HKCEC, ROSEWOOD = 1, 2
STAND_A, STAND_B, MEETING_ROOM, BUTTERFLY = 1, 2, 3, 4
PRODUCERS = 1


def at(hour: int, minute: int = 0, day: int = 17) -> datetime:
    return localize(datetime(2025, 3, day, hour, minute), HK)


def delegate(person_id: int, name: str = "", delegation: int | None = PRODUCERS) -> Delegate:
    return Delegate(person_id, name or f"Delegate {person_id}", delegation)


def staff(person_id: int, *languages: str, name: str = "") -> Delegate:
    return Delegate(person_id, name or f"Interpreter {person_id}", role="Interpreter", kind=PersonKind.STAFF,
                    languages=languages)


def duty(duty_id: int, room: int, opens: int, closes: int, *, shift: int = 120, least: int = 1,
         most: int | None = None, delegations: tuple[int, ...] = (PRODUCERS,), delegates: tuple[int, ...] = (),
         day: int = 17) -> BoothDuty:
    venue = ROSEWOOD if room == BUTTERFLY else HKCEC
    return BoothDuty(duty_id, venue, room, date(2025, 3, day), time(opens), time(closes), shift, least, most,
                     delegations, delegates)


def meeting(activity_id: int, start: datetime, end: datetime, people: Iterable[int], *, venue: int | None = HKCEC,
            room: int | None = MEETING_ROOM, interpreting: tuple[str, ...] = (), interpreter: int | None = None,
            kind: ActivityKind = ActivityKind.MEETING, status: ActivityStatus = ActivityStatus.CONFIRMED,
            duty_id: int | None = None, title: str = "") -> Activity:
    attendees = [Attendance(p) for p in people]
    if interpreter is not None:
        attendees.append(Attendance(interpreter, interpreter=True))
    return Activity(activity_id, title or f"Meeting {activity_id}", start, end, HK, kind=kind, status=status,
                    venue_id=venue, room_id=room, attendees=tuple(attendees), interpreting=interpreting,
                    duty_id=duty_id, uid=f"a{activity_id}@test")


def shift_activity(activity_id: int, duty_id: int, start: datetime, end: datetime, people: Iterable[int], *,
                   status: ActivityStatus = ActivityStatus.TENTATIVE, room: int = STAND_A) -> Activity:
    return meeting(activity_id, start, end, people, room=room, kind=ActivityKind.BOOTH_DUTY, status=status,
                   duty_id=duty_id, title="Booth duty")


def stay(stay_id: int, person: int, arrival: datetime | None, departure: datetime | None) -> Stay:
    return Stay(stay_id, person, arrival, departure, HK)


def window(window_id: int, person: int, start: datetime, end: datetime) -> AvailabilityWindow:
    return AvailabilityWindow(window_id, ParticipantRef(ParticipantKind.DELEGATE, person), start, end, HK)


def make_plan(people: Iterable[Delegate], *, duties: Iterable[BoothDuty] = (), activities: Iterable[Activity] = (),
              stays: Iterable[Stay] = (), windows: Iterable[AvailabilityWindow] = ()) -> Plan:
    return Plan(
        markets=(Market(1, "FilMart 2025", "Hong Kong", HK, date(2025, 3, 17), date(2025, 3, 20)),),
        venues=(Venue(HKCEC, "HKCEC", HK, opens=time(9), closes=time(19)), Venue(ROSEWOOD, "Rosewood", HK)),
        rooms=(Room(STAND_A, HKCEC, "Stand A"), Room(STAND_B, HKCEC, "Stand B"),
               Room(MEETING_ROOM, HKCEC, "Meeting room", tables=4), Room(BUTTERFLY, ROSEWOOD, "Butterfly Room")),
        travel_times=(TravelTime(HKCEC, ROSEWOOD, 35), TravelTime(ROSEWOOD, HKCEC, 30)),
        delegations=(Delegation(PRODUCERS, "Producers"),),
        delegates=tuple(people), duties=tuple(duties), activities=tuple(activities), stays=tuple(stays),
        availability=tuple(windows),
    )
