"""Calendars for delegates' phones: export the plan as .ics files, import organisers' calendars.

Export layout under OUTDIR (or inside one zip with the same layout)::

    delegates/<name>.ics      one per delegate: their own activities, with home-zone times
                              (not the busy time imported from their own calendar)
    delegations/<name>.ics    one per delegation: every activity any of its delegates attends
    projects/<title>.ics      one per project with activities, on request

Naming nothing (no delegate, delegation or project) exports everything, as ``everything=True``.
Files are written beside their target and renamed, so a reader never sees half a calendar.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from desktop_app.domain.people import Delegate, Delegation, Project
from desktop_app.domain.plan import Plan
from desktop_app.domain.timezones import utc_now
from desktop_app.formats.filenames import safe_stem, unique_names
from desktop_app.formats.ics_export import CalendarSpec, calendar_bytes

from .errors import UserError
from .imports.calendar import import_ics, is_busy_block_of
from .lookup import delegates_by_id, find_delegate, find_delegation, find_project
from .output_files import write_atomically, zip_bytes

__all__ = ["MAX_ALARM_MINUTES", "check_alarm", "export_calendars", "import_ics", "planned_files"]

MAX_ALARM_MINUTES = 7 * 24 * 60
"""The earliest reminder the export writes: a week before the event."""

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
    names = unique_names([(str(d.id), d.name) for d in plan.delegations], ".ics")
    for delegation in _unique(chosen_delegations):
        assert delegation.id is not None
        members = {d.id for d in plan.delegates_of(delegation.id)}
        everyone = members | {d.id for d in plan.removed_delegates if d.delegation_id == delegation.id}
        activities = [a for a in plan.sorted_activities() if members.intersection(a.delegate_ids)]
        departed = [a for a in (*plan.activities, *plan.deleted_activities)
                    if everyone.intersection((*a.delegate_ids, *a.former_attendee_ids))]
        spec = CalendarSpec(f"{delegation.name} · {plan_name}", activities, departed=departed)
        files.append(PlannedFile(f"delegations/{names[str(delegation.id)]}", spec))
    names = unique_names([(str(p.id), p.title) for p in plan.projects], ".ics")
    for project in _unique(chosen_projects):
        activities = [a for a in plan.sorted_activities() if a.project_id == project.id]
        departed = [a for a in plan.deleted_activities if a.project_id == project.id]
        spec = CalendarSpec(f"{project.title} · {plan_name}", activities, departed=departed)
        files.append(PlannedFile(f"projects/{names[str(project.id)]}", spec))
    return files


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
) -> list[Path]:
    """Write the chosen calendars into ``outdir``; returns the files written (or the one zip).

    ``delegates`` name delegates by email or name, ``delegate_ids`` by id (see ``planned_files``).
    """
    alarm_minutes = check_alarm(alarm_minutes)
    files = planned_files(plan, delegates=delegates, delegations=delegations, projects=projects,
                          everything=everything, delegate_ids=delegate_ids)
    if not files:
        raise UserError("the plan has no delegates, delegations or projects to export")
    stamp = now or utc_now()
    outdir = Path(outdir)
    if outdir.exists() and not outdir.is_dir():
        raise UserError(f"{outdir} is a file; give a folder to write the calendars into")
    outdir.mkdir(parents=True, exist_ok=True)
    contents = [
        (planned.relative_path, calendar_bytes(plan, planned.spec, now=stamp, alarm_minutes=alarm_minutes))
        for planned in files
    ]
    if zip_output:
        target = outdir / f"{safe_stem(plan.settings.name, 'plan')} calendars.zip"
        write_atomically(target, zip_bytes(contents))
        return [target]
    written = []
    for relative_path, data in contents:
        target = outdir.joinpath(*relative_path.split("/"))
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(target, data)
        written.append(target)
    return written
