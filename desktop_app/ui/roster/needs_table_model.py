"""The interpreting needs of the roster's day: when, which meeting, which languages, who interprets.

Without an interpreter a need says "none" in the conflict colour. While a proposal is shown, the
last column says whom it would choose, with a tick box per need it would change (the ticks of
every day, kept by the section).
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from desktop_app.domain.languages import pair_text
from desktop_app.domain.plan import Plan
from desktop_app.domain.timezones import to_local
from desktop_app.ui.roster.roster_rows import NeedRow
from desktop_app.ui.style import colours
from desktop_app.ui.window_dates import clock

Index = QModelIndex | QPersistentModelIndex

NEED_ROLE = Qt.ItemDataRole.UserRole + 21
"""The ``NeedRow`` of a row."""
SORT_ROLE = Qt.ItemDataRole.UserRole + 22


class Column(IntEnum):
    TIME = 0
    MEETING = 1
    LANGUAGES = 2
    INTERPRETER = 3
    PROPOSED = 4


class NeedsTableModel(QAbstractTableModel):
    ticks_changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[NeedRow] = []
        self._ticked: set[int] = set()
        self.plan = Plan()
        self.headers = {Column.TIME: self.tr("Time"), Column.MEETING: self.tr("Meeting"),
                        Column.LANGUAGES: self.tr("Languages"), Column.INTERPRETER: self.tr("Interpreter"),
                        Column.PROPOSED: self.tr("Proposed")}

    def set_rows(self, rows: Sequence[NeedRow], plan: Plan) -> None:
        rows = list(rows)
        self.plan = plan
        if [r.activity.id for r in rows] != [r.activity.id for r in self._rows]:
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
            return
        changed = [number for number, (old, new) in enumerate(zip(self._rows, rows, strict=True)) if old != new]
        self._rows = rows
        for number in changed:
            self.dataChanged.emit(self.index(number, 0), self.index(number, len(Column) - 1))

    def rows(self) -> list[NeedRow]:
        return list(self._rows)

    def row_at(self, row: int) -> NeedRow:
        return self._rows[row]

    @property
    def ticked(self) -> set[int]:
        return set(self._ticked)

    def set_ticked(self, activity_ids: set[int]) -> None:
        """The needs ticked, of every day."""
        self._ticked = set(activity_ids)
        if self._rows:
            self.dataChanged.emit(self.index(0, Column.PROPOSED), self.index(len(self._rows) - 1, Column.PROPOSED))

    def interpreter_text(self, person_id: int | None) -> str:
        person = self.plan.delegate_by_id.get(person_id) if person_id is not None else None
        return person.name if person is not None else self.tr("none")

    # --- Qt -----------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == Column.PROPOSED and self._rows[index.row()].changes:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        activity = row.activity
        if role == NEED_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            if column is Column.TIME:
                return f"{clock(to_local(activity.start, row.zone))}–{clock(to_local(activity.end, row.zone))}"
            if column is Column.MEETING:
                return activity.title
            if column is Column.LANGUAGES:
                return "/".join(activity.interpreting)
            if column is Column.INTERPRETER:
                return self.interpreter_text(row.interpreter_id)
            return ("→ " + self.interpreter_text(row.proposed)) if row.changes else ""
        if role == SORT_ROLE:
            return activity.start.timestamp() if column is Column.TIME else self.data(index)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column is Column.LANGUAGES:
                return pair_text(activity.interpreting)
            if column is Column.MEETING:
                return activity.title
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column is Column.INTERPRETER and row.interpreter_id is None:
            return QBrush(QColor(colours().conflict_text))
        if role == Qt.ItemDataRole.CheckStateRole and column is Column.PROPOSED and row.changes:
            return Qt.CheckState.Checked if (activity.id or 0) in self._ticked else Qt.CheckState.Unchecked
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() != Column.PROPOSED:
            return False
        row = self._rows[index.row()]
        if not row.changes:
            return False
        if value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value):
            self._ticked.add(row.activity.id or 0)
        else:
            self._ticked.discard(row.activity.id or 0)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.ticks_changed.emit()
        return True

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < len(
                Column):
            return self.headers[Column(section)]
        return None
