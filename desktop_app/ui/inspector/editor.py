"""Base of every entity editor in the inspector: fields, validation beside them, Save and Revert.

An editor holds the entity as it was loaded (``original``). Save builds a new entity from the
fields (the domain's constructors check the rules; a broken one is shown beside its field, and
nothing is written) and asks the window to save it *expecting* the original, so a row changed by
someone else meanwhile is never overwritten. A new entity (no id) is added.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import DomainError, ValidationError
from desktop_app.domain.plan import Plan
from desktop_app.services.editing.entities import save
from desktop_app.ui.style import CONFLICT_COLOUR


class EntityEditor(QWidget):
    """Subclasses set ``entity_type`` and ``noun``, add their fields in ``build`` and convert in
    ``fill``/``collect``; ``collect`` raises the domain's ``ValidationError`` for a bad value."""

    entity_type: type = object
    noun = "item"

    edit_requested = Signal(str, object)
    """(undo text, work(store) -> Changes)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = Plan()
        self.original: Any = None
        self._errors: dict[str, QLabel] = {}
        self._fields: dict[str, QWidget] = {}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.general_error = QLabel(self)
        self.general_error.setWordWrap(True)
        self.general_error.setStyleSheet(f"color: {CONFLICT_COLOUR};")
        self.general_error.hide()
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
        return str(getattr(entity, "name", None) or getattr(entity, "title", None) or self.noun)

    # --- fields -----------------------------------------------------------------------------

    def add_field(self, name: str, label: str, widget: QWidget, *, tooltip: str = "") -> QWidget:
        """A row: label, the widget, and under it the place its validation message appears."""
        error = QLabel(self)
        error.setWordWrap(True)
        error.setStyleSheet(f"color: {CONFLICT_COLOUR};")
        error.hide()
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        widget.setAccessibleName(label.replace("&", ""))
        if tooltip:
            widget.setToolTip(tooltip)
        self.form.addRow(label, box)
        self._errors[name] = error
        self._fields[name] = widget
        return widget

    def line(self, name: str, label: str, *, placeholder: str = "", tooltip: str = "") -> QLineEdit:
        edit = QLineEdit(self)
        edit.setPlaceholderText(placeholder)
        self.add_field(name, label, edit, tooltip=tooltip)
        return edit

    def show_error(self, field: str, message: str) -> None:
        label = self._errors.get(field)
        if label is None:
            self.general_error.setText(message)
            self.general_error.show()
            return
        label.setText(message)
        label.show()
        widget = self._fields[field]
        widget.setFocus()

    def error_text(self, field: str) -> str:
        """The message shown beside ``field`` ("" when none is shown)."""
        label = self._errors.get(field, self.general_error)
        return label.text() if not label.isHidden() else ""

    def clear_errors(self) -> None:
        for label in self._errors.values():
            label.hide()
        self.general_error.hide()

    # --- loading and saving -------------------------------------------------------------------

    def load(self, entity: Any, plan: Plan) -> None:
        self.plan = plan
        self.original = entity
        self.clear_errors()
        is_new = getattr(entity, "id", None) is None
        self.heading.setText(self.tr("New %s") % self.noun if is_new else self.title_of(entity))
        self.fill(entity)

    @property
    def is_new(self) -> bool:
        return getattr(self.original, "id", None) is None

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
        verb = self.tr("Add") if self.is_new else self.tr("Change")
        self.edit_requested.emit(f"{verb} {self.noun} '{self.title_of(entity)}'", _save_work(entity, expected))


def _save_work(entity: Any, expected: Any) -> Callable[[Any], Any]:
    return lambda store: save(store, entity, expected=expected)[1]
