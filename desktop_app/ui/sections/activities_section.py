"""The activities of one day at a time (the day tabs), as a navigator section."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop_app.domain.conflicts import Conflict
from desktop_app.domain.plan import Plan
from desktop_app.services.changes import Changes
from desktop_app.ui.activities.activities_view import ActivitiesView
from desktop_app.ui.workspace.section import Section


class ActivitiesSection(Section):
    key = "activities"
    title = QT_TRANSLATE_NOOP("Sections", "Activities")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = ActivitiesView(self)
        self.view.table.selectionModel().selectionChanged.connect(
            lambda *_: self.selection_changed.emit(self.selected()))
        self.view.table.doubleClicked.connect(lambda _index: self._open_current())
        self.new_action = QAction(self.tr("&New activity…"), self)
        self.new_action.setShortcut(QKeySequence("Ctrl+Shift+N"))  # as every table section's New
        self.new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_action.setToolTip(self.tr("A new activity on the day shown, opened in the inspector"))
        self.new_action.triggered.connect(self.create_new)
        self.addAction(self.new_action)
        self.view.add_tool_action(self.new_action)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def set_plan(self, plan: Plan, conflicts: Sequence[Conflict]) -> None:
        super().set_plan(plan, conflicts)
        self.view.set_plan(plan, conflicts)

    def apply_changes(self, plan: Plan, conflicts: Sequence[Conflict], changes: Changes) -> None:
        self.plan, self.conflicts = plan, conflicts
        self.view.apply_changes(plan, conflicts, changes)

    def create_new(self) -> None:
        """A blank activity in the inspector: one hour at 10:00 on the day shown, in its zone."""
        from desktop_app.ui.inspector.editors.activity_editor import new_activity

        self.open_requested.emit(new_activity(self.plan, self.view.current_day))

    def set_settled(self, settled: bool) -> None:
        super().set_settled(settled)
        self.new_action.setEnabled(settled)

    def count(self, plan: Plan) -> int | None:
        return len(plan.activities)

    def selected(self) -> list[Any]:
        return self.view.selected_activities()

    def select(self, entities: Sequence[Any]) -> None:
        self.view.select_activities([a.id for a in entities if getattr(a, "id", None) is not None])

    def focus_search(self) -> None:
        self.view.search_field.setFocus()
        self.view.search_field.selectAll()

    def actions_for_menu(self) -> list[QAction]:
        return [self.new_action, *(action for group in self.view.edit_actions for action in group)]

    def _open_current(self) -> None:
        selected = self.selected()
        if selected:
            self.open_requested.emit(selected[0])
