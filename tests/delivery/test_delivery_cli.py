"""publish, send-invitations and export pack --only-changed on the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.conftest import Cli
from tests.delivery.conftest import MemoryKeyring
from tests.delivery.servers import PASSWORD, USER, Radicale, Smtp


def test_publish_json_per_calendar_with_the_password_from_the_environment(
        cli: Cli, demo_plan_copy: Path, radicale: Radicale, monkeypatch: pytest.MonkeyPatch,
        memory_keyring: MemoryKeyring) -> None:
    monkeypatch.setenv("DELEGATION_PLANNER_CALDAV_PASSWORD", PASSWORD)
    code, out, err = cli("publish", str(demo_plan_copy), "--server", radicale.url, "--user", USER,
                         "--delegate", "Kim Ji-woo", "--json")
    assert code == 0, err
    report = json.loads(out)
    [kim] = report["calendars"]
    assert kim["kind"] == "delegate" and kim["name"].startswith("Kim Ji-woo")
    # one PUT per event; the first calendar of a run also finds the principal and its calendar
    # home (2 PROPFINDs), then MKCALENDAR and the PROPPATCH that names it
    assert kim["created"] > 0 and kim["requests"] == kim["created"] + 4 and kim["error"] is None
    assert kim["subscription_url"].startswith(radicale.url)
    # remembered: the second run needs neither --server nor --user, and sends nothing
    code, out, err = cli("publish", str(demo_plan_copy), "--delegate", "Kim Ji-woo", "--json")
    assert code == 0, err
    again = json.loads(out)
    assert again["requests"] == 0 and again["calendars"][0]["unchanged"] == kim["created"]


def test_publish_without_any_password_is_one_clear_error(cli: Cli, demo_plan_copy: Path, radicale: Radicale,
                                                         monkeypatch: pytest.MonkeyPatch,
                                                         memory_keyring: MemoryKeyring) -> None:
    monkeypatch.delenv("DELEGATION_PLANNER_CALDAV_PASSWORD", raising=False)
    code, _out, err = cli("publish", str(demo_plan_copy), "--server", radicale.url, "--user", USER)
    assert code == 1
    assert "no password for manager" in err and "DELEGATION_PLANNER_CALDAV_PASSWORD" in err
    assert "Traceback" not in err


def test_send_invitations_dry_run_and_real(cli: Cli, demo_plan_copy: Path, tmp_path: Path, smtp: Smtp) -> None:
    common = ("--smtp", f"localhost:{smtp.port}", "--from", "manager@example.org", "--security", "none",
              "--delegate", "Kim Ji-woo")
    code, out, err = cli("send-invitations", str(demo_plan_copy), *common, "--dry-run", str(tmp_path / "eml"),
                         "--json")
    assert code == 0, err
    dry = json.loads(out)
    assert dry["dry_run"] and dry["messages"] == 0 and not smtp.inbox.messages
    files = dry["calendars"][0]["files"]
    assert files and all(Path(f).suffix == ".eml" and Path(f).is_file() for f in files)
    code, out, err = cli("send-invitations", str(demo_plan_copy), *common, "--json")
    assert code == 0, err
    sent = json.loads(out)
    assert sent["messages"] == len(files) == len(smtp.inbox.messages)


def test_pack_says_what_changed_since_the_last_one_and_only_changed_writes_those(
        cli: Cli, demo_plan_copy: Path, tmp_path: Path) -> None:
    code, _out, err = cli("export", "pack", str(demo_plan_copy), str(tmp_path / "first"), "--workers", "1")
    assert code == 0, err
    code, out, err = cli("export", "pack", str(demo_plan_copy), str(tmp_path / "none"), "--only-changed")
    assert code == 0 and "Nothing changed" in out
    code, _out, err = cli("edit", str(demo_plan_copy), "TRV-2025-001", "--shift", "30")
    assert code == 0, err
    code, out, err = cli("export", "pack", str(demo_plan_copy), str(tmp_path / "second"), "--only-changed",
                         "--workers", "1")
    assert code == 0, err
    written = sorted((tmp_path / "second").rglob("*.*"))
    pdfs = [p for p in written if p.suffix == ".pdf"]
    assert pdfs and not any("overview" in p.name for p in written)
    assert len(pdfs) < 10  # the affected delegates only (the demo has 22)
    text = PdfReader(pdfs[0]).pages[0].extract_text()
    assert "Changed since your pack of" in text
    assert "Moved: Airport transfer" in text
