"""Sorting and filtering an ``EntityTableModel``: by the search text and by a section's own choice
(one delegation, one status), without touching the rows the model holds."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from desktop_app.ui.tables.entity_table_model import SORT_ROLE, EntityTableModel

RowFilter = Callable[[Any], bool]
"""Whether an entity is shown (besides matching the search text)."""


class EntityProxyModel(QSortFilterProxyModel):
    """Sorts by ``SORT_ROLE`` (numbers and instants, not their text); keeps the rows whose text
    contains the search string in any column and that the row filter accepts."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterKeyColumn(-1)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._row_filter: RowFilter | None = None

    def set_row_filter(self, accepts: RowFilter | None) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and later; invalidateRowsFilter is deprecated there
            self.beginFilterChange()
            self._row_filter = accepts
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._row_filter = accepts
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if self._row_filter is not None:
            model = self.sourceModel()
            assert isinstance(model, EntityTableModel)
            if not self._row_filter(model.entity_at(source_row)):
                return False
        return super().filterAcceptsRow(source_row, source_parent)
