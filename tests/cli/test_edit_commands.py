"""``edit`` and ``remove`` on the command line: one transaction each, calendars told what left them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from icalendar import Calendar

from tests.conftest import Cli

TRIP = Path(__file__).parents[1] / "data" / "trip"
KINDS = ("markets", "venues", "travel", "delegates", "stays", "contacts", "projects", "programme", "availability",
         "requests")


@pytest.fixture(scope="module")
def trip_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from desktop_app.__main__ import main

    path = tmp_path_factory.mktemp("trip") / "trip.dplan"
    assert main(["new", str(path), "--name", "KOFIC 2025", "--timezone", "Asia/Seoul"]) == 0
    for kind in KINDS:
        assert main(["import", str(path), str(TRIP / f"{kind}.csv"), "--as", kind]) == 0
    return path


@pytest.fixture
def plan(trip_file: Path, tmp_path: Path) -> str:
    copy = tmp_path / "trip.dplan"
    copy.write_bytes(trip_file.read_bytes())
    return str(copy)


def edited(cli: Cli, *argv: str) -> dict[str, object]:
    code, out, err = cli("edit", *argv, "--json")
    assert code == 0, err
    return json.loads(out)  # type: ignore[no-any-return]


def test_a_start_without_an_offset_is_the_venues_local_time_and_the_length_is_kept(cli: Cli, plan: str) -> None:
    result = edited(cli, plan, "KR-CN-02", "--start", "2025-05-14T15:00")
    activity = result["activity"]
    assert (activity["start"], activity["end"], activity["timezone"]) == (  # type: ignore[index]
        "2025-05-14T15:00:00+02:00", "2025-05-14T15:30:00+02:00", "Europe/Paris")
    assert result["changed"] == ["start", "end"] and activity["sequence"] == 1  # type: ignore[index]


def test_a_shift_is_relative_to_the_activity_as_it_is_now(cli: Cli, plan: str) -> None:
    edited(cli, plan, "KR-HK-02", "--shift", "15")
    result = edited(cli, plan, "KR-HK-02", "--shift", "15")
    assert result["activity"]["start"] == "2025-03-17T12:30:00+08:00"  # type: ignore[index]


def test_moving_into_a_clash_reports_the_conflict_it_creates(cli: Cli, plan: str) -> None:
    result = edited(cli, plan, "KR-CN-02", "--start", "2025-05-15T08:30", "--add-attendee", "sohee.han@kofic.example")
    kinds = {c["kind"] for c in result["conflicts"]}  # type: ignore[union-attr]
    assert "double_booked" in kinds  # Han is at the delegation breakfast then


def test_a_delegate_taken_off_finds_the_event_cancelled_in_her_calendar(cli: Cli, plan: str, tmp_path: Path) -> None:
    result = edited(cli, plan, "KR-CN-04", "--remove-attendee", "이민정")
    assert "Lee Min-jung" not in {a["name"] for a in result["activity"]["attendees"]}  # type: ignore[index]
    code, _out, err = cli("export", "ics", plan, str(tmp_path / "ics"), "--delegate", "Lee Min-jung")
    assert code == 0, err
    [path] = (tmp_path / "ics" / "delegates").iterdir()
    events = {str(e["SUMMARY"]): e for e in Calendar.from_ical(path.read_bytes()).walk("VEVENT")}
    night = events["Cancelled: Korean Night"]
    assert str(night["STATUS"]) == "CANCELLED" and int(night["SEQUENCE"]) == 1


def test_venue_room_status_and_title_are_checked_against_the_plan(cli: Cli, plan: str) -> None:
    result = edited(cli, plan, "KR-CN-06", "--venue", "Palais des Festivals", "--room", "Riviera Hall",
                    "--status", "tentative", "--title", "Wrap-up (moved)")
    activity = result["activity"]
    assert (activity["venue"], activity["room"], activity["status"], activity["title"]) == (  # type: ignore[index]
        "Palais des Festivals", "Riviera Hall", "tentative", "Wrap-up (moved)")
    code, out, err = cli("edit", plan, "KR-CN-06", "--room", "HAF Hall")
    assert code == 1 and out == ""
    assert err.strip() == ("delegation-planner: error: 'Palais des Festivals' has no room 'HAF Hall' "
                           "(its rooms: Riviera Hall, Korea Pavilion R12, Salle Debussy)")


@pytest.mark.parametrize(("argv", "message"), [
    (("NOPE-1", "--shift", "5"), "no activity has the id or UID 'NOPE-1'"),
    (("KR-CN-02",), "say what to change"),
    (("KR-CN-02", "--end", "2025-05-14T09:00"), "ends at or before its start"),
    (("KR-CN-02", "--status", "maybe"), "'maybe' is not one of"),
    (("KR-CN-02", "--add-attendee", "Nobody Here"), "no delegate is called 'Nobody Here'"),
])
def test_a_bad_edit_is_one_line_and_changes_nothing(cli: Cli, plan: str, argv: tuple[str, ...], message: str) -> None:
    before = Path(plan).read_bytes()
    code, out, err = cli("edit", plan, *argv)
    assert code == 1 and out == "" and message in err and len(err.strip().splitlines()) == 1
    assert Path(plan).read_bytes() == before


def test_removing_a_delegate_lists_what_depends_on_them_and_needs_yes(cli: Cli, plan: str) -> None:
    code, out, err = cli("remove", plan, "delegate", "Park Ji-ho")
    assert code == 1 and "run again with --yes" in err
    assert "taken off 4 activities" in out and "left the team of 'Night Market Blues'" in out
    code, out, _err = cli("remove", plan, "delegate", "박지호", "--yes", "--json")
    assert code == 0
    payload = json.loads(out)
    assert payload["removed"]["name"] == "Park Ji-ho" and len(payload["activities"]) == 4
    code, out, _err = cli("show", plan, "--json")
    assert json.loads(out)["counts"]["delegates"] == 7


def test_withdrawing_a_request(cli: Cli, plan: str) -> None:
    code, out, _err = cli("remove", plan, "request", "KR-REQ-05")
    assert (code, out.strip()) == (0, "withdrew request KR-REQ-05")
    code, out, _err = cli("show", plan, "--json")
    assert json.loads(out)["requests_by_status"]["withdrawn"] == 1
