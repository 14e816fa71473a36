"""`export pdf` and `export pack` options: the home time can be left out, the paper is checked once."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.cli.main import run
from tests.formats.pdf_sample import pdf_text

PARIS_DELEGATE = "anne.dubois@lumiere-rouge.example"  # the demo's Anne Dubois lives in Europe/Paris


@pytest.fixture
def demo(demo_plan_copy: Path) -> Path:
    return demo_plan_copy  # a copy: `export pack` records each pack in the plan


def test_export_pdf_shows_the_home_time_unless_told_not_to(demo: Path, tmp_path: Path) -> None:
    assert run(["export", "pdf", str(demo), str(tmp_path / "with"), "--delegate", PARIS_DELEGATE]) == 0
    assert run(["export", "pdf", str(demo), str(tmp_path / "without"), "--delegate", PARIS_DELEGATE,
                "--no-home-time"]) == 0
    with_home = pdf_text((tmp_path / "with" / "Anne Dubois.pdf").read_bytes())
    without_home = pdf_text((tmp_path / "without" / "Anne Dubois.pdf").read_bytes())
    assert " CET" in with_home  # 17-20 March 2025: Paris is on CET
    assert " CET" not in without_home and "HKT" in without_home


def test_export_pack_without_home_time(demo: Path, tmp_path: Path) -> None:
    assert run(["export", "pack", str(demo), str(tmp_path), "--no-home-time", "--paper", "Letter"]) == 0
    text = pdf_text((tmp_path / "delegates" / "Anne Dubois.pdf").read_bytes())
    assert " CET" not in text and "HKT" in text


@pytest.mark.parametrize("kind", ["pdf", "pack"])
def test_a_bad_paper_size_is_a_usage_error_worded_by_the_service(
        demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str) -> None:
    outdir = tmp_path / "out"
    assert run(["export", kind, str(demo), str(outdir), "--paper", "a3"]) == 2
    assert "'a3' is not a paper size; use a4 or letter" in capsys.readouterr().err
    assert not outdir.exists()


def test_export_pack_reminders_follow_the_alarm_option(demo: Path, tmp_path: Path) -> None:
    assert run(["export", "pack", str(demo), str(tmp_path / "default")]) == 0
    assert run(["export", "pack", str(demo), str(tmp_path / "none"), "--alarm", "none"]) == 0
    assert run(["export", "pack", str(demo), str(tmp_path / "hour"), "--alarm", "60"]) == 0
    default = (tmp_path / "default" / "delegates" / "Anne Dubois.ics").read_text(encoding="utf-8")
    assert "BEGIN:VALARM" in default and "TRIGGER:-PT15M" in default
    assert "BEGIN:VALARM" not in (tmp_path / "none" / "delegates" / "Anne Dubois.ics").read_text(encoding="utf-8")
    assert "TRIGGER:-PT1H" in (tmp_path / "hour" / "delegates" / "Anne Dubois.ics").read_text(encoding="utf-8")
