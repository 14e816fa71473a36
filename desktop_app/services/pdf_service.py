"""PDF itineraries, the delegation overview, the daily run sheet and the delegation pack.

Layout written by :func:`export_pdfs` into OUTDIR::

    <delegate name>.pdf                       one itinerary per chosen delegate
    <plan name> overview.pdf                  with ``overview``
    <plan name> run sheet <YYYY-MM-DD>.pdf    with ``run_sheet``

and by :func:`export_pack` (the same names as the calendar export, so a delegate's two files
sit side by side)::

    delegates/<delegate name>.pdf
    delegates/<delegate name>.ics
    <plan name> overview.pdf
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.people import Delegate
from desktop_app.domain.plan import Plan
from desktop_app.domain.timezones import utc_now
from desktop_app.formats.filenames import safe_stem, unique_names
from desktop_app.formats.pdf import PAPER_SIZES, render_itinerary, render_overview, render_run_sheet

from .errors import UserError
from .ics_service import export_calendars
from .lookup import find_delegate
from .output_files import write_atomically, zip_files

Progress = Callable[[int, int], None]
"""Called with (documents done, documents in all), e.g. to drive a progress bar."""


def check_paper(paper: str) -> str:
    key = (paper or "").strip().lower()
    if key not in PAPER_SIZES:
        raise UserError(f"'{paper}' is not a paper size; use a4 or letter")
    return key


def choose_delegates(plan: Plan, wanted: list[str] | None) -> list[Delegate]:
    """The delegates named by email or name (as ``export ics`` matches them); all when None."""
    if not wanted:
        return list(plan.delegates)
    chosen = {}
    for text in wanted:
        delegate = find_delegate(plan, text)
        chosen[delegate.id] = delegate
    return list(chosen.values())


def itinerary_names(plan: Plan) -> dict[int, str]:
    """File name of each delegate's itinerary: the calendar export's names, with .pdf."""
    names = unique_names([(str(d.id), d.display_name) for d in plan.delegates], ".pdf")
    return {d.id: names[str(d.id)] for d in plan.delegates}  # type: ignore[misc]


def overview_name(plan: Plan) -> str:
    return f"{safe_stem(plan.settings.name, 'plan')} overview.pdf"


def run_sheet_name(plan: Plan, day: date) -> str:
    return f"{safe_stem(plan.settings.name, 'plan')} run sheet {day.isoformat()}.pdf"


def export_pdfs(plan: Plan, outdir: Path, *, delegates: list[str] | None = None, overview: bool = False,
                run_sheet: date | None = None, paper: str = "a4", now: datetime | None = None,
                home_time: bool = True, progress: Progress | None = None) -> list[Path]:
    """Itineraries of ``delegates`` (every delegate when None), plus the overview and one
    day's run sheet when asked; returns the files written."""
    paper = check_paper(paper)
    stamp = now or utc_now()
    chosen = choose_delegates(plan, delegates)
    if not chosen and not overview and run_sheet is None:
        raise UserError("the plan has no delegates to write itineraries for")
    outdir = _prepare(outdir)
    names = itinerary_names(plan)
    jobs: list[tuple[Path, Callable[[], bytes]]] = [
        (outdir / names[d.id], _itinerary_job(plan, d, paper, stamp, home_time))  # type: ignore[index]
        for d in chosen
    ]
    if overview:
        jobs.append((outdir / overview_name(plan), lambda: render_overview(plan, paper=paper, now=stamp)))
    if run_sheet is not None:
        jobs.append((outdir / run_sheet_name(plan, run_sheet),
                     lambda: render_run_sheet(plan, run_sheet, paper=paper, now=stamp)))
    return _run(jobs, progress)


def export_pack(plan: Plan, outdir: Path, *, zip_output: bool = False, paper: str = "a4",
                now: datetime | None = None, home_time: bool = True, alarm_minutes: int | None = 15,
                progress: Progress | None = None) -> list[Path]:
    """Per delegate their itinerary PDF and .ics calendar, plus the delegation overview.

    With ``zip_output`` the pack is one archive, ``<plan name> pack.zip``, in ``outdir``.
    """
    paper = check_paper(paper)
    stamp = now or utc_now()
    if not plan.delegates:
        raise UserError("the plan has no delegates to make a pack for")
    outdir = _prepare(outdir)
    if zip_output:
        with tempfile.TemporaryDirectory(prefix=".pack-", dir=outdir) as staging:
            root = Path(staging)
            files = _write_pack(plan, root, paper, stamp, home_time, alarm_minutes, progress)
            target = outdir / f"{safe_stem(plan.settings.name, 'plan')} pack.zip"
            zip_files(root, files, target)
        return [target]
    return _write_pack(plan, outdir, paper, stamp, home_time, alarm_minutes, progress)


def _write_pack(plan: Plan, root: Path, paper: str, stamp: datetime, home_time: bool,
                alarm_minutes: int | None, progress: Progress | None) -> list[Path]:
    folder = root / "delegates"
    folder.mkdir(parents=True, exist_ok=True)
    names = itinerary_names(plan)
    jobs: list[tuple[Path, Callable[[], bytes]]] = [
        (folder / names[d.id], _itinerary_job(plan, d, paper, stamp, home_time))  # type: ignore[index]
        for d in plan.delegates
    ]
    jobs.append((root / overview_name(plan), lambda: render_overview(plan, paper=paper, now=stamp)))
    written = _run(jobs, progress)
    # by id: two delegates may share a name (and have no email) or share one email
    calendars = export_calendars(plan, root, delegate_ids=[d.id for d in plan.delegates if d.id is not None],
                                 alarm_minutes=alarm_minutes, now=stamp)
    return sorted([*written, *calendars], key=lambda p: (p.parent != root, str(p).casefold()))


def _itinerary_job(plan: Plan, delegate: Delegate, paper: str, stamp: datetime,
                   home_time: bool) -> Callable[[], bytes]:
    return lambda: render_itinerary(plan, delegate, paper=paper, now=stamp, home_time=home_time)


def _prepare(outdir: Path) -> Path:
    outdir = Path(outdir)
    if outdir.exists() and not outdir.is_dir():
        raise UserError(f"{outdir} is a file; give a folder to write the PDFs into")
    outdir.mkdir(parents=True, exist_ok=True)
    return outdir


def _run(jobs: list[tuple[Path, Callable[[], bytes]]], progress: Progress | None) -> list[Path]:
    written = []
    for done, (target, render) in enumerate(jobs, start=1):
        try:
            data = render()
        except ValidationError as error:  # e.g. a paper size given to the formats directly
            raise UserError(str(error)) from None
        write_atomically(target, data)
        written.append(target)
        if progress is not None:
            progress(done, len(jobs))
    return written
