"""Runs an export for the window: asks for a folder, shows progress with Cancel, reports the outcome.

The job runs through the ``TaskRunner`` on a snapshot of the plan (immutable, so safe on a pool
thread); the window only starts an export when the document is settled, so the snapshot is
what the file holds. The outcome box is not modal to the application and offers to open the
folder in the desktop's file manager.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QPushButton, QWidget

from desktop_app.domain.plan import Plan
from desktop_app.services.errors import FailureKind, classify_failure
from desktop_app.ui.exports.export_jobs import (
    TITLES,
    ExportKind,
    ExportOptions,
    ExportProgress,
    PackRecorder,
    cancelled_message,
    count_files,
    export_job,
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

    def choose_folder_and_export(self, kind: ExportKind, plan: Plan) -> None:
        start = self._settings.export_folder or Path.home()
        chosen = QFileDialog.getExistingDirectory(self._parent_widget, f"Export {TITLES[kind].lower()} to folder",
                                                  str(start))
        if chosen:
            self.export(kind, plan, Path(chosen))

    def options(self) -> ExportOptions:
        return ExportOptions(self._settings.paper_size, self._settings.show_home_time,
                             self._settings.reminder_minutes, self._settings.export_workers)

    def export(self, kind: ExportKind, plan: Plan, folder: Path) -> None:
        if self.running:
            return
        self._settings.export_folder = folder
        state = self._state = ExportProgress()
        self.running_changed.emit(True)
        dialog = self.progress_dialog = QProgressDialog(f"Writing {TITLES[kind].lower()} to {folder}…", "Cancel",
                                                        0, 0, self._parent_widget)
        dialog.setWindowTitle(f"Export {TITLES[kind].lower()}")
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
                dialog.setLabelText(f"Writing {TITLES[kind].lower()}: {text}")

        self._runner.run(
            export_job(kind, plan, folder, self.options(), state, self.pack_recorder),
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
        title = f"Export {TITLES[kind].lower()}"
        if outcome == "done":
            files = list(value)  # type: ignore[call-overload]
            self._show(QMessageBox.Icon.Information, title,
                       f"{count_files(files)} written to {folder}.", folder)
            self.finished.emit(outcome, files)
        elif outcome == "cancelled":
            assert state is not None
            self._show(QMessageBox.Icon.Information, title, cancelled_message(kind, state),
                       folder if state.files_done else None)
            self.finished.emit(outcome, [])
        else:
            error = value if isinstance(value, BaseException) else RuntimeError(str(value))
            failure = classify_failure(error)
            if failure.kind is FailureKind.BUG:  # keep the traceback for the report
                log.error("unexpected failure during an export", exc_info=error)
                message = f"An unexpected error stopped the export ({failure.message})."
            else:
                message = failure.message
            self._show(QMessageBox.Icon.Warning, title, message, None)
            self.finished.emit(outcome, message)

    def open_folder(self, folder: Path) -> None:
        (self._open_url or QDesktopServices.openUrl)(QUrl.fromLocalFile(str(folder)))

    def _show(self, icon: QMessageBox.Icon, title: str, text: str, folder: Path | None) -> None:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Close, self._parent_widget)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.open_folder_button = None
        if folder is not None:
            button = box.addButton("Open folder", QMessageBox.ButtonRole.ActionRole)
            button.clicked.connect(lambda: self.open_folder(folder))
            self.open_folder_button = button
        self.result_box = box
        box.open()
