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
    subscriptions.csv                         each delegate's published calendar, once there is one

Each itinerary of a pack starts with what changed since that delegate's last pack, and shows
the address of their subscribed calendar with a QR code (``delivery.packs``); with
``only_changed`` only the delegates with changes (or without a pack yet) get files.

:func:`export_delegate_files` writes the pack's ``delegates/`` files of some delegates only:
what a re-plan re-issues to the delegates it affected.

Each document is a job for ``export_pool``: rendered here, or by worker processes when the
export is large enough to pay for them (``workers`` caps them; 1 renders everything here).
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from desktop_app.domain.people import Delegate
from desktop_app.domain.plan import Plan
from desktop_app.domain.timezones import utc_now
from desktop_app.formats.filenames import safe_stem, unique_names
from desktop_app.formats.pdf import (
    PAPER_SIZES,
    ItineraryExtras,
    render_itinerary,
    render_overview,
    render_run_sheet,
)

from .delivery.packs import pack_delegates, pack_notes, subscriptions_text
from .errors import UserError
from .export_pool import Job, Progress, RunContext, check_workers, run_jobs
from .ics_service import Selection, calendar_jobs, check_alarm
from .lookup import delegates_by_id, find_delegate
from .output_files import write_atomically, zip_files

__all__ = ["Progress", "check_paper", "export_delegate_files", "export_pack", "export_pdfs"]

ITINERARY_COST_MS, OVERVIEW_COST_MS, ACTIVITY_COST_MS = 40.0, 200.0, 2.5
"""Estimated rendering time per document and per activity in it (for ``export_pool``)."""


def check_paper(paper: str) -> str:
    key = (paper or "").strip().lower()
    if key not in PAPER_SIZES:
        raise UserError(f"'{paper}' is not a paper size; use a4 or letter")
    return key


def choose_delegates(plan: Plan, wanted: list[str] | None, ids: list[int] | None = None) -> list[Delegate]:
    """The delegates named by email or name (as ``export ics`` matches them) or by id; all when
    neither is given."""
    if not wanted and not ids:
        return list(plan.delegates)
    chosen = {d.id: d for d in delegates_by_id(plan, ids or [])}
    for text in wanted or []:
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
                home_time: bool = True, progress: Progress | None = None,
                workers: int | None = None, delegate_ids: list[int] | None = None) -> list[Path]:
    """Itineraries of ``delegates`` (emails or names) and ``delegate_ids`` (every delegate when
    neither is given), plus the overview and one day's run sheet when asked; returns the files written."""
    paper = check_paper(paper)
    workers = check_workers(workers)
    stamp = now or utc_now()
    chosen = choose_delegates(plan, delegates, delegate_ids)
    if not chosen and not overview and run_sheet is None:
        raise UserError("the plan has no delegates to write itineraries for")
    outdir = _prepare(outdir)
    names = itinerary_names(plan)
    notes = pack_notes(plan)  # each itinerary shows its delegate's subscription address, once published
    jobs = [_itinerary(plan, d, outdir / names[d.id], paper, stamp, home_time,  # type: ignore[index]
                       ItineraryExtras(subscription_url=notes[d.id].extras.subscription_url)  # type: ignore[index]
                       if notes[d.id].extras.subscription_url else None)  # type: ignore[index]
            for d in chosen]
    if overview:
        jobs.append(_overview(plan, outdir / overview_name(plan), paper, stamp))
    if run_sheet is not None:
        jobs.append(Job(outdir / run_sheet_name(plan, run_sheet), _run_sheet_job, (run_sheet, paper, stamp),
                        ITINERARY_COST_MS))
    return run_jobs(plan, jobs, workers=workers, progress=progress)


def export_pack(plan: Plan, outdir: Path, *, zip_output: bool = False, paper: str = "a4",
                now: datetime | None = None, home_time: bool = True, alarm_minutes: int | None = 15,
                progress: Progress | None = None, workers: int | None = None,
                only_changed: bool = False) -> list[Path]:
    """Per delegate their itinerary PDF and .ics calendar, plus the delegation overview.

    With ``zip_output`` the pack is one archive, ``<plan name> pack.zip``, in ``outdir``. With
    ``only_changed``, only the files of delegates whose calendar changed since their last pack
    (or who never had one), without the overview; nothing at all when nobody's did.
    """
    paper = check_paper(paper)
    alarm_minutes = check_alarm(alarm_minutes)
    workers = check_workers(workers)
    stamp = now or utc_now()
    if not plan.delegates:
        raise UserError("the plan has no delegates to make a pack for")
    notes = pack_notes(plan)
    delegates = pack_delegates(plan, notes, only_changed=only_changed)
    if not delegates:
        return []
    extras = {delegate_id: note.extras for delegate_id, note in notes.items()}
    outdir = _prepare(outdir)
    pack = _Pack(delegates, extras, not only_changed, subscriptions_text(plan, notes, delegates))
    if zip_output:
        with tempfile.TemporaryDirectory(prefix=".pack-", dir=outdir) as staging:
            root = Path(staging)
            files = _write_pack(plan, root, pack, paper, stamp, home_time, alarm_minutes, progress, workers)
            target = outdir / f"{safe_stem(plan.settings.name, 'plan')} pack.zip"
            zip_files(root, files, target)
        return [target]
    return _write_pack(plan, outdir, pack, paper, stamp, home_time, alarm_minutes, progress, workers)


def export_delegate_files(plan: Plan, outdir: Path, delegate_ids: list[int], *, paper: str = "a4",
                          now: datetime | None = None, home_time: bool = True, alarm_minutes: int | None = 15,
                          progress: Progress | None = None, workers: int | None = None) -> list[Path]:
    """Each chosen delegate's itinerary and calendar, as in the pack (``delegates/<name>.pdf``
    and ``.ics``), and nothing else; returns the files written."""
    paper = check_paper(paper)
    alarm_minutes = check_alarm(alarm_minutes)
    workers = check_workers(workers)
    stamp = now or utc_now()
    chosen = delegates_by_id(plan, list(dict.fromkeys(delegate_ids)))
    if not chosen:
        raise UserError("choose at least one delegate to write files for")
    root = _prepare(outdir)
    folder = root / "delegates"
    folder.mkdir(parents=True, exist_ok=True)
    names = itinerary_names(plan)
    jobs = [_itinerary(plan, d, folder / names[d.id], paper, stamp, home_time)  # type: ignore[index]
            for d in chosen]
    selection = Selection(delegate_ids=tuple(d.id for d in chosen if d.id is not None))
    jobs.extend(calendar_jobs(plan, root, selection, now=stamp, alarm_minutes=alarm_minutes))
    written = run_jobs(plan, jobs, workers=workers, progress=progress)
    return sorted(written, key=lambda p: str(p).casefold())


@dataclass(frozen=True, slots=True)
class _Pack:
    delegates: list[Delegate]
    extras: dict[int, ItineraryExtras]
    overview: bool
    subscriptions: str | None


def _write_pack(plan: Plan, root: Path, pack: _Pack, paper: str, stamp: datetime, home_time: bool,
                alarm_minutes: int | None, progress: Progress | None, workers: int | None) -> list[Path]:
    folder = root / "delegates"
    folder.mkdir(parents=True, exist_ok=True)
    names = itinerary_names(plan)
    jobs = [_itinerary(plan, d, folder / names[d.id], paper, stamp, home_time,  # type: ignore[index]
                       pack.extras.get(d.id))  # type: ignore[arg-type]
            for d in pack.delegates]
    if pack.overview:
        jobs.append(_overview(plan, root / overview_name(plan), paper, stamp))
    # by id: two delegates may share a name (and have no email) or share one email
    selection = Selection(delegate_ids=tuple(d.id for d in pack.delegates if d.id is not None))
    jobs.extend(calendar_jobs(plan, root, selection, now=stamp, alarm_minutes=alarm_minutes))
    written = run_jobs(plan, jobs, workers=workers, progress=progress)
    if pack.subscriptions is not None:
        target = root / "subscriptions.csv"
        write_atomically(target, pack.subscriptions.encode())
        written.append(target)
    return sorted(written, key=lambda p: (p.parent != root, str(p).casefold()))


def _itinerary(plan: Plan, delegate: Delegate, target: Path, paper: str, stamp: datetime,
               home_time: bool, extras: ItineraryExtras | None = None) -> Job:
    activities = len(plan.activities_of(delegate.id)) if delegate.id is not None else 0
    return Job(target, _itinerary_job, (delegate, paper, stamp, home_time, extras),
               ITINERARY_COST_MS + ACTIVITY_COST_MS * activities, group=("delegation", delegate.delegation_id))


def _overview(plan: Plan, target: Path, paper: str, stamp: datetime) -> Job:
    return Job(target, _overview_job, (paper, stamp), OVERVIEW_COST_MS + 0.1 * ACTIVITY_COST_MS * len(plan.activities))


def _itinerary_job(context: RunContext, delegate: Delegate, paper: str, stamp: datetime, home_time: bool,
                   extras: ItineraryExtras | None = None) -> bytes:
    return render_itinerary(context.plan, delegate, paper=paper, now=stamp, home_time=home_time, extras=extras)


def _overview_job(context: RunContext, paper: str, stamp: datetime) -> bytes:
    return render_overview(context.plan, paper=paper, now=stamp)


def _run_sheet_job(context: RunContext, day: date, paper: str, stamp: datetime) -> bytes:
    return render_run_sheet(context.plan, day, paper=paper, now=stamp)


def _prepare(outdir: Path) -> Path:
    outdir = Path(outdir)
    if outdir.exists() and not outdir.is_dir():
        raise UserError(f"{outdir} is a file; give a folder to write the PDFs into")
    outdir.mkdir(parents=True, exist_ok=True)
    return outdir
