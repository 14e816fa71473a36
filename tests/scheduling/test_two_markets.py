"""One plan, two markets in two zones: every local-time rule is read in the venue's own zone."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time

from test_schedule_checker import Placed, violations
from trip_plan import (
    CHAN,
    ELODIE,
    HAF_HALL,
    HK,
    HKCEC,
    KIM,
    LEE,
    MAJESTIC,
    MAJESTIC_BAR,
    PARIS,
    PARK,
    RIVIERA_STAND,
    THOMAS,
    WONG,
    cannes,
    request,
    trip_plan,
)

from desktop_app.domain.activities import Activity, ActivityKind, Attendance
from desktop_app.domain.places import Market, Room, Venue
from desktop_app.domain.plan import Plan, PlanSettings
from desktop_app.domain.timezones import localize, to_local
from desktop_app.scheduling import ScheduleResult, schedule_plan
from desktop_app.scheduling.build import build_instance


def solve(plan: Plan) -> ScheduleResult:
    result = schedule_plan(plan, time_limit=20, seed=0)
    placed = [Placed(p.label, p.start, p.end, p.venue_id, p.room_id) for p in result.placed]
    assert violations(plan, placed) == []
    return result


def local_starts(result: ScheduleResult, zone: str) -> dict[str, str]:
    return {p.label: to_local(p.start, zone).isoformat() for p in result.placed}


def test_cannes_requests_meet_in_cannes_hours_and_hong_kong_ones_in_hong_kong_hours() -> None:
    plan = trip_plan((
        request(1, KIM, CHAN, 60, venue=HKCEC),
        request(2, KIM, ELODIE),
        request(3, PARK, THOMAS),               # no stays: free on every market day, but the Palais
        request(4, LEE, CHAN, venue=HKCEC),     # opens only on the Marché du Film's days
        request(5, WONG, ELODIE, 60),           # arrives 14 May 10:00
    ))
    result = solve(plan)
    assert not result.unplaced and result.optimal
    by_label = {p.label: p for p in result.placed}
    for label in ("R2", "R3", "R5"):
        start, end = to_local(by_label[label].start, PARIS), to_local(by_label[label].end, PARIS)
        assert date(2025, 5, 13) <= start.date() <= date(2025, 5, 21), label
        assert time(9) <= start.time() and end.time() <= time(18), label
        assert start.tzname() == "CEST"
    for label in ("R1", "R4"):
        start, end = to_local(by_label[label].start, HK), to_local(by_label[label].end, HK)
        assert date(2025, 3, 17) <= start.date() <= date(2025, 3, 20), label
        assert time(9) <= start.time() and end.time() <= time(18), label
    assert by_label["R2"].end <= cannes("2025-05-16T15:00")  # Kim leaves Cannes then
    assert by_label["R5"].start >= cannes("2025-05-14T10:00")
    # a request with a venue and no room meets in the venue's room with the most tables
    assert by_label["R3"].room_id == RIVIERA_STAND


def test_every_start_is_a_local_half_hour_at_each_venue_from_nine_o_clock() -> None:
    instance = build_instance(trip_plan((request(1, PARK, THOMAS), request(2, PARK, CHAN, venue=HKCEC))))
    assert instance.slot_minutes == 30
    for task, zone in zip(instance.tasks, (PARIS, HK), strict=True):
        local = [to_local(instance.to_datetime(s), zone) for s in task.starts]
        assert all(t.minute in (0, 30) for t in local)
        assert local[0].time() == time(9) and local[-1].time() == time(17, 30)
    first_cannes = to_local(instance.to_datetime(instance.tasks[0].starts[0]), PARIS)
    assert first_cannes.isoformat() == "2025-05-13T09:00:00+02:00"


def test_a_quarter_hour_zone_still_starts_on_the_local_hour() -> None:
    # Kathmandu is UTC+5:45: on a grid of UTC half-hours a one-hour meeting would not fit 09:00-10:00
    kathmandu = "Asia/Kathmandu"
    plan = trip_plan((request(1, PARK, THOMAS, 60, venue=9, room=9),))
    plan = replace(plan, markets=(*plan.markets, Market(9, "Film Southasia", "Kathmandu", kathmandu,
                                                       date(2025, 9, 18), date(2025, 9, 18))),
                   venues=(*plan.venues, Venue(9, "Yalamaya Kendra", kathmandu, opens=time(9), closes=time(10))),
                   rooms=(*plan.rooms, Room(9, 9, "Hall", tables=1)))
    assert local_starts(solve(plan), kathmandu) == {"R1": "2025-09-18T09:00:00+05:45"}


def test_opening_hours_follow_the_local_clock_across_a_dst_change() -> None:
    # Series Mania (Lille) spans the night clocks go forward: 09:00 is 08:00 UTC on Saturday, 07:00 on Sunday
    lille = Market(5, "Series Mania 2025", "Lille", PARIS, date(2025, 3, 28), date(2025, 4, 2))
    plan = replace(trip_plan((
        request(1, PARK, THOMAS, venue=7, room=7, earliest=cannes("2025-03-29T00:00"),
                latest=cannes("2025-03-29T23:00")),
        request(2, PARK, CHAN, venue=7, room=7, earliest=cannes("2025-03-30T00:00"),
                latest=cannes("2025-03-30T23:00")),
    )), markets=(lille,), venues=(Venue(7, "Lille Grand Palais", PARIS, opens=time(9), closes=time(9, 30)),),
        rooms=(Room(7, 7, "Forum", tables=1),))
    assert local_starts(solve(plan), PARIS) == {"R1": "2025-03-29T09:00:00+01:00",
                                                "R2": "2025-03-30T09:00:00+02:00"}


def test_the_lunch_break_is_kept_in_each_venue_s_own_zone() -> None:
    settings = PlanSettings(name="t", timezone="Asia/Seoul", lunch_start="12:00", lunch_minutes=60)
    plan = trip_plan((request(1, PARK, THOMAS, 60, earliest=cannes("2025-05-14T11:30"),
                              latest=cannes("2025-05-14T14:00")),
                      request(2, PARK, CHAN, 60, venue=HKCEC, earliest=localize(datetime(2025, 3, 18, 11, 30), HK),
                              latest=localize(datetime(2025, 3, 18, 14), HK))), settings=settings)
    result = solve(plan)
    assert local_starts(result, PARIS)["R1"] == "2025-05-14T13:00:00+02:00"
    assert local_starts(result, HK)["R2"] == "2025-03-18T13:00:00+08:00"


def test_meetings_per_day_count_by_the_local_day_where_they_are() -> None:
    # 14 May 19:00 in Cannes is already 15 May in Hong Kong; the limit counts Cannes days
    breakfast = Activity(90, "Breakfast with Élodie", cannes("2025-05-14T09:00"), cannes("2025-05-14T09:30"), PARIS,
                         kind=ActivityKind.MEETING, venue_id=MAJESTIC, room_id=MAJESTIC_BAR,
                         attendees=(Attendance(PARK),), contact_ids=(ELODIE,))
    settings = PlanSettings(name="t", timezone=HK, max_meetings_per_day=1)
    late = request(1, PARK, THOMAS, venue=MAJESTIC, earliest=cannes("2025-05-14T19:00"),
                   latest=cannes("2025-05-14T22:00"))
    result = solve(trip_plan((late, request(2, PARK, CHAN, venue=HKCEC)), activities=(breakfast,), settings=settings))
    assert [p.label for p in result.placed] == ["R2"]
    assert result.unplaced[0].reason.startswith("the limit of 1 meetings a day is reached")


def test_a_request_without_venue_or_room_meets_in_the_plan_s_room_with_most_tables() -> None:
    plan = trip_plan((replace(request(1, PARK, THOMAS), venue_id=None),))
    assert [p.room_id for p in solve(plan).placed] == [HAF_HALL]
