"""export_pdfs / export_pack on files, and the `export pdf` / `export pack` commands end to end."""

from __future__ import annotations

import subprocess
import zipfile
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from desktop_app.cli.main import run
from desktop_app.domain.activities import Attendance
from desktop_app.domain.people import Delegate
from desktop_app.domain.plan import Plan
from desktop_app.formats.filenames import safe_stem
from desktop_app.services import pdf_service, plan_service
from desktop_app.services.errors import UserError
from tests.formats.pdf_sample import NAMES, NOW, fonts_of, page_sizes, pdf_text, sample_plan, squash

PLAN = sample_plan()
PLAN_STEM = "FilMart 2025 test plan"  # the plan's name made safe as a file name


def test_without_delegates_every_delegate_gets_an_itinerary(tmp_path: Path) -> None:
    written = pdf_service.export_pdfs(PLAN, tmp_path / "out", now=NOW)
    assert len(written) == len(PLAN.delegates)
    assert {p.name for p in written} == {f"{safe_stem(d.display_name)}.pdf" for d in PLAN.delegates}
    for path in written:
        assert path.read_bytes().startswith(b"%PDF-")
    assert not list((tmp_path / "out").glob(".*.part"))  # no half-written leftovers


def test_delegates_are_chosen_by_email_or_name_and_documents_added(tmp_path: Path) -> None:
    written = pdf_service.export_pdfs(PLAN, tmp_path, delegates=["KOREAN@example.org", "黃嘉敏"],
                                      overview=True, run_sheet=date(2025, 3, 18), paper="letter", now=NOW)
    assert [p.name for p in written] == [
        "Kim Ji-woo 김지우.pdf", "Wong Ka-man 黃嘉敏.pdf",
        f"{PLAN_STEM} overview.pdf", f"{PLAN_STEM} run sheet 2025-03-18.pdf",
    ]
    overview = written[2].read_bytes()
    assert page_sizes(overview)[0] == (792.0, 612.0)  # Letter, landscape
    assert squash("Tuesday 18 March 2025") in squash(pdf_text(written[3].read_bytes()))


def test_unknown_delegate_and_paper_are_user_errors(tmp_path: Path) -> None:
    with pytest.raises(UserError, match=r"nobody@example\.org"):
        pdf_service.export_pdfs(PLAN, tmp_path, delegates=["nobody@example.org"], now=NOW)
    with pytest.raises(UserError, match="a3"):
        pdf_service.export_pdfs(PLAN, tmp_path, paper="a3", now=NOW)
    assert not list(tmp_path.iterdir())


def test_outdir_that_is_a_file_is_a_user_error(tmp_path: Path) -> None:
    target = tmp_path / "file.txt"
    target.write_text("x")
    with pytest.raises(UserError, match="is a file"):
        pdf_service.export_pdfs(PLAN, target, now=NOW)


def test_pack_has_an_itinerary_and_a_calendar_per_delegate_and_the_overview(tmp_path: Path) -> None:
    written = pdf_service.export_pack(PLAN, tmp_path, now=NOW)
    names = {p.relative_to(tmp_path).as_posix() for p in written}
    for delegate in PLAN.delegates:
        assert f"delegates/{safe_stem(delegate.display_name)}.pdf" in names
        assert f"delegates/{safe_stem(delegate.display_name)}.ics" in names
    assert f"{PLAN_STEM} overview.pdf" in names
    assert len(names) == 2 * len(PLAN.delegates) + 1
    assert all(p.is_file() for p in written)
    korean = tmp_path / "delegates" / "Kim Ji-woo 김지우.pdf"
    assert squash("김지우") in squash(pdf_text(korean.read_bytes()))
    assert "BEGIN:VCALENDAR" in (tmp_path / "delegates" / "Kim Ji-woo 김지우.ics").read_text("utf-8")


def test_zipped_pack_is_one_archive_with_utf8_names(tmp_path: Path) -> None:
    written = pdf_service.export_pack(PLAN, tmp_path, zip_output=True, now=NOW)
    assert [p.name for p in written] == [f"{PLAN_STEM} pack.zip"]
    assert [p.name for p in tmp_path.iterdir()] == [f"{PLAN_STEM} pack.zip"]  # no staging left
    with zipfile.ZipFile(written[0]) as archive:
        members = set(archive.namelist())
        assert "delegates/Somchai Jaidee สมชาย ใจดี.pdf" in members
        assert "delegates/Somchai Jaidee สมชาย ใจดี.ics" in members
        assert f"{PLAN_STEM} overview.pdf" in members
        data = archive.read("delegates/Somchai Jaidee สมชาย ใจดี.pdf")
    assert squash("สมชาย ใจดี") in squash(pdf_text(data))


def twins(email_a: str, email_b: str) -> Plan:
    """Two delegates called Chan Tai-man, each alone in one activity of the sample plan."""
    base = sample_plan()
    chans = (Delegate(21, "Chan Tai-man", 1, email=email_a), Delegate(22, "Chan Tai-man", 2, email=email_b))
    first, second = base.activities[5], base.activities[1]  # IMG_TITLE and HOSTILE_TITLE
    return replace(base, delegates=chans, activities=(
        replace(first, attendees=(Attendance(21),)), replace(second, attendees=(Attendance(22),), contact_ids=())))


@pytest.mark.parametrize(("email_a", "email_b"), [("", ""), ("chan@family.example", "chan@family.example")],
                         ids=["same name, no email", "same email"])
def test_pack_gives_namesakes_and_email_sharers_each_their_own_calendar(
        tmp_path: Path, email_a: str, email_b: str) -> None:
    plan = twins(email_a, email_b)
    written = pdf_service.export_pack(plan, tmp_path, now=NOW)
    names = sorted(p.relative_to(tmp_path).as_posix() for p in written)
    assert names == [f"{PLAN_STEM} overview.pdf", "delegates/Chan Tai-man-21.ics", "delegates/Chan Tai-man-21.pdf",
                     "delegates/Chan Tai-man-22.ics", "delegates/Chan Tai-man-22.pdf"]
    first = (tmp_path / "delegates" / "Chan Tai-man-21.ics").read_text("utf-8")
    second = (tmp_path / "delegates" / "Chan Tai-man-22.ics").read_text("utf-8")
    assert "UID:a6@test" in first and "UID:a2@test" not in first
    assert "UID:a2@test" in second and "UID:a6@test" not in second


def test_a_name_or_email_two_delegates_share_is_ambiguous(tmp_path: Path) -> None:
    with pytest.raises(UserError, match=r"2 delegates are called 'chan tai-man'; use the email instead "
                                        r"\(id 21, id 22\)"):
        pdf_service.export_pdfs(twins("", ""), tmp_path, delegates=["chan tai-man"], now=NOW)
    with pytest.raises(UserError, match=r"2 delegates share the email 'Chan@Family\.example'"):
        pdf_service.export_pdfs(twins("chan@family.example", "chan@family.example"), tmp_path,
                                delegates=["Chan@Family.example"], now=NOW)
    assert not list(tmp_path.iterdir())


@pytest.fixture
def demo_plan(demo_plan_copy: Path) -> Path:
    return demo_plan_copy  # a copy: `export pack` records each pack in the plan


def test_cli_export_pack_of_the_demo_plan_opens_round_trips_and_embeds_fonts(
        demo_plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["export", "pack", str(demo_plan), str(tmp_path / "pack")]) == 0
    assert "file(s) written" in capsys.readouterr().out
    with plan_service.open_plan(demo_plan) as store:
        plan = store.read()
    pdfs = sorted((tmp_path / "pack").rglob("*.pdf"))
    assert len(pdfs) == len(plan.delegates) + 1
    assert len(list((tmp_path / "pack" / "delegates").glob("*.ics"))) == len(plan.delegates)
    for delegate in plan.delegates:
        data = (tmp_path / "pack" / "delegates" / f"{safe_stem(delegate.display_name)}.pdf").read_bytes()
        assert squash(delegate.display_name) in squash(pdf_text(data))
        fonts = fonts_of(data)
        assert fonts and all(fonts.values()), (delegate.name, fonts)


def test_pdffonts_reports_every_font_embedded(demo_plan: Path, tmp_path: Path) -> None:
    """The poppler tool a person would use agrees (poppler-utils is installed for CI)."""
    assert run(["export", "pdf", str(demo_plan), str(tmp_path), "--overview", "--delegate", "Wong Ka-man"]) == 0
    for path in tmp_path.glob("*.pdf"):
        lines = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True,
                               timeout=60).stdout.splitlines()[2:]
        assert lines
        for line in lines:
            embedded = line.split()[-5]  # name type encoding emb sub uni object ID
            assert embedded == "yes", line


def test_cli_usage_and_user_errors(demo_plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["export", "pdf", str(demo_plan), str(tmp_path), "--paper", "a3"]) == 2
    assert run(["export", "pdf", str(demo_plan), str(tmp_path), "--run-sheet", "18/03/2025"]) == 2
    assert run(["export", "pdf", str(demo_plan), str(tmp_path), "--delegate", "nobody@example.org"]) == 1
    assert "nobody@example.org" in capsys.readouterr().err
    assert run(["export", "pack", str(tmp_path / "missing.dplan"), str(tmp_path / "x")]) == 1


def test_sample_names_cover_every_script_the_issue_lists() -> None:
    assert set(NAMES) == {"latin", "traditional", "simplified", "japanese", "korean", "thai", "vietnamese"}
