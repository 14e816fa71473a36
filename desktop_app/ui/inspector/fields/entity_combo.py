"""Picking one venue, room, delegation, project, market or person by typing part of its name.

Each choice is a key (an id, a ``ParticipantRef`` ...) and the label shown ('HKCEC · 香港會議展覽中心');
typing any part of a label offers it. What was typed is read back on save: an exact label, or
the one label containing it; anything else is refused with the reason, beside the field.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.plan import Plan
from desktop_app.services.lookup import name_key
from desktop_app.ui.inspector.fields.choices import Choice, room_choices


class EntityCombo(QComboBox):
    picked = Signal(object)
    """(key or None) when another choice is shown."""

    def __init__(self, parent: QWidget | None = None, *, noun: str, none_text: str | None = None) -> None:
        """``none_text`` (e.g. 'No venue') allows choosing nothing, shown as an empty field."""
        super().__init__(parent)
        self.noun = noun
        self.none_text = none_text
        self.unknown_reason: Callable[[str], str] = self._unknown
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # Long names (America/Argentina/ComodRivadavia) must not make the inspector wider than its dock.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        self.setMaxVisibleItems(16)
        self.labels = QStringListModel(self)
        completer = QCompleter(self.labels, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)
        if none_text:
            self.lineEdit().setPlaceholderText(none_text)
        self.currentIndexChanged.connect(lambda index: self.picked.emit(self.itemData(index)))

    def set_choices(self, choices: Iterable[Choice]) -> None:
        """Offer ``choices``; the one shown stays if it is still offered."""
        kept = self._key_shown()
        self.blockSignals(True)
        self.clear()
        if self.none_text is not None:
            self.addItem("", None)
        labels = []
        for key, label in choices:
            self.addItem(label, key)
            labels.append(label)
        self.labels.setStringList(labels)
        self.set_key(kept)
        self.blockSignals(False)

    def set_key(self, key: Any) -> None:
        index = self.index_of(key) if key is not None else (0 if self.none_text is not None else -1)
        if index < 0 and key is not None:  # not offered (a removed person): say so rather than show another
            self.addItem(self.tr("(no longer in the plan: %1)").replace("%1", str(key)), key)
            index = self.count() - 1
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText("")

    def index_of(self, key: Any) -> int:
        """Compared in Python: ``findData`` cannot compare keys such as a ``ParticipantRef``."""
        return next((i for i in range(self.count()) if self.itemData(i) == key), -1)

    def key(self, field: str) -> Any:
        """The key of what the field says; raises ``ValidationError(field)`` when it names nothing offered."""
        text = self.currentText().strip()
        if not text:
            if self.none_text is not None:
                return None
            raise ValidationError(field, self.tr("choose a %1").replace("%1", self.noun))
        exact = [i for i in range(self.count()) if name_key(self.itemText(i)) == name_key(text)]
        if not exact:
            exact = [i for i in range(self.count()) if name_key(text) in name_key(self.itemText(i))]
        if len(exact) == 1:
            return self.itemData(exact[0])
        if exact:
            raise ValidationError(field, self.tr("'%1' fits %2 choices; pick one from the list")
                                  .replace("%1", text).replace("%2", str(len(exact))))
        raise ValidationError(field, self.unknown_reason(text))

    def _key_shown(self) -> Any:
        index = self.currentIndex()
        return self.itemData(index) if index >= 0 and self.itemText(index) == self.currentText() else None

    def _unknown(self, text: str) -> str:
        return self.tr("no %1 is called '%2'").replace("%1", self.noun).replace("%2", text)


class RoomCombo(EntityCombo):
    """The rooms of one venue only; a room of another venue typed in is refused, naming the venue's rooms."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, noun=QCoreApplication.translate("RoomCombo", "room"),
                         none_text=QCoreApplication.translate("RoomCombo", "No room"))
        self.venue_name = ""
        self.unknown_reason = self._not_in_venue

    def show_rooms_of(self, plan: Plan, venue_id: int | None) -> None:
        venue = plan.venue_by_id.get(venue_id) if venue_id is not None else None
        self.venue_name = venue.name if venue else ""
        self.set_choices(room_choices(plan, venue_id))
        self.setEnabled(venue is not None)

    def _not_in_venue(self, text: str) -> str:
        if not self.venue_name:
            return self.tr("a room needs its venue: choose the venue first")
        rooms = ", ".join(self.itemText(i) for i in range(self.count()) if self.itemData(i) is not None)
        return (self.tr("%1 has no room '%2' (its rooms: %3)").replace("%1", self.venue_name)
                .replace("%2", text).replace("%3", rooms or self.tr("none")))
