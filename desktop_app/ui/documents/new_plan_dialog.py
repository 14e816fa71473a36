"""File → New plan…: where the plan goes, its name, its time zone, and whether it starts as the demo."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import ValidationError
from desktop_app.services import plan_service
from desktop_app.ui.appearance import mark_as_error
from desktop_app.ui.inspector.fields.zone_picker import ZonePicker

PLAN_FILTER = "Delegation plans (*.dplan);;All files (*)"
DEFAULT_NAME = "New plan"
_NOT_IN_FILE_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


@dataclass(frozen=True, slots=True)
class NewPlanRequest:
    path: Path
    name: str
    timezone: str
    demo: bool = False


def file_name_for(name: str) -> str:
    """'Spring trip: Cannes' → 'Spring trip- Cannes.dplan' (characters no file system takes replaced)."""
    stem = _NOT_IN_FILE_NAMES.sub("-", name).strip(" .") or DEFAULT_NAME
    return f"{stem}{plan_service.PLAN_SUFFIX}"


class NewPlanDialog(QDialog):
    """The file follows the name until the person picks a file of their own."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New plan"))
        self._folder = folder
        self._file_follows_name = True
        self._name_from_file = ""

        self.name_field = QLineEdit(self)
        self.name_field.setPlaceholderText(DEFAULT_NAME)
        self.name_field.setAccessibleName(self.tr("Plan name"))
        self.name_field.setToolTip(self.tr("Shown in the title bar and on every exported page"))
        self.name_field.textEdited.connect(self._name_edited)
        self.path_field = QLineEdit(self)
        self.path_field.setAccessibleName(self.tr("Plan file"))
        self.path_field.textEdited.connect(self._path_edited)
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.setToolTip(self.tr("Choose the folder and file name of the new plan"))
        browse.clicked.connect(self.browse)
        self.zone_picker = ZonePicker(self)
        self.zone_picker.set_zone(plan_service.DEFAULT_TIMEZONE)
        self.zone_picker.setAccessibleName(self.tr("Default time zone"))
        self.demo_check = QCheckBox(self.tr("Start from the FilMart 2025 &demo plan"), self)
        self.demo_check.setToolTip(self.tr("A copy of the demo's markets, venues, delegates and activities "
                                           "to change as you like"))
        self.error_label = mark_as_error(QLabel(self))
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        file_row = QHBoxLayout()
        file_row.addWidget(self.path_field, 1)
        file_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_field)
        file_label = QLabel(self.tr("&File:"), self)
        file_label.setBuddy(self.path_field)  # the row is a layout: the mnemonic must reach the field
        form.addRow(file_label, file_row)
        form.addRow(self.tr("Default &time zone:"), self.zone_picker)
        form.addRow("", self.demo_check)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.create_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setText(self.tr("Create"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self._update_path()
        self.resize(560, self.sizeHint().height())

    # --- the file follows the name ----------------------------------------------------------

    def _name_edited(self, _text: str) -> None:
        self._update_path()

    def _path_edited(self, _text: str) -> None:
        self._file_follows_name = False

    def _update_path(self) -> None:
        if self._file_follows_name:
            self.path_field.setText(str(self._folder / file_name_for(self.name_field.text())))

    def browse(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("New plan"), self.path_field.text(), PLAN_FILTER)
        if chosen:
            self.set_path(Path(chosen))

    def set_path(self, path: Path) -> None:
        self._file_follows_name = False
        self.path_field.setText(str(path))
        if self.name_field.text().strip() in {"", self._name_from_file}:  # a name typed in stays
            self._name_from_file = path.stem
            self.name_field.setText(path.stem)

    # --- the answer -------------------------------------------------------------------------

    def request(self) -> NewPlanRequest:
        """What to create; raises ``ValidationError`` naming the field that is wrong."""
        text = self.path_field.text().strip()
        if not text:
            raise ValidationError("path", self.tr("Say where the plan goes."))
        path = Path(text).expanduser()
        if not path.suffix:
            path = path.with_suffix(plan_service.PLAN_SUFFIX)
        if not path.parent.is_dir():
            raise ValidationError("path", self.tr("There is no folder %s.") % path.parent)
        if path.exists():
            raise ValidationError("path", self.tr("%s already exists; choose another name.") % path.name)
        timezone = self.zone_picker.zone()
        if not timezone:
            raise ValidationError("timezone", self.tr("Choose a time zone."))
        return NewPlanRequest(path, self.name_field.text().strip() or path.stem, timezone, self.demo_check.isChecked())

    def accept(self) -> None:
        try:
            self.request()
        except ValidationError as error:
            self.error_label.setText(error.reason)
            self.error_label.show()
            (self.zone_picker if error.field == "timezone" else self.path_field).setFocus()
            return
        super().accept()
