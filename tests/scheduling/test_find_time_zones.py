"""find-time across markets and zones: a window read and answered in the venue's zone (else the
plan's), no market needed with a window, and people named by email or any form of their name."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from trip_plan import PALAIS, PARIS, SEOUL, THOMAS, request, trip_plan, write_plan

from desktop_app.domain.errors import DomainError
from desktop_app.domain.people import Contact
from desktop_app.domain.plan import Plan
from desktop_app.services import schedule_service
from desktop_app.services.errors import UserError
from desktop_app.storage.plan_store import PlanStore
from tests.conftest import Cli


def plan_file(tmp_path: Path, plan: Plan) -> str:
    path = tmp_path / "trip.dplan"
    store = PlanStore.create(path, plan.settings)
    try:
        write_plan(store, plan)
    finally:
        store.close()
    return str(path)


def starts(found: schedule_service.FreeTimes) -> list[str]:
    return [slot["start"] for slot in schedule_service.free_times_to_json(found)["slots"]]  # type: ignore[index]


def test_a_window_at_a_cannes_venue_is_read_and_answered_in_cannes_time() -> None:
    found = schedule_service.find_time(trip_plan(), ["Kim Ji-woo"], 30, venue="Palais des Festivals",
                                       window_start="2025-05-14T10:00", window_end="2025-05-14T11:00")
    assert schedule_service.free_times_to_json(found) == {
        "timezone": PARIS,
        "slots": [{"start": "2025-05-14T10:00:00+02:00", "end": "2025-05-14T10:30:00+02:00",
                   "free_until": "2025-05-14T11:00:00+02:00"}]}


def test_without_a_window_every_market_day_in_its_own_zone_shown_in_the_plan_s_zone() -> None:
    # Park and Thomas have no stays, windows or activities: 09:00-18:00 on each market day, where it is
    found = schedule_service.find_time(trip_plan(), ["Park Seo-yeon", "Thomas Girard"], 60)
    assert found.timezone == SEOUL
    assert starts(found) == [
        "2025-03-17T10:00:00+09:00", "2025-03-18T10:00:00+09:00", "2025-03-19T10:00:00+09:00",
        "2025-03-20T10:00:00+09:00",                                   # 09:00 in Hong Kong
        "2025-05-13T16:00:00+09:00", "2025-05-14T16:00:00+09:00", "2025-05-15T16:00:00+09:00",
        "2025-05-16T16:00:00+09:00", "2025-05-17T16:00:00+09:00", "2025-05-18T16:00:00+09:00",  # 09:00 in Cannes
    ]


def test_with_a_venue_only_its_own_market_s_days() -> None:
    found = schedule_service.find_time(trip_plan(), ["thomas@girard.example"], 60, venue="Palais des Festivals")
    assert starts(found)[0] == "2025-05-13T09:00:00+02:00"


def test_no_market_is_needed_with_a_window() -> None:
    plan = trip_plan(markets=())
    found = schedule_service.find_time(plan, ["Park Seo-yeon"], 30, window_start="2025-05-14T17:00",
                                       window_end="2025-05-14T20:00")
    assert (found.timezone, starts(found)) == (SEOUL, ["2025-05-14T17:00:00+09:00"])  # open until 18:00 KST
    found = schedule_service.find_time(plan, ["Park Seo-yeon"], 30, venue="Palais des Festivals",
                                       window_start="2025-05-14T08:00", window_end="2025-05-14T12:00")
    assert starts(found) == ["2025-05-14T09:00:00+02:00"]
    with pytest.raises(UserError, match=r"^The plan has no markets, so there are no market days to search: "
                                        r"give --from and --to\.$"):
        schedule_service.find_time(plan, ["Park Seo-yeon"], 30)


def test_the_scheduler_without_markets_says_what_to_do() -> None:
    plan = trip_plan((request(1, 4, THOMAS, venue=PALAIS),), markets=())
    with pytest.raises(DomainError, match=r"no markets, so there are no days to place meetings in: import the markets"):
        schedule_service.propose_schedule(plan)
    assert schedule_service.propose_schedule(trip_plan(markets=())).placed == ()  # nothing pending: nothing to say


def test_find_time_on_the_command_line_by_native_script_names(cli: Cli, tmp_path: Path) -> None:
    path = plan_file(tmp_path, trip_plan())
    code, out, err = cli("find-time", path, "--with", "김지우", "--with", "佐藤遥,thomas@girard.example",
                         "--minutes", "30", "--venue", "Palais des Festivals",
                         "--from", "2025-05-14T10:00", "--to", "2025-05-14T11:00", "--json")
    assert (code, err) == (0, "")
    assert json.loads(out) == {"timezone": PARIS, "slots": [
        {"start": "2025-05-14T10:00:00+02:00", "end": "2025-05-14T10:30:00+02:00",
         "free_until": "2025-05-14T11:00:00+02:00"}]}
    code, out, _ = cli("find-time", path, "--with", "Sato Haruka 佐藤遥", "--minutes", "30",
                       "--venue", "Palais des Festivals", "--from", "2025-05-14T10:00", "--to", "2025-05-14T11:00")
    assert (code, out) == (0, "Wed 14 May 10:00–10:30 CEST  (everyone free until 11:00 CEST)\n")


def test_unknown_and_ambiguous_names_exit_1_with_the_lookup_s_message(cli: Cli, tmp_path: Path) -> None:
    plan = trip_plan()
    namesake = Contact(9, "Kim Ji-woo", email="jiwoo@busan-fund.example")
    path = plan_file(tmp_path, replace(plan, contacts=(*plan.contacts, namesake)))
    code, _, err = cli("find-time", path, "--with", "Kim Ji-woo", "--minutes", "30")
    assert code == 1
    assert err == "delegation-planner: error: 'Kim Ji-woo' names both a delegate and a contact; use an email\n"
    code, _, err = cli("find-time", path, "--with", "박서연,Nobody", "--minutes", "30")
    assert code == 1
    assert err == ("delegation-planner: error: nobody in the plan (no delegate, contact or project) "
                   "is called 'Nobody'\n")
