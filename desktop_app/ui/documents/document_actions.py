"""The File menu's plan commands: New plan…, Open…, Open from a server…, Open recent, Save a copy
as…, Plan history…, Close, Quit.

There is no Save: every edit is in the plan once it is made. The window's title names the plan
("FilMart 2025 — Delegation Planner") and a file's path is the window's ``windowFilePath``.
A plan is a file or a plan on a PostgreSQL server (its URL, in the recent list too).
Without a plan, the window shows the ``WelcomePage``; ``plan_closed`` tells it to.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu

from desktop_app.domain.plan_location import PlanLocation, ServerPlan
from desktop_app.services import app_data, credentials_service, plan_service
from desktop_app.ui.commands import describe_failure
from desktop_app.ui.documents.new_plan_dialog import PLAN_FILTER, NewPlanDialog, NewPlanRequest
from desktop_app.ui.documents.welcome_page import WelcomePage
from desktop_app.ui.plan_document import PlanDocument
from desktop_app.ui.settings import AppSettings

if TYPE_CHECKING:
    from desktop_app.ui.documents.history_dialog import HistoryDialog
    from desktop_app.ui.documents.server_plan_dialog import ServerPlanDialog

APP_TITLE = "Delegation Planner"
STATUS_NOTE_MS = 8000

ErrorReporter = Callable[[str, str], None]
"""(title, message)."""


def recent_menu_text(number: int, path: PlanLocation) -> str:
    """'&1 /plans/FilMart.dplan' (a literal '&' in the path doubled)."""
    shown = str(path).replace("&", "&&")
    return f"&{number} {shown}" if number < 10 else shown


class DocumentActions(QObject):
    plan_closed = Signal()

    def __init__(self, window: QMainWindow, document: PlanDocument, settings: AppSettings,
                 report_error: ErrorReporter) -> None:
        super().__init__(window)
        self._window = window
        self._document = document
        self._settings = settings
        self._report_error = report_error
        self.welcome = WelcomePage(window)
        self.welcome.new_requested.connect(self.new_plan_dialog)
        self.welcome.open_requested.connect(self.open_plan_dialog)
        self.welcome.demo_requested.connect(self.open_demo)
        self.welcome.recent_chosen.connect(self.open_plan)

        self.new_action = self._action(self.tr("&New plan…"), self.new_plan_dialog, QKeySequence.StandardKey.New,
                                       self.tr("Create a plan: empty, or a copy of the demo"))
        self.open_action = self._action(self.tr("&Open…"), self.open_plan_dialog, QKeySequence.StandardKey.Open,
                                        self.tr("Open a plan file"))
        self.open_server_action = self._action(self.tr("Open from a &server…"), self.open_server_dialog, None,
                                               self.tr("Open a plan on a PostgreSQL server by its address"))
        self.history_action = self._action(self.tr("Plan &history…"), self.history_dialog, None,
                                           self.tr("Who changed the plan, when, and what; exportable as CSV"))
        self.open_demo_action = self._action(self.tr("Open the &demo plan"), self.open_demo, None,
                                             self.tr("The FilMart 2025 demo plan in your data folder"))
        self.save_copy_action = self._action(self.tr("Save a copy &as…"), self.save_copy_dialog,
                                             QKeySequence.StandardKey.SaveAs,
                                             self.tr("Write a copy of this plan elsewhere; you go on working here"))
        self.close_action = self._action(self.tr("&Close plan"), self.close_plan, QKeySequence.StandardKey.Close,
                                         self.tr("Close the plan (every change is already in its file)"))
        self.quit_action = self._action(self.tr("&Quit"), window.close, QKeySequence.StandardKey.Quit, "")
        if self.quit_action.shortcut().isEmpty():  # Windows has no standard Quit key
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.recent_menu: QMenu | None = None
        document.settled_changed.connect(lambda _settled: self.update_enabled())
        self.update_enabled()

    def _action(self, text: str, slot: Callable[[], object],
                shortcut: QKeySequence.StandardKey | None, tip: str) -> QAction:
        action = QAction(text, self._window)
        if shortcut is not None:
            action.setShortcuts(shortcut)  # every binding the platform has (Close: Ctrl+W and Ctrl+F4)
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def fill_file_menu(self, menu: QMenu, *, before_quit: Callable[[QMenu], None] | None = None) -> None:
        """New, Open, Open recent, the demo; Save a copy, Close; ``before_quit`` (Import, Export …); Quit."""
        menu.addAction(self.new_action)
        menu.addAction(self.open_action)
        menu.addAction(self.open_server_action)
        self.recent_menu = menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        menu.addAction(self.open_demo_action)
        menu.addSeparator()
        menu.addAction(self.save_copy_action)
        menu.addAction(self.history_action)
        menu.addAction(self.close_action)
        menu.addSeparator()
        if before_quit is not None:
            before_quit(menu)
            menu.addSeparator()
        menu.addAction(self.quit_action)

    def update_enabled(self) -> None:
        is_open = self._document.is_open
        self.save_copy_action.setEnabled(is_open)
        self.history_action.setEnabled(is_open)
        self.close_action.setEnabled(is_open)

    # --- the title --------------------------------------------------------------------------

    def update_title(self) -> None:
        document = self._document
        if document.is_open and document.path is not None:
            self._window.setWindowTitle(f"{document.plan.settings.name} — {APP_TITLE}")
            self._window.setWindowFilePath(str(document.path) if isinstance(document.path, Path) else "")
        else:
            self._window.setWindowTitle(APP_TITLE)
            self._window.setWindowFilePath("")

    # --- opening ----------------------------------------------------------------------------

    def _start_folder(self) -> Path:
        files = [p for p in (self._document.path, *self._settings.recent_plans()) if isinstance(p, Path)]
        path = next(iter(files), None)
        return path.parent if path is not None and path.parent.is_dir() else Path.home()

    def open_plan(self, path: PlanLocation, *, prepare: Callable[[], PlanLocation] | None = None) -> None:
        self._document.open(path, prepare=prepare)

    def open_server_dialog(self) -> ServerPlanDialog:
        from desktop_app.ui.documents.server_plan_dialog import ServerPlanDialog

        last = next((p for p in (self._document.path, *self._settings.recent_plans()) if isinstance(p, ServerPlan)),
                    None)
        dialog = ServerPlanDialog(str(last) if last else "", self._window)
        dialog.accepted.connect(lambda: self.open_server_plan(dialog.location(), remember=dialog.remember))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def open_server_plan(self, location: ServerPlan, *, remember: bool = False) -> None:
        """Open a plan on a server; with ``remember``, its password (checked first) goes to the keyring."""
        if not remember:
            self.open_plan(location)
            return

        def store_password() -> PlanLocation:
            credentials_service.check_and_store_password(location, location.password)
            return location

        self.open_plan(location, prepare=store_password)

    def history_dialog(self) -> HistoryDialog | None:
        from desktop_app.ui.documents.history_dialog import HistoryDialog

        store = self._document.store
        if store is None:
            return None
        dialog = HistoryDialog(store, self._document.runner, self._window)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def open_plan_dialog(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(self._window, self.tr("Open plan"), str(self._start_folder()),
                                                      PLAN_FILTER)
        if chosen:
            self.open_plan(Path(chosen))

    def open_demo(self) -> None:
        data_dir = app_data.user_data_dir()
        self.open_plan(app_data.first_run_plan_path(data_dir), prepare=lambda: app_data.ensure_demo_plan(data_dir))

    def _fill_recent_menu(self) -> None:
        menu = self.recent_menu
        assert menu is not None
        menu.clear()
        recent = self._settings.recent_plans()
        for number, path in enumerate(recent, start=1):
            action = menu.addAction(recent_menu_text(number, path))
            action.setToolTip(str(path))
            action.triggered.connect(partial(self._open_recent, path))
        if not recent:
            menu.addAction(self.tr("No recent plans")).setEnabled(False)

    def _open_recent(self, path: PlanLocation, _checked: bool = False) -> None:
        self.open_plan(path)

    def open_failed(self, path: PlanLocation, message: str) -> None:
        """A plan did not open: forget a file that is gone (a server may only be down); without a
        plan, say so on the welcome page."""
        if isinstance(path, Path) and not path.exists():
            self._settings.forget_plan(path)
        self.welcome.set_recent(self._settings.recent_plans())
        if not self._document.is_open:
            self.welcome.set_note(self.tr("The plan could not be opened: %s") % message)

    # --- new plans ------------------------------------------------------------------------

    def new_plan_dialog(self) -> NewPlanDialog:
        dialog = NewPlanDialog(self._start_folder(), self._window)
        dialog.accepted.connect(lambda: self.create_plan(dialog.request()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def create_plan(self, request: NewPlanRequest) -> None:
        """Create the plan in the background (the demo takes a moment), then open it."""
        def create(_context: object) -> Path:
            plan_service.create_plan(request.path, name=request.name, timezone=request.timezone,
                                     demo=request.demo).close()
            return request.path

        self._window.statusBar().showMessage(self.tr("Creating %s…") % request.path.name)
        self._document.runner.run(
            create, lambda path: self.open_plan(path),
            on_error=lambda error: self._report_error(self.tr("Cannot create the plan"), describe_failure(error)),
        )

    # --- a copy, and closing --------------------------------------------------------------

    def save_copy_dialog(self) -> None:
        path = self._document.path
        if path is None:
            return
        if isinstance(path, Path):
            suggested = path.with_name(f"{path.stem} copy{path.suffix or plan_service.PLAN_SUFFIX}")
        else:  # a plan on a server: a file copy of it, in the last folder used
            suggested = self._start_folder() / f"{path.name}{plan_service.PLAN_SUFFIX}"
        chosen, _filter = QFileDialog.getSaveFileName(self._window, self.tr("Save a copy as"), str(suggested),
                                                      PLAN_FILTER)
        if chosen:
            self.save_copy(Path(chosen))

    def save_copy(self, target: Path) -> None:
        """Write a copy of the open plan in the background; the plan stays open here."""
        store = self._document.store
        if store is None:
            return
        if not target.suffix:
            target = target.with_suffix(plan_service.PLAN_SUFFIX)
        self._document.runner.run(
            lambda _context: plan_service.save_copy(store, target),  # type: ignore[arg-type]
            lambda written: self._window.statusBar().showMessage(
                self.tr("Saved a copy as %s") % written, STATUS_NOTE_MS),
            on_error=lambda error: self._report_error(self.tr("Cannot save the copy"), describe_failure(error)),
        )

    def close_plan(self) -> None:
        if not self._document.is_open:
            return
        self._document.cancel()
        self._document.close()
        self.show_welcome()
        self.update_enabled()
        self.plan_closed.emit()

    def show_welcome(self, note: str = "") -> None:
        self.welcome.set_recent(self._settings.recent_plans())
        self.welcome.set_note(note)
        self.update_title()
