"""A thin table model over already-built activity rows; it never reads the plan file itself."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QApplication

from desktop_app.domain.activities import Activity, ActivityKind, ActivityStatus
from desktop_app.ui.activities.activity_rows import ActivityRow
from desktop_app.ui.activities.labels import kind_label, status_label
from desktop_app.ui.style import colours, severity_icon

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    START = 0
    END = 1
    ZONE = 2
    """Where the start and end are told: a day may mix zones (a Seoul flight, a Cannes dinner)."""
    TITLE = 3
    KIND = 4
    STATUS = 5
    PLACE = 6
    ATTENDEES = 7
    CONFLICTS = 8


_COLUMNS = tuple(Column)  # indexing a tuple is much cheaper than Column(number) in data()

HEADERS = {
    Column.START: QT_TRANSLATE_NOOP("ActivityTableModel", "Start"),
    Column.END: QT_TRANSLATE_NOOP("ActivityTableModel", "End"),
    Column.ZONE: QT_TRANSLATE_NOOP("ActivityTableModel", "Zone"),
    Column.TITLE: QT_TRANSLATE_NOOP("ActivityTableModel", "Title"),
    Column.KIND: QT_TRANSLATE_NOOP("ActivityTableModel", "Kind"),
    Column.STATUS: QT_TRANSLATE_NOOP("ActivityTableModel", "Status"),
    Column.PLACE: QT_TRANSLATE_NOOP("ActivityTableModel", "Venue / room"),
    Column.ATTENDEES: QT_TRANSLATE_NOOP("ActivityTableModel", "Attendees"),
    Column.CONFLICTS: QT_TRANSLATE_NOOP("ActivityTableModel", "Conflicts"),
}
"""English, marked for translation; the model shows them translated."""

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""Sortable values: instants for times, numbers for counts."""
ACTIVITY_ROLE = Qt.ItemDataRole.UserRole + 2
"""The backing ``Activity``, so selections survive sorting and filtering proxies."""
ACTIVITY_ID_ROLE = Qt.ItemDataRole.UserRole + 3


class ActivityTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ActivityRow] = []
        # Words looked up once: the language is fixed for the model's life, and data() is hot.
        self._headers = {column: QCoreApplication.translate("ActivityTableModel", text)
                         for column, text in HEADERS.items()}
        self._kinds = {kind: kind_label(kind) for kind in ActivityKind}
        self._statuses = {status: status_label(status) for status in ActivityStatus}

    # --- feeding --------------------------------------------------------------------

    def set_rows(self, rows: Sequence[ActivityRow]) -> None:
        """Replace the rows. Rows of activities already shown are updated where they are (the
        proxy sorts), rows that come or go are inserted or removed: selection and scroll stay;
        only a different day (no activity in common) resets the model."""
        rows = list(rows)
        wanted = {row.activity_id: row for row in rows}
        shown = {row.activity_id for row in self._rows}
        if not shown & wanted.keys() or not self._rows:
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
            return
        self.update_rows(wanted.values(), shown - wanted.keys())

    def update_rows(self, rows: Iterable[ActivityRow], removed_ids: Iterable[int] = ()) -> None:
        """Patch: ``rows`` replace the shown rows of their activities or join them; ``removed_ids`` leave."""
        for activity_id in set(removed_ids):
            position = self.row_of(activity_id)
            if position is not None:
                self.beginRemoveRows(QModelIndex(), position, position)
                del self._rows[position]
                self.endRemoveRows()
        positions = {row.activity_id: i for i, row in enumerate(self._rows)}
        for row in rows:
            position = positions.get(row.activity_id)
            if position is None:
                self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
                self._rows.append(row)
                positions[row.activity_id] = len(self._rows) - 1
                self.endInsertRows()
            elif self._rows[position] != row:
                self._rows[position] = row
                self.dataChanged.emit(self.index(position, 0), self.index(position, len(Column) - 1))

    def rows(self) -> list[ActivityRow]:
        return list(self._rows)

    def row_of(self, activity_id: int) -> int | None:
        return next((i for i, row in enumerate(self._rows) if row.activity_id == activity_id), None)

    # --- Qt overrides -----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008  (Qt's own signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers.get(Column(section)) if 0 <= section < len(Column) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = _COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            return self._sort_value(row, column)
        if role == ACTIVITY_ROLE:
            return row.activity
        if role == ACTIVITY_ID_ROLE:
            return row.activity_id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.FontRole:
            return self._font(row)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(row, column)
        if role == Qt.ItemDataRole.DecorationRole and column == Column.CONFLICTS and row.conflict_mark.total:
            return severity_icon(warning=not row.conflict_mark.conflicts)
        return None

    # --- roles ------------------------------------------------------------------------

    def _display(self, row: ActivityRow, column: Column) -> str:
        activity = row.activity
        match column:
            case Column.START:
                return row.start_text
            case Column.END:
                return row.end_text
            case Column.ZONE:
                return row.zone_text
            case Column.TITLE:
                return activity.title
            case Column.KIND:
                return self._kinds[activity.kind]
            case Column.STATUS:
                return self._statuses[activity.status]
            case Column.PLACE:
                return row.place
            case Column.ATTENDEES:
                return row.attendees
            case Column.CONFLICTS:
                return str(row.conflict_mark.total) if row.conflict_mark.total else ""

    def _sort_value(self, row: ActivityRow, column: Column) -> Any:
        activity = row.activity
        match column:
            case Column.START:  # a total order (ties by end, title, id): rows keep their place as they patch
                return _instant_key(activity.start, activity.end, activity)
            case Column.END:
                return _instant_key(activity.end, activity.start, activity)
            case Column.STATUS:
                return list(ActivityStatus).index(activity.status)
            case Column.ATTENDEES:
                return row.attendee_count
            case Column.CONFLICTS:
                return row.conflict_mark.conflicts * 1000 + row.conflict_mark.warnings
            case _:
                return self._display(row, column).casefold()

    @staticmethod
    def _tooltip(row: ActivityRow, column: Column) -> str | None:
        if column == Column.ZONE:
            return row.zone_name.replace("_", " ")
        if column == Column.CONFLICTS and row.conflict_messages:
            return "\n".join(row.conflict_messages)
        if column == Column.ATTENDEES and row.attendees:
            return row.attendees.replace(", ", "\n")
        if column == Column.TITLE and row.activity.notes:
            return row.activity.notes
        return None

    @staticmethod
    def _font(row: ActivityRow) -> QFont | None:
        if row.status is ActivityStatus.CANCELLED:
            font = QFont(QApplication.font())
            font.setStrikeOut(True)
            return font
        if row.status in (ActivityStatus.TENTATIVE, ActivityStatus.PROPOSED):
            font = QFont(QApplication.font())
            font.setItalic(True)
            return font
        return None

    @staticmethod
    def _foreground(row: ActivityRow, column: Column) -> QBrush | None:
        scheme = colours()
        if row.status is ActivityStatus.CANCELLED:  # muted, yet readable: the palette's disabled grey is not
            return QBrush(QColor(scheme.muted_text))
        if column == Column.CONFLICTS and row.conflict_mark.total:
            return QBrush(QColor(scheme.conflict_text if row.conflict_mark.conflicts else scheme.warning_text))
        return None


def _instant_key(first: datetime, second: datetime, activity: Activity) -> str:
    """Sorts as (first, second, title, id) in Qt's own string comparison (UTC instants)."""
    return f"{first:%Y%m%d%H%M%S}{second:%Y%m%d%H%M%S}{activity.title.casefold()}{activity.id or 0:09d}"
