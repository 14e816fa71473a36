"""The agenda as a two-level item model: days, and under each its activities (thin, fed rows)."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from desktop_app.domain.activities import ActivityStatus
from desktop_app.domain.conflicts import Severity
from desktop_app.ui.activities.labels import kind_label, status_label
from desktop_app.ui.calendar.model.agenda_rows import AgendaDay, AgendaRow
from desktop_app.ui.calendar.views.date_navigator import day_text
from desktop_app.ui.style import colours, severity_icon

ACTIVITY_ROLE = Qt.ItemDataRole.UserRole + 1
DAY_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    TIME = 0
    TITLE = 1
    KIND = 2
    PLACE = 3
    PEOPLE = 4
    STATUS = 5


class AgendaModel(QAbstractItemModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._days: list[AgendaDay] = []
        self._headers = [self.tr("Time"), self.tr("Activity"), self.tr("Kind"), self.tr("Place"),
                         self.tr("People"), self.tr("Status")]

    def set_days(self, days: list[AgendaDay]) -> None:
        self.beginResetModel()
        self._days = list(days)
        self.endResetModel()

    def days(self) -> list[AgendaDay]:
        return list(self._days)

    def row_of(self, index: Index) -> AgendaRow | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._days[index.internalId() - 1].rows[index.row()]

    # --- QAbstractItemModel -----------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008 - Qt's signature
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008 - Qt's signature
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        if not parent.isValid():
            return len(self._days)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._days[parent.row()].rows)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._day_data(self._days[index.row()], index.column(), role)
        row = self._days[index.internalId() - 1].rows[index.row()]
        return self._row_data(row, Column(index.column()), role)

    def _day_data(self, day: AgendaDay, column: int, role: int) -> Any:
        if role == DAY_ROLE:
            return day.day
        if column != Column.TIME:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            parts = [day_text(day.day), *([day.market] if day.market else []), day.zone_label]
            return " · ".join(parts) + f"  ({len(day.rows)})"
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _row_data(self, row: AgendaRow, column: Column, role: int) -> Any:
        if role == ACTIVITY_ROLE:
            return row.activity
        if role == DAY_ROLE:
            return row.day
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                Column.TIME: row.time_text, Column.TITLE: row.title, Column.KIND: kind_label(row.activity.kind),
                Column.PLACE: row.place, Column.PEOPLE: row.people, Column.STATUS: status_label(row.status),
            }[column]
        cancelled = row.status is ActivityStatus.CANCELLED
        if role == Qt.ItemDataRole.FontRole and cancelled:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and cancelled:
            return QColor(colours().muted_text)
        if role == Qt.ItemDataRole.DecorationRole and column is Column.TITLE and row.severity is not None:
            return severity_icon(warning=row.severity is Severity.WARNING)
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.TITLE and row.severity is not None:
            return self.tr("In conflict") if row.severity is Severity.CONFLICT else self.tr("With a warning")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
