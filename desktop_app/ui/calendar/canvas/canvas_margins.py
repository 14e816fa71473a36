"""The strips around the grid: column titles with arrows for blocks above the visible hours, the
arrows for blocks below, and the hour labels (market time, and optionally a second zone).

They live in the scroll area's viewport margins, so scrolling the grid blits the viewport alone
and each strip repaints only along its own direction.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFont, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QWidget

from desktop_app.ui.calendar.canvas.kind_colours import block_colours

if TYPE_CHECKING:
    from desktop_app.ui.calendar.canvas.calendar_canvas import CalendarCanvas

ARROW_UP = "▲"
ARROW_DOWN = "▼"


class _Strip(QWidget):
    def __init__(self, canvas: CalendarCanvas) -> None:
        super().__init__(canvas)
        self.canvas = canvas
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Window)

    def sizeHint(self) -> QSize:
        return QSize(10, 10)


class ColumnHeader(_Strip):
    """Each visible column's title and subtitle, and '▲ 3' when blocks lie above the view."""

    arrow_clicked = Signal(int, bool)
    """(column, upwards)."""
    title_clicked = Signal(int)

    def __init__(self, canvas: CalendarCanvas) -> None:
        super().__init__(canvas)
        self._elided: dict[tuple[str, bool, int], str] = {}  # eliding 60 titles twice is most of a repaint

    def _elide(self, painter: QPainter, text: str, bold: bool, width: int) -> str:
        key = (text, bold, width)
        found = self._elided.get(key)
        if found is None:
            if len(self._elided) > 4096:
                self._elided.clear()
            found = self._elided[key] = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, width)
        return found

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._elided.clear()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        canvas = self.canvas
        painter = QPainter(self)
        geometry = canvas.grid
        offset = canvas.horizontalScrollBar().value()
        height = self.height()
        bold = QFont(self.font())
        bold.setBold(True)
        colours = block_colours()
        painter.setPen(QPen(colours.grid, 0))
        painter.drawLine(0, height - 1, self.width(), height - 1)
        metrics_height = self.fontMetrics().height()
        for column in geometry.columns_between(offset, offset + self.width()):
            left = geometry.column_left(column) - offset
            width = geometry.column_width
            info = canvas.scene.layout.columns[column]
            painter.setPen(QPen(colours.grid, 0))
            painter.drawLine(QPointF(left + width - 0.5, 0), QPointF(left + width - 0.5, height))
            painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
            painter.setFont(bold)
            title = canvas.column_title(column)
            box = QRectF(left + 4, 2, width - 8, metrics_height)
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             self._elide(painter, title, True, int(box.width())))
            painter.setFont(self.font())
            box = QRectF(left + 4, 2 + metrics_height, width - 8, metrics_height)
            above = canvas.hidden_count(column, upwards=True)
            arrow = f"{ARROW_UP} {above}  " if above else ""
            subtitle = arrow + info.subtitle
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             self._elide(painter, subtitle, False, int(box.width())))
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        column = self.canvas.grid.column_at(event.position().x() + self.canvas.horizontalScrollBar().value())
        if column is None:
            return
        if event.position().y() > self.fontMetrics().height() + 2 and self.canvas.hidden_count(column, upwards=True):
            self.arrow_clicked.emit(column, True)
        else:
            self.title_clicked.emit(column)


class ArrowFooter(_Strip):
    """'▼ 5' under each column with blocks below the visible hours."""

    arrow_clicked = Signal(int, bool)

    def paintEvent(self, event: QPaintEvent) -> None:
        canvas = self.canvas
        painter = QPainter(self)
        geometry = canvas.grid
        offset = canvas.horizontalScrollBar().value()
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        for column in geometry.columns_between(offset, offset + self.width()):
            below = canvas.hidden_count(column, upwards=False)
            if below:
                left = geometry.column_left(column) - offset
                painter.drawText(QRectF(left + 4, 0, geometry.column_width - 8, self.height()),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, f"{ARROW_DOWN} {below}")
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        column = self.canvas.grid.column_at(event.position().x() + self.canvas.horizontalScrollBar().value())
        if column is not None and self.canvas.hidden_count(column, upwards=False):
            self.arrow_clicked.emit(column, False)


class TimeGutter(_Strip):
    """Hour labels of the reference axis, and the second zone's beside them (labels only)."""

    def paintEvent(self, event: QPaintEvent) -> None:
        canvas = self.canvas
        painter = QPainter(self)
        geometry = canvas.grid
        offset = canvas.verticalScrollBar().value()
        axis = canvas.reference_axis
        if axis is None:
            painter.end()
            return
        colours = block_colours()
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        small = QFont(self.font())
        small.setPointSizeF(max(small.pointSizeF() * 0.85, 6))
        painter.setFont(small)
        metrics = painter.fontMetrics()
        half = metrics.height() / 2
        second = canvas.second_zone
        axis_width = self.width() / 2 if second else self.width()
        for tick in axis.ticks:
            y = geometry.y_of(tick.minute) - offset
            if -half <= y <= self.height() + half:
                painter.setPen(text_colour)
                painter.drawText(QRectF(0, y - half + (half if tick.minute == 0 else 0), axis_width - 4,
                                        metrics.height()), Qt.AlignmentFlag.AlignRight, tick.label)
        if second:
            painter.setPen(QPen(colours.grid, 0))
            painter.drawLine(QPointF(axis_width, 0), QPointF(axis_width, self.height()))
            muted = colours.faded_text
            for tick in axis.ticks_in(second):
                y = geometry.y_of(tick.minute) - offset
                if -half <= y <= self.height() + half:
                    painter.setPen(muted)
                    painter.drawText(QRectF(axis_width + 2, y - half, axis_width - 6, metrics.height()),
                                     Qt.AlignmentFlag.AlignRight, tick.label)
        now = canvas.paint_state.now.get(axis)
        if now is not None:
            y = geometry.y_of(now) - offset
            painter.setPen(QPen(colours.now, 2))
            painter.drawLine(QPointF(self.width() - 6, y), QPointF(self.width(), y))
        painter.end()
