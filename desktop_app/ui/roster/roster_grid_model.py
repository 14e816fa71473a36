"""A thin table model over one day of the roster: stands (rows) × shift starts (columns).

Fed whole days (``set_day``), it compares them with the day shown and emits ``dataChanged`` for the
cells that differ, or a reset when rows or columns come or go, so selection and scroll stay
through an edit. While a proposal is shown, a cell it would change is checkable: its tick says
whether accepting "the ticked" takes it. The ticks are those of every day (the section keeps
them through a change of day), read and set whole.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from desktop_app.domain.plan import Plan
from desktop_app.domain.timezones import to_local
from desktop_app.services.roster_refs import ShiftKey
from desktop_app.ui.roster.roster_rows import RosterDay, ShiftCell
from desktop_app.ui.window_dates import clock

Index = QModelIndex | QPersistentModelIndex

CELL_ROLE = Qt.ItemDataRole.UserRole + 20
"""The ``ShiftCell`` of an index (None where a stand has no shift starting then)."""

_DISPLAY, _TOOLTIP, _CHECK = int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole), \
    int(Qt.ItemDataRole.CheckStateRole)
_ACCESSIBLE, _CELL = int(Qt.ItemDataRole.AccessibleTextRole), int(CELL_ROLE)


class RosterGridModel(QAbstractTableModel):
    ticks_changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.day: RosterDay | None = None
        self.plan = Plan()
        self._ticked: set[ShiftKey] = set()

    # --- feeding ------------------------------------------------------------------------

    def set_day(self, day: RosterDay | None, plan: Plan) -> None:
        """Show ``day`` (None: nothing); cells are compared with the day shown, not reset."""
        old, self.plan = self.day, plan
        if old is None or day is None or old.duties != day.duties or old.columns != day.columns:
            self.beginResetModel()
            self.day = day
            self.endResetModel()
            return
        self.day = day
        for (row, column), cell in day.cells.items():
            if old.cells.get((row, column)) != cell:
                index = self.index(row, column)
                self.dataChanged.emit(index, index)
        self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, max(len(day.duties) - 1, 0))  # a room renamed

    def set_ticked(self, keys: set[ShiftKey]) -> None:
        """The shifts ticked, of every day."""
        self._ticked = set(keys)
        self._changed_all()

    def _changed_all(self) -> None:
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    # --- reading ------------------------------------------------------------------------

    def cells(self) -> list[ShiftCell]:
        return list(self.day.cells.values()) if self.day is not None else []

    def cell_at(self, index: Index) -> ShiftCell | None:
        if self.day is None or not index.isValid():
            return None
        return self.day.cell(index.row(), index.column())

    def index_of(self, key: ShiftKey) -> QModelIndex:
        place = self.day.position_of(key) if self.day is not None else None
        return self.index(*place) if place is not None else QModelIndex()

    @property
    def ticked(self) -> set[ShiftKey]:
        return set(self._ticked)

    def name(self, person_id: int) -> str:
        person = self.plan.delegate_by_id.get(person_id)
        return person.name if person is not None else f"#{person_id}"

    def cell_text(self, cell: ShiftCell) -> str:
        """'Wong Ka-man, Chan Tsz-hin' or 'Kim Ji-woo · 1 empty'; with a proposal, what it would be."""
        names = [self.name(p) for p in cell.shown_staff]
        if cell.empty_places:
            names.append(self.tr("%n empty", "", cell.empty_places))
        return " · ".join(names) if names else self.tr("nobody")

    def cell_tooltip(self, cell: ShiftCell) -> str:
        span = f"{clock(to_local(cell.start, cell.zone))}–{clock(to_local(cell.end, cell.zone))}"
        room = self.plan.room_by_id.get(cell.duty.room_id)
        lines = [f"{room.name if room else ''} {span}".strip(),
                 self.tr("%1 to %2 people on duty").replace("%1", str(cell.least)).replace("%2", str(cell.most))]
        if cell.activity is None:
            lines.append(self.tr("Nobody on it yet"))
        else:
            lines.append(self.tr("Confirmed (the roster leaves it as it is)") if cell.confirmed else
                         self.tr("Tentative (the roster may change it)"))
            lines += [f"• {self.plan.delegate_by_id[p].display_name}" for p in cell.staff
                      if p in self.plan.delegate_by_id]
        if cell.proposed is not None:
            proposed = ", ".join(self.name(p) for p in cell.proposed) or self.tr("nobody")
            lines.append(self.tr("Proposed: %1").replace("%1", proposed))
        return "\n".join(lines)

    # --- Qt -----------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() or self.day is None else len(self.day.duties)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.day is None else len(self.day.columns)

    def flags(self, index: Index) -> Qt.ItemFlag:
        cell = self.cell_at(index)
        if cell is None:
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if cell.proposed is not None:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        cell = self.cell_at(index)
        if cell is None:
            return None
        if role in (_DISPLAY, _ACCESSIBLE):
            return self.cell_text(cell)
        if role == _CELL:
            return cell
        if role == _TOOLTIP:
            return self.cell_tooltip(cell)
        if role == _CHECK and cell.proposed is not None:
            return Qt.CheckState.Checked if cell.key in self._ticked else Qt.CheckState.Unchecked
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        cell = self.cell_at(index)
        if role != _CHECK or cell is None or cell.proposed is None:
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)
        if checked:
            self._ticked.add(cell.key)
        else:
            self._ticked.discard(cell.key)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.ticks_changed.emit()
        return True

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.day is None or role not in (_DISPLAY, _TOOLTIP):
            return None
        if orientation == Qt.Orientation.Vertical:
            if not 0 <= section < len(self.day.duties):
                return None
            duty = self.day.duties[section]
            room, venue = self.plan.room_by_id.get(duty.room_id), self.plan.venue_by_id.get(duty.venue_id)
            if role == _TOOLTIP:
                return f"{room.name if room else ''}, {venue.name if venue else ''}"
            return room.name if room else ""
        if not 0 <= section < len(self.day.columns):
            return None
        starting = [cell for (_row, column), cell in self.day.cells.items() if column == section]
        first = starting[0]
        start = clock(to_local(first.start, first.zone))
        ends = {cell.end for cell in starting}
        return f"{start}–{clock(to_local(first.end, first.zone))}" if len(ends) == 1 else start
