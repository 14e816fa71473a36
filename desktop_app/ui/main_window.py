"""The main window: the navigator of sections, the section shown, the inspector and the conflicts.

Every section and editor asks for edits the same way (``edit_requested(text, work)``); the
window runs each as a ``JournalCommand`` on the undo stack. After a write the document patches
its snapshot and every section applies the ``Changes`` itself. Edits and exports are offered
only while the document is settled (no write or reload pending), so that nothing is computed
from a snapshot the file has already left behind.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import timedelta
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QWidget,
)

from desktop_app.domain.activities import Activity, ActivityStatus
from desktop_app.domain.conflicts import Severity
from desktop_app.domain.plan import Plan
from desktop_app.domain.plan_location import PlanLocation
from desktop_app.services import plan_service
from desktop_app.services.changes import Changes, EntityKind
from desktop_app.ui import restart
from desktop_app.ui import settings as keys
from desktop_app.ui.commands import (
    DeleteActivitiesCommand,
    JournalCommand,
    drop_obsolete_neighbours,
    move_command,
    set_status_command,
)
from desktop_app.ui.conflicts.conflicts_panel import ConflictsPanel
from desktop_app.ui.delivery.delivery_menu import add_delivery_menu
from desktop_app.ui.documents.document_actions import STATUS_NOTE_MS, DocumentActions
from desktop_app.ui.documents.view_state import kept_view_state
from desktop_app.ui.exports.export_controller import ExportController
from desktop_app.ui.exports.export_jobs import MENU_KINDS, ExportKind, menu_text
from desktop_app.ui.i18n import LANGUAGES, system_language
from desktop_app.ui.inspector.inspector_panel import InspectorPanel
from desktop_app.ui.plan_document import PlanDocument
from desktop_app.ui.preferences_dialog import PreferencesDialog
from desktop_app.ui.sections.activities_section import ActivitiesSection
from desktop_app.ui.sections.registry import build_sections
from desktop_app.ui.settings import AppSettings
from desktop_app.ui.tools.tool_actions import ToolActions
from desktop_app.ui.workspace.navigator import Navigator
from desktop_app.ui.workspace.section import Section, Work

if TYPE_CHECKING:
    from desktop_app.ui.imports.import_wizard import ImportWizard


class MainWindow(QMainWindow):
    def __init__(self, document: PlanDocument, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.settings = settings
        self.undo_stack = QUndoStack(self)
        self.exports = ExportController(self, settings, document.runner)
        self.documents = DocumentActions(self, document, settings, self.show_error)
        self.documents.plan_closed.connect(self._show_no_plan)
        self._docks_to_restore: list[QDockWidget] = []  # hidden beside the welcome page
        self._offer_reload = False  # the next error shown offers to reload the plan
        self.conflict_box: QMessageBox | None = None
        self.resize(1280, 760)

        self.navigator = Navigator(self)  # made first: Tab goes navigator → section → inspector
        self.sections: dict[str, Section] = {section.key: section for section in build_sections(self)}
        for section in self.sections.values():
            section.attach_runner(document.runner)
        activities = self.sections["activities"]
        assert isinstance(activities, ActivitiesSection)
        self.activities_view = activities.view
        self.stack = QStackedWidget(self)
        for section in self.sections.values():
            self.navigator.add_section(section.key, section.display_title)
            self.stack.addWidget(section)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([190, 900])
        self.splitter.setContentsMargins(6, 6, 6, 0)
        self.pages = QStackedWidget(self)  # the welcome page without a plan, else the workspace
        self.pages.addWidget(self.documents.welcome)
        self.pages.addWidget(self.splitter)
        self.setCentralWidget(self.pages)

        self.inspector = InspectorPanel(self)
        self.inspector_dock = self._dock("inspector", self.tr("Inspector"), self.inspector)
        self.conflicts_panel = ConflictsPanel(self)
        self.conflicts_dock = self._dock("conflicts", self.tr("Conflicts"), self.conflicts_panel)
        self.tabifyDockWidget(self.inspector_dock, self.conflicts_dock)
        self.conflicts_dock.raise_()
        self.resizeDocks([self.conflicts_dock], [340], Qt.Orientation.Horizontal)  # the table gets the room

        self.tools = ToolActions(self)  # Tools menu, and File → Export → For chosen delegates
        self._build_status_bar()
        self._build_menus()
        self._connect()
        self._restore_layout()
        self._show_no_plan()
        self._update_enabled()

    # --- building -----------------------------------------------------------------------

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.plan_label = QLabel(self)
        self.counts_label = QLabel(self)
        self.connection_label = QLabel(self)  # while the plan's server cannot be reached
        self.connection_label.setObjectName("connectionLabel")
        self.connection_label.hide()
        self.conflict_count_label = QLabel(self)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setMaximumWidth(240)
        self.cancel_button = QToolButton(self)
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop the work in progress"))
        self.cancel_button.clicked.connect(self.document.cancel)
        bar.addWidget(self.plan_label)
        bar.addWidget(self.counts_label)
        bar.addWidget(self.connection_label)
        bar.addPermanentWidget(self.progress_bar)
        bar.addPermanentWidget(self.cancel_button)
        bar.addPermanentWidget(self.conflict_count_label)
        self._set_busy(False)

    def _dock(self, name: str, title: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"{name}Dock")  # saveState() needs names
        dock.setAccessibleName(title)
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        return dock

    def _action(self, text: str, slot: Callable[[], object],
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_menus(self) -> None:
        self.export_actions = {
            kind: self._action(menu_text(kind), partial(self.export, kind)) for kind in MENU_KINDS
        }

        self.import_action = self._action(self.tr("&Import…"), self.import_wizard, "Ctrl+Shift+I")

        def add_import_and_export(menu: QMenu) -> None:
            menu.addAction(self.import_action)
            self.export_menu = menu.addMenu(self.tr("&Export"))
            self.export_menu.addActions(list(self.export_actions.values()))
            self.export_menu.addSeparator()
            self.export_menu.addAction(self.tools.export_action)

        self.documents.fill_file_menu(self.menuBar().addMenu(self.tr("&File")), before_quit=add_import_and_export)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        for group in self.activities_view.edit_actions:
            edit_menu.addSeparator()
            edit_menu.addActions(group)
        edit_menu.addSeparator()
        self.preferences_action = self._action(self.tr("&Preferences…"), self.show_preferences,
                                               QKeySequence.StandardKey.Preferences)
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        edit_menu.addAction(self.preferences_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(self._action(self.tr("&Previous day"), lambda: self._step_day(-1), "Ctrl+PgUp"))
        view_menu.addAction(self._action(self.tr("&Next day"), lambda: self._step_day(1), "Ctrl+PgDown"))
        view_menu.addAction(self._action(self.tr("&Find…"), self._focus_search, QKeySequence.StandardKey.Find))
        view_menu.addSeparator()
        self.show_conflicts_action = self.conflicts_dock.toggleViewAction()
        self.show_conflicts_action.setText(self.tr("&Conflicts panel"))
        view_menu.addAction(self.show_conflicts_action)
        self.show_inspector_action = self.inspector_dock.toggleViewAction()
        self.show_inspector_action.setText(self.tr("&Inspector"))
        self.show_inspector_action.setShortcut(QKeySequence("Ctrl+I"))
        view_menu.addAction(self.show_inspector_action)
        view_menu.addAction(self._action(self.tr("Show &warnings"), self.conflicts_panel.show_warnings.toggle))
        view_menu.addSeparator()
        for number, section in enumerate(self.sections.values(), start=1):
            section_text = section.display_title.replace("&", "&&")  # "Venues & rooms": not a mnemonic
            view_menu.addAction(self._action(section_text, partial(self.show_section, section.key),
                                             f"Ctrl+{number}" if number < 10 else f"Ctrl+Alt+{number - 9}"))
        add_delivery_menu(self)

        self.tools.fill_menu(self.menuBar().addMenu(self.tr("&Tools")))

        self.about_action = self._action(self.tr("&About Delegation Planner"), self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.menuBar().addMenu(self.tr("&Help")).addAction(self.about_action)

    def show_about(self) -> None:
        from desktop_app.ui.about_dialog import AboutDialog

        AboutDialog(self).exec()

    def _connect(self) -> None:
        self.document.opened.connect(self._on_plan_opened)
        self.document.changed.connect(self._on_plan_changed)
        self.document.open_failed.connect(self._on_open_failed)
        self.document.changed_outside.connect(self._on_changed_outside)
        self.document.connection_changed.connect(self._on_connection_changed)
        self.document.refresh_failed.connect(partial(self.show_error, self.tr("Cannot read the plan")))
        self.document.busy_changed.connect(self._set_busy)
        self.document.progressed.connect(self._on_progress)
        self.document.settled_changed.connect(lambda _settled: self._update_enabled())
        self.exports.running_changed.connect(lambda _running: self._update_enabled())
        self.conflicts_panel.conflict_selected.connect(self._reveal_conflict)
        self.tools.proposal_changed.connect(self._show_proposal)
        self.navigator.section_chosen.connect(self.show_section)
        self.inspector.edit_requested.connect(self.run_edit)
        for section in self.sections.values():
            section.edit_requested.connect(self.run_edit)
            section.selection_changed.connect(partial(self._on_selection, section))
            section.open_requested.connect(self._open_in_inspector)
            section.navigate_requested.connect(self._navigate)
        self.activities_view.status_change_requested.connect(self.change_status)
        self.activities_view.move_requested.connect(self.move_activities)
        self.activities_view.delete_requested.connect(self.delete_activities)
        self.activities_view.day_changed.connect(lambda _day: self._update_status())

    # --- plans --------------------------------------------------------------------------

    def open_plan(self, path: PlanLocation, *, prepare: Callable[[], PlanLocation] | None = None) -> None:
        self.documents.open_plan(path, prepare=prepare)

    def _on_plan_opened(self) -> None:
        document = self.document
        assert document.path is not None
        self.undo_stack.clear()  # commands of another plan cannot apply here
        self.settings.remember_plan(document.path)
        for section in self.sections.values():
            section.set_plan(document.plan, document.conflicts)
        self.inspector.show_selection([], document.plan)
        self.conflicts_panel.set_conflicts(document.conflicts)
        self._update_counts()
        self.documents.update_title()
        self.pages.setCurrentWidget(self.splitter)
        self._restore_docks()
        self._update_status()

    def _on_plan_changed(self, changes: Changes) -> None:
        document = self.document
        for section in self.sections.values():
            if changes.is_everything:  # read again (another program's edit): rows rebuilt, view kept
                with kept_view_state(section):
                    section.apply_changes(document.plan, document.conflicts, changes)
            else:
                section.apply_changes(document.plan, document.conflicts, changes)
        self.inspector.follow(document.plan, document.conflicts, changes)
        self.conflicts_panel.set_conflicts(document.conflicts)
        if changes.kinds & {EntityKind.SETTINGS}:
            self.documents.update_title()
        self._update_counts()
        self._update_status()

    def _on_changed_outside(self, note: str) -> None:
        self.statusBar().showMessage(note, STATUS_NOTE_MS)

    def _on_connection_changed(self, reason: str) -> None:
        """The server went away (what is shown stays, read-only) or came back."""
        if reason:
            self.connection_label.setText(self.tr("Read-only: %1").replace("%1", reason))
            self.connection_label.setToolTip(self.tr("The plan's server cannot be reached; the window shows the "
                                                     "plan as last read and reconnects by itself"))
        else:
            self.statusBar().showMessage(self.tr("Connected to the plan's server again; refreshed"), STATUS_NOTE_MS)
        self.connection_label.setVisible(bool(reason))
        self._update_enabled()

    def _show_no_plan(self) -> None:
        """The welcome page, with nothing of a closed plan left in the views or on the undo stack."""
        self.undo_stack.clear()
        for section in self.sections.values():
            section.set_plan(Plan(), ())
        self.inspector.show_selection([], Plan())
        self.conflicts_panel.set_conflicts(())
        self._update_counts()
        self.documents.show_welcome()
        self.pages.setCurrentWidget(self.documents.welcome)
        docks = [dock for dock in (self.inspector_dock, self.conflicts_dock) if not dock.isHidden()]
        self._docks_to_restore += docks
        for dock in docks:
            dock.hide()
        self._update_status()

    def _restore_docks(self) -> None:
        for dock in self._docks_to_restore:
            dock.show()
        self._docks_to_restore = []

    # --- sections -----------------------------------------------------------------------

    @property
    def current_section(self) -> Section:
        widget = self.stack.currentWidget()
        assert isinstance(widget, Section)
        return widget

    def show_section(self, key: str) -> Section:
        section = self.sections[key]
        if self.stack.currentWidget() is not section:
            self.stack.setCurrentWidget(section)
            self.navigator.choose(key)
            self.inspector.show_selection(section.selected(), self.document.plan)
        return section

    def _on_selection(self, section: Section, entities: list[object]) -> None:
        if section is self.stack.currentWidget():
            self.inspector.show_selection(entities, self.document.plan)

    def _open_in_inspector(self, entity: object) -> None:
        self.inspector_dock.show()
        self.inspector_dock.raise_()
        editor = self.inspector.show_entity(entity, self.document.plan)
        if editor is not None:
            editor.setFocus()

    def _show_proposal(self, activities: list[Activity]) -> None:
        for section in self.sections.values():
            section.set_ghosts(activities)

    def _navigate(self, key: str, target: object) -> None:
        self.show_section(key).reveal(target)

    def _reveal_conflict(self, conflict: object) -> None:
        if self.current_section.reveal_conflict(conflict):  # type: ignore[arg-type]  # a calendar view shows it
            return
        self.show_section("activities")
        self.activities_view.reveal_conflict(conflict)  # type: ignore[arg-type]

    def _update_counts(self) -> None:
        plan = self.document.plan
        for section in self.sections.values():
            self.navigator.set_count(section.key, section.count(plan))

    def run_edit(self, text: str, work: Work) -> None:
        """Run ``work`` on the write worker as one undoable step named ``text``."""
        if not self.document.is_settled:
            return
        self.undo_stack.push(JournalCommand(self.document, text, work, self._report_edit_error,
                                            self._drop_failed_steps_soon))

    def _on_open_failed(self, path: str, message: str) -> None:
        self.documents.open_failed(plan_service.location_of(path), message)
        self.show_error(self.tr("Cannot open the plan"), message)

    def show_error(self, title: str, message: str) -> None:
        if not self._offer_reload:
            QMessageBox.warning(self, title, message)
            return
        # someone changed it since this window read it: offer the plan as it is now
        self._offer_reload = False
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, parent=self)
        reload = box.addButton(self.tr("&Reload the plan"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(reload)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result: self.reload_plan() if box.clickedButton() is reload else None)
        box.open()
        self.conflict_box = box

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
        self._offer_reload = self.document.last_write_conflict  # a refused overwrite: offer to reload
        self.show_error(self.tr("The change was not made"), message)

    def reload_plan(self) -> None:
        """Read the plan again whole (after a refused change), the view kept."""
        if self.document.is_open:
            self.document.refresh(Changes.everything())

    def _drop_failed_steps_soon(self) -> None:
        # Not now: this may run inside QUndoStack.push/undo/redo, which must not be re-entered.
        QTimer.singleShot(0, self, lambda: drop_obsolete_neighbours(self.undo_stack))

    def _update_enabled(self) -> None:
        settled = self.document.is_settled
        for section in self.sections.values():
            section.set_settled(settled)
        if self.inspector.editor is not None:
            self.inspector.editor.save_button.setEnabled(settled)
        for action in self.export_actions.values():
            action.setEnabled(settled and not self.exports.running)
        self.import_action.setEnabled(settled)

    # --- imports ------------------------------------------------------------------------

    def import_wizard(self) -> ImportWizard | None:
        """File → Import…: the wizard's import arrives as one edit (one undo step)."""
        if not self.document.is_settled:
            return None
        from desktop_app.ui.imports.import_wizard import ImportWizard  # the readers load with it, not at start

        wizard = ImportWizard(self.document.store, self.document.plan, self.document.runner, self.settings, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.import_requested.connect(self.run_edit)
        wizard.open()
        return wizard

    # --- preferences and exports --------------------------------------------------------

    def show_preferences(self) -> PreferencesDialog:
        dialog = PreferencesDialog(self.settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.language_changed.connect(self._offer_restart)
        dialog.manager_changed.connect(self.use_manager_name)
        dialog.open()
        return dialog

    def use_manager_name(self, name: str) -> None:
        """Whose changes this window makes from now on, in the open plan too."""
        plan_service.use_manager_name(name)
        if self.document.store is not None:
            self.document.store.author = plan_service.manager_name()

    def _offer_restart(self, language: str) -> None:
        name = LANGUAGES.get(language) or LANGUAGES[system_language()]
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Change the language"),
                          self.tr("The window speaks %1 from its next start. Restart now?").replace("%1", name),
                          parent=self)
        box.setInformativeText(self.tr("Every change is already saved in the plan; only the undo history "
                                       "is cleared."))
        restart = box.addButton(self.tr("&Restart now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restart)
        box.finished.connect(lambda _result: self._restart() if box.clickedButton() is restart else None)
        box.open()

    def _restart(self) -> None:
        if restart.start_again():
            self.close()
        else:
            self.show_error(self.tr("Cannot restart"),
                            self.tr("Start Delegation Planner again to change its language."))

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
            self.plan_label.setText(self.tr("No plan open"))
            self.counts_label.clear()
            self.conflict_count_label.clear()
            return
        plan = self.document.plan
        self.plan_label.setText(f"<b>{html.escape(summary.name)}</b>")  # a name may hold '<' or '&'
        self.plan_label.setToolTip(summary.path)
        shown = self.activities_view.model.rowCount()
        self.counts_label.setText(" · ".join([
            self.tr("%n activities", "", len(plan.activities)) + " " + self.tr("(%n this day)", "", shown),
            self.tr("%n delegates", "", len(plan.delegates)),
            self.tr("%n contacts", "", len(plan.contacts)),
        ]))
        conflicts = sum(1 for c in self.document.conflicts if c.severity is Severity.CONFLICT)
        warnings = len(self.document.conflicts) - conflicts
        self.conflict_count_label.setText(
            self.tr("%n conflict(s)", "", conflicts) + " · " + self.tr("%n warning(s)", "", warnings))

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
        self.current_section.focus_search()

    # --- layout -------------------------------------------------------------------------

    def _restore_layout(self) -> None:
        geometry = self.settings.get(keys.WINDOW_GEOMETRY)
        if geometry:
            self.restoreGeometry(geometry)
        state = self.settings.get(keys.SPLITTER_STATE)
        if state:
            self.splitter.restoreState(state)
        docks = self.settings.get(keys.WINDOW_STATE)
        if docks:
            self.restoreState(docks)
        self.show_section("activities")

    def closeEvent(self, event: QCloseEvent) -> None:
        self._restore_docks()  # the layout saved is the workspace's
        self.settings.set(keys.WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.set(keys.SPLITTER_STATE, self.splitter.saveState())
        self.settings.set(keys.WINDOW_STATE, self.saveState())
        self.settings.sync()
        self.document.cancel()
        self.document.close()
        super().closeEvent(event)

