"""The roster grid: stands × shifts, one cell per shift, people dragged between shifts.

Dragging is a small state machine of our own over press, move and release (``QDrag.exec`` runs
its own event loop, which tests cannot drive): a press on a person's chip arms it, a move past
the platform's drag distance starts dragging (the chip follows the pointer, the place it would
land on is outlined), and the release asks for the edit: onto someone on another shift, a swap;
onto an empty or free place, a move. Escape, or a release anywhere else, drops nothing. The view
never writes: it emits ``swap_requested`` or ``move_requested`` and the section asks the window.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QTableView, QWidget

from desktop_app.ui.roster.roster_grid_model import RosterGridModel
from desktop_app.ui.roster.roster_rows import ShiftCell
from desktop_app.ui.roster.shift_cell_delegate import Seat, SeatKind, ShiftCellDelegate, cell_height, seats, tick_rect

COLUMN_WIDTH = 144


@dataclass(frozen=True, slots=True)
class SeatHit:
    index: QModelIndex
    cell: ShiftCell
    seat: Seat | None
    number: int = -1


@dataclass
class _Drag:
    origin: QPersistentModelIndex
    person_id: int
    pressed_at: QPoint
    moving: bool = False
    pointer: QPoint | None = None


class RosterGridView(QTableView):
    swap_requested = Signal(object, int, object, int)
    """(ShiftCell, its person, the other ShiftCell, the person there)."""
    move_requested = Signal(object, int, object)
    """(ShiftCell, its person, the ShiftCell with a place for them)."""

    def __init__(self, model: RosterGridModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = model
        self.setModel(model)
        self.cell_delegate = ShiftCellDelegate(self)
        self.setItemDelegate(self.cell_delegate)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setDefaultSectionSize(COLUMN_WIDTH)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setMaximumWidth(COLUMN_WIDTH + 72)  # a long stand name: its tooltip has it whole
        self.editing_allowed = True
        """False while a proposal is shown, or a write is in flight: nothing can be dragged."""
        self._drag: _Drag | None = None
        model.modelReset.connect(self.fit_rows)
        model.dataChanged.connect(lambda *_: self.fit_rows())

    # --- layout ---------------------------------------------------------------------------

    def fit_rows(self) -> None:
        """Each stand's row tall enough for its most places (and for those a proposal adds)."""
        metrics = self.fontMetrics()
        for row in range(self.grid.rowCount()):
            places = 1
            for column in range(self.grid.columnCount()):
                cell = self.grid.cell_at(self.grid.index(row, column))
                if cell is not None:
                    leaving = len(set(cell.staff) - set(cell.proposed)) if cell.proposed is not None else 0
                    places = max(places, max(cell.most, len(cell.shown_staff)) + leaving)
            self.verticalHeader().resizeSection(row, cell_height(metrics, places))

    def set_names(self, names: dict[int, str]) -> None:
        self.cell_delegate.names = names
        self.viewport().update()

    # --- hit testing ----------------------------------------------------------------------

    def hit(self, position: QPoint) -> SeatHit | None:
        """The cell (and the place in it) at a viewport position."""
        index = self.indexAt(position)
        cell = self.grid.cell_at(index)
        if cell is None:
            return None
        for number, seat in enumerate(seats(self.visualRect(index), cell, self.fontMetrics())):
            if seat.rect.contains(position):
                return SeatHit(index, cell, seat, number)
        return SeatHit(index, cell, None)

    def seat_centre(self, cell: ShiftCell, kind: SeatKind, person_id: int | None = None) -> QPoint:
        """Where a place of ``cell`` is drawn (tests press there); the first one of its kind."""
        index = self.grid.index_of(cell.key)
        for seat in seats(self.visualRect(index), cell, self.fontMetrics()):
            if seat.kind is kind and (person_id is None or seat.person_id == person_id):
                return seat.rect.center()
        raise LookupError(f"no {kind} place in that cell")  # not translated: for tests

    def tick_centre(self, cell: ShiftCell) -> QPoint:
        return tick_rect(self.visualRect(self.grid.index_of(cell.key))).center()

    # --- the mouse: ticks, and the drag state machine --------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        position = event.position().toPoint()
        found = self.hit(position)
        if event.button() == Qt.MouseButton.LeftButton and found is not None:
            if found.cell.proposed is not None and tick_rect(self.visualRect(found.index)).contains(position):
                self._toggle_tick(found.index)
                event.accept()
                return
            seat = found.seat
            if self.editing_allowed and seat is not None and seat.kind is SeatKind.PERSON and seat.person_id:
                self._drag = _Drag(QPersistentModelIndex(found.index), seat.person_id, position)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        drag = self._drag
        if drag is None:
            super().mouseMoveEvent(event)
            return
        position = event.position().toPoint()
        if not drag.moving and (position - drag.pressed_at).manhattanLength() >= QApplication.startDragDistance():
            drag.moving = True
        if drag.moving:
            drag.pointer = position
            target = self._drop_place(position)
            self.cell_delegate.drop_target = (QPersistentModelIndex(target.index), target.number) if target else None
            self.viewport().update()
            event.accept()  # no rubber-band selection while dragging

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag = self._drag
        target = self._drop_place(event.position().toPoint()) if drag is not None and drag.moving else None
        self._drag = None
        self.cell_delegate.drop_target = None
        if drag is None or not drag.moving:
            super().mouseReleaseEvent(event)
            return
        self.viewport().update()
        event.accept()
        origin = self.grid.cell_at(drag.origin)
        if target is None or origin is None or target.seat is None:
            return
        if target.seat.kind is SeatKind.PERSON and target.seat.person_id:
            self.swap_requested.emit(origin, drag.person_id, target.cell, target.seat.person_id)
        else:
            self.move_requested.emit(origin, drag.person_id, target.cell)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self._drag is not None:
            self.cancel_drag()
            event.accept()
            return
        if event.key() == Qt.Key.Key_Space and self.grid.cell_at(self.currentIndex()) is not None:
            cell = self.grid.cell_at(self.currentIndex())
            if cell is not None and cell.proposed is not None:
                self._toggle_tick(self.currentIndex())
                event.accept()
                return
        super().keyPressEvent(event)

    def cancel_drag(self) -> None:
        self._drag = None
        self.cell_delegate.drop_target = None
        self.viewport().update()

    @property
    def dragging(self) -> bool:
        return self._drag is not None and self._drag.moving

    def _drop_place(self, position: QPoint) -> SeatHit | None:
        """Where a release at ``position`` would land: someone on another shift, or a place there."""
        drag = self._drag
        found = self.hit(position)
        if drag is None or found is None or drag.origin == QPersistentModelIndex(found.index):
            return None
        if drag.person_id in found.cell.staff:
            return None  # already on that shift
        seat = found.seat
        if seat is not None and (seat.takes_a_person or (seat.kind is SeatKind.PERSON and seat.person_id)):
            return found
        free = next(((n, s) for n, s in enumerate(seats(self.visualRect(found.index), found.cell,
                                                        self.fontMetrics())) if s.takes_a_person), None)
        return SeatHit(found.index, found.cell, free[1], free[0]) if free else None  # anywhere in a cell with room

    def _toggle_tick(self, index: QModelIndex) -> None:
        checked = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        self.grid.setData(index, Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked,
                          Qt.ItemDataRole.CheckStateRole)

    # --- the chip under the pointer -------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        drag = self._drag
        if drag is None or not drag.moving or drag.pointer is None:
            return
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        name = self.cell_delegate.names.get(drag.person_id, "")
        box = QRect(0, 0, metrics.horizontalAdvance(name) + 16, metrics.height() + 6)
        box.moveCenter(drag.pointer)
        palette = self.palette()
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 1.5))
        painter.setBrush(palette.color(QPalette.ColorRole.Highlight).lighter(170))
        painter.drawRoundedRect(box, 3, 3)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, name)
        painter.end()
