"""Exports through worker processes: the same files as a serial run, and a cancel that writes nothing more.

The pool is forced on these small plans (``MIN_WORK_PER_WORKER_MS`` 0); on its own it would stay
in the process, as a small export is cheaper without it.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app.cli.main import run
from desktop_app.services import export_pool, ics_service, pdf_service
from desktop_app.services.errors import UserError
from tests.formats.pdf_sample import NOW, sample_plan

_PDF_CLOCK = re.compile(rb"/(CreationDate|ModDate) \(D:[^)]*\)|/ID\s*\[<[0-9a-fA-F]+>\s*<[0-9a-fA-F]+>\]")


def contents(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder``; a PDF without its creation time and the /ID made from it."""
    files = {}
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        files[path.relative_to(folder).as_posix()] = _PDF_CLOCK.sub(b"", data) if path.suffix == ".pdf" else data
    return files


@pytest.fixture
def pool_for_any_work(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(export_pool, "MIN_WORK_PER_WORKER_MS", 0)


def test_a_pooled_pack_is_the_serial_pack_byte_for_byte(pool_for_any_work: None, tmp_path: Path) -> None:
    plan = sample_plan()
    serial = pdf_service.export_pack(plan, tmp_path / "serial", now=NOW, workers=1)
    pooled = pdf_service.export_pack(plan, tmp_path / "pooled", now=NOW, workers=2)
    assert [p.relative_to(tmp_path / "pooled") for p in pooled] == [p.relative_to(tmp_path / "serial") for p in serial]
    assert contents(tmp_path / "pooled") == contents(tmp_path / "serial")
    assert any(name.endswith(".ics") for name in contents(tmp_path / "pooled"))


def test_pooled_calendars_and_itineraries_are_the_serial_ones(pool_for_any_work: None, tmp_path: Path) -> None:
    plan = sample_plan()
    for name, workers in (("serial", 1), ("pooled", 2)):
        ics_service.export_calendars(plan, tmp_path / name / "ics", everything=True, now=NOW, workers=workers)
        pdf_service.export_pdfs(plan, tmp_path / name / "pdf", overview=True, now=NOW, workers=workers)
        ics_service.export_calendars(plan, tmp_path / name / "zip", zip_output=True, now=NOW, workers=workers)
    serial, pooled = contents(tmp_path / "serial"), contents(tmp_path / "pooled")
    assert pooled == serial and len(serial) > 5


def test_a_cancel_while_workers_render_writes_nothing_more_and_no_partial_file(
    pool_for_any_work: None, tmp_path: Path
) -> None:
    class Cancelled(Exception):
        pass

    calls: list[tuple[int, int]] = []

    def cancel(done: int, total: int) -> None:  # what the window's job does on Cancel
        calls.append((done, total))
        raise Cancelled

    with pytest.raises(Cancelled):
        pdf_service.export_pack(sample_plan(), tmp_path, now=NOW, workers=2, progress=cancel)
    assert len(calls) == 1
    assert not list(tmp_path.rglob("*.part"))
    for pdf in tmp_path.rglob("*.pdf"):  # at most what had arrived, each file whole
        assert len(PdfReader(pdf).pages) >= 1


def test_the_pool_pays_only_for_large_work_and_one_worker_means_none() -> None:
    assert export_pool.worker_count(None, 100) == 1  # a 5-delegate plan: rendered here
    assert export_pool.worker_count(1, 10**9) == 1
    assert export_pool.worker_count(3, 10**9) == 3
    assert export_pool.worker_count(8, 2.5 * export_pool.MIN_WORK_PER_WORKER_MS) == 2
    with pytest.raises(UserError, match="between 1 and"):
        export_pool.check_workers(0)


def test_workers_on_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["export", "pack", str(tmp_path / "none.dplan"), str(tmp_path), "--workers", "0"]) == 2
    assert "between 1 and 32" in capsys.readouterr().err
    assert run(["export", "ics", str(tmp_path / "none.dplan"), str(tmp_path), "--workers", "many"]) == 2
    assert "'many' is not a number of processes" in capsys.readouterr().err
