"""Runs an export for the window: asks for a folder, shows progress with Cancel, reports the outcome.

The job runs through the ``TaskRunner`` on a snapshot of the plan (immutable, so safe on a pool
thread); the window only starts an export when the document is settled, so the snapshot is
what the file holds. An export may be for chosen delegates only (``delegate_ids``: their
itineraries, calendars, or both side by side). The outcome box is not modal to the application
and offers *Show in folder* (the desktop's file manager).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QPushButton, QWidget

from desktop_app.domain.plan import Plan
from desktop_app.services.errors import FailureKind, classify_failure
from desktop_app.ui.exports.export_jobs import (
    ExportKind,
    ExportOptions,
    ExportProgress,
    PackRecorder,
    cancelled_message,
    count_files,
    export_job,
    title,
)
from desktop_app.ui.settings import AppSettings
from desktop_app.ui.workers import TaskRunner

log = logging.getLogger(__name__)

OpenUrl = Callable[[QUrl], object]


class ExportController(QObject):
    running_changed = Signal(bool)
    finished = Signal(str, object)
    """(outcome: "done" | "cancelled" | "failed", files written or the error message)."""

    def __init__(self, parent_widget: QWidget, settings: AppSettings, runner: TaskRunner,
                 open_url: OpenUrl | None = None) -> None:
        """``open_url`` opens the folder afterwards (the desktop's file manager by default)."""
        super().__init__(parent_widget)
        self._parent_widget = parent_widget
        self._settings = settings
        self._runner = runner
        self._open_url = open_url
        self._state: ExportProgress | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.result_box: QMessageBox | None = None
        self.open_folder_button: QPushButton | None = None
        self.pack_recorder: PackRecorder | None = None
        """Set by the Delivery menu: records each pack written (see ``export_job``)."""

    @property
    def running(self) -> bool:
        return self._state is not None

    def last_folder(self) -> Path | None:
        """Where the last export went (the next one starts there)."""
        return self._settings.export_folder

    def choose_folder(self, kind: ExportKind) -> Path | None:
        """Ask for the folder to write into, starting where the last export went."""
        start = self._settings.export_folder or Path.home()
        chosen = QFileDialog.getExistingDirectory(
            self._parent_widget, self.tr("Export %1 to folder").replace("%1", title(kind)), str(start))
        return Path(chosen) if chosen else None

    def choose_folder_and_export(self, kind: ExportKind, plan: Plan,
                                 delegate_ids: Sequence[int] | None = None) -> None:
        folder = self.choose_folder(kind)
        if folder is not None:
            self.export(kind, plan, folder, delegate_ids)

    def options(self) -> ExportOptions:
        return ExportOptions(self._settings.paper_size, self._settings.show_home_time,
                             self._settings.reminder_minutes, self._settings.export_workers)

    def export(self, kind: ExportKind, plan: Plan, folder: Path, delegate_ids: Sequence[int] | None = None) -> None:
        """Write ``kind`` into ``folder``: for ``delegate_ids`` only, or (None) for everyone."""
        if self.running:
            return
        self._settings.export_folder = folder
        state = self._state = ExportProgress()
        self.running_changed.emit(True)
        what = title(kind)
        if delegate_ids is not None:
            what = (self.tr("%1 of one delegate") if len(delegate_ids) == 1 else
                    self.tr("%1 of %2 delegates").replace("%2", str(len(delegate_ids)))).replace("%1", what)
        dialog = self.progress_dialog = QProgressDialog(
            self.tr("Writing %1 to %2…").replace("%1", what).replace("%2", str(folder)), self.tr("Cancel"),
            0, 0, self._parent_widget)
        dialog.setWindowTitle(self.tr("Export %1").replace("%1", title(kind)))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)  # a quick export does not flash a dialog
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        # Connected before the job starts: a synchronous runner reports while run() is running.
        dialog.canceled.connect(state.cancel_requested.set)

        def progressed(done: int, total: int, text: str) -> None:
            dialog.setRange(0, total)
            dialog.setValue(done)
            if text:
                dialog.setLabelText(self.tr("Writing %1: %2").replace("%1", what).replace("%2", text))

        self._runner.run(
            export_job(kind, plan, folder, self.options(), state, delegate_ids, self.pack_recorder),
            lambda files: self._finish(kind, folder, "done", files),
            on_error=lambda error: self._finish(kind, folder, "failed", error),
            on_progress=progressed,
            on_cancelled=lambda: self._finish(kind, folder, "cancelled", None),
        )

    def cancel(self) -> None:
        if self._state is not None:
            self._state.cancel_requested.set()

    def _finish(self, kind: ExportKind, folder: Path, outcome: str, value: object) -> None:
        state, self._state = self._state, None
        if self.progress_dialog is not None:
            self.progress_dialog.reset()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None
        self.running_changed.emit(False)
        heading = self.tr("Export %1").replace("%1", title(kind))
        if outcome == "done":
            files = list(value)  # type: ignore[call-overload]
            self._show(QMessageBox.Icon.Information, heading,
                       self.tr("%1 written to %2.").replace("%1", count_files(files)).replace("%2", str(folder)),
                       folder)
            self.finished.emit(outcome, files)
        elif outcome == "cancelled":
            assert state is not None
            self._show(QMessageBox.Icon.Information, heading, cancelled_message(kind, state),
                       folder if state.files_done else None)
            self.finished.emit(outcome, [])
        else:
            error = value if isinstance(value, BaseException) else RuntimeError(str(value))
            failure = classify_failure(error)
            if failure.kind is FailureKind.BUG:  # keep the traceback for the report
                log.error("unexpected failure during an export", exc_info=error)
                message = self.tr("An unexpected error stopped the export (%1).").replace("%1", failure.message)
            else:
                message = failure.message
            self._show(QMessageBox.Icon.Warning, heading, message, None)
            self.finished.emit(outcome, message)

    def open_folder(self, folder: Path) -> None:
        (self._open_url or QDesktopServices.openUrl)(QUrl.fromLocalFile(str(folder)))

    def _show(self, icon: QMessageBox.Icon, title: str, text: str, folder: Path | None) -> None:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Close, self._parent_widget)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.open_folder_button = None
        if folder is not None:
            button = box.addButton(self.tr("Show in folder"), QMessageBox.ButtonRole.ActionRole)
            button.clicked.connect(lambda: self.open_folder(folder))
            self.open_folder_button = button
        self.result_box = box
        box.open()
