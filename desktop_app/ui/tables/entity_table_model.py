"""A thin, generic table model over plan entities: columns are plain functions of (entity, plan).

Views never query the plan file: a section hands the model its rows (``set_rows``) and, after an
edit, the entities that changed (``apply``); the model then emits narrow signals (a row repainted,
inserted or removed) so a view keeps its selection, sort and scroll position.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop_app.domain.plan import Plan
from desktop_app.domain.plan_patch import entity_key

Index = QModelIndex | QPersistentModelIndex

ENTITY_ROLE = Qt.ItemDataRole.UserRole + 10
"""The backing entity of a row, so selections survive sorting and filtering proxies."""
KEY_ROLE = Qt.ItemDataRole.UserRole + 11
SORT_ROLE = Qt.ItemDataRole.UserRole + 12

# Plain ints: data() is called for every role of every visible cell, and enum comparisons cost.
_DISPLAY, _TOOLTIP = int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT, _SORT = int(Qt.ItemDataRole.TextAlignmentRole), int(SORT_ROLE)
_ENTITY, _KEY = int(ENTITY_ROLE), int(KEY_ROLE)
_ANSWERED = frozenset({_DISPLAY, _TOOLTIP, _ALIGNMENT, _SORT, _ENTITY, _KEY})
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True, slots=True)
class TableColumn:
    title: str
    text: Callable[[Any, Plan], str]
    sort: Callable[[Any, Plan], Any] | None = None
    """A sortable value (numbers, instants); the text when None."""
    tooltip: Callable[[Any, Plan], str] | None = None
    align_right: bool = False


class EntityTableModel(QAbstractTableModel):
    """Rows of one kind of entity, keyed by ``entity_key``; cells computed by ``TableColumn``s."""

    def __init__(self, columns: Sequence[TableColumn], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self._rows: list[Any] = []
        self._row_of: dict[object, int] = {}
        self._plan = Plan()

    # --- feeding ------------------------------------------------------------------------

    def set_rows(self, rows: Iterable[Any], plan: Plan) -> None:
        """All rows anew (a plan was opened or could not be patched)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._plan = plan
        self._reindex()
        self.endResetModel()

    def apply(self, plan: Plan, saved: Iterable[Any], removed_keys: Iterable[object]) -> None:
        """Patch the rows: ``saved`` entities replace or join them, ``removed_keys`` leave; cells that
        read other entities (a delegate's delegation name) are repainted from ``plan``."""
        self._plan = plan
        for key in removed_keys:
            row = self._row_of.get(key)
            if row is None:
                continue
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self._reindex()
            self.endRemoveRows()
        for entity in saved:
            row = self._row_of.get(entity_key(entity))
            if row is None:
                self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
                self._rows.append(entity)
                self._row_of[entity_key(entity)] = len(self._rows) - 1
                self.endInsertRows()
            else:
                self._rows[row] = entity
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def refresh_cells(self, plan: Plan) -> None:
        """Repaint every cell (names of other entities a column shows may have changed)."""
        self._plan = plan
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.columns) - 1))

    def _reindex(self) -> None:
        self._row_of = {entity_key(entity): row for row, entity in enumerate(self._rows)}

    # --- reading ------------------------------------------------------------------------

    @property
    def entities(self) -> list[Any]:
        return list(self._rows)

    def row_of(self, key: object) -> int | None:
        return self._row_of.get(key)

    def entity_at(self, row: int) -> Any:
        return self._rows[row]

    # --- Qt -----------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ANSWERED or not index.isValid() or index.row() >= len(self._rows):
            return None  # most roles a view asks for (fonts, colours, check state) have no answer here
        entity = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == _DISPLAY:
            return column.text(entity, self._plan)
        if role == _SORT:
            value = column.sort(entity, self._plan) if column.sort else column.text(entity, self._plan)
            return value.casefold() if isinstance(value, str) else value
        if role == _TOOLTIP:
            return column.tooltip(entity, self._plan) if column.tooltip is not None else None
        if role == _ALIGNMENT:
            return _RIGHT if column.align_right else None
        if role == _ENTITY:
            return entity
        return entity_key(entity)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title
        return None
