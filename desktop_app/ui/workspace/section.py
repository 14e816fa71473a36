"""What every navigator section is: a widget that shows part of the plan and asks for edits.

A section never writes. It turns a person's action into an ``edit_requested(text, work)``
signal: ``text`` names the undo step ("Delete 'HKCEC'"), ``work(store)`` performs it through a
service and returns its ``Changes``. The window runs the work on the write worker inside an
undo command, patches its snapshot and hands every section the ``Changes``, which each applies
to what it shows (``apply_changes``), keeping selection and scroll.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from desktop_app.domain.conflicts import Conflict
from desktop_app.domain.plan import Plan
from desktop_app.services.changes import Changes

if TYPE_CHECKING:
    from desktop_app.ui.workers import TaskRunner

Work = Callable[[Any], Changes]
"""A write on the open plan's store, returning what it changed."""


class Section(QWidget):
    """Base of navigator sections; subclasses set ``key`` and ``title`` and fill the hooks."""

    key = ""
    """Stable name (``--screenshot --view KEY``, settings)."""
    title = ""
    """In English, marked ``QT_TRANSLATE_NOOP("Sections", ...)``; shown as ``display_title``."""

    edit_requested = Signal(str, object)
    """(undo text, ``Work``)."""
    selection_changed = Signal(object)
    """(list of selected entities), for the inspector."""
    open_requested = Signal(object)
    """(entity): show it in the inspector and put the focus there (double-click, Enter)."""
    navigate_requested = Signal(str, object)
    """(section key, target): show that section and ``reveal(target)`` there (a day of the week view)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = Plan()
        self.conflicts: Sequence[Conflict] = ()
        self.settled = True

    @property
    def display_title(self) -> str:
        return QCoreApplication.translate("Sections", self.title)

    def attach_runner(self, runner: TaskRunner) -> None:
        """The window's background runner, for a section with long work of its own (the roster)."""

    def show_day(self, day: date) -> None:
        """Show ``day``, in a section that shows one day at a time."""

    def set_plan(self, plan: Plan, conflicts: Sequence[Conflict]) -> None:
        """Show ``plan`` from scratch (a plan was opened, or a change could not be patched)."""
        self.plan, self.conflicts = plan, conflicts

    def apply_changes(self, plan: Plan, conflicts: Sequence[Conflict], changes: Changes) -> None:
        """Show ``plan``, the snapshot after ``changes``; by default from scratch."""
        self.set_plan(plan, conflicts)

    def count(self, plan: Plan) -> int | None:
        """How many items the navigator shows beside the section's name; None for no count."""
        return None

    def selected(self) -> list[Any]:
        return []

    def select(self, entities: Sequence[Any]) -> None:
        """Select these entities (and scroll to the first)."""

    def focus_search(self) -> None:
        """Put the keyboard focus in the section's search field."""

    def reveal(self, target: object) -> None:
        """Show what another section asked for (``navigate_requested``)."""

    def reveal_conflict(self, conflict: Conflict) -> bool:
        """Select and scroll to a conflict picked in the conflicts panel; False if not shown here."""
        return False

    def set_ghosts(self, activities: Sequence[Any]) -> None:
        """Show a proposal (the scheduler's ticked meetings, no ids) beside the plan; [] clears it."""

    def actions_for_menu(self) -> list[QAction]:
        """The section's commands, for the window's Edit menu and the section's context menu."""
        return []

    def set_settled(self, settled: bool) -> None:
        """While a write is in flight, edits computed from the snapshot wait (their actions are off)."""
        self.settled = settled
        for action in self.actions_for_menu():
            action.setEnabled(settled)

    def request_edit(self, text: str, work: Work) -> None:
        self.edit_requested.emit(text, work)
