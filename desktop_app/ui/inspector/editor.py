"""Base of every entity editor in the inspector: fields, validation beside them, Save and Revert.

An editor holds the entity as it was loaded (``original``). Save builds a new entity from the
fields (the domain's constructors check the rules; a broken one is shown beside its field, and
nothing is written) and asks the window to save it *expecting* the original, so a row changed by
someone else meanwhile is never overwritten. A new entity (no id) is added. What the write then
says (a refusal, the conflicts the change made) comes back through ``show_failure`` and
``show_conflicts``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.conflicts import Conflict, Severity
from desktop_app.domain.errors import DomainError, ValidationError
from desktop_app.domain.plan import Plan
from desktop_app.services.changes import Changes
from desktop_app.services.editing.entities import save
from desktop_app.services.errors import classify_failure
from desktop_app.ui.appearance import mark_as_error, mark_in_colour
from desktop_app.ui.inspector.fields.notes_edit import NotesEdit

Work = Callable[[Any], Changes]


class EntityEditor(QWidget):
    """Subclasses set ``entity_type`` and ``noun``, add their fields in ``build`` and convert in
    ``fill``/``collect``; ``collect`` raises the domain's ``ValidationError`` for a bad value."""

    entity_type: type = object
    noun = QT_TRANSLATE_NOOP("Nouns", "item")
    """English, marked for translation; shown through ``shown_noun``."""

    @property
    def shown_noun(self) -> str:
        return QCoreApplication.translate("Nouns", self.noun)

    edit_requested = Signal(str, object)
    """(undo text, work(store) -> Changes)."""
    open_requested = Signal(object)
    """(entity): show that entity's editor instead (a delegate's stay, a stay's delegate)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = Plan()
        self.original: Any = None
        self.filling = False
        """True while ``fill`` runs: fields reacting to each other (a venue's zone) leave it alone."""
        self._errors: dict[str, QLabel] = {}
        self._fields: dict[str, QWidget] = {}
        self._aliases: dict[str, str] = {}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a narrow dock: labels above
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.general_error = _message_label(self)
        self.notice = _message_label(self)
        self.notice.setAccessibleName(self.tr("What the change did"))
        self.buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setDefault(True)
        self.revert_button = QPushButton(self.tr("Revert"), self)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.revert_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(lambda: self.load(self.original, self.plan))
        QShortcut(QKeySequence.StandardKey.Save, self, self.save, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        layout.addWidget(self.notice)
        self.extra = QVBoxLayout()
        """Below the buttons: what belongs to the entity but is saved on its own (a delegate's stays)."""
        layout.addLayout(self.extra)
        layout.addStretch(1)
        self.build()

    # --- what subclasses provide ------------------------------------------------------------

    def build(self) -> None:
        """Add the fields (``add_field``)."""
        raise NotImplementedError

    def fill(self, entity: Any) -> None:
        """Show ``entity``'s values in the fields."""
        raise NotImplementedError

    def collect(self) -> Any:
        """The entity the fields describe (raises ``ValidationError`` naming the field)."""
        raise NotImplementedError

    def title_of(self, entity: Any) -> str:
        return str(getattr(entity, "name", None) or getattr(entity, "title", None) or self.shown_noun)

    def save_work(self, entity: Any, expected: Any) -> Work:
        """The write that saves ``entity`` (run on the write worker: no widgets)."""
        return lambda store: save(store, entity, expected=expected)[1]

    def concerns(self, conflict: Conflict) -> bool:
        """Whether a conflict found after this editor's save is the save's doing, to say at once."""
        return False

    def describe_conflict(self, conflict: Conflict) -> str:
        return conflict.message

    # --- fields -----------------------------------------------------------------------------

    def add_field(self, name: str, label: str, widget: QWidget, *, tooltip: str = "") -> QWidget:
        """A row: label, the widget, and under it the place its validation message appears.
        ``name`` is the domain's name of the field, as its ``ValidationError`` says it."""
        self.form.addRow(label, self._with_error(name, label, widget, tooltip))
        return widget

    def add_pair(self, label: str, first: tuple[str, QWidget], second: tuple[str, QWidget], *,
                 tooltip: str = "") -> None:
        """Two fields side by side in one row (a Latin name and its native script), each with its message."""
        row = QWidget(self)
        columns = QHBoxLayout(row)
        columns.setContentsMargins(0, 0, 0, 0)
        for name, widget in (first, second):
            columns.addWidget(self._with_error(name, widget.accessibleName() or label, widget, tooltip), 1)
        self.form.addRow(label, row)

    def line(self, name: str, label: str, *, placeholder: str = "", tooltip: str = "") -> QLineEdit:
        edit = QLineEdit(self)
        edit.setPlaceholderText(placeholder)
        self.add_field(name, label, edit, tooltip=tooltip)
        return edit

    def line_pair(self, label: str, latin: str, native: str, *,
                  placeholders: tuple[str, str] = ("", "")) -> tuple[QLineEdit, QLineEdit]:
        """A Latin-script field and its native-script twin beside it ('Wong Ka-man' | '黃嘉敏')."""
        edits = []
        for accessible, placeholder in ((self.tr("%1 (Latin)"), placeholders[0]),
                                        (self.tr("%1 (native script)"), placeholders[1])):
            edit = QLineEdit(self)
            edit.setPlaceholderText(placeholder)
            edit.setAccessibleName(accessible.replace("%1", label.replace("&", "")))
            edits.append(edit)
        self.add_pair(label, (latin, edits[0]), (native, edits[1]))
        return edits[0], edits[1]

    def notes_field(self, name: str = "notes", label: str = "", *, lines: int = 4) -> NotesEdit:
        """A multi-line field with the notes limit; a refused paste says why beside it."""
        edit = NotesEdit(self, lines=lines)
        edit.refused.connect(lambda reason: self.show_error(name, reason))
        self.add_field(name, label or self.tr("&Notes"), edit)
        return edit

    def alias(self, domain_field: str, field: str) -> None:
        """Show errors the domain names ``domain_field`` beside ``field`` (a venue's name is 'venue'
        to its constructor and 'name' to the uniqueness check)."""
        self._aliases[domain_field] = field

    def field(self, name: str) -> QWidget:
        return self._fields[name]

    def _with_error(self, name: str, label: str, widget: QWidget, tooltip: str) -> QWidget:
        error = _message_label(self)
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        if not widget.accessibleName():
            widget.setAccessibleName(label.replace("&", ""))
        if tooltip:
            widget.setToolTip(tooltip)
        self._errors[name] = error
        self._fields[name] = widget
        return box

    # --- messages ---------------------------------------------------------------------------

    def show_error(self, field: str, message: str) -> None:
        field = self._aliases.get(field, field)
        label = self._errors.get(field)
        if label is None:
            self.general_error.setText(f"{field}: {message}" if field else message)
            self.general_error.show()
            return
        label.setText(message)
        label.show()
        self._fields[field].setFocus()

    def error_text(self, field: str) -> str:
        """The message shown beside ``field`` ("" when none is shown)."""
        label = self._errors.get(self._aliases.get(field, field), self.general_error)
        return label.text() if not label.isHidden() else ""

    def clear_errors(self) -> None:
        for label in self._errors.values():
            label.hide()
        self.general_error.hide()
        self.notice.hide()

    def show_failure(self, error: BaseException) -> None:
        """The write was refused: a broken rule beside its field, anything else on the general line."""
        if isinstance(error, ValidationError):
            self.show_error(error.field, error.reason)
        else:
            self.show_error("", classify_failure(error).message)

    def show_conflicts(self, conflicts: Sequence[Conflict]) -> None:
        """After this editor's save: the conflicts it made, at once, under the buttons."""
        mine = [c for c in conflicts if self.concerns(c)]
        if not mine:
            self.notice.hide()
            return
        severe = any(c.severity is Severity.CONFLICT for c in mine)
        mark_in_colour(self.notice, "conflict_text" if severe else "warning_text")
        self.notice.setText("\n".join(self.describe_conflict(c) for c in mine))
        self.notice.show()

    def note(self, text: str) -> None:
        """A word about the entity shown (changed elsewhere meanwhile), on the general line."""
        self.general_error.setText(text)
        self.general_error.show()

    # --- loading and saving -------------------------------------------------------------------

    def load(self, entity: Any, plan: Plan) -> None:
        self.plan = plan
        self.original = entity
        self.clear_errors()
        self.heading.setText(self.tr("New %1").replace("%1", self.shown_noun) if self.is_new
                             else self.title_of(entity))
        self.filling = True
        try:
            self.fill(entity)
        finally:
            self.filling = False

    @property
    def is_new(self) -> bool:
        return getattr(self.original, "id", None) is None

    def has_unsaved_changes(self) -> bool:
        """Whether the fields say something other than the entity as loaded (or something invalid)."""
        if self.original is None:
            return False
        try:
            return bool(self.collect() != self.original)
        except DomainError:
            return True

    def save(self) -> None:
        self.clear_errors()
        try:
            entity = self.collect()
        except ValidationError as error:
            self.show_error(error.field, error.reason)
            return
        except DomainError as error:
            self.show_error("", str(error))
            return
        if not self.is_new and entity == self.original:
            return
        expected = None if self.is_new else self.original
        text = self.tr("Add %1 '%2'") if self.is_new else self.tr("Change %1 '%2'")
        text = text.replace("%1", self.shown_noun).replace("%2", self.title_of(entity))
        self.edit_requested.emit(text, self.save_work(entity, expected))


def _message_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    mark_as_error(label)
    label.hide()
    return label
