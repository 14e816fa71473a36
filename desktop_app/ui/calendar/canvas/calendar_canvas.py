"""The time grid: one ``QAbstractScrollArea`` painting every block of a layout itself.

No widget or graphics item per activity (both measured 2.5-3x slower on a 60-column day, see
docs/gui-architecture.md): the layout's index gives the blocks in the exposed rectangle, the
``BlockScene`` draws them in batches. Scrolling blits the viewport and paints only the strip
that came into view. Ctrl+wheel zooms the time axis around the pointer. The pointer and the
keyboard are handled by ``GridGestures`` and the view; this class owns geometry, painting, the
selection and the "now" line.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from desktop_app.domain.activities import Activity
from desktop_app.domain.timezones import utc_now
from desktop_app.ui.calendar.canvas import canvas_accessibility
from desktop_app.ui.calendar.canvas.block_scene import BlockScene, PaintState, PreparedBlock
from desktop_app.ui.calendar.canvas.canvas_margins import ArrowFooter, ColumnHeader, TimeGutter
from desktop_app.ui.calendar.canvas.grid_geometry import GridGeometry
from desktop_app.ui.calendar.canvas.grid_gestures import GridGestures
from desktop_app.ui.calendar.canvas.kind_colours import block_colours
from desktop_app.ui.calendar.model.drag_preview import GridEdits, Preview
from desktop_app.ui.calendar.model.layout import Block, CalendarLayout, ColumnKey
from desktop_app.ui.calendar.model.time_axis import TimeAxis

MIN_PIXELS_PER_MINUTE = 0.4
MAX_PIXELS_PER_MINUTE = 6.0
ZOOM_STEP = 1.15
MIN_COLUMN_WIDTH = 110
NOW_REFRESH_MS = 30_000
FOOTER_HEIGHT = 16


class CalendarCanvas(QAbstractScrollArea):
    selection_changed = Signal(object)
    """(list of Activity) the blocks selected."""
    open_requested = Signal(object)
    """(Activity) double-click or Enter on a block."""
    dropped = Signal(object)
    """(Preview) a drag ended where it changes something: the view turns it into an edit."""
    drag_feedback = Signal(str)
    """What the block being dragged would collide with ("" when nothing, or no drag)."""
    cell_chosen = Signal(int, int)
    """(column, minute) a click on the empty grid: where a paste goes."""
    column_title_clicked = Signal(int)
    context_requested = Signal(QPoint)

    def __init__(self, parent: QWidget | None = None, *, clock: Callable[[], datetime] = utc_now) -> None:
        super().__init__(parent)
        self.clock = clock
        self.scene = BlockScene()
        self.grid = GridGeometry()
        self.paint_state = PaintState()
        self.base_layout = CalendarLayout([], [])
        self.second_zone = ""
        self.preferred_column_width = MIN_COLUMN_WIDTH
        self.fill_width = True
        """Widen columns to fill the view when they are few (the day view); the week's seven always do."""
        self.column_titles: dict[int, str] = {}
        self.edits: GridEdits | None = None
        self.snap_minutes = 15
        self.cursor_cell: tuple[int, int] | None = None
        self._arrow_counts: tuple[tuple[int, int], ...] = ()
        self.gestures = GridGestures(self)
        self._held_preview = QTimer(self)
        self._held_preview.setSingleShot(True)
        self._held_preview.setInterval(1500)
        self._held_preview.timeout.connect(self.show_base_layout)

        self.header = ColumnHeader(self)
        self.footer = ArrowFooter(self)
        self.gutter = TimeGutter(self)
        self.header.arrow_clicked.connect(self.reveal_hidden)
        self.footer.arrow_clicked.connect(self.reveal_hidden)
        self.header.title_clicked.connect(self.column_title_clicked)
        self.viewport().setMouseTracking(True)
        self.viewport().setAutoFillBackground(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.horizontalScrollBar().setSingleStep(24)
        self.verticalScrollBar().setSingleStep(24)
        self._now_timer = QTimer(self)
        self._now_timer.setInterval(NOW_REFRESH_MS)
        self._now_timer.timeout.connect(self.refresh_now)
        self._now_timer.start()
        self._update_margins()
        canvas_accessibility.install()

    # --- content ----------------------------------------------------------------------------

    @property
    def layout_shown(self) -> CalendarLayout:
        return self.scene.layout

    @property
    def reference_axis(self) -> TimeAxis | None:
        columns = self.scene.layout.columns or self.base_layout.columns
        return columns[0].axis if columns else None

    def set_layout(self, layout: CalendarLayout, edits: GridEdits | None = None) -> None:
        """Show ``layout`` (a new day, or the same day after an edit); selection kept where it still is."""
        self.gestures.cancel(quietly=True)
        self._held_preview.stop()
        self.base_layout = layout
        self.edits = edits
        present = {b.activity.id for b in layout.blocks if not b.ghost}
        kept = {i for i in self.paint_state.selected if i in present}
        changed = kept != self.paint_state.selected
        self.paint_state.selected = kept
        self._show(layout)
        self.refresh_now()
        self._accessibility_changed()
        if changed:
            self.selection_changed.emit(self.selected_activities())

    def show_preview(self, preview: Preview) -> None:
        self._show(preview.layout)

    def show_base_layout(self) -> None:
        if self.scene.layout is not self.base_layout:
            self._show(self.base_layout)

    def hold_preview(self) -> None:
        """Keep the dropped preview until the edit's result arrives (``set_layout``), or a moment."""
        self._held_preview.start()

    def _show(self, layout: CalendarLayout) -> None:
        self.grid.columns = len(layout.columns)
        self.grid.minutes = layout.axis_minutes
        self._fit_columns()
        minimum = max(1, round(self.fontMetrics().height() / self.grid.pixels_per_minute))
        if layout.minimum_minutes != minimum:
            layout.set_minimum(minimum)
        self.scene.prepare(layout, self.grid, self.font())
        self._update_scroll_ranges()
        self._arrow_counts = self.arrow_counts()  # what the header and footer now paint
        self.viewport().update()
        self.header.update()
        self.footer.update()
        self.gutter.update()

    def column_title(self, column: int) -> str:
        return self.column_titles.get(column) or self.scene.layout.columns[column].title

    def set_second_zone(self, zone_name: str) -> None:
        self.second_zone = zone_name
        self._update_margins()
        self.gutter.update()

    # --- geometry, scrolling and zoom ----------------------------------------------------

    def _update_margins(self) -> None:
        metrics = self.fontMetrics()
        label = metrics.horizontalAdvance("00:00 CEST") + 10  # not translated: the widest hour label, for the width
        gutter = label * 2 if self.second_zone else label
        header = metrics.height() * 2 + 6
        self.setViewportMargins(gutter, header, 0, FOOTER_HEIGHT)
        self._place_margins()

    def _place_margins(self) -> None:
        area = self.viewport().geometry()
        margins = self.viewportMargins()
        self.header.setGeometry(QRect(area.left(), area.top() - margins.top(), area.width(), margins.top()))
        self.footer.setGeometry(QRect(area.left(), area.bottom() + 1, area.width(), margins.bottom()))
        self.gutter.setGeometry(QRect(area.left() - margins.left(), area.top(), margins.left(), area.height()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_margins()
        if self._fit_columns():
            self.scene.prepare(self.scene.layout, self.grid, self.font())
        self._update_scroll_ranges()

    def _fit_columns(self) -> bool:
        columns = max(self.grid.columns, 1)
        width = float(self.preferred_column_width)
        if self.fill_width:
            width = max(width, (self.viewport().width() - 1) / columns)
        changed = abs(width - self.grid.column_width) > 0.01
        self.grid.column_width = width
        return changed

    def _update_scroll_ranges(self) -> None:
        viewport = self.viewport().size()
        horizontal, vertical = self.horizontalScrollBar(), self.verticalScrollBar()
        horizontal.setPageStep(viewport.width())
        horizontal.setRange(0, max(0, int(self.grid.width) - viewport.width()))
        vertical.setPageStep(viewport.height())
        vertical.setRange(0, max(0, int(self.grid.height) - viewport.height()))

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.viewport().scroll(dx, dy)  # blit; only the strip that came into view is painted
        if dy:
            self.gutter.update()
        counts = self.arrow_counts()
        if dx:
            self.header.update()
            self.footer.update()
        elif counts != self._arrow_counts:  # a vertical step repaints only the titles whose arrows changed
            self._update_arrows(self._arrow_counts, counts)
        self._arrow_counts = counts

    def _update_arrows(self, before: tuple[tuple[int, int], ...], after: tuple[tuple[int, int], ...]) -> None:
        left = self.horizontalScrollBar().value()
        shown = self.grid.columns_between(left, left + self.viewport().width())
        width = int(self.grid.column_width) + 2
        for position, column in enumerate(shown):
            old = before[position] if position < len(before) else None
            new = after[position] if position < len(after) else None
            if old is None or new is None or old[0] != new[0]:
                x = int(self.grid.column_left(column) - left)
                self.header.update(QRect(x - 1, 0, width, self.header.height()))
            if old is None or new is None or old[1] != new[1]:
                x = int(self.grid.column_left(column) - left)
                self.footer.update(QRect(x - 1, 0, width, self.footer.height()))

    def arrow_counts(self) -> tuple[tuple[int, int], ...]:
        """(above, below) the visible hours, for each column in view."""
        indexes = self.scene.layout.indexes
        top, bottom = self.visible_minutes()
        left = self.horizontalScrollBar().value()
        return tuple((indexes[c].count_above(top), indexes[c].count_below(bottom))
                     for c in self.grid.columns_between(left, left + self.viewport().width())
                     if c < len(indexes))

    def content_point(self, viewport_point: QPointF | QPoint) -> QPointF:
        return QPointF(viewport_point.x() + self.horizontalScrollBar().value(),
                       viewport_point.y() + self.verticalScrollBar().value())

    def viewport_rect(self, content: QRectF) -> QRectF:
        return content.translated(-self.horizontalScrollBar().value(), -self.verticalScrollBar().value())

    def visible_minutes(self) -> tuple[float, float]:
        top = self.verticalScrollBar().value()
        return self.grid.minute_at(top), self.grid.minute_at(top + self.viewport().height())

    def scroll_to_minute(self, minute: float, *, margin: float = 0.25) -> None:
        """Bring ``minute`` into view, a quarter of the way down."""
        target = self.grid.y_of(minute) - self.viewport().height() * margin
        self.verticalScrollBar().setValue(int(target))

    def set_pixels_per_minute(self, value: float, anchor_y: float | None = None) -> None:
        """Zoom the time axis, keeping the minute under ``anchor_y`` (viewport y) where it is."""
        value = min(max(value, MIN_PIXELS_PER_MINUTE), MAX_PIXELS_PER_MINUTE)
        if abs(value - self.grid.pixels_per_minute) < 1e-6:
            return
        anchor = self.viewport().height() / 2 if anchor_y is None else anchor_y
        minute = self.grid.minute_at(self.verticalScrollBar().value() + anchor)
        self.grid.pixels_per_minute = value
        self._show(self.scene.layout)
        self.verticalScrollBar().setValue(round(self.grid.y_of(minute) - anchor))

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.set_pixels_per_minute(self.grid.pixels_per_minute * ZOOM_STEP ** steps,
                                           event.position().y())
            event.accept()
            return
        super().wheelEvent(event)

    # --- painting --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        dx, dy = self.horizontalScrollBar().value(), self.verticalScrollBar().value()
        painter.translate(-dx, -dy)
        area = QRectF(event.rect()).translated(dx, dy)
        self.scene.paint(painter, area, block_colours(), self.paint_state)
        self.gestures.paint_overlay(painter)
        painter.end()

    def refresh_now(self) -> None:
        now = self.clock()
        marks = {}
        for column in self.scene.layout.columns:
            if column.axis not in marks and column.axis.contains(now):
                marks[column.axis] = (now - column.axis.start).total_seconds() / 60
        if marks != self.paint_state.now:
            self.paint_state.now = marks
            self.viewport().update()
            self.gutter.update()

    # --- hidden blocks -------------------------------------------------------------------

    def hidden_count(self, column: int, *, upwards: bool) -> int:
        if column >= len(self.scene.layout.indexes):
            return 0
        top, bottom = self.visible_minutes()
        index = self.scene.layout.indexes[column]
        return index.count_above(top) if upwards else index.count_below(bottom)

    def reveal_hidden(self, column: int, upwards: bool) -> None:
        """Scroll to the nearest block above (or below) the view in ``column``."""
        top, bottom = self.visible_minutes()
        index = self.scene.layout.indexes[column]
        number = index.last_above(top) if upwards else index.first_below(bottom)
        if number is not None:
            block = self.scene.layout.column_blocks[column][number]
            self.scroll_to_minute(block.start, margin=0.6 if upwards else 0.2)

    # --- selection -------------------------------------------------------------------------

    def selected_activities(self) -> list[Activity]:
        seen: dict[int, Activity] = {}
        for block in self.scene.layout.blocks:
            if not block.ghost and block.activity.id in self.paint_state.selected:
                seen.setdefault(block.activity.id or 0, block.activity)
        return sorted(seen.values(), key=lambda a: (a.start, a.end, a.title))

    def selected_blocks(self) -> list[Block]:
        return [b for b in self.scene.layout.blocks if not b.ghost and b.activity.id in self.paint_state.selected]

    def focused_block(self) -> Block | None:
        """The selected block the keyboard acts from: the one focused last, else the first."""
        blocks = self.selected_blocks()
        focus = self.paint_state.focus
        for block in blocks:
            if (block.activity.id, block.column) == focus:
                return block
        return blocks[0] if blocks else None

    def select(self, activity_ids: Iterable[int], *, toggle: bool = False, scroll: bool = False,
               focus: Block | None = None) -> None:
        wanted = set(activity_ids)
        selected = self.paint_state.selected ^ wanted if toggle else wanted
        if focus is not None:
            self.paint_state.focus = (focus.activity.id, focus.column)
        if selected != self.paint_state.selected:
            self.paint_state.selected = selected
            self.viewport().update()
            self.selection_changed.emit(self.selected_activities())
            self._accessibility_focus()
        if scroll:
            self.scroll_to_blocks(self.selected_blocks() if focus is None else [focus])

    def scroll_to_blocks(self, blocks: list[Block]) -> None:
        if not blocks:
            return
        first = min(blocks, key=lambda b: (b.start, b.column))
        top, bottom = self.visible_minutes()
        if not top <= first.start < bottom - 15:
            self.scroll_to_minute(first.start)
        left = self.grid.column_left(first.column)
        shown_left = self.horizontalScrollBar().value()
        if not shown_left <= left <= shown_left + self.viewport().width() - self.grid.column_width:
            self.horizontalScrollBar().setValue(int(left - self.grid.column_width))

    def block_at(self, viewport_point: QPointF | QPoint) -> PreparedBlock | None:
        return self.scene.at(self.content_point(viewport_point))

    def column_key(self, column: int) -> ColumnKey:
        return self.scene.layout.columns[column].key

    # --- events ----------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if not self.gestures.press(event):
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self.gestures.move(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.gestures.release(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        hit = self.block_at(event.position())
        if hit is not None and event.button() is Qt.MouseButton.LeftButton and not hit.block.ghost:
            self.open_requested.emit(hit.block.activity)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        hit = self.block_at(event.pos())
        if hit is not None and hit.block.activity.id not in self.paint_state.selected and not hit.block.ghost:
            self.select([hit.block.activity.id or 0], focus=hit.block)
        self.context_requested.emit(event.globalPos())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.gestures.key(event):
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._accessibility_focus()

    # --- accessibility (the interfaces live in canvas_accessibility) ----------------------

    def _accessibility_changed(self) -> None:
        canvas_accessibility.layout_changed(self)

    def _accessibility_focus(self) -> None:
        canvas_accessibility.focus_changed(self)
