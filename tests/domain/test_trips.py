"""A real trip: several stays, rooms with seats and tables, attendees taken off, one rule for local time."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from desktop_app.domain.activities import Activity, ActivityKind, Attendance
from desktop_app.domain.conflicts import ConflictKind, find_conflicts
from desktop_app.domain.local_time import activities_on, activity_zone, day_zone_label, day_zones, local_days, plan_days
from desktop_app.domain.people import Contact, Delegate
from desktop_app.domain.places import Market, Room, Venue
from desktop_app.domain.plan import Plan
from desktop_app.domain.stays import Stay
from desktop_app.domain.timezones import localize

HK, CANNES, SEOUL = "Asia/Hong_Kong", "Europe/Paris", "Asia/Seoul"
HKCEC = Venue(1, "HKCEC", HK)
PALAIS = Venue(2, "Palais des Festivals", CANNES)
MAJESTIC = Venue(3, "Hôtel Barrière Le Majestic", CANNES)
LOUNGE = Room(1, 3, "Lounge", capacity=4)
FILMART = Market(1, "FilMart 2025", "Hong Kong", HK, date(2025, 3, 17), date(2025, 3, 20))
MARCHE = Market(2, "Marché du Film 2025", "Cannes", CANNES, date(2025, 5, 13), date(2025, 5, 21))
HAN = Delegate(1, "Han So-hee", native_name="한소희")
LEE = Delegate(2, "Lee Min-jung", native_name="이민정")


def local(text: str, zone_name: str) -> datetime:
    return localize(datetime.fromisoformat(text), zone_name)


STAYS = (
    Stay(1, 1, local("2025-03-16T14:00", HK), local("2025-03-20T22:00", HK), HK, hotel="Rosewood", market_id=1),
    Stay(2, 1, local("2025-05-12T18:00", CANNES), local("2025-05-17T15:00", CANNES), CANNES, market_id=2),
)


def activity(activity_id: int, title: str, start: str, minutes: int, zone_name: str, *, venue: Venue | None = None,
             who: tuple[int, ...] = (1,), kind: ActivityKind = ActivityKind.MEETING, room: Room | None = None,
             contacts: tuple[int, ...] = ()) -> Activity:
    begin = local(start, zone_name)
    return Activity(activity_id, title, begin, begin + timedelta(minutes=minutes), zone_name, kind=kind,
                    venue_id=venue.id if venue else None, room_id=room.id if room else None,
                    attendees=tuple(Attendance(d) for d in who), contact_ids=contacts, uid=f"t{activity_id}")


def trip(*activities: Activity, contacts: tuple[Contact, ...] = ()) -> Plan:
    return Plan(markets=(FILMART, MARCHE), venues=(HKCEC, PALAIS, MAJESTIC), rooms=(LOUNGE,),
                delegates=(HAN, LEE), contacts=contacts, stays=STAYS, activities=activities)


def test_activities_in_either_stay_are_not_outside_it() -> None:
    plan = trip(
        activity(1, "HAF pitch", "2025-03-18T10:00", 30, HK, venue=HKCEC),
        activity(2, "Korean Night", "2025-05-16T19:30", 180, CANNES, venue=PALAIS),
    )
    assert [c.kind for c in find_conflicts(plan)] == []


def test_an_activity_between_the_stays_says_so_with_each_city_s_time() -> None:
    [conflict] = find_conflicts(trip(activity(1, "Seoul screening", "2025-04-10T19:00", 120, SEOUL)))
    assert conflict.kind is ConflictKind.OUTSIDE_STAY
    assert conflict.message == (
        "'Seoul screening' (10 Apr 19:00–21:00 KST) falls between Han So-hee's stays "
        "(departs 20 Mar 22:00 HKT, arrives 12 May 18:00 CEST)."
    )


def test_after_the_last_departure_is_read_in_the_stay_s_own_zone() -> None:
    [conflict] = find_conflicts(trip(activity(1, "Late dinner", "2025-05-17T20:00", 60, CANNES, venue=MAJESTIC)))
    assert conflict.message == (
        "'Late dinner' (17 May 20:00–21:00 CEST) ends after Han So-hee departs (17 May 15:00 CEST)."
    )


def test_travel_that_brings_a_delegate_to_a_stay_or_takes_them_away_is_not_outside_it() -> None:
    plan = trip(
        activity(1, "Flight ICN → NCE", "2025-05-12T00:30", 14 * 60, SEOUL, kind=ActivityKind.TRAVEL),  # lands 07:30
        activity(2, "Flight HKG → ICN", "2025-03-20T23:30", 210, HK, kind=ActivityKind.TRAVEL),
        activity(3, "Lunch in Seoul", "2025-05-11T12:00", 60, SEOUL),  # not travel: outside
        activity(4, "Flight nowhere near a stay", "2025-04-10T10:00", 120, SEOUL, kind=ActivityKind.TRAVEL),
    )
    assert sorted(c.activity_ids for c in find_conflicts(plan)) == [(3,), (4,)]


def test_a_room_seats_people_and_holds_one_activity_at_a_time_without_tables() -> None:
    breakfast = activity(1, "Breakfast", "2025-05-14T08:00", 60, CANNES, venue=MAJESTIC, room=LOUNGE,
                         who=(1, 2), contacts=(1, 2, 3, 4, 5, 6))
    [conflict] = find_conflicts(trip(breakfast, contacts=tuple(Contact(i, f"Buyer {i}") for i in range(1, 7))))
    assert conflict.kind is ConflictKind.ROOM_OVER_CAPACITY
    assert conflict.message == (
        "Lounge at Hôtel Barrière Le Majestic seats 4; 8 people are in it at once, 14 May 08:00–09:00 CEST: "
        "'Breakfast'."
    )


def test_a_delegate_taken_off_an_activity_is_a_former_attendee_and_the_sequence_goes_up() -> None:
    meeting = activity(1, "Buyer meeting", "2025-05-14T10:00", 30, CANNES, who=(1, 2))
    revised = meeting.revised(attendees=(Attendance(1),))
    assert revised.former_attendee_ids == (2,) and revised.sequence == meeting.sequence + 1
    back = revised.revised(attendees=(Attendance(1), Attendance(2)))
    assert back.former_attendee_ids == ()  # put back: her calendar has it again
    plan = Plan(delegates=(HAN, LEE), activities=(revised,))
    assert plan.departed_activities_of(2) == [revised] and plan.activities_of(2) == []


def test_each_activity_falls_on_the_days_it_covers_in_its_own_zone() -> None:
    night = activity(1, "Korean Night", "2025-05-16T19:30", 360, CANNES, venue=PALAIS)  # until 01:30
    flight = activity(2, "Flight ICN → NCE", "2025-05-12T00:30", 14 * 60, SEOUL, kind=ActivityKind.TRAVEL)
    midnight = activity(3, "Ends at midnight", "2025-05-14T22:00", 120, CANNES)
    plan = trip(night, flight, midnight)
    assert activity_zone(plan, night) == CANNES and activity_zone(plan, flight) == SEOUL
    assert local_days(plan, night) == [date(2025, 5, 16), date(2025, 5, 17)]  # not "17 May 01:30" HKT
    assert local_days(plan, midnight) == [date(2025, 5, 14)]
    assert activities_on(plan, date(2025, 5, 12)) == [flight]
    days = plan_days(plan)
    assert date(2025, 5, 12) in days and date(2025, 3, 17) in days  # a travel day outside every market
    assert day_zone_label(date(2025, 5, 16), day_zones(plan, date(2025, 5, 16), [night])) == "CEST"
    assert day_zone_label(date(2025, 5, 12), [SEOUL, CANNES]) == "KST / CEST"
    assert day_zones(plan, date(2025, 3, 18)) == [HK]  # an empty market day: its market's zone


def test_removed_people_stay_findable_by_id_but_not_in_the_live_plan() -> None:
    gone = Delegate(3, "Park Ji-ho", removed_at=datetime(2025, 5, 1, tzinfo=UTC))
    plan = Plan(delegates=(HAN,), removed_delegates=(gone,))
    assert plan.delegate_by_id[3].name == "Park Ji-ho" and [d.id for d in plan.delegates] == [1]
