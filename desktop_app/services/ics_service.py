"""Calendars for delegates' phones: export the plan as .ics files, import organisers' calendars.

Export layout under OUTDIR (or inside one zip with the same layout)::

    delegates/<name>.ics      one per delegate: their own activities, with home-zone times
                              (not the busy time imported from their own calendar)
    delegations/<name>.ics    one per delegation: every activity any of its delegates attends
    projects/<title>.ics      one per project with activities, on request

Naming nothing (no delegate, delegation or project) exports everything, as ``everything=True``.
Files are written beside their target and renamed, so a reader never sees half a calendar.
One ``CalendarWriter`` per process serves the whole export (each event's shared lines and each
VTIMEZONE are made once); a large export is shared out between worker processes
(``export_pool``; ``workers`` as there).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from desktop_app.domain.busy_blocks import is_busy_block_of
from desktop_app.domain.people import Delegate, Delegation, Project
from desktop_app.domain.plan import Plan
from desktop_app.domain.timezones import utc_now
from desktop_app.formats.filenames import safe_stem, unique_names
from desktop_app.formats.ics_export import CalendarSpec, CalendarWriter

from .errors import UserError
from .export_pool import Job, Progress, RunContext, check_workers, collect_jobs, run_jobs
from .imports.calendar import import_ics
from .lookup import delegates_by_id, find_delegate, find_delegation, find_project
from .output_files import write_atomically, zip_bytes

__all__ = ["MAX_ALARM_MINUTES", "check_alarm", "export_calendars", "import_ics", "planned_files"]

MAX_ALARM_MINUTES = 7 * 24 * 60
"""The earliest reminder the export writes: a week before the event."""
EVENT_COST_MS, FILE_COST_MS = 0.08, 2.0
"""Estimated time per event and per file (for ``export_pool``), measured on the 2-core machine."""

T = TypeVar("T", Delegate, Delegation, Project)


@dataclass(frozen=True, slots=True)
class PlannedFile:
    relative_path: str  # always with "/" separators
    spec: CalendarSpec


def check_alarm(minutes: int | None) -> int | None:
    """The reminder's minutes before each event (None: no reminder), or a UserError."""
    if minutes is not None and not 0 <= minutes <= MAX_ALARM_MINUTES:
        raise UserError(f"the reminder must be between 0 and {MAX_ALARM_MINUTES} minutes before the event, "
                        f"got {minutes}")
    return minutes


def _unique(items: list[T]) -> list[T]:
    """Each entity once, in the order first named (``--delegate a --delegate a``)."""
    return list({item.id: item for item in items}.values())


def planned_files(
    plan: Plan,
    *,
    delegates: list[str] | None = None,
    delegations: list[str] | None = None,
    projects: list[str] | None = None,
    everything: bool = False,
    delegate_ids: list[int] | None = None,
) -> list[PlannedFile]:
    """Which files an export writes; nothing named at all means everything.

    ``delegates`` are emails or names as a user types them; ``delegate_ids`` choose delegates
    exactly (callers that hold the delegates, such as the pack, where two may share a name).
    """
    if not (delegates or delegations or projects or delegate_ids):
        everything = True
    chosen_delegates = (
        list(plan.delegates) if everything
        else [*delegates_by_id(plan, delegate_ids or []), *(find_delegate(plan, w) for w in delegates or [])]
    )
    chosen_delegations = (
        list(plan.delegations) if everything else [find_delegation(plan, w) for w in delegations or []]
    )
    with_activities = {a.project_id for a in plan.activities}
    chosen_projects = (
        [p for p in plan.projects if p.id in with_activities]
        if everything
        else [find_project(plan, w) for w in projects or []]
    )
    files: list[PlannedFile] = []
    plan_name = plan.settings.name
    names = unique_names([(str(d.id), d.display_name) for d in plan.delegates], ".ics")
    for delegate in _unique(chosen_delegates):
        assert delegate.id is not None
        # busy time imported from the delegate's own calendar is on their phone already
        own = [a for a in plan.activities_of(delegate.id) if not is_busy_block_of(a, delegate.id)]
        departed = [a for a in plan.departed_activities_of(delegate.id) if not is_busy_block_of(a, delegate.id)]
        spec = CalendarSpec(f"{delegate.display_name} · {plan_name}", own, delegate.id, departed)
        files.append(PlannedFile(f"delegates/{names[str(delegate.id)]}", spec))
    ordered = plan.sorted_activities() if chosen_delegations or chosen_projects else []  # sorted once
    names = unique_names([(str(d.id), d.name) for d in plan.delegations], ".ics")
    for delegation in _unique(chosen_delegations):
        assert delegation.id is not None
        members = {d.id for d in plan.delegates_of(delegation.id)}
        everyone = members | {d.id for d in plan.removed_delegates if d.delegation_id == delegation.id}
        activities = [a for a in ordered if not members.isdisjoint(a.delegate_ids)]
        departed = [a for a in (*plan.activities, *plan.deleted_activities)
                    if everyone.intersection((*a.delegate_ids, *a.former_attendee_ids))]
        spec = CalendarSpec(f"{delegation.name} · {plan_name}", activities, departed=departed)
        files.append(PlannedFile(f"delegations/{names[str(delegation.id)]}", spec))
    names = unique_names([(str(p.id), p.title) for p in plan.projects], ".ics")
    for project in _unique(chosen_projects):
        activities = [a for a in ordered if a.project_id == project.id]
        departed = [a for a in plan.deleted_activities if a.project_id == project.id]
        spec = CalendarSpec(f"{project.title} · {plan_name}", activities, departed=departed)
        files.append(PlannedFile(f"projects/{names[str(project.id)]}", spec))
    return files


@dataclass(frozen=True, slots=True)
class Selection:
    """What ``planned_files`` was asked for: sent to worker processes, which plan the same files."""

    delegates: tuple[str, ...] = ()
    delegations: tuple[str, ...] = ()
    projects: tuple[str, ...] = ()
    everything: bool = False
    delegate_ids: tuple[int, ...] = ()

    def files(self, plan: Plan) -> list[PlannedFile]:
        return planned_files(plan, delegates=list(self.delegates), delegations=list(self.delegations),
                             projects=list(self.projects), everything=self.everything,
                             delegate_ids=list(self.delegate_ids))


def _calendar_job(context: RunContext, selection: Selection, index: int, now: datetime,
                  alarm_minutes: int | None) -> bytes:
    """One file of the export (a job for ``export_pool``): files and writer made once per process."""
    cache: dict[Any, Any] = context.cache
    files = cache.get(selection)
    if files is None:
        files = cache[selection] = selection.files(context.plan)
    writer = cache.get((CalendarWriter, now, alarm_minutes))
    if writer is None:
        writer = cache[(CalendarWriter, now, alarm_minutes)] = CalendarWriter(context.plan, now=now,
                                                                             alarm_minutes=alarm_minutes)
    data: bytes = writer.calendar_bytes(files[index].spec)
    return data


def calendar_jobs(plan: Plan, outdir: Path, selection: Selection, *, now: datetime,
                  alarm_minutes: int | None) -> list[Job]:
    """The export's files as jobs for ``export_pool`` (targets under ``outdir``)."""
    files = selection.files(plan)
    if not files:
        raise UserError("the plan has no delegates, delegations or projects to export")
    return [
        Job(outdir.joinpath(*planned.relative_path.split("/")), _calendar_job,
            (selection, index, now, alarm_minutes),
            FILE_COST_MS + EVENT_COST_MS * (len(planned.spec.activities) + len(planned.spec.departed)),
            group=("delegation", plan.delegate_by_id[planned.spec.delegate_id].delegation_id)
            if planned.spec.delegate_id is not None else ("calendars",))
        for index, planned in enumerate(files)
    ]


def export_calendars(
    plan: Plan,
    outdir: Path,
    *,
    delegates: list[str] | None = None,
    delegations: list[str] | None = None,
    projects: list[str] | None = None,
    everything: bool = False,
    alarm_minutes: int | None = 15,
    zip_output: bool = False,
    now: datetime | None = None,
    delegate_ids: list[int] | None = None,
    workers: int | None = None,
    progress: Progress | None = None,
) -> list[Path]:
    """Write the chosen calendars into ``outdir``; returns the files written (or the one zip).

    ``delegates`` name delegates by email or name, ``delegate_ids`` by id (see ``planned_files``);
    ``workers`` caps the worker processes (None: one per core; 1: none), see ``export_pool``.
    """
    alarm_minutes = check_alarm(alarm_minutes)
    workers = check_workers(workers)
    selection = Selection(tuple(delegates or ()), tuple(delegations or ()), tuple(projects or ()), everything,
                          tuple(delegate_ids or ()))
    stamp = now or utc_now()
    outdir = Path(outdir)
    jobs = calendar_jobs(plan, outdir, selection, now=stamp, alarm_minutes=alarm_minutes)
    if outdir.exists() and not outdir.is_dir():
        raise UserError(f"{outdir} is a file; give a folder to write the calendars into")
    outdir.mkdir(parents=True, exist_ok=True)
    if zip_output:
        contents = collect_jobs(plan, jobs, workers=workers, progress=progress)
        target = outdir / f"{safe_stem(plan.settings.name, 'plan')} calendars.zip"
        write_atomically(target, zip_bytes([(job.target.relative_to(outdir).as_posix(), data)
                                            for job, data in zip(jobs, contents, strict=True)]))
        return [target]
    for folder in dict.fromkeys(job.target.parent for job in jobs):
        folder.mkdir(parents=True, exist_ok=True)
    return run_jobs(plan, jobs, workers=workers, progress=progress)
