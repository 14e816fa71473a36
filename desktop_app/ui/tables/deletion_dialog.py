"""Asking before deleting: what goes with the selection, and what to do with what depends on it.

``delete_work`` returns the undo text and the write for a confirmed deletion, or None when the
person cancels. Nothing here writes; the section hands the work to the window.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.people import Contact, Delegate, Delegation
from desktop_app.domain.places import Room, TravelTime, Venue
from desktop_app.domain.plan import Plan
from desktop_app.services.changes import Changes
from desktop_app.services.editing.deletion import Dependents, Resolution, delete_all, dependents_of
from desktop_app.ui.workspace.section import Work

translate = QCoreApplication.translate

_CHOICE_TEXTS = {
    Resolution.DETACH: QT_TRANSLATE_NOOP("Deletion", "Keep them, without it"),
    Resolution.REASSIGN: QT_TRANSLATE_NOOP("Deletion", "Move them to:"),
    Resolution.CANCEL: QT_TRANSLATE_NOOP("Deletion", "Cancel the activities (calendars are told)"),
}


def delete_work(parent: QWidget, plan: Plan, targets: Sequence[Any], noun: str,
                plural: str) -> tuple[str, Work] | None:
    dependents = [dependents_of(plan, target) for target in targets]
    subject = f"'{_name(targets[0], plan)}'" if len(targets) == 1 else \
        translate("Deletion", "%1 %2").replace("%1", str(len(targets))).replace("%2", plural)
    people = isinstance(targets[0], Delegate | Contact)
    undo_text = (translate("Deletion", "Remove %1") if people else translate("Deletion", "Delete %1")).replace(
        "%1", subject)
    question = (translate("Deletion", "Remove %1?") if people else translate("Deletion", "Delete %1?")).replace(
        "%1", subject)
    lines = [line for d in dependents for line in d.describe()]
    choices = _common_choices(dependents)
    if choices:
        chosen = ask_resolution(parent, question, lines, choices, _reassign_options(plan, targets))
        if chosen is None:
            return None
        resolution, reassign_to = chosen
    else:
        detail = "\n".join(f"• {line}" for line in lines)
        if people:
            detail = (translate("Deletion", "They are taken off every activity and meeting; their requests are "
                                "withdrawn; the calendars of everyone involved are told.") + "\n" + detail).strip()
        if not confirm(parent, question, detail):
            return None
        resolution, reassign_to = None, None

    def work(store: Any) -> Changes:
        return delete_all(store, targets, resolution=resolution, reassign_to=reassign_to)[1]

    return undo_text, work


def _common_choices(dependents: list[Dependents]) -> tuple[Resolution, ...]:
    offered = [d.choices for d in dependents if d.choices]
    if not offered:
        return ()
    return tuple(choice for choice in offered[0] if all(choice in other for other in offered))


def _reassign_options(plan: Plan, targets: Sequence[Any]) -> list[tuple[str, int]]:
    first = targets[0]
    keys = {getattr(t, "id", None) for t in targets}
    if isinstance(first, Venue):
        return [(v.name, v.id or 0) for v in plan.venues if v.id not in keys]
    if isinstance(first, Room):
        return [(r.name, r.id or 0) for r in plan.rooms_of(first.venue_id) if r.id not in keys]
    if isinstance(first, Delegation):
        return [(d.name, d.id or 0) for d in plan.delegations if d.id not in keys]
    return []


def _name(entity: Any, plan: Plan) -> str:
    if isinstance(entity, TravelTime):
        venues = plan.venue_by_id
        ends = (venues.get(entity.from_venue_id), venues.get(entity.to_venue_id))
        return " → ".join(v.name if v else "?" for v in ends)
    for attribute in ("display_name", "name", "title", "external_id"):
        value = getattr(entity, attribute, None)
        if value:
            return str(value)
    return ""


# --- the questions (module functions, so tests can answer them) ---------------------------

def confirm(parent: QWidget, question: str, detail: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, question, question,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, parent)
    box.setInformativeText(detail or translate("Deletion", "This can be undone with Edit → Undo."))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Yes


def ask_resolution(parent: QWidget, question: str, lines: list[str], choices: tuple[Resolution, ...],
                   reassign: list[tuple[str, int]]) -> tuple[Resolution, int | None] | None:
    dialog = ResolutionDialog(parent, question, lines, choices, reassign)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.choice()


class ResolutionDialog(QDialog):
    def __init__(self, parent: QWidget, question: str, lines: list[str], choices: tuple[Resolution, ...],
                 reassign: list[tuple[str, int]]) -> None:
        super().__init__(parent)
        self.setWindowTitle(question)
        layout = QVBoxLayout(self)
        heading = QLabel(f"<b>{html.escape(question)}</b>", self)  # names may hold '<' or '&'
        layout.addWidget(heading)
        layout.addWidget(QLabel(self.tr("It is used by:") + "\n" + "\n".join(f"• {line}" for line in lines), self))
        self.group = QButtonGroup(self)
        self.buttons: dict[Resolution, QRadioButton] = {}
        self.target = QComboBox(self)
        self.target.setAccessibleName(self.tr("Move them to"))
        for name, key in reassign:
            self.target.addItem(name, key)
        for choice in choices:
            if choice is Resolution.REASSIGN and not reassign:
                continue
            button = QRadioButton(translate("Deletion", _CHOICE_TEXTS[choice]), self)
            self.group.addButton(button)
            self.buttons[choice] = button
            layout.addWidget(button)
            if choice is Resolution.REASSIGN:
                layout.addWidget(self.target)
        next(iter(self.buttons.values())).setChecked(True)
        self.target.setEnabled(Resolution.REASSIGN in self.buttons and self.buttons[Resolution.REASSIGN].isChecked())
        if Resolution.REASSIGN in self.buttons:
            self.buttons[Resolution.REASSIGN].toggled.connect(self.target.setEnabled)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)

    def choice(self) -> tuple[Resolution, int | None]:
        for resolution, button in self.buttons.items():
            if button.isChecked():
                target = self.target.currentData() if resolution is Resolution.REASSIGN else None
                return resolution, target
        raise AssertionError("one choice is always checked")
