from datetime import UTC, date, datetime, timedelta

import pytest

from desktop_app.domain.activities import Activity, Attendance
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.people import Delegate
from desktop_app.domain.places import Market, Room, TravelTime, Venue
from desktop_app.domain.plan import Plan, PlanSettings
from desktop_app.domain.stays import Stay

HKCEC = Venue(1, "HKCEC", "Asia/Hong_Kong", native_name="香港會議展覽中心")
ROSEWOOD = Venue(2, "Rosewood Hong Kong", "Asia/Hong_Kong")
GRAND_HYATT = Venue(3, "Grand Hyatt", "Asia/Hong_Kong")
START = datetime(2025, 3, 17, 2, 0, tzinfo=UTC)


def plan() -> Plan:
    return Plan(
        settings=PlanSettings(default_travel_minutes=25),
        markets=(Market(1, "FilMart 2025", "Hong Kong", "Asia/Hong_Kong", date(2025, 3, 17), date(2025, 3, 20)),),
        venues=(HKCEC, ROSEWOOD, GRAND_HYATT),
        rooms=(Room(1, 1, "HAF Hall", tables=12), Room(2, 2, "Salon", 1)),
        travel_times=(TravelTime(1, 2, 35), TravelTime(2, 1, 40)),
        delegates=(Delegate(1, "Kim Ji-woo", native_name="김지우", email="KIM@example.kr"),),
    )


def test_travel_minutes_default_mirror_and_zero_within_a_venue() -> None:
    p = plan()
    assert p.travel_minutes(1, 1) == 0
    assert p.travel_minutes(1, 2) == 35
    assert p.travel_minutes(2, 1) == 40  # an entered reverse row wins
    assert p.travel_minutes(1, 3) == 25 == p.travel_minutes(3, 1)  # nobody entered it: the default
    assert p.travel_minutes(None, 2) == 0
    mirrored = Plan(venues=(HKCEC, ROSEWOOD), travel_times=(TravelTime(1, 2, 35),))
    assert mirrored.travel_minutes(2, 1) == 35


def test_room_must_belong_to_the_activity_venue() -> None:
    activity = Activity(1, "Pitch", START, START + timedelta(minutes=30), "Asia/Hong_Kong", venue_id=1, room_id=2)
    with pytest.raises(ValidationError, match="room 'Salon' is not in venue 'HKCEC'"):
        plan().check_activity(activity)


def test_attendee_must_exist() -> None:
    activity = Activity(1, "Pitch", START, START + timedelta(minutes=30), "Asia/Hong_Kong",
                        attendees=(Attendance(7),))
    with pytest.raises(ValidationError, match="no delegate with id 7"):
        plan().check_activity(activity)


def test_valid_activity_passes_and_lookups_work() -> None:
    p = plan()
    activity = Activity(1, "Pitch", START, START + timedelta(minutes=30), "Asia/Hong_Kong", venue_id=1,
                        room_id=1, attendees=(Attendance(1),))
    p.check_activity(activity)
    assert p.describe_place(1, 1) == "HKCEC, HAF Hall"
    assert p.market_on(date(2025, 3, 18)).name == "FilMart 2025"  # type: ignore[union-attr]
    assert p.market_on(date(2025, 3, 21)) is None
    assert p.delegate_by_id[1].email == "kim@example.kr"
    assert p.delegate_by_id[1].display_name == "Kim Ji-woo 김지우"


def test_entity_rules() -> None:
    with pytest.raises(ValidationError, match=r"ends .* before it starts"):
        Market(1, "FilMart", "HK", "Asia/Hong_Kong", date(2025, 3, 20), date(2025, 3, 17))
    with pytest.raises(ValidationError, match="departure must come after the arrival"):
        Stay(1, 1, START, START - timedelta(days=1), "Asia/Hong_Kong")
    with pytest.raises(ValidationError, match="not an email address"):
        Delegate(1, "Anna", email="anna at example")
    with pytest.raises(ValidationError, match="capacity"):
        Room(1, 1, "Hall", 0)
    with pytest.raises(ValidationError, match="tables"):
        Room(1, 1, "Hall", tables=0)
    with pytest.raises(ValidationError, match="latitude"):
        Venue(1, "X", "Asia/Hong_Kong", latitude=91.0)
    with pytest.raises(ValidationError, match="home_timezone"):
        Delegate(1, "Anna", home_timezone="CET+1")
