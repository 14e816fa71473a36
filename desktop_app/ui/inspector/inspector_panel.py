"""The inspector beside the sections: the editor of the selected entity, or a word about the selection.

What an editor asks to save goes to the window like any edit; the panel keeps track of what
became of it. Once the window has patched its snapshot (``follow``), the editor shows the entity
as saved (a new one with its id) and the conflicts the save made; a refused save is shown in the
editor, beside the field it names, and nothing was written.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QLabel, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from desktop_app.domain.conflicts import Conflict
from desktop_app.domain.plan import Plan
from desktop_app.domain.plan_patch import entity_key, find_entity
from desktop_app.services.changes import Changes
from desktop_app.ui.inspector.editor import EntityEditor, Work
from desktop_app.ui.inspector.registry import editor_for


@dataclass(eq=False, slots=True)
class _Save:
    """One save an editor asked for; ``changes`` is set by the write, on the write worker."""

    editor: EntityEditor
    changes: Changes | None = None


class InspectorPanel(QWidget):
    edit_requested = Signal(str, object)
    _save_failed = Signal(object, object)
    """(editor, error): emitted on the write worker, delivered queued on the GUI thread."""

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
        self._save: _Save | None = None
        self._save_failed.connect(lambda editor, error: editor.show_failure(error))

    def sizeHint(self) -> QSize:
        return QSize(420, 640)  # room for a date, a time and its zone beside a label

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

    def follow(self, plan: Plan, conflicts: Sequence[Conflict] = (), changes: Changes | None = None) -> None:
        """After an edit: show the entity as the plan now holds it (or nothing, if it is gone).

        Unsaved changes in the editor are kept: saving them is then refused, naming what changed.
        """
        self.plan = plan
        saved = self._take_save(changes)
        editor = self.editor
        if editor is None or self.shown is None:
            return
        if saved is not None and saved.editor is editor:
            entity = _saved_entity(saved, editor)
            if entity is not None:
                self.show_entity(entity, plan)
                editor.show_conflicts(conflicts)
                return
        if editor.is_new:
            return
        current = _find(plan, self.shown)
        if editor.has_unsaved_changes():
            if current != self.shown:
                editor.note(self.tr("Changed elsewhere meanwhile: saving your changes will be refused. "
                                    "Revert shows it as it is now.") if current is not None else
                            self.tr("Deleted or removed elsewhere meanwhile: it can no longer be saved."))
        elif current is None:
            self.show_selection([], plan)
        else:  # even when unchanged: what it lists (a delegate's stays, the venues offered) may have changed
            self.show_entity(current, plan)

    def _take_save(self, changes: Changes | None) -> _Save | None:
        """The editor's save, if ``changes`` is (or includes) what it wrote."""
        pending = self._save
        if pending is None or pending.changes is None:
            return None
        if changes is not None and changes is not pending.changes and changes.can_patch:
            return None  # another edit's result, arrived first
        self._save = None
        return pending

    def _editor(self, entity_type: type) -> EntityEditor | None:
        if entity_type not in self._editors:
            editor_type = editor_for(entity_type)
            if editor_type is None:
                return None
            editor = editor_type(self.stack)
            editor.edit_requested.connect(lambda text, work, e=editor: self._forward(e, text, work))
            editor.open_requested.connect(lambda entity: self.show_entity(entity, self.plan))
            self._editors[entity_type] = editor
            self.stack.addWidget(editor)
        return self._editors[entity_type]

    def _forward(self, editor: EntityEditor, text: str, work: Work) -> None:
        record = _Save(editor)
        self._save = record

        def watched(store: Any) -> Changes:  # runs on the write worker: no widgets here
            try:
                record.changes = work(store)
            except Exception as error:
                self._save_failed.emit(editor, error)
                raise
            return record.changes

        self.edit_requested.emit(text, watched)


def _saved_entity(save: _Save, editor: EntityEditor) -> Any:
    """The entity the editor's save wrote (a new one with its id), as the plan now holds it."""
    assert save.changes is not None
    for revision in save.changes.revisions:
        if isinstance(revision.after, editor.entity_type) and (
                editor.is_new or entity_key(revision.after) == entity_key(editor.original)):
            return revision.after
    return None


def _find(plan: Plan, entity: Any) -> Any:
    return find_entity(plan, type(entity), entity_key(entity))
