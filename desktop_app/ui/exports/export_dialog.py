"""File → Export → For chosen delegates: what to write, for whom, and where.

Calendars, itineraries, both side by side, or the delegation pack; for everyone in the plan or
for the delegates chosen (prefilled from the Delegates section's selection; a delegation's
members can be added at once). The export itself is the ``ExportController``'s: progress with
Cancel, then the outcome with *Show in folder*.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import DomainError
from desktop_app.domain.plan import Plan
from desktop_app.ui.appearance import mark_as_error
from desktop_app.ui.exports.export_controller import ExportController
from desktop_app.ui.exports.export_jobs import ExportKind
from desktop_app.ui.inspector.fields.choices import delegation_choices
from desktop_app.ui.inspector.fields.entity_combo import EntityCombo
from desktop_app.ui.inspector.fields.people_picker import PeoplePicker


class ExportDialog(QDialog):
    def __init__(self, controller: ExportController, plan: Plan, chosen: Sequence[int] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.plan = plan
        self.setWindowTitle(self.tr("Export for delegates"))
        self.setObjectName("exportDialog")

        what = QGroupBox(self.tr("Write"), self)
        self.kinds = QButtonGroup(self)
        self.kind_buttons: dict[ExportKind, QRadioButton] = {}
        what_layout = QVBoxLayout(what)
        for kind, text in ((ExportKind.CALENDARS, self.tr("&Calendars (.ics)")),
                           (ExportKind.ITINERARIES, self.tr("&Itineraries (PDF)")),
                           (ExportKind.DELEGATE_FILES, self.tr("Itineraries &and calendars, side by side")),
                           (ExportKind.PACK, self.tr("The delegation &pack (everyone, with the overview)"))):
            button = QRadioButton(text, what)
            self.kinds.addButton(button)
            self.kind_buttons[kind] = button
            what_layout.addWidget(button)
        self.kind_buttons[ExportKind.DELEGATE_FILES].setChecked(True)

        whom = QGroupBox(self.tr("For"), self)
        self.everyone = QRadioButton(self.tr("&Everyone in the plan (%1 delegates)").replace(
            "%1", str(len(plan.delegates))), whom)
        self.some = QRadioButton(self.tr("&These delegates:"), whom)
        self.scope = QButtonGroup(self)
        self.scope.addButton(self.everyone)
        self.scope.addButton(self.some)
        self.people = PeoplePicker(whom, noun="delegate")
        self.people.set_candidates(plan.delegates)
        self.people.set_chosen([(d, True) for d in chosen if d in plan.delegate_by_id])
        self.people.changed.connect(self._update)
        self.delegation = EntityCombo(whom, noun=self.tr("delegation"))
        self.delegation.set_choices(delegation_choices(plan))
        if plan.delegations:
            self.delegation.set_key(plan.delegations[0].id)
        self.delegation.setAccessibleName(self.tr("Delegation whose members to add"))
        self.add_members = QPushButton(self.tr("Add its &members"), whom)
        self.add_members.setToolTip(self.tr("Add every delegate of the delegation chosen"))
        self.add_members.clicked.connect(lambda _checked=False: self.add_delegation())
        members = QHBoxLayout()
        members.addWidget(QLabel(self.tr("Delegation:"), whom))
        members.addWidget(self.delegation, 1)
        members.addWidget(self.add_members)
        whom_layout = QVBoxLayout(whom)
        whom_layout.addWidget(self.everyone)
        whom_layout.addWidget(self.some)
        whom_layout.addWidget(self.people)
        whom_layout.addLayout(members)
        (self.some if chosen else self.everyone).setChecked(True)

        self.folder = QLineEdit(self)
        self.folder.setAccessibleName(self.tr("Folder to write into"))
        last = controller.last_folder()
        self.folder.setText(str(last) if last else "")
        self.folder.textChanged.connect(lambda _text: self._update())
        browse = QPushButton(self.tr("C&hoose…"), self)
        browse.setToolTip(self.tr("Choose the folder to write into"))
        browse.clicked.connect(lambda _checked=False: self._browse())
        where = QHBoxLayout()
        where.addWidget(self.folder, 1)
        where.addWidget(browse)
        form = QFormLayout()
        folder_label = QLabel(self.tr("&Folder"), self)
        folder_label.setBuddy(self.folder)
        form.addRow(folder_label, where)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        mark_as_error(self.error)
        self.error.hide()

        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(self.tr("E&xport"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addWidget(whom)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        for button in (*self.kind_buttons.values(), self.everyone):
            button.toggled.connect(lambda _on: self._update())
        self._update()
        self.resize(560, self.sizeHint().height())

    def kind(self) -> ExportKind:
        return next(kind for kind, button in self.kind_buttons.items() if button.isChecked())

    def delegate_ids(self) -> list[int] | None:
        """The delegates chosen, or None for everyone (the pack is always everyone's)."""
        if self.kind() is ExportKind.PACK or self.everyone.isChecked():
            return None
        return list(self.people.chosen_ids())

    def add_delegation(self) -> None:
        try:
            delegation_id = self.delegation.key("delegation")
        except DomainError as error:
            self.error.setText(getattr(error, "reason", str(error)))
            self.error.show()
            return
        present = set(self.people.chosen_ids())
        for delegate in self.plan.delegates_of(delegation_id):
            if delegate.id is not None and delegate.id not in present:
                self.people.add(delegate.id)
        self.some.setChecked(True)

    def export(self) -> None:
        text = self.folder.text().strip()
        chosen = self.delegate_ids()
        if not text:
            self.error.setText(self.tr("Choose a folder to write into."))
            self.error.show()
            return
        if chosen is not None and not chosen:
            self.error.setText(self.tr("Choose at least one delegate, or everyone."))
            self.error.show()
            return
        kind = self.kind()
        if kind is ExportKind.DELEGATE_FILES and chosen is None:
            chosen = [d.id for d in self.plan.delegates if d.id is not None]
        self.accept()
        self.controller.export(kind, self.plan, Path(text), chosen)

    def _browse(self) -> None:
        folder = self.controller.choose_folder(self.kind())
        if folder is not None:
            self.folder.setText(str(folder))

    def _update(self) -> None:
        pack = self.kind() is ExportKind.PACK
        for scope in (self.everyone, self.some):
            scope.setEnabled(not pack)
        some = self.some.isChecked() and not pack
        for field in (self.people, self.delegation, self.add_members):
            field.setEnabled(some)
        chosen = self.delegate_ids()
        self.export_button.setEnabled(bool(self.folder.text().strip()) and (chosen is None or bool(chosen)))
        self.error.hide()
