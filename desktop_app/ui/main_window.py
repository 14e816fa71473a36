"""The main window: menus, the day's activities beside the plan's conflicts, and a status bar.

Edits and exports are offered only while the document is settled (no write or reload pending),
so that nothing is computed from a snapshot the file has already left behind.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QToolButton,
    QWidget,
)

from desktop_app.domain.activities import Activity, ActivityStatus
from desktop_app.domain.conflicts import Severity
from desktop_app.services import plan_service
from desktop_app.services.changes import Changes, EntityKind
from desktop_app.ui import settings as keys
from desktop_app.ui.activities.activities_view import ActivitiesView
from desktop_app.ui.commands import (
    DeleteActivitiesCommand,
    describe_failure,
    drop_obsolete_neighbours,
    move_command,
    set_status_command,
)
from desktop_app.ui.conflicts.conflicts_panel import ConflictsPanel
from desktop_app.ui.exports.export_controller import ExportController
from desktop_app.ui.exports.export_jobs import MENU_TEXTS, ExportKind
from desktop_app.ui.plan_document import PlanDocument
from desktop_app.ui.preferences_dialog import PreferencesDialog
from desktop_app.ui.settings import AppSettings

APP_TITLE = "Delegation Planner"
PLAN_FILTER = "Delegation plans (*.dplan);;All files (*)"


class MainWindow(QMainWindow):
    def __init__(self, document: PlanDocument, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.settings = settings
        self.undo_stack = QUndoStack(self)
        self.exports = ExportController(self, settings, document.runner)
        self.setWindowTitle(APP_TITLE)
        self.resize(1280, 760)

        self.activities_view = ActivitiesView(self)
        self.conflicts_panel = ConflictsPanel(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.activities_view)
        self.splitter.addWidget(self.conflicts_panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([960, 320])
        self.splitter.setContentsMargins(6, 6, 6, 0)
        self.setCentralWidget(self.splitter)

        self._build_status_bar()
        self._build_menus()
        self._connect()
        self._restore_layout()
        self._update_status()
        self._update_enabled()

    # --- building -----------------------------------------------------------------------

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.plan_label = QLabel(self)
        self.counts_label = QLabel(self)
        self.conflict_count_label = QLabel(self)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setMaximumWidth(240)
        self.cancel_button = QToolButton(self)
        self.cancel_button.setText("Cancel")
        self.cancel_button.clicked.connect(self.document.cancel)
        bar.addWidget(self.plan_label)
        bar.addWidget(self.counts_label)
        bar.addPermanentWidget(self.progress_bar)
        bar.addPermanentWidget(self.cancel_button)
        bar.addPermanentWidget(self.conflict_count_label)
        self._set_busy(False)

    def _action(self, text: str, slot: Callable[[], object],
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self.new_action = self._action("&New plan…", self.new_plan_dialog, QKeySequence.StandardKey.New)
        self.open_action = self._action("&Open…", self.open_plan_dialog, QKeySequence.StandardKey.Open)
        self.quit_action = self._action("&Quit", self.close, QKeySequence.StandardKey.Quit)
        self.recent_menu = file_menu.addMenu("Open &recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.insertAction(self.recent_menu.menuAction(), self.new_action)
        file_menu.insertAction(self.recent_menu.menuAction(), self.open_action)
        file_menu.addSeparator()
        self.export_menu = file_menu.addMenu("&Export")
        self.export_actions = {
            kind: self._action(text, partial(self.export, kind)) for kind, text in MENU_TEXTS.items()
        }
        self.export_menu.addActions(list(self.export_actions.values()))
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = self.menuBar().addMenu("&Edit")
        self.undo_action = self.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        for group in self.activities_view.edit_actions:
            edit_menu.addSeparator()
            edit_menu.addActions(group)
        edit_menu.addSeparator()
        self.preferences_action = self._action("&Preferences…", self.show_preferences,
                                               QKeySequence.StandardKey.Preferences)
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        edit_menu.addAction(self.preferences_action)

        view_menu = self.menuBar().addMenu("&View")
        view_menu.addAction(self._action("&Previous day", lambda: self._step_day(-1), "Ctrl+PgUp"))
        view_menu.addAction(self._action("&Next day", lambda: self._step_day(1), "Ctrl+PgDown"))
        view_menu.addAction(self._action("&Find…", self._focus_search, QKeySequence.StandardKey.Find))
        view_menu.addSeparator()
        self.show_conflicts_action = QAction("&Conflicts panel", self, checkable=True, checked=True)
        self.show_conflicts_action.toggled.connect(self.conflicts_panel.setVisible)
        view_menu.addAction(self.show_conflicts_action)
        view_menu.addAction(self.conflicts_panel.show_warnings.text(), self.conflicts_panel.show_warnings.toggle)

    def _connect(self) -> None:
        self.document.opened.connect(self._on_plan_opened)
        self.document.changed.connect(self._on_plan_changed)
        self.document.open_failed.connect(self._on_open_failed)
        self.document.refresh_failed.connect(partial(self.show_error, "Cannot read the plan"))
        self.document.busy_changed.connect(self._set_busy)
        self.document.progressed.connect(self._on_progress)
        self.document.settled_changed.connect(lambda _settled: self._update_enabled())
        self.exports.running_changed.connect(lambda _running: self._update_enabled())
        self.conflicts_panel.conflict_selected.connect(self.activities_view.reveal_conflict)
        self.activities_view.status_change_requested.connect(self.change_status)
        self.activities_view.move_requested.connect(self.move_activities)
        self.activities_view.delete_requested.connect(self.delete_activities)
        self.activities_view.day_changed.connect(lambda _day: self._update_status())

    # --- plans --------------------------------------------------------------------------

    def open_plan(self, path: Path, *, prepare: Callable[[], Path] | None = None) -> None:
        self.document.open(path, prepare=prepare)

    def open_plan_dialog(self) -> None:
        start = str(self.document.path.parent) if self.document.path else str(Path.home())
        chosen, _filter = QFileDialog.getOpenFileName(self, "Open plan", start, PLAN_FILTER)
        if chosen:
            self.open_plan(Path(chosen))

    def new_plan_dialog(self) -> None:
        start = str(self.document.path.parent) if self.document.path else str(Path.home())
        chosen, _filter = QFileDialog.getSaveFileName(self, "New plan", start, PLAN_FILTER)
        if chosen:
            self.create_plan(Path(chosen))

    def create_plan(self, path: Path) -> None:
        if not path.suffix:
            path = path.with_suffix(plan_service.PLAN_SUFFIX)
        try:
            plan_service.create_plan(path).close()
        except Exception as error:
            self.show_error("Cannot create the plan", describe_failure(error))
            return
        self.open_plan(path)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_plans()
        for path in recent:
            self.recent_menu.addAction(self._action(str(path), partial(self.open_plan, path)))
        if not recent:
            self.recent_menu.addAction("No recent plans").setEnabled(False)

    def _on_plan_opened(self) -> None:
        document = self.document
        assert document.path is not None
        self.undo_stack.clear()  # commands of another plan cannot apply here
        self.settings.remember_plan(document.path)
        self.activities_view.set_plan(document.plan, document.conflicts)
        self.conflicts_panel.set_conflicts(document.conflicts)
        self.setWindowTitle(f"{document.plan.settings.name} — {APP_TITLE}")
        self.setWindowFilePath(str(document.path))
        self._update_status()

    def _on_plan_changed(self, changes: Changes) -> None:
        document = self.document
        # Conflicts depend on everything; the table only on activities and the names it shows.
        if changes.kinds & {EntityKind.ACTIVITY, EntityKind.DELEGATE, EntityKind.VENUE, EntityKind.MARKET}:
            self.activities_view.update_plan(document.plan, document.conflicts)
        self.conflicts_panel.set_conflicts(document.conflicts)
        self._update_status()

    def _on_open_failed(self, path: str, message: str) -> None:
        if not Path(path).exists():
            self.settings.forget_plan(Path(path))
        self.show_error("Cannot open the plan", message)

    def show_error(self, title: str, message: str) -> None:
        QMessageBox.warning(self, title, message)

    # --- edits --------------------------------------------------------------------------

    def change_status(self, activities: list[Activity], status: ActivityStatus) -> None:
        command = set_status_command(self.document, activities, status, self._report_edit_error,
                                     self._drop_failed_steps_soon)
        if command.after:
            self.undo_stack.push(command)

    def move_activities(self, activities: list[Activity], delta: timedelta) -> None:
        command = move_command(self.document, activities, delta, self._report_edit_error,
                               self._drop_failed_steps_soon)
        if command.activity_ids:
            self.undo_stack.push(command)

    def delete_activities(self, activities: list[Activity]) -> None:
        command = DeleteActivitiesCommand(self.document, activities, self._report_edit_error,
                                          self._drop_failed_steps_soon)
        if command.activity_ids:
            self.undo_stack.push(command)

    def _report_edit_error(self, message: str) -> None:
        self.show_error("The change was not made", message)

    def _drop_failed_steps_soon(self) -> None:
        # Not now: this may run inside QUndoStack.push/undo/redo, which must not be re-entered.
        QTimer.singleShot(0, self, lambda: drop_obsolete_neighbours(self.undo_stack))

    def _update_enabled(self) -> None:
        settled = self.document.is_settled
        for group in self.activities_view.edit_actions:
            for action in group:
                action.setEnabled(settled)
        for action in self.export_actions.values():
            action.setEnabled(settled and not self.exports.running)

    # --- preferences and exports --------------------------------------------------------

    def show_preferences(self) -> PreferencesDialog:
        dialog = PreferencesDialog(self.settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def export(self, kind: ExportKind, folder: Path | None = None) -> None:
        """Export the open plan; asks for a folder unless one is given."""
        if not self.document.is_settled:
            return
        if folder is None:
            self.exports.choose_folder_and_export(kind, self.document.plan)
        else:
            self.exports.export(kind, self.document.plan, folder)

    # --- status -------------------------------------------------------------------------

    def _update_status(self) -> None:
        summary = self.document.summary
        if summary is None:
            self.plan_label.setText("No plan open")
            self.counts_label.clear()
            self.conflict_count_label.clear()
            return
        plan = self.document.plan
        self.plan_label.setText(f"<b>{summary.name}</b>")
        self.plan_label.setToolTip(summary.path)
        shown = self.activities_view.model.rowCount()
        self.counts_label.setText(
            f"{len(plan.activities)} activities ({shown} this day) · {len(plan.delegates)} delegates · "
            f"{len(plan.contacts)} contacts"
        )
        conflicts = sum(1 for c in self.document.conflicts if c.severity is Severity.CONFLICT)
        warnings = len(self.document.conflicts) - conflicts
        self.conflict_count_label.setText(
            f"{conflicts} conflict{'s' if conflicts != 1 else ''} · {warnings} warning{'s' if warnings != 1 else ''}"
        )

    def _set_busy(self, busy: bool) -> None:
        self.progress_bar.setVisible(busy)
        self.cancel_button.setVisible(busy)
        if busy:
            self.progress_bar.setRange(0, 0)

    def _on_progress(self, done: int, total: int, text: str) -> None:
        self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(done)
        self.progress_bar.setFormat(text or "%p%")

    def _step_day(self, step: int) -> None:
        tabs = self.activities_view.day_tabs
        if tabs.count():
            tabs.setCurrentIndex(max(0, min(tabs.count() - 1, tabs.currentIndex() + step)))

    def _focus_search(self) -> None:
        self.activities_view.search_field.setFocus()
        self.activities_view.search_field.selectAll()

    # --- layout -------------------------------------------------------------------------

    def _restore_layout(self) -> None:
        geometry = self.settings.get(keys.WINDOW_GEOMETRY)
        if geometry:
            self.restoreGeometry(geometry)
        state = self.settings.get(keys.SPLITTER_STATE)
        if state:
            self.splitter.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.set(keys.WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.set(keys.SPLITTER_STATE, self.splitter.saveState())
        self.settings.sync()
        self.document.cancel()
        self.document.close()
        super().closeEvent(event)

