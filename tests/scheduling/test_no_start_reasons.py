"""A request with no feasible start is explained by the rules that rule each other out, with the
people's names and the times in the venue's zone."""

from __future__ import annotations

from pathlib import Path

from trip_plan import (
    HKCEC,
    KIM,
    LEE,
    PARK,
    SATO,
    THOMAS,
    WONG,
    available,
    cannes,
    hk,
    request,
    trip_plan,
    write_plan,
)

from desktop_app.domain.requests import AvailabilityWindow, MeetingRequest
from desktop_app.scheduling import schedule_plan
from desktop_app.storage.plan_store import PlanStore
from tests.conftest import Cli


def reason(meeting: MeetingRequest, availability: tuple[AvailabilityWindow, ...] = ()) -> str:
    result = schedule_plan(trip_plan((meeting,), availability=availability), time_limit=10)
    assert not result.placed
    return result.unplaced[0].reason


def test_a_departure_before_the_earliest_time_is_named_not_the_opening_hours() -> None:
    # the issue: this used to read "no opening hours between the request's earliest and latest times"
    assert reason(request(1, KIM, THOMAS, earliest=cannes("2025-05-17T09:00"))) == (
        "Kim Ji-woo departs Cannes on Fri 16 May 15:00 CEST, before the request's earliest time "
        "(Sat 17 May 09:00 CEST)")


def test_a_departure_too_soon_after_the_earliest_time() -> None:
    assert reason(request(1, KIM, THOMAS, 60, earliest=cannes("2025-05-16T14:30"))) == (
        "Kim Ji-woo departs Cannes on Fri 16 May 15:00 CEST, too soon for a 60-minute meeting after the "
        "request's earliest time (Fri 16 May 14:30 CEST)")


def test_an_arrival_after_the_latest_time() -> None:
    assert reason(request(1, WONG, THOMAS, latest=cannes("2025-05-13T18:00"))) == (
        "Wong Ka-man arrives in Cannes on Wed 14 May 10:00 CEST, after the request's latest time "
        "(Tue 13 May 18:00 CEST)")


def test_a_delegate_who_only_goes_to_the_other_market() -> None:
    assert reason(request(1, LEE, THOMAS)) == (
        "Palais des Festivals is open on its market days (13–21 May) only outside every stay of Lee Min-jung "
        "(16 Mar 07:00 → 21 Mar 03:00 CET)")


def test_the_venue_closed_between_earliest_and_latest() -> None:
    assert reason(request(1, PARK, THOMAS, earliest=cannes("2025-05-14T19:00"), latest=cannes("2025-05-14T21:00"))) == (
        "Palais des Festivals is closed at every time between the request's earliest and latest times "
        "(Wed 14 May 19:00 CEST – Wed 14 May 21:00 CEST): widen them or choose another venue")


def test_earliest_and_latest_on_no_market_day_of_the_venue() -> None:
    # the times were entered for Hong Kong, the meeting is in Cannes
    assert reason(request(1, PARK, THOMAS, earliest=hk("2025-03-18T09:00"), latest=hk("2025-03-18T18:00"))) == (
        "the request's earliest and latest times fall on none of the market days of Palais des Festivals "
        "(13–21 May): move them")


def test_availability_windows_and_a_stay_that_never_overlap() -> None:
    windows = (available(SATO, cannes("2025-05-13T09:00"), cannes("2025-05-13T12:00"), 1),)
    assert reason(request(1, WONG, SATO), windows) == (
        "Sato Haruka's availability windows and Wong Ka-man's stay never overlap")


def test_three_rules_that_only_clash_together() -> None:
    # each pair has a common hour; all three never do
    windows = (available(THOMAS, cannes("2025-05-13T07:00"), cannes("2025-05-13T08:30"), 1),
               available(THOMAS, cannes("2025-05-16T15:00"), cannes("2025-05-16T16:00"), 2))
    assert reason(request(1, KIM, THOMAS, 60), windows) == (
        "no 60-minute time suits the opening hours of Palais des Festivals, the stays of Kim Ji-woo and the "
        "availability windows of Thomas Girard together")


def test_a_venue_never_open_long_enough() -> None:
    assert reason(request(1, PARK, THOMAS, 600)) == (
        "Palais des Festivals is never open 600 minutes in a row on its market days (13–21 May): shorten the "
        "meeting or lengthen the opening hours")


def test_schedule_on_the_command_line_names_each_time_s_zone(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "trip.dplan"
    plan = trip_plan((request(1, KIM, THOMAS, earliest=cannes("2025-05-17T09:00")),
                      request(2, PARK, THOMAS, latest=cannes("2025-05-13T09:30")),
                      request(3, PARK, THOMAS, venue=HKCEC, latest=hk("2025-03-17T09:30"))))
    store = PlanStore.create(path, plan.settings)
    write_plan(store, plan)
    store.close()
    code, out, _ = cli("schedule", str(path), "--time-limit", "10")
    assert code == 0
    assert out.splitlines() == [
        "Mon 17 Mar 09:00–09:30 HKT  R3  Park Seo-yeon 박서연 ↔ Thomas Girard (priority 3)  @ HKCEC, HAF Hall",
        "Tue 13 May 09:00–09:30 CEST  R2  Park Seo-yeon 박서연 ↔ Thomas Girard (priority 3)  "
        "@ Palais des Festivals, Riviera KOFIC stand",
        "unplaced R1  Kim Ji-woo 김지우 ↔ Thomas Girard (priority 3): Kim Ji-woo departs Cannes on Fri 16 May "
        "15:00 CEST, before the request's earliest time (Sat 17 May 09:00 CEST)",
        out.splitlines()[-1],
    ]
    assert out.splitlines()[-1].startswith("2 placed, 1 unplaced; total priority 6 (proven optimal)")


def test_an_earliest_time_after_the_venue_s_market() -> None:
    assert reason(request(1, PARK, THOMAS, earliest=cannes("2025-05-22T09:00"))) == (
        "the request's earliest time (Thu 22 May 09:00 CEST) is after the market days of Palais des Festivals "
        "(13–21 May): move it")
