"""The re-plan preview: each activity that would change, as it is and as it would be."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop_app.domain.activities import Activity
from desktop_app.domain.local_time import activity_zone
from desktop_app.domain.plan import Plan
from desktop_app.ui.tools.market_time_edit import span_label

Index = QModelIndex | QPersistentModelIndex

ACTIVITY_ROLE = Qt.ItemDataRole.UserRole + 1
"""The activity as it would be after the re-plan."""
TITLE, WAS, NOW, PLACE, PEOPLE = range(5)


@dataclass(frozen=True, slots=True)
class PreviewRow:
    before: Activity
    after: Activity
    was: str
    now: str
    place: str
    people: str


def preview_rows(before_plan: Plan, after_plan: Plan, pairs: Sequence[tuple[Activity, Activity]],
                 cancelled_text: str) -> list[PreviewRow]:
    rows = []
    for before, after in pairs:
        was = span_label(before.start, before.end, activity_zone(before_plan, before))
        now = span_label(after.start, after.end, activity_zone(after_plan, after))
        if after.is_cancelled:
            now = cancelled_text
        old_place = before_plan.describe_place(before.venue_id, before.room_id)
        new_place = after_plan.describe_place(after.venue_id, after.room_id)
        place = new_place if old_place == new_place else f"{old_place or '—'} → {new_place or '—'}"
        people = ", ".join(before_plan.delegate_by_id[d].display_name for d in after.delegate_ids
                           if d in before_plan.delegate_by_id)
        rows.append(PreviewRow(before, after, was, now, place, people))
    return rows


class ReplanPreviewModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[PreviewRow] = []
        self._titles = (self.tr("Activity"), self.tr("Was"), self.tr("Would be"), self.tr("Place"),
                        self.tr("Delegates"))

    def set_rows(self, rows: Sequence[PreviewRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[PreviewRow]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008  (Qt's own signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._titles)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._titles):
            return self._titles[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (row.after.title, row.was, row.now, row.place, row.people)[index.column()]
        if role == ACTIVITY_ROLE:
            return row.after
        return None
