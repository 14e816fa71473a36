"""A thin list model over the plan's conflicts, as the conflict service found them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from desktop_app.domain.conflicts import Conflict, ConflictKind, Severity
from desktop_app.domain.timezones import to_local
from desktop_app.ui.style import colours, severity_icon
from desktop_app.ui.window_dates import weekday_day_month_time

Index = QModelIndex | QPersistentModelIndex

CONFLICT_ROLE = Qt.ItemDataRole.UserRole + 1
"""The backing ``Conflict``."""
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

KIND_LABELS = {
    ConflictKind.DOUBLE_BOOKED: QT_TRANSLATE_NOOP("ConflictListModel", "Double-booked"),
    ConflictKind.ROOM_OVER_CAPACITY: QT_TRANSLATE_NOOP("ConflictListModel", "Room over capacity"),
    ConflictKind.TRAVEL_TIME: QT_TRANSLATE_NOOP("ConflictListModel", "Too little travel time"),
    ConflictKind.OUTSIDE_STAY: QT_TRANSLATE_NOOP("ConflictListModel", "Outside the stay"),
    ConflictKind.OUTSIDE_OPENING_HOURS: QT_TRANSLATE_NOOP("ConflictListModel", "Venue closed"),
}
"""English, marked for translation; shown through ``kind_label``."""


def kind_label(kind: ConflictKind) -> str:
    label = KIND_LABELS.get(kind)
    return QCoreApplication.translate("ConflictListModel", label) if label else kind.value


class ConflictListModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._conflicts: list[Conflict] = []

    def set_conflicts(self, conflicts: Sequence[Conflict]) -> None:
        conflicts = list(conflicts)
        if conflicts == self._conflicts:
            return
        self.beginResetModel()
        self._conflicts = conflicts
        self.endResetModel()

    def conflicts(self) -> list[Conflict]:
        return list(self._conflicts)

    def counts(self) -> tuple[int, int]:
        """(conflicts, warnings)."""
        conflicts = sum(1 for c in self._conflicts if c.severity is Severity.CONFLICT)
        return conflicts, len(self._conflicts) - conflicts

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008  (Qt's own signature)
        return 0 if parent.isValid() else len(self._conflicts)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._conflicts):
            return None
        conflict = self._conflicts[index.row()]
        warning = conflict.severity is Severity.WARNING
        if role == Qt.ItemDataRole.DisplayRole:
            when = to_local(conflict.start, conflict.timezone)
            return f"{weekday_day_month_time(when)} · {kind_label(conflict.kind)}\n{conflict.message}"
        if role == Qt.ItemDataRole.ToolTipRole:
            titles = "\n".join(f"• {title}" for _external_id, title in conflict.activities)
            severity = self.tr("Warning") if warning else self.tr("Conflict")
            return f"{severity}: {conflict.message}\n{titles}"
        if role == Qt.ItemDataRole.DecorationRole:
            return severity_icon(warning=warning)
        if role == Qt.ItemDataRole.ForegroundRole and warning:
            return QBrush(QColor(colours().warning_text))
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return conflict.severity.value
        if role == CONFLICT_ROLE:
            return conflict
        if role == SORT_ROLE:
            return conflict.start.timestamp()
        return None
