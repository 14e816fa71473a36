"""The Tools menu (Re-plan, Schedule meetings, Find a time) and File → Export → For chosen delegates.

Each tool is a dialog that stays open beside the views (not modal), made once and shown again;
the actions are enabled while a plan is open and settled. The scheduler's ``proposal_changed``
is passed on as ``proposal_changed`` here, so calendar views can draw its ghosts without
knowing the dialog.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu

from desktop_app.domain.people import Delegate

if TYPE_CHECKING:  # the dialogs are imported when first opened: the scheduler's solvers are heavy
    from desktop_app.ui.exports.export_dialog import ExportDialog
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.tools.find_time_dialog import FindTimeDialog
    from desktop_app.ui.tools.replan_dialog import ReplanDialog
    from desktop_app.ui.tools.scheduler_dialog import SchedulerDialog

D = TypeVar("D", bound=QDialog)


class ToolActions(QObject):
    proposal_changed = Signal(list)
    """list[Activity]: the scheduler's proposed meetings now ticked (ghosts for the views)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.replan_dialog: ReplanDialog | None = None
        self.scheduler_dialog: SchedulerDialog | None = None
        self.find_time_dialog: FindTimeDialog | None = None
        self.replan_action = self._action(self.tr("&Re-plan a time range…"), self.show_replan)
        self.replan_action.setToolTip(self.tr("Shift, move or cancel everything in a time range (a typhoon morning)"))
        self.schedule_action = self._action(self.tr("&Schedule meetings…"), self.show_scheduler)
        self.schedule_action.setToolTip(self.tr("Place the pending meeting requests"))
        self.find_time_action = self._action(self.tr("&Find a time…"), self.show_find_time)
        self.find_time_action.setToolTip(self.tr("Common free times of some people, and a meeting in one click"))
        self.export_action = self._action(self.tr("For chosen &delegates…"), self.show_export)
        self.export_action.setToolTip(self.tr("Calendars and itineraries for some delegates, or the pack"))
        window.document.settled_changed.connect(self._on_settled)
        window.document.opened.connect(self._forget_dialogs)
        self._on_settled(window.document.is_settled)

    def _action(self, text: str, slot: Any) -> QAction:
        action = QAction(text, self.window)  # mnemonics only: the views' shortcuts are many
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def fill_menu(self, menu: QMenu) -> None:
        menu.addActions([self.replan_action, self.schedule_action, self.find_time_action])

    def _on_settled(self, settled: bool) -> None:
        for action in (self.replan_action, self.schedule_action, self.find_time_action, self.export_action):
            action.setEnabled(settled)

    def _forget_dialogs(self) -> None:
        """Another plan: the dialogs of the last one close (their choices named its entities)."""
        for dialog in (self.replan_dialog, self.scheduler_dialog, self.find_time_dialog):
            if dialog is not None:
                dialog.close()
                dialog.deleteLater()
        self.replan_dialog = self.scheduler_dialog = self.find_time_dialog = None

    # --- the dialogs ------------------------------------------------------------------------

    def show_replan(self) -> ReplanDialog:
        if self.replan_dialog is None:
            from desktop_app.ui.tools.replan_dialog import ReplanDialog

            self.replan_dialog = ReplanDialog(self.window, self.window.activities_view.current_day)
        return self._raise(self.replan_dialog)

    def show_scheduler(self) -> SchedulerDialog:
        if self.scheduler_dialog is None:
            from desktop_app.ui.tools.scheduler_dialog import SchedulerDialog

            self.scheduler_dialog = SchedulerDialog(self.window)
            self.scheduler_dialog.proposal_changed.connect(self.proposal_changed)
        return self._raise(self.scheduler_dialog)

    def show_find_time(self) -> FindTimeDialog:
        if self.find_time_dialog is None:
            from desktop_app.ui.tools.find_time_dialog import FindTimeDialog

            self.find_time_dialog = FindTimeDialog(self.window)
        return self._raise(self.find_time_dialog)

    def show_export(self) -> ExportDialog:
        """A fresh dialog each time: it shows the plan as it is, and the delegates selected now."""
        from desktop_app.ui.exports.export_dialog import ExportDialog

        chosen = [e.id for e in self.window.sections["delegates"].selected() if isinstance(e, Delegate) and e.id]
        dialog = ExportDialog(self.window.exports, self.window.document.plan, chosen, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _raise(self, dialog: D) -> D:
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog
