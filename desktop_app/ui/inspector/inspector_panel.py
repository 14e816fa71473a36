"""The inspector beside the sections: the editor of the selected entity, or a word about the selection."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from desktop_app.domain.plan import Plan
from desktop_app.domain.plan_patch import entity_key, find_entity
from desktop_app.ui.inspector.editor import EntityEditor
from desktop_app.ui.inspector.registry import editor_for


class InspectorPanel(QWidget):
    edit_requested = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Inspector"))
        self.placeholder = QLabel(self.tr("Select something to see and change its details."), self)
        self.placeholder.setWordWrap(True)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.placeholder)
        self._editors: dict[type, EntityEditor] = {}
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.stack)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.plan = Plan()
        self.shown: Any = None

    @property
    def editor(self) -> EntityEditor | None:
        current = self.stack.currentWidget()
        return current if isinstance(current, EntityEditor) else None

    def show_selection(self, entities: Sequence[Any], plan: Plan) -> None:
        self.plan = plan
        if len(entities) == 1:
            self.show_entity(entities[0], plan)
            return
        self.shown = None
        text = self.tr("%n items selected: use the table's actions to change them together.", "", len(entities)) \
            if entities else self.tr("Select something to see and change its details.")
        self.placeholder.setText(text)
        self.stack.setCurrentWidget(self.placeholder)

    def show_entity(self, entity: Any, plan: Plan) -> EntityEditor | None:
        self.plan = plan
        editor = self._editor(type(entity))
        if editor is None:
            self.shown = None
            self.placeholder.setText(self.tr("This cannot be edited here yet."))
            self.stack.setCurrentWidget(self.placeholder)
            return None
        editor.load(entity, plan)
        self.shown = entity
        self.stack.setCurrentWidget(editor)
        return editor

    def follow(self, plan: Plan) -> None:
        """After an edit: show the entity as the plan now holds it (or nothing, if it is gone)."""
        self.plan = plan
        if self.shown is None or getattr(self.shown, "id", None) is None:
            return
        current = _find(plan, self.shown)
        if current is None:
            self.show_selection([], plan)
        elif current != self.shown and self.editor is not None:
            self.show_entity(current, plan)

    def _editor(self, entity_type: type) -> EntityEditor | None:
        if entity_type not in self._editors:
            editor_type = editor_for(entity_type)
            if editor_type is None:
                return None
            editor = editor_type(self.stack)
            editor.edit_requested.connect(self.edit_requested)
            self._editors[entity_type] = editor
            self.stack.addWidget(editor)
        return self._editors[entity_type]


def _find(plan: Plan, entity: Any) -> Any:
    return find_entity(plan, type(entity), entity_key(entity))
