"""Delegates × days: how full each day is, at a glance; a double-click opens that day."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from desktop_app.domain.conflicts import Conflict
from desktop_app.domain.plan import Plan
from desktop_app.ui.calendar.model.load_matrix import FULL_DAY_MINUTES, LoadCell, LoadMatrix, load_matrix
from desktop_app.ui.calendar.views.date_navigator import day_text
from desktop_app.ui.style import colours, is_dark

CELL_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


def hours_text(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    return f"{hours}:{rest:02d}"


def load_colour(share: float, dark: bool) -> QColor:
    """From the base colour (free) to a deep blue (full); text stays readable on both ends."""
    free = QColor("#1e1e1e") if dark else QColor("#ffffff")
    full = QColor("#1f5fa8") if dark else QColor("#8fb8ec")
    mix = share
    return QColor(round(free.red() + (full.red() - free.red()) * mix),
                  round(free.green() + (full.green() - free.green()) * mix),
                  round(free.blue() + (full.blue() - free.blue()) * mix))


class LoadMatrixModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.matrix = LoadMatrix((), (), {})

    def set_matrix(self, matrix: LoadMatrix) -> None:
        self.beginResetModel()
        self.matrix = matrix
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.matrix.delegates)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.matrix.days)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation is Qt.Orientation.Horizontal:
            return day_text(self.matrix.days[section])
        return self.matrix.delegates[section].display_name

    def cell(self, index: Index) -> LoadCell:
        delegate = self.matrix.delegates[index.row()]
        return self.matrix.cell(delegate.id or 0, self.matrix.days[index.column()])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        cell = self.cell(index)
        if role == CELL_ROLE:
            return cell
        if role == Qt.ItemDataRole.DisplayRole:
            if not cell.activities and not cell.conflicts:
                return ""
            text = f"{hours_text(cell.minutes)} · {cell.activities}"
            return f"{text} · ⚠{cell.conflicts}" if cell.conflicts else text
        if role == Qt.ItemDataRole.BackgroundRole:
            return load_colour(cell.share, is_dark())
        if role == Qt.ItemDataRole.ForegroundRole and cell.conflicts:
            return QColor(colours().conflict_text)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{hours} h booked, {count} activities, {conflicts} conflicts").format(
                hours=hours_text(cell.minutes), count=cell.activities, conflicts=cell.conflicts)
        return None


class LoadMatrixView(QWidget):
    day_requested = Signal(object, int)
    """(date, delegate id): show that delegate's day."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = LoadMatrixModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Load of each delegate by day"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        widest = self.fontMetrics().horizontalAdvance("10:30 · 12 · ⚠2")
        self.table.horizontalHeader().setDefaultSectionSize(widest + 20)
        self.table.doubleClicked.connect(self._on_double_click)
        self.table.activated.connect(self._on_double_click)
        self.legend = QLabel(self.tr("Hours booked · activities (· conflicts); darker is fuller, full at {hours} h. "
                                     "Double-click a day to open it.").format(hours=FULL_DAY_MINUTES // 60), self)
        self.legend.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.legend)
        layout.addWidget(self.table, 1)

    def set_plan(self, plan: Plan, conflicts: Sequence[Conflict]) -> None:
        self.model.set_matrix(load_matrix(plan, conflicts))

    def _on_double_click(self, index: QModelIndex) -> None:
        if index.isValid():
            matrix = self.model.matrix
            self.day_requested.emit(matrix.days[index.column()], matrix.delegates[index.row()].id or 0)
