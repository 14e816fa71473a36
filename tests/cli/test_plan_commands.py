"""The command line end to end, on real files."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import Cli

PLANTED = {  # resources/demo/README.md lists these, with the reasoning
    ("double_booked", "conflict", ("BM-2025-033", "PC-2025-005")),
    ("double_booked", "warning", ("BM-2025-047", "SCR-2025-001")),
    ("travel_time", "conflict", ("HAF-2025-002", "MTG-2025-016")),
    ("outside_stay", "conflict", ("BM-2025-006",)),
    ("outside_opening_hours", "conflict", ("BM-2025-055",)),
    ("interpreting", "conflict", ("HAF-2025-115",)),
}


@pytest.fixture
def demo(demo_plan_copy: Path) -> Path:
    return demo_plan_copy


def test_new_demo_makes_a_plan_file(cli: Cli, tmp_path: Path) -> None:
    code, out, _ = cli("new", str(tmp_path / "demo.dplan"), "--demo")
    assert code == 0 and "FilMart 2025" in out and "activities" in out


def test_demo_conflicts_are_exactly_the_planted_ones(cli: Cli, demo: Path) -> None:
    code, out, _ = cli("conflicts", str(demo), "--json")
    assert code == 0
    conflicts = json.loads(out)
    found = {(c["kind"], c["severity"], tuple(sorted(a["external_id"] for a in c["activities"])))
             for c in conflicts if c["kind"] != "room_over_capacity"}
    assert found == PLANTED
    over_capacity = [c for c in conflicts if c["kind"] == "room_over_capacity"]
    assert over_capacity and all(
        {a["external_id"] for a in c["activities"]} <= {"BM-2025-059", "BM-2025-060", "BM-2025-061"}
        for c in over_capacity
    )
    kim = next(c for c in conflicts if c["kind"] == "travel_time")
    assert "Kim Ji-woo needs 35 min from HKCEC to Rosewood" in kim["message"] and "has 30" in kim["message"]
    assert kim["start"].endswith("+08:00")


def test_show_json_counts(cli: Cli, demo: Path) -> None:
    code, out, _ = cli("show", str(demo), "--json")
    summary = json.loads(out)
    assert code == 0
    assert summary["counts"]["delegates"] >= 20 and summary["counts"]["contacts"] >= 40
    assert summary["counts"]["activities"] >= 150 and summary["requests_by_status"]["pending"] >= 100
    assert summary["markets"][0]["name"] == "FilMart 2025" and summary["markets"][0]["first_day"] == "2025-03-17"


def test_bad_import_exits_1_naming_row_and_column_and_changes_nothing(
    cli: Cli, demo: Path, tmp_path: Path
) -> None:
    _, before, _ = cli("show", str(demo), "--json")
    bad = tmp_path / "programme.csv"
    bad.write_text(
        "title,kind,start,end,venue,external_id\n"
        "Good row,panel,2025-03-18T10:00,2025-03-18T11:00,HKCEC,NEW-1\n"
        "Bad start,panel,2025-03-32T10:00,2025-03-18T11:00,HKCEC,NEW-2\n",
        encoding="utf-8",
    )
    code, _, err = cli("import", str(demo), str(bad), "--as", "programme")
    assert code == 1
    assert "row 3" in err and "column 'start'" in err
    assert "Traceback" not in err
    _, after, _ = cli("show", str(demo), "--json")
    assert json.loads(after)["counts"] == json.loads(before)["counts"]


def test_dry_run_reports_but_does_not_write(cli: Cli, demo: Path, tmp_path: Path) -> None:
    new = tmp_path / "extra.csv"
    new.write_text("name;email;organisation\nMarta Ruiz;marta@example.es;Film Fund\n", encoding="utf-8-sig")
    code, out, _ = cli("import", str(demo), str(new), "--as", "contacts", "--dry-run", "--json")
    assert code == 0 and json.loads(out)["counts"]["added"] == 1
    _, shown, _ = cli("show", str(demo), "--json")
    contacts_before = json.loads(shown)["counts"]["contacts"]
    assert cli("import", str(demo), str(new), "--as", "contacts")[0] == 0
    _, shown, _ = cli("show", str(demo), "--json")
    assert json.loads(shown)["counts"]["contacts"] == contacts_before + 1


def test_user_errors_exit_1_and_usage_errors_exit_2(cli: Cli, tmp_path: Path) -> None:
    not_a_plan = tmp_path / "notes.txt"
    not_a_plan.write_text("hello")
    code, _, err = cli("show", str(not_a_plan))
    assert code == 1 and "not a Delegation Planner plan" in err and err.count("\n") == 1
    assert cli("show")[0] == 2
    assert cli("import", str(not_a_plan), "x.csv", "--as", "nonsense")[0] == 2
    code, _, err = cli("new", str(tmp_path / "p.dplan"), "--timezone", "Hong Kong")
    assert code == 1 and "not an IANA time zone" in err


def test_new_plan_then_show_text(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "cannes.dplan"
    code, out, _ = cli("new", str(path), "--name", "Cannes 2025", "--timezone", "Europe/Paris")
    assert code == 0 and "Cannes 2025" in out
    code, out, _ = cli("show", str(path))
    assert code == 0 and "Europe/Paris" in out and "delegates" in out
    assert cli("new", str(path))[0] == 1  # never overwrites


def test_installed_entry_point_runs_as_a_process(tmp_path: Path) -> None:
    path = tmp_path / "p.dplan"
    result = subprocess.run([sys.executable, "-m", "desktop_app", "new", str(path)],
                            capture_output=True, text=True, check=False, cwd=Path(__file__).parents[2])
    assert result.returncode == 0, result.stderr
    result = subprocess.run([sys.executable, "-m", "desktop_app", "conflicts", str(path)],
                            capture_output=True, text=True, check=False, cwd=Path(__file__).parents[2])
    assert result.returncode == 0 and "No conflicts." in result.stdout


def test_a_mistyped_command_is_a_usage_error_not_a_window(cli: Cli, tmp_path: Path) -> None:
    code, _, err = cli("conflict", str(tmp_path / "plan.dplan"))
    assert code == 2 and "invalid choice: 'conflict'" in err
    assert cli("shwo")[0] == 2


def test_a_plan_that_cannot_be_created_is_one_line(cli: Cli, tmp_path: Path) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    code, _, err = cli("new", str(blocker / "plan.dplan"))
    assert code == 1 and "is not a folder" in err and "Traceback" not in err
    code, _, err = cli("new", "/proc/plan.dplan")
    assert code == 1 and "Traceback" not in err and err.count("\n") == 1
