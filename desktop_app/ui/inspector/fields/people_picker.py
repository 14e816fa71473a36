"""Choosing several people (an activity's attendees, its contacts, a project's team) by typing.

Type any part of a name, native name or email ('지우', 'wong', '@example.kr'): the list offers
who fits, over 60 delegates or hundreds of contacts alike. Enter takes the one person the text
names exactly (``services.lookup``: email, Latin or native name) or the only one it fits. The
chosen are listed below, each with a Remove button and, for attendees, whether they are required.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QCompleter,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.people import Contact, Delegate
from desktop_app.services.lookup import LookupFailed, PeopleIndex, name_key
from desktop_app.ui.appearance import mark_as_error
from desktop_app.ui.inspector.fields.choices import person_label

Person = Delegate | Contact
NAME, REQUIRED, REMOVE = 0, 1, 2


class PeoplePicker(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, noun: str = "delegate", with_required: bool = False) -> None:
        super().__init__(parent)
        self.noun = noun
        self.with_required = with_required
        self._people: dict[int, Person] = {}
        self._offered: Sequence[Person] = ()
        self._by_label: dict[str, int] = {}
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Add: type a name, native name or email…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Find a %1 to add").replace("%1", noun))
        self.labels = QStringListModel(self)
        self.completer = QCompleter(self.labels, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setMaxVisibleItems(12)
        self.search.setCompleter(self.completer)
        self.completer.activated[str].connect(self._on_completion)
        self.search.returnPressed.connect(self._on_return)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        mark_as_error(self.hint)
        self.hint.hide()
        self.table = QTableWidget(0, 3 if with_required else 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Required"), ""] if with_required
                                             else [self.tr("Name"), ""])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.table.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.search)
        layout.addWidget(self.hint)
        layout.addWidget(self.table)
        self._fit_height()

    # --- who may be chosen, who is ----------------------------------------------------------

    def set_candidates(self, people: Iterable[Person], known: dict[int, Person] | None = None) -> None:
        """Offer ``people`` (the live ones); ``known`` names people already chosen who may be gone."""
        offered = list(people)
        self._people = {**(known or {}), **{p.id: p for p in offered if p.id is not None}}
        self._offered = offered
        self._by_label = {}
        for person in offered:
            label = person_label(person)
            if label in self._by_label:  # same name, no email: tell them apart
                label = f"{label} (#{person.id})"
            self._by_label[label] = person.id or 0
        self.labels.setStringList(list(self._by_label))

    def set_chosen(self, chosen: Iterable[tuple[int, bool]]) -> None:
        """(person id, required) for each person chosen."""
        self.table.setRowCount(0)
        for person_id, required in chosen:
            self._append(person_id, required)
        self._fit_height()

    def chosen(self) -> list[tuple[int, bool]]:
        return [(self._id_at(row), self._required_at(row)) for row in range(self.table.rowCount())]

    def chosen_ids(self) -> tuple[int, ...]:
        return tuple(person_id for person_id, _required in self.chosen())

    def add(self, person_id: int, *, required: bool = True) -> None:
        if person_id in self.chosen_ids():
            self._say(self.tr("%1 is already listed").replace("%1", self._name(person_id)))
            return
        self._append(person_id, required)
        self._fit_height()
        self.changed.emit()

    def remove(self, person_id: int) -> None:
        for row in range(self.table.rowCount()):
            if self._id_at(row) == person_id:
                self.table.removeRow(row)
                self._fit_height()
                self.changed.emit()
                return

    def matches(self, text: str) -> list[str]:
        """The labels offered for ``text`` (what the type-ahead list shows)."""
        key = name_key(text)
        return [label for label in self._by_label if key in name_key(label)]

    # --- typing -----------------------------------------------------------------------------

    def _on_completion(self, label: str) -> None:
        person_id = self._by_label.get(label)
        if person_id is not None:
            self._take(person_id)

    def _on_return(self) -> None:
        text = self.search.text().strip()
        if not text:
            return
        if text in self._by_label:
            self._take(self._by_label[text])
            return
        try:
            person = PeopleIndex(self._offered, self.noun).find(text)
        except LookupFailed as failure:
            fits = self.matches(text)
            if len(fits) == 1 and not failure.ambiguous:
                self._take(self._by_label[fits[0]])
            elif fits and not failure.ambiguous:
                self._say(self.tr("'%1' fits %2 people; pick one from the list").replace("%1", text)
                          .replace("%2", str(len(fits))))
            else:
                self._say(failure.reason)
            return
        self._take(person.id or 0)

    def _take(self, person_id: int) -> None:
        self.hint.hide()
        self.add(person_id)
        # After the completer has put its text in the field: start the next search empty.
        QTimer.singleShot(0, self.search.clear)

    def _say(self, text: str) -> None:
        self.hint.setText(text)
        self.hint.show()

    # --- the list ---------------------------------------------------------------------------

    def _append(self, person_id: int, required: bool) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        item = QTableWidgetItem(self._name(person_id))
        item.setData(Qt.ItemDataRole.UserRole, person_id)
        person = self._people.get(person_id)
        if person is not None and person.email:
            item.setToolTip(person.email)
        self.table.setItem(row, NAME, item)
        if self.with_required:
            box = QCheckBox(self.table)
            box.setChecked(required)
            box.setAccessibleName(self.tr("%1 is required").replace("%1", self._name(person_id)))
            box.setToolTip(self.tr("Unticked: optional (a clash is a warning, not a conflict)"))
            box.toggled.connect(lambda _checked: self.changed.emit())
            self.table.setCellWidget(row, REQUIRED, box)
        button = QToolButton(self.table)
        button.setText("✕")
        button.setAutoRaise(True)
        button.setToolTip(self.tr("Remove %1").replace("%1", self._name(person_id)))
        button.setAccessibleName(self.tr("Remove %1").replace("%1", self._name(person_id)))
        button.clicked.connect(lambda _checked=False, pid=person_id: self.remove(pid))
        self.table.setCellWidget(row, self.table.columnCount() - 1, button)

    def _id_at(self, row: int) -> int:
        return int(self.table.item(row, NAME).data(Qt.ItemDataRole.UserRole))

    def _required_at(self, row: int) -> bool:
        if not self.with_required:
            return True
        box = self.table.cellWidget(row, REQUIRED)
        return bool(box.isChecked()) if isinstance(box, QCheckBox) else True

    def _name(self, person_id: int) -> str:
        person = self._people.get(person_id)
        if person is None:
            return self.tr("(no longer in the plan: #%1)").replace("%1", str(person_id))
        return person.display_name + (self.tr(" (removed)") if person.removed_at is not None else "")

    def _fit_height(self) -> None:
        """Tall enough for everyone chosen, up to eight rows; then it scrolls."""
        rows = min(max(self.table.rowCount(), 1), 8)
        row_height = self.table.verticalHeader().defaultSectionSize()
        self.table.setFixedHeight(self.table.horizontalHeader().sizeHint().height() + rows * row_height + 4)
        self.updateGeometry()
