"""Issue 8's proof: a Korean delegation's FilMart + Cannes trip, built from its own CSV files
through the command line alone, comes out right in every zone and every calendar program."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from icalendar import Calendar

from tests.cli.test_edit_commands import KINDS, TRIP
from tests.conftest import Cli
from tests.formats.ics_fixtures import read_with_icaljs
from tests.formats.pdf_sample import pdf_pages_text, squash
from tests.formats.test_ics_parsers import by_icalendar, by_icaljs, by_recurring_ical_events, by_vobject

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def trip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The plan, built as a new user builds it: `new`, then one `import` per file."""
    from desktop_app.__main__ import main

    path = tmp_path_factory.mktemp("real-trip") / "kofic.dplan"
    assert main(["new", str(path), "--name", "KOFIC: FilMart + Cannes 2025", "--timezone", "Asia/Seoul"]) == 0
    for kind in KINDS:
        assert main(["import", str(path), str(TRIP / f"{kind}.csv"), "--as", kind]) == 0, kind
    return path


@pytest.fixture
def plan(trip: Path, tmp_path: Path) -> str:
    copy = tmp_path / "kofic.dplan"
    copy.write_bytes(trip.read_bytes())
    return str(copy)


def run_json(cli: Cli, *argv: str) -> object:
    code, out, err = cli(*argv, "--json")
    assert code == 0, err
    return json.loads(out)


def test_the_plan_has_both_markets_and_most_delegates_have_two_stays(cli: Cli, plan: str) -> None:
    shown = run_json(cli, "show", plan)
    assert [(m["name"], m["timezone"]) for m in shown["markets"]] == [  # type: ignore[index]
        ("FilMart 2025", "Asia/Hong_Kong"), ("Marché du Film 2025", "Europe/Paris")]
    assert shown["counts"]["stays"] == 13 and shown["counts"]["delegates"] == 8  # type: ignore[index]


def test_the_itinerary_prints_cannes_days_in_cest_and_hong_kong_days_in_hkt(cli: Cli, plan: str,
                                                                              tmp_path: Path) -> None:
    code, _out, err = cli("export", "pdf", plan, str(tmp_path / "pdf"), "--delegate", "한소희")
    assert code == 0, err
    [pdf] = (tmp_path / "pdf").glob("*.pdf")
    text = squash("\n".join(pdf_pages_text(pdf.read_bytes())))
    friday = text.split(squash("Friday 16 May 2025"))[1].split(squash("Saturday 17 May 2025"))[0]
    assert squash("times in CEST") in friday and squash("19:30") in friday and squash("Korean Night") in friday
    monday = text.split(squash("Monday 17 March 2025"))[1].split(squash("Tuesday 18 March 2025"))[0]
    assert squash("times in HKT") in monday
    assert squash("Saturday 17 May 2025") in text  # the night goes on past midnight, on the next day
    assert squash("Monday 12 May 2025") in text  # the flight: a day outside every market


def test_conflicts_are_only_the_real_ones(cli: Cli, plan: str) -> None:
    conflicts = run_json(cli, "conflicts", plan)
    assert not [c for c in conflicts if c["kind"] == "outside_stay"]  # type: ignore[union-attr,index]
    [breakfast] = [c for c in conflicts if c["kind"] == "room_over_capacity"]  # type: ignore[union-attr,index]
    assert breakfast["message"].startswith(  # type: ignore[index]
        "Salon Croisette at Hôtel Barrière Le Majestic seats 4; 8 people are in it at once, 15 May 08:00–09:00 CEST")


def test_find_time_in_cannes_answers_in_cannes_time(cli: Cli, plan: str) -> None:
    found = run_json(cli, "find-time", plan, "--with", "최유나,claire.dubois@riviera-sales.example",
                     "--minutes", "30", "--venue", "Palais des Festivals",
                     "--from", "2025-05-14T09:00", "--to", "2025-05-14T18:00")
    slots = found["slots"]  # type: ignore[index]
    assert slots and all(s["start"].startswith("2025-05-14T") and s["start"].endswith("+02:00")  # type: ignore[index]
                         for s in slots)
    assert slots[0]["start"] == "2025-05-14T09:00:00+02:00"  # type: ignore[index]


def test_the_scheduler_places_requests_in_both_cities(cli: Cli, plan: str) -> None:
    result = run_json(cli, "schedule", plan, "--time-limit", "20")
    placed = {p["request"]: p for p in result["placed"]}  # type: ignore[index,union-attr]
    assert {"KR-REQ-01", "KR-REQ-03", "KR-REQ-04"} <= set(placed)
    assert placed["KR-REQ-01"]["start"].endswith("+08:00")  # type: ignore[index]
    assert placed["KR-REQ-04"]["start"].startswith("2025-05-14T")  # type: ignore[index]
    assert placed["KR-REQ-04"]["start"].endswith("+02:00")  # type: ignore[index]


def test_an_attendee_taken_off_finds_the_event_cancelled_in_her_calendar(cli: Cli, plan: str, tmp_path: Path) -> None:
    run_json(cli, "edit", plan, "KR-CN-04", "--remove-attendee", "Lee Min-jung")
    code, _out, err = cli("export", "ics", plan, str(tmp_path / "ics"), "--delegate", "minjung.lee@hanriver.example")
    assert code == 0, err
    [path] = (tmp_path / "ics" / "delegates").iterdir()
    night = next(e for e in Calendar.from_ical(path.read_bytes()).walk("VEVENT") if "Korean Night" in str(e["SUMMARY"]))
    assert (str(night["STATUS"]), int(night["SEQUENCE"])) == ("CANCELLED", 1)


def test_a_one_row_partial_correction_moves_one_activity_and_cancels_none(cli: Cli, plan: str,
                                                                          tmp_path: Path) -> None:
    lines = (TRIP / "programme.csv").read_text(encoding="utf-8").splitlines()
    row = next(line for line in lines if line.startswith("KR-CN-05,"))
    fix = tmp_path / "programme.csv"
    fix.write_text(lines[0] + "\n" + row.replace("T14:00,", "T16:00,").replace("T15:45,", "T17:45,") + "\n",
                   encoding="utf-8")
    code, _out, err = cli("import", plan, str(fix), "--as", "programme")
    assert code == 1 and "no longer lists 12 activities" in err  # without --partial it asks first
    report = run_json(cli, "import", plan, str(fix), "--as", "programme", "--partial")
    counts = {kind: n for kind, n in report["counts"].items() if n}  # type: ignore[union-attr,index]
    assert counts == {"moved": 1}
    shown = run_json(cli, "show", plan)
    assert shown["activities_by_status"]["cancelled"] == 0  # type: ignore[index]


def test_the_fall_back_night_reads_the_same_instant_in_all_four_parsers(cli: Cli, plan: str, tmp_path: Path) -> None:
    code, _out, err = cli("export", "ics", plan, str(tmp_path / "ics"), "--delegate", "Jung Hae-in")
    assert code == 0, err
    [path] = (tmp_path / "ics" / "delegates").iterdir()
    data = path.read_bytes()
    call = next(e for e in Calendar.from_ical(data).walk("VEVENT") if "Paris sales agent" in str(e["SUMMARY"]))
    uid = str(call["UID"])
    first_0230 = (uid, datetime(2025, 10, 26, 0, 30, tzinfo=UTC), datetime(2025, 10, 26, 0, 50, tzinfo=UTC))
    readings = [by_icalendar(data), by_vobject(data), by_recurring_ical_events(data),
                by_icaljs(read_with_icaljs(path)[str(path)])]
    for reading in readings:
        assert first_0230 in reading
    assert b"DTSTART:20251026T003000Z" in data  # written in UTC: libical and ical.js read it alike
