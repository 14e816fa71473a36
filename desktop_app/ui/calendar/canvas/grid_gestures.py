"""The pointer and keyboard on the grid, as a press → drag → release state machine.

A press on a block selects it; it becomes a drag after ``DRAG_DISTANCE`` pixels: its body moves
it (to another column too), its top or bottom edge resizes it; a press on the empty grid draws a
new block. Every step snaps to the canvas's step (15 minutes; Shift for single minutes), asks
``GridEdits`` for the preview and its collisions, and shows them. Esc cancels; near the edges of
the view the grid scrolls by itself, faster the deeper the pointer goes. The release hands the
preview to the view (``dropped``), which makes the undoable edit. ``QDrag`` is not used: a drag
inside one widget needs none, and this can be driven by tests.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPen

from desktop_app.ui.calendar.canvas.kind_colours import block_colours
from desktop_app.ui.calendar.model.drag_preview import DragKind, Preview
from desktop_app.ui.calendar.model.layout import Block

if TYPE_CHECKING:
    from desktop_app.ui.calendar.canvas.calendar_canvas import CalendarCanvas

DRAG_DISTANCE = 3
EDGE_PIXELS = 5.0
AUTO_SCROLL_MARGIN = 28
AUTO_SCROLL_MS = 30
FINE_STEP = 1


@dataclass
class Gesture:
    kind: DragKind
    press: QPoint
    """Where the button went down (viewport)."""
    press_minute: float
    column: int
    blocks: list[Block]
    """For a move, every selected block, the one held first; for a resize, that one."""
    toggle: bool = False
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    """Held at the press: Shift there snaps to single minutes for the whole drag."""
    dragging: bool = False
    preview: Preview | None = None
    last: QPointF | None = None
    last_modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier


class GridGestures:
    def __init__(self, canvas: CalendarCanvas) -> None:
        self.canvas = canvas
        self.gesture: Gesture | None = None
        self.new_title = "New activity"
        self.describe: object = None
        """A callable (Preview) -> str the view sets: what the overlay and status bar say."""
        self._scroll_timer = QTimer(canvas)
        self._scroll_timer.setInterval(AUTO_SCROLL_MS)
        self._scroll_timer.timeout.connect(self._auto_scroll)

    @property
    def dragging(self) -> bool:
        return self.gesture is not None and self.gesture.dragging

    # --- pointer ---------------------------------------------------------------------------

    def press(self, event: QMouseEvent) -> bool:
        canvas = self.canvas
        if event.button() is not Qt.MouseButton.LeftButton:
            return False
        point = canvas.content_point(event.position())
        column = canvas.grid.column_at(point.x())
        if column is None:
            return False
        minute = canvas.grid.minute_at(point.y())
        hit = canvas.scene.at(point)
        toggle = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if hit is None or hit.block.ghost:
            self.gesture = Gesture(DragKind.CREATE, event.position().toPoint(), minute, column, [], toggle,
                                   event.modifiers())
            canvas.cursor_cell = (column, int(minute))
            return True
        block = hit.block
        edge = min(EDGE_PIXELS, hit.rect.height() / 4)
        if point.y() - hit.rect.top() <= edge and not block.starts_before:
            kind = DragKind.RESIZE_START
        elif hit.rect.bottom() - point.y() <= edge and not block.ends_after:
            kind = DragKind.RESIZE_END
        else:
            kind = DragKind.MOVE
        if toggle:
            canvas.select([block.activity_id], toggle=True, focus=block)
        elif block.activity.id not in canvas.paint_state.selected:
            canvas.select([block.activity_id], focus=block)
        else:
            canvas.paint_state.focus = (block.activity.id, block.column)
        blocks = [block]
        if kind is DragKind.MOVE:
            others = {b.activity.id: b for b in canvas.selected_blocks() if b.activity.id != block.activity.id}
            blocks += list(others.values())
        self.gesture = Gesture(kind, event.position().toPoint(), minute, column, blocks, toggle, event.modifiers())
        return True

    def move(self, event: QMouseEvent) -> None:
        gesture = self.gesture
        if gesture is None:
            self._hover(event)
            return
        if not gesture.dragging:
            if (event.position().toPoint() - gesture.press).manhattanLength() < DRAG_DISTANCE or gesture.toggle:
                return
            if self.canvas.edits is None:
                return
            gesture.dragging = True
            self._scroll_timer.start()
        gesture.last = event.position()
        gesture.last_modifiers = event.modifiers()
        self._step()

    def release(self, event: QMouseEvent) -> None:
        gesture, self.gesture = self.gesture, None
        self._scroll_timer.stop()
        canvas = self.canvas
        if gesture is None or event.button() is not Qt.MouseButton.LeftButton:
            return
        if not gesture.dragging:
            if gesture.kind is DragKind.CREATE and not gesture.toggle:
                canvas.select([])
                canvas.cell_chosen.emit(gesture.column, int(gesture.press_minute))
            elif gesture.blocks and not gesture.toggle:
                canvas.select([gesture.blocks[0].activity_id], focus=gesture.blocks[0])
            return
        preview = gesture.preview
        canvas.drag_feedback.emit("")
        if preview is None or not preview.changes_something:
            canvas.show_base_layout()
            return
        canvas.hold_preview()
        canvas.dropped.emit(preview)

    def cancel(self, *, quietly: bool = False) -> None:
        """Esc: the drag ends where it began, nothing changes."""
        had = self.gesture is not None and self.gesture.dragging
        self.gesture = None
        self._scroll_timer.stop()
        if had and not quietly:
            self.canvas.show_base_layout()
            self.canvas.drag_feedback.emit("")

    def _hover(self, event: QMouseEvent) -> None:
        hit = self.canvas.block_at(event.position())
        cursor = Qt.CursorShape.ArrowCursor
        if hit is not None and not hit.block.ghost:
            point = self.canvas.content_point(event.position())
            edge = min(EDGE_PIXELS, hit.rect.height() / 4)
            near_edge = point.y() - hit.rect.top() <= edge or hit.rect.bottom() - point.y() <= edge
            cursor = Qt.CursorShape.SizeVerCursor if near_edge else Qt.CursorShape.OpenHandCursor
        self.canvas.viewport().setCursor(cursor)

    def _step(self) -> None:
        gesture, canvas = self.gesture, self.canvas
        if gesture is None or gesture.last is None or canvas.edits is None:
            return
        edits = canvas.edits
        point = canvas.content_point(gesture.last)
        geometry = canvas.grid
        fine = (gesture.last_modifiers | gesture.modifiers) & Qt.KeyboardModifier.ShiftModifier
        step = FINE_STEP if fine else canvas.snap_minutes
        column = geometry.column_at(min(max(point.x(), 0), geometry.width - 1))
        column = gesture.column if column is None else column
        axis = canvas.base_layout.columns[column].axis
        minute = geometry.minute_at(point.y())
        if gesture.kind is DragKind.MOVE:
            held = gesture.blocks[0]
            start = axis.snap(held.start + minute - gesture.press_minute, step)
            preview = edits.move(gesture.blocks, start, column)
        elif gesture.kind is DragKind.CREATE:
            own_axis = canvas.base_layout.columns[gesture.column].axis
            first = own_axis.snap(gesture.press_minute - step / 2 if step > 1 else gesture.press_minute, step)
            last = own_axis.snap(minute, step)
            if last == first:
                last = min(first + step, own_axis.minutes)
            preview = edits.draw(gesture.column, first, last, self.new_title)
        else:
            held = gesture.blocks[0]
            own_axis = canvas.base_layout.columns[held.column].axis
            edge = own_axis.snap(minute, step)
            if gesture.kind is DragKind.RESIZE_START:
                preview = edits.resize(held, min(edge, held.end - 1), held.end)
            else:
                preview = edits.resize(held, held.start, max(edge, held.start + 1))
        gesture.preview = preview
        canvas.show_preview(preview)
        describe = self.describe
        canvas.drag_feedback.emit(describe(preview) if callable(describe) else "")

    def _auto_scroll(self) -> None:
        gesture, canvas = self.gesture, self.canvas
        if gesture is None or not gesture.dragging or gesture.last is None:
            return
        viewport = canvas.viewport().rect()
        x, y = gesture.last.x(), gesture.last.y()
        dx = _speed(x - viewport.left(), viewport.right() - x)
        dy = _speed(y - viewport.top(), viewport.bottom() - y)
        if gesture.kind is not DragKind.MOVE:
            dx = 0  # a resize or a new block stays in its column
        if not dx and not dy:
            return
        horizontal, vertical = canvas.horizontalScrollBar(), canvas.verticalScrollBar()
        before = (horizontal.value(), vertical.value())
        horizontal.setValue(horizontal.value() + dx)
        vertical.setValue(vertical.value() + dy)
        if (horizontal.value(), vertical.value()) != before:
            self._step()

    # --- overlay -------------------------------------------------------------------------------

    def paint_overlay(self, painter: QPainter) -> None:
        """The dragged block's new times and what it would meet, beside it."""
        gesture = self.gesture
        if gesture is None or not gesture.dragging or gesture.preview is None:
            return
        preview = gesture.preview
        describe = self.describe
        text = describe(preview) if callable(describe) else ""
        blocks = [b for a in preview.activities for b in preview.layout.blocks if b.activity is a]
        if not blocks or not text:
            return
        rect = self.canvas.grid.block_rect(blocks[0])
        colours = block_colours()
        metrics = painter.fontMetrics()
        lines = text.split("\n")
        width = max(metrics.horizontalAdvance(line) for line in lines) + 10
        height = metrics.height() * len(lines) + 6
        box = QRectF(rect.right() + 4, rect.top(), width, height)
        if box.right() > self.canvas.grid.width:
            box.moveRight(rect.left() - 4)
        painter.setPen(QPen(colours.conflict if preview.collisions else colours.border, 1))
        background = QColor(self.canvas.palette().color(self.canvas.backgroundRole()))
        background.setAlpha(235)
        painter.setBrush(background)
        painter.drawRect(box)
        painter.setPen(colours.conflict if preview.collisions else colours.text)
        painter.drawText(box.adjusted(5, 3, -5, -3), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, text)

    # --- keyboard ------------------------------------------------------------------------------

    def key(self, event: QKeyEvent) -> bool:
        """Esc, arrows and Enter; moves and copies are the view's actions."""
        canvas = self.canvas
        key, modifiers = event.key(), event.modifiers()
        if key == Qt.Key.Key_Escape:
            if self.dragging:
                self.cancel()
                return True
            if canvas.paint_state.selected:
                canvas.select([])
                return True
            return False
        if modifiers & (Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier):
            return False
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            block = canvas.focused_block()
            if block is not None:
                canvas.open_requested.emit(block.activity)
                return True
            return False
        moves = {Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1), Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0)}
        if key not in moves:
            return False
        self._walk(*moves[Qt.Key(key)])
        return True

    def _walk(self, columns: int, steps: int) -> None:
        canvas = self.canvas
        layout = canvas.scene.layout
        if not layout.columns:
            return
        current = canvas.focused_block()
        if current is None:
            top, _bottom = canvas.visible_minutes()
            candidates = [b for column in range(len(layout.columns)) for b in layout.in_order(column)
                          if b.start >= top and not b.ghost]
            if candidates:
                first = min(candidates, key=lambda b: (b.start, b.column))
                canvas.select([first.activity_id], focus=first, scroll=True)
            return
        if columns:
            column = current.column + columns
            while 0 <= column < len(layout.columns) and not layout.column_blocks[column]:
                column += columns
            if not 0 <= column < len(layout.columns):
                return
            blocks = [b for b in layout.in_order(column) if not b.ghost]
            target = min(blocks, key=lambda b: abs(b.start - current.start))
        else:
            blocks = [b for b in layout.in_order(current.column) if not b.ghost]
            position = next(i for i, b in enumerate(blocks) if b.activity.id == current.activity.id)
            position += steps
            if not 0 <= position < len(blocks):
                return
            target = blocks[position]
        canvas.select([target.activity_id], focus=target, scroll=True)


def _speed(from_start: float, from_end: float) -> int:
    """Pixels per tick: nothing away from the edges, more the nearer (or further past) one."""
    if from_start < AUTO_SCROLL_MARGIN:
        return -int(2 + (AUTO_SCROLL_MARGIN - from_start) / 2)
    if from_end < AUTO_SCROLL_MARGIN:
        return int(2 + (AUTO_SCROLL_MARGIN - from_end) / 2)
    return 0

