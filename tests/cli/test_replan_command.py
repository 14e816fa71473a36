"""``replan`` on the command line: market time, filters, --dry-run, its JSON, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from icalendar import Calendar

from desktop_app.domain.plan import PlanSettings
from desktop_app.storage.plan_store import PlanStore
from tests.conftest import FIXED_NOW, Cli
from tests.replan_sample import fill_replan_plan


@pytest.fixture
def plan(tmp_path: Path) -> str:
    path = tmp_path / "replan.dplan"
    store = PlanStore.create(path, PlanSettings(name="Two markets"), clock=lambda: FIXED_NOW)
    fill_replan_plan(store)
    store.close()
    return str(path)


def replanned(cli: Cli, *argv: str) -> dict[str, object]:
    code, out, err = cli("replan", *argv, "--json")
    assert code == 0, err
    return json.loads(out)  # type: ignore[no-any-return]


def titles(result: dict[str, object]) -> list[str]:
    return [a["title"] for a in result["activities"]]  # type: ignore[index,union-attr]


def test_a_morning_at_a_venue_is_shifted_and_the_json_says_what_happened(cli: Cli, plan: str) -> None:
    result = replanned(cli, plan, "--from", "2025-03-18T09:00", "--to", "2025-03-18T13:00", "--venue", "HKCEC",
                       "--shift", "240")

    assert (result["from"], result["to"], result["dry_run"]) == (
        "2025-03-18T09:00:00+08:00", "2025-03-18T13:00:00+08:00", False)
    assert result["action"] == {"cancel": False, "shift_minutes": 240, "move_to": None}
    panel, noon = result["activities"]  # type: ignore[misc]
    assert (panel["title"], panel["start"], panel["before"]["start"]) == (
        "Morning panel", "2025-03-18T13:00:00+08:00", "2025-03-18T09:00:00+08:00")
    assert (panel["sequence"], panel["before"]["sequence"], panel["venue"], panel["room"]) == (
        1, 0, "HKCEC", "Theatre 1")
    assert noon["title"] == "Straddles noon"
    assert sorted((c["kind"], c["subject"]) for c in result["conflicts"]) == [  # type: ignore[union-attr]
        ("double_booked", "Kim Ji-woo"), ("double_booked", "Wong Ka-man")]
    assert [(c["kind"], c["subject"]) for c in result["conflicts_resolved"]] == [  # type: ignore[union-attr]
        ("travel_time", "Wong Ka-man")]
    assert result["delegates"] == [{"id": 1, "name": "Kim Ji-woo", "email": "kim@example.kr"},
                                   {"id": 2, "name": "Wong Ka-man", "email": "wong@example.hk"}]
    assert result["warnings"] == []
    # it was written: a second look finds the panel at 13:00
    again = replanned(cli, plan, "--from", "2025-03-18T13:00", "--to", "2025-03-18T13:30", "--venue", "HKCEC",
                      "--room", "Theatre 1", "--dry-run", "--cancel")
    assert titles(again) == ["Morning panel"]


def test_a_dry_run_writes_nothing_and_says_so(cli: Cli, plan: str) -> None:
    before = Path(plan).read_bytes()
    code, out, err = cli("replan", plan, "--from", "2025-03-18T09:00", "--to", "2025-03-18T13:00", "--cancel",
                         "--dry-run")
    assert code == 0, err
    assert out.splitlines()[0] == "3 activities in Tue 18 Mar 09:00–13:00 HKT: would cancel"
    assert "  Morning panel: Tue 18 Mar 09:00–10:00 HKT at HKCEC, Theatre 1 → cancelled" in out
    assert out.rstrip().endswith("Dry run: nothing was written.")
    assert Path(plan).read_bytes() == before
    result = replanned(cli, plan, "--from", "2025-03-18T09:00", "--to", "2025-03-18T13:00", "--cancel")
    assert len(result["activities"]) == 3  # type: ignore[arg-type]  # nothing had been cancelled by the dry run


def test_delegates_narrow_it_and_a_cancel_reaches_the_calendar(cli: Cli, plan: str, tmp_path: Path) -> None:
    result = replanned(cli, plan, "--from", "2025-03-18T09:00", "--to", "2025-03-18T13:00", "--delegate",
                       "kim@example.kr", "--cancel", "--reissue", str(tmp_path / "out"))

    assert titles(result) == ["Morning panel"]  # Kim's breakfast ends before, the cancelled one stays out
    assert [d["name"] for d in result["delegates"]] == ["Kim Ji-woo", "Wong Ka-man"]  # type: ignore[union-attr]
    assert sorted(Path(p).relative_to(tmp_path / "out").as_posix() for p in result["reissued"]) == [  # type: ignore[union-attr]
        "delegates/Kim Ji-woo.ics", "delegates/Kim Ji-woo.pdf", "delegates/Wong Ka-man.ics",
        "delegates/Wong Ka-man.pdf"]
    calendar = Calendar.from_ical((tmp_path / "out" / "delegates" / "Wong Ka-man.ics").read_bytes())
    panel = next(e for e in calendar.walk("VEVENT") if "Morning panel" in str(e["SUMMARY"]))
    assert (str(panel["STATUS"]), int(panel["SEQUENCE"])) == ("CANCELLED", 1)


def test_the_fall_back_night_is_read_in_the_markets_zone_and_the_ambiguity_said(cli: Cli, plan: str) -> None:
    code, out, err = cli("replan", plan, "--from", "2025-10-26T02:00", "--to", "2025-10-26T03:00", "--shift", "60",
                         "--json")
    assert code == 0, err
    result = json.loads(out)
    assert (result["from"], result["to"]) == ("2025-10-26T02:00:00+02:00", "2025-10-26T03:00:00+01:00")
    first, second = result["activities"]
    assert (first["title"], first["before"]["start"], first["start"]) == (
        "First 02:30", "2025-10-26T02:30:00+02:00", "2025-10-26T02:30:00+01:00")
    assert (second["title"], second["before"]["start"], second["start"]) == (
        "Second 02:30", "2025-10-26T02:30:00+01:00", "2025-10-26T03:30:00+01:00")
    assert result["warnings"] == [
        "--from: 2025-10-26 02:00 happens twice in Europe/Paris (clocks go back at 03:00); read as the first, "
        "02:00 CEST"]
    assert err == f"warning: {result['warnings'][0]}\n"


def test_an_offset_picks_the_second_occurrence(cli: Cli, plan: str) -> None:
    result = replanned(cli, plan, "--from", "2025-10-26T02:30+01:00", "--to", "2025-10-26T02:45+01:00",
                       "--cancel", "--dry-run")
    assert titles(result) == ["Second 02:30"] and result["from"] == "2025-10-26T02:30:00+01:00"


@pytest.mark.parametrize(("argv", "message"), [
    (["--from", "2025-03-18T13:00", "--to", "2025-03-18T09:00", "--cancel"],
     "--to must be after --from (the range read is Tue 18 Mar 13:00–09:00 HKT)"),
    (["--from", "2025-03-18T09:00", "--to", "2025-03-18T13:00", "--venue", "Palais des Festivals", "--cancel"],
     "no venue is called 'Palais des Festivals' (venues: Grand Hyatt, HKCEC, Palais)"),
    (["--from", "2025-03-18T09:00", "--to", "2025-03-18T13:00", "--delegate", "nobody@example.com", "--cancel"],
     "no delegate has the email 'nobody@example.com'"),
    (["--from", "tomorrow", "--to", "2025-03-18T13:00", "--cancel"],
     "--from: 'tomorrow' is not an ISO 8601 date and time (e.g. 2025-03-18T09:00)"),
    (["--from", "2025-03-18T09:00", "--to", "2025-03-18T13:00", "--cancel", "--shift", "30"],
     "give --cancel alone, or --shift and/or --move-to"),
    (["--from", "2025-03-18T09:00", "--to", "2025-03-18T13:00"],
     "say what to do: --shift MINUTES, --move-to VENUE or --cancel"),
    (["--from", "2025-03-18T09:00", "--to", "2025-03-18T13:00", "--room", "Theatre 9", "--cancel"],
     "--room: no venue has a room 'Theatre 9'"),
    (["--from", "2025-03-18T09:00", "--to", "2025-03-18T13:00", "--venue", "HKCEC", "--room", "Theatre 9", "--cancel"],
     "--room: HKCEC has no room 'Theatre 9' (its rooms: Theatre 1, Theatre 2)"),
    (["--from", "2025-03-18T09:00", "--to", "2025-03-18T13:00", "--move-to", "HKCEC", "--move-to-room", "Hall 5"],
     "'HKCEC' has no room 'Hall 5' (its rooms: Theatre 1, Theatre 2)"),
])
def test_bad_input_is_one_clear_line_and_exit_1(cli: Cli, plan: str, argv: list[str], message: str) -> None:
    before = Path(plan).read_bytes()
    code, out, err = cli("replan", plan, *argv)
    assert (code, out) == (1, "")
    assert err == f"delegation-planner: error: {message}\n"
    assert Path(plan).read_bytes() == before


def test_a_range_with_nothing_in_it_changes_nothing(cli: Cli, plan: str) -> None:
    code, out, _err = cli("replan", plan, "--from", "2025-03-19T09:00", "--to", "2025-03-19T12:00", "--cancel")
    assert (code, out) == (0, "No activity in Wed 19 Mar 09:00–12:00 HKT matches; nothing changed.\n")
