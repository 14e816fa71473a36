"""The scheduler's proposal as a table: one row per placed meeting, each with a tick box."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from desktop_app.domain.activities import Activity
from desktop_app.domain.plan import Plan
from desktop_app.services.schedule_service import Placement, ScheduleResult, meeting_activity, meeting_parties
from desktop_app.ui.tools.market_time_edit import span_label

Index = QModelIndex | QPersistentModelIndex

ACTIVITY_ROLE = Qt.ItemDataRole.UserRole + 1
"""The activity the placement would become (no id yet)."""
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
TAKE, WHEN, WHO, PLACE, PRIORITY = range(5)


@dataclass(frozen=True, slots=True)
class ProposalRow:
    placement: Placement
    activity: Activity
    when: str
    who: str
    place: str
    priority: int


def proposal_rows(plan: Plan, result: ScheduleResult) -> list[ProposalRow]:
    rows = []
    for placement in result.placed:
        request = plan.request_by_id.get(placement.request_id)
        if request is None:
            continue
        activity = meeting_activity(plan, request, placement)
        when = span_label(placement.start, placement.end, activity.timezone)
        who = f"{placement.label} · {meeting_parties(plan, request.id or 0)}"
        place = plan.describe_place(placement.venue_id, placement.room_id)
        rows.append(ProposalRow(placement, activity, when, who, place, request.priority))
    return rows


class ProposalTableModel(QAbstractTableModel):
    ticks_changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ProposalRow] = []
        self._ticked: list[bool] = []
        self._titles = ("", self.tr("When"), self.tr("Request · who meets"), self.tr("Place"), self.tr("Priority"))

    def set_rows(self, rows: Sequence[ProposalRow]) -> None:
        """A new proposal: every meeting ticked."""
        self.beginResetModel()
        self._rows = list(rows)
        self._ticked = [True] * len(self._rows)
        self.endResetModel()
        self.ticks_changed.emit()

    def rows(self) -> list[ProposalRow]:
        return list(self._rows)

    def ticked_request_ids(self) -> list[int]:
        return [row.placement.request_id for row, ticked in zip(self._rows, self._ticked, strict=True) if ticked]

    def ticked_activities(self) -> list[Activity]:
        return [row.activity for row, ticked in zip(self._rows, self._ticked, strict=True) if ticked]

    def set_all_ticked(self, ticked: bool) -> None:
        if not self._rows:
            return
        self._ticked = [ticked] * len(self._rows)
        self.dataChanged.emit(self.index(0, TAKE), self.index(len(self._rows) - 1, TAKE),
                              [Qt.ItemDataRole.CheckStateRole])
        self.ticks_changed.emit()

    # --- Qt -------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008  (Qt's own signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._titles)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._titles):
            return self._titles[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == TAKE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == TAKE:
            return Qt.CheckState.Checked if self._ticked[index.row()] else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) and column != TAKE:
            return (None, row.when, row.who, row.place, str(row.priority))[column]
        if role == Qt.ItemDataRole.AccessibleTextRole and column == TAKE:
            return self.tr("Accept %1").replace("%1", row.placement.label)
        if role == ACTIVITY_ROLE:
            return row.activity
        if role == SORT_ROLE:
            return (self._ticked[index.row()], row.placement.start, row.who, row.place, row.priority)[column]
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != TAKE or role != Qt.ItemDataRole.CheckStateRole:
            return False
        ticked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        if self._ticked[index.row()] == ticked:
            return True
        self._ticked[index.row()] = ticked
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.ticks_changed.emit()
        return True
