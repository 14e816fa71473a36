"""What each File → Export entry writes, as a function for the TaskRunner (no widgets).

The services report progress between files as ``(done, total)``; the job forwards it and checks
for cancel there, raising ``TaskCancelled`` (``check_cancelled``) from inside the service's callback. The services
let that exception through (after the file in progress is complete on disk), so a cancelled
export stops between files, leaving the files already written; a zip is built in a staging
folder that is removed on the way out.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from desktop_app.domain.plan import Plan
from desktop_app.domain.timezones import utc_now
from desktop_app.services import ics_service, pdf_service
from desktop_app.ui.workers import TaskContext


class ExportKind(StrEnum):
    PACK = "pack"
    ITINERARIES = "itineraries"
    CALENDARS = "calendars"


MENU_TEXTS = {
    ExportKind.PACK: "Delegation &pack…",
    ExportKind.ITINERARIES: "&Itineraries (PDF)…",
    ExportKind.CALENDARS: "&Calendars (.ics)…",
}
TITLES = {
    ExportKind.PACK: "Delegation pack",
    ExportKind.ITINERARIES: "Itineraries",
    ExportKind.CALENDARS: "Calendars",
}


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """The preferences an export uses, read on the GUI thread before the job starts."""

    paper: str = "a4"
    home_time: bool = True
    reminder_minutes: int | None = 15
    workers: int | None = None
    """Worker processes for a large export (None: one per core; 1: none)."""


@dataclass
class ExportProgress:
    """Shared between the job (pool thread) and the GUI: files done so far and the cancel request."""

    files_done: int = 0
    cancel_requested: threading.Event = field(default_factory=threading.Event)


PackRecorder = Callable[[Plan, Path, datetime], object]
"""Remembers that a pack of this plan was written to the folder now (the delivery record)."""


def export_job(kind: ExportKind, plan: Plan, folder: Path, options: ExportOptions,
               state: ExportProgress, record_pack: PackRecorder | None = None) -> Callable[[TaskContext], list[Path]]:
    """The work for ``TaskRunner.run``: writes into ``folder`` and returns the files written;
    a pack is then recorded with ``record_pack``, so the next one says what changed since."""

    def check(context: TaskContext) -> None:
        if state.cancel_requested.is_set():
            context.cancel()
        context.check_cancelled()

    def job(context: TaskContext) -> list[Path]:
        def progress(done: int, total: int) -> None:
            state.files_done = done
            context.progress(done, total, f"{done} of {total} files")
            check(context)  # raised inside the service: it stops before the next file

        check(context)
        if kind is ExportKind.PACK:
            now = utc_now()
            files = pdf_service.export_pack(plan, folder, paper=options.paper, home_time=options.home_time,
                                            alarm_minutes=options.reminder_minutes, progress=progress,
                                            workers=options.workers, now=now)
            if files and record_pack is not None:
                record_pack(plan, folder, now)
            return files
        if kind is ExportKind.ITINERARIES:
            return pdf_service.export_pdfs(plan, folder, paper=options.paper, home_time=options.home_time,
                                           progress=progress, workers=options.workers)
        written = ics_service.export_calendars(plan, folder, everything=True,
                                               alarm_minutes=options.reminder_minutes, progress=progress,
                                               workers=options.workers)
        state.files_done = len(written)
        return written

    return job


def count_files(paths: list[Path]) -> str:
    return f"{len(paths)} file{'s' if len(paths) != 1 else ''}"


def cancelled_message(kind: ExportKind, state: ExportProgress) -> str:
    done = state.files_done
    kept = "No file was written." if not done else (
        f"{done} file{'s' if done != 1 else ''} written before you cancelled {'were' if done != 1 else 'was'} kept.")
    return f"{TITLES[kind]} export cancelled. {kept}"

