"""roster end to end on the demo plan file: --json, --apply, errors, and a light start-up."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from desktop_app.cli import roster_commands
from desktop_app.services import roster as roster_service
from tests.conftest import Cli


def test_roster_json_proposes_without_writing(cli: Cli, demo_plan_copy: Path) -> None:
    before = demo_plan_copy.read_bytes()
    code, out, _err = cli("roster", str(demo_plan_copy), "--json", "--time-limit", "10")
    assert code == 0
    document = json.loads(out)
    assert set(document) == {"shifts", "interpreting", "unfilled", "spread_minutes", "optimal", "seconds"}
    assert document["optimal"] is True and len(document["shifts"]) == 15
    assert {"what", "start", "end", "reason"} == set(document["unfilled"][0])
    assert document["unfilled"][0]["start"] == "2025-03-17T10:00:00+08:00"
    assert demo_plan_copy.read_bytes() == before


def test_roster_apply_writes_and_a_second_run_changes_nothing(cli: Cli, demo_plan_copy: Path) -> None:
    code, out, err = cli("roster", str(demo_plan_copy), "--apply", "--time-limit", "10")
    assert code == 0 and "Wrote 14 activities" in err and "proven optimal" in out
    code, out, _err = cli("conflicts", str(demo_plan_copy), "--json")
    assert "interpreting" not in {c["kind"] for c in json.loads(out)}
    code, out, _err = cli("roster", str(demo_plan_copy), "--time-limit", "10")
    assert code == 0 and "0 change(s) to what was applied" in out


def test_roster_on_a_plan_without_duties_or_needs_is_a_user_error(cli: Cli, tmp_path: Path) -> None:
    plan = tmp_path / "empty.dplan"
    assert cli("new", str(plan))[0] == 0
    code, _out, err = cli("roster", str(plan))
    assert code == 1 and "no booth duties" in err


def test_the_command_lines_default_is_the_services_and_registering_imports_no_solver() -> None:
    assert roster_commands.DEFAULT_TIME_LIMIT == roster_service.DEFAULT_TIME_LIMIT
    probe = ("import sys, desktop_app.cli.roster_commands; heavy = ('desktop_app.services', 'desktop_app.scheduling', "
             "'ortools'); print(any(m.startswith(heavy) for m in sys.modules))")
    imported = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                              cwd=Path(__file__).parents[2])
    assert imported.stdout.strip() == "False"
