"""What each File → Export entry writes, as a function for the TaskRunner (no widgets).

The services report progress between files as ``(done, total)``; the job forwards it and checks
for cancel there, raising ``TaskCancelled`` (``check_cancelled``) from inside the service's callback. The services
let that exception through (after the file in progress is complete on disk), so a cancelled
export stops between files, leaving the files already written; a zip is built in a staging
folder that is removed on the way out.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop_app.domain.plan import Plan
from desktop_app.domain.timezones import utc_now
from desktop_app.services.errors import UserError
from desktop_app.ui.workers import TaskContext


class ExportKind(StrEnum):
    PACK = "pack"
    ITINERARIES = "itineraries"
    CALENDARS = "calendars"
    DELEGATE_FILES = "delegate_files"
    """Chosen delegates' itineraries and calendars side by side (a re-plan's re-issue)."""


translate = QCoreApplication.translate

MENU_TEXTS = {
    ExportKind.PACK: QT_TRANSLATE_NOOP("Exports", "Delegation &pack…"),
    ExportKind.ITINERARIES: QT_TRANSLATE_NOOP("Exports", "&Itineraries (PDF)…"),
    ExportKind.CALENDARS: QT_TRANSLATE_NOOP("Exports", "&Calendars (.ics)…"),
}
"""English, marked for translation: show through ``menu_text``."""
MENU_KINDS = tuple(MENU_TEXTS)
"""What File → Export lists directly (the delegates' own files come from their dialog)."""
TITLES = {
    ExportKind.PACK: QT_TRANSLATE_NOOP("Exports", "Delegation pack"),
    ExportKind.ITINERARIES: QT_TRANSLATE_NOOP("Exports", "Itineraries"),
    ExportKind.CALENDARS: QT_TRANSLATE_NOOP("Exports", "Calendars"),
    ExportKind.DELEGATE_FILES: QT_TRANSLATE_NOOP("Exports", "Itineraries and calendars"),
}
"""English, marked for translation: show through ``title``."""


def menu_text(kind: ExportKind) -> str:
    return translate("Exports", MENU_TEXTS[kind])


def title(kind: ExportKind) -> str:
    return translate("Exports", TITLES[kind])


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
               state: ExportProgress, delegate_ids: Sequence[int] | None = None,
               record_pack: PackRecorder | None = None) -> Callable[[TaskContext], list[Path]]:
    """The work for ``TaskRunner.run``: writes into ``folder`` and returns the files written.

    ``delegate_ids`` chooses whose itineraries and calendars (None: everyone's, with the
    delegations' calendars); the pack is always the whole plan's, and is then recorded with
    ``record_pack``, so the next one says what changed since.
    """
    chosen = list(delegate_ids) if delegate_ids is not None else None

    def check(context: TaskContext) -> None:
        if state.cancel_requested.is_set():
            context.cancel()
        context.check_cancelled()

    def job(context: TaskContext) -> list[Path]:
        # the writers (reportlab, icalendar) are loaded by the first export, on its thread, not at start
        from desktop_app.services import ics_service, pdf_service

        def progress(done: int, total: int) -> None:
            state.files_done = done
            context.progress(done, total, translate("Exports", "%1 of %2 files").replace("%1", str(done))
                             .replace("%2", str(total)))
            check(context)  # raised inside the service: it stops before the next file

        check(context)
        if (chosen is not None and not chosen) or (kind is ExportKind.DELEGATE_FILES and chosen is None):
            raise UserError(translate("Exports", "Choose at least one delegate to write files for."))
        if kind is ExportKind.PACK:
            now = utc_now()
            files = pdf_service.export_pack(plan, folder, paper=options.paper, home_time=options.home_time,
                                            alarm_minutes=options.reminder_minutes, progress=progress,
                                            workers=options.workers, now=now)
            if files and record_pack is not None:
                record_pack(plan, folder, now)
            return files
        if kind is ExportKind.DELEGATE_FILES:
            assert chosen
            return pdf_service.export_delegate_files(plan, folder, chosen, paper=options.paper,
                                                     home_time=options.home_time,
                                                     alarm_minutes=options.reminder_minutes, progress=progress,
                                                     workers=options.workers)
        if kind is ExportKind.ITINERARIES:
            return pdf_service.export_pdfs(plan, folder, paper=options.paper, home_time=options.home_time,
                                           progress=progress, workers=options.workers, delegate_ids=chosen)
        written = ics_service.export_calendars(plan, folder, everything=chosen is None, delegate_ids=chosen,
                                               alarm_minutes=options.reminder_minutes, progress=progress,
                                               workers=options.workers)
        state.files_done = len(written)
        return written

    return job


def count_files(paths: list[Path]) -> str:
    return translate("Exports", "1 file") if len(paths) == 1 else \
        translate("Exports", "%1 files").replace("%1", str(len(paths)))


def cancelled_message(kind: ExportKind, state: ExportProgress) -> str:
    done = state.files_done
    if not done:
        kept = translate("Exports", "No file was written.")
    elif done == 1:
        kept = translate("Exports", "The file written before you cancelled was kept.")
    else:
        kept = translate("Exports", "The %1 files written before you cancelled were kept.").replace("%1", str(done))
    return translate("Exports", "%1 export cancelled.").replace("%1", title(kind)) + " " + kept

