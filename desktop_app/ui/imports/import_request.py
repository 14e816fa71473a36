"""What the import wizard has gathered, and the two runs it makes of it: the check and the import.

Plain data and functions, no widgets. The check (a dry run) runs on a pool thread through the
``TaskRunner`` and stops at the next row when cancelled: a dry run writes nothing, so a stop
leaves the plan as it was. The import itself is one transaction, handed to the window as one
undoable edit; it cannot be stopped once started.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field, replace
from enum import Enum
from pathlib import Path
from typing import Any

from desktop_app.services.changes import Changes
from desktop_app.services.imports import (
    CALENDAR_SUFFIXES,
    ColumnMapping,
    ImportKind,
    ImportOptions,
    ImportReport,
    ImportStage,
    import_file,
    import_table,
)
from desktop_app.ui.workers import TaskCancelled, TaskContext
from desktop_app.ui.workspace.section import Work

_PROGRESS_STEPS = 200
"""Progress is posted to the GUI thread at most this often per stage; cancel is checked every row."""


class Removals(Enum):
    """What to do with activities an earlier version of the file brought and this one no longer lists."""

    UNASKED = "unasked"
    LEAVE = "leave"    # the file corrects some rows only (partial)
    CANCEL = "cancel"  # cancel them (calendars hear of it)


@dataclass
class ImportRequest:
    """Filled in page by page: what to import as what, and how."""

    kind: ImportKind | None = None
    path: Path | None = None
    delegate: str = ""
    """Whose own calendar an .ics file imported as availability is (email or name)."""
    table: Any = None
    """The file's rows (``services.imports.read_import_table``); None for a calendar."""
    mapping: ColumnMapping = field(default_factory=dict)
    removals: Removals = Removals.UNASKED

    @property
    def is_calendar(self) -> bool:
        return self.path is not None and self.path.suffix.lower() in CALENDAR_SUFFIXES

    @property
    def file_name(self) -> str:
        return self.path.name if self.path else ""

    def options(self, *, dry_run: bool) -> ImportOptions:
        return ImportOptions(dry_run=dry_run, partial=self.removals is Removals.LEAVE,
                             cancel_missing=self.removals is Removals.CANCEL,
                             delegate=(self.delegate or None) if self.is_calendar else None)


def run_import(store: Any, request: ImportRequest, options: ImportOptions,
               context: TaskContext | None = None, stop: threading.Event | None = None) -> ImportReport:
    """Import (or check) ``request`` into ``store``; with ``context``, report rows and stop at the
    next row once the task is cancelled or ``stop`` is set."""
    assert request.kind is not None and request.path is not None
    if request.is_calendar:
        return import_file(store, request.path, request.kind.name, options)
    progress = _progress_for(context, stop or threading.Event()) if context is not None else None
    return import_table(store, request.table, request.path.name, request.kind.name, options,
                        mapping=request.mapping, progress=progress)


def check_job(store: Any, request: ImportRequest, options: ImportOptions, stop: threading.Event) -> Any:
    """The dry run as a ``TaskRunner`` job; ``stop`` stops it even before its handle is known."""
    return lambda context: run_import(store, request, options, context, stop)


def import_work(request: ImportRequest) -> Work:
    """The real import as one edit: ``work(store) -> Changes`` for ``MainWindow.run_edit``."""
    options = request.options(dry_run=False)
    request = replace(request, mapping=dict(request.mapping))  # the wizard may change or go; this stays

    def work(store: Any) -> Changes:
        return run_import(store, request, options).plan_changes

    return work


def _progress_for(context: TaskContext, stop: threading.Event) -> Any:
    last_step: dict[ImportStage, int] = {}

    def progress(done: int, total: int, stage: ImportStage) -> None:
        if stop.is_set():
            raise TaskCancelled
        context.check_cancelled()  # raising here rolls the check back, row by row
        step = done * _PROGRESS_STEPS // max(total, 1)
        if last_step.get(stage) != step:
            last_step[stage] = step
            context.progress(done, total, stage.value)

    return progress
