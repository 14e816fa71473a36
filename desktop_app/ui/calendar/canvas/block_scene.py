"""The grid's blocks ready to paint: rectangles and laid-out text, made once per layout or zoom,
so a repaint only draws. Painting asks the layout's index for the blocks in the exposed rect and
draws them in batches (one ``drawRects`` per fill colour, one for the hatching of tentative
blocks, one for conflict bars, one ``drawLines`` for strike-throughs), then their text.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen, QStaticText

from desktop_app.domain.activities import ActivityStatus
from desktop_app.domain.conflicts import Severity
from desktop_app.ui.calendar.canvas.grid_geometry import GridGeometry
from desktop_app.ui.calendar.canvas.kind_colours import BlockColours
from desktop_app.ui.calendar.model.layout import Block, CalendarLayout
from desktop_app.ui.calendar.model.time_axis import TimeAxis

TEXT_PADDING = 3.0
CONFLICT_BAR = 3.0
DAY_HOURS = (8 * 60, 20 * 60)
"""Local working hours; the grid is shaded outside them."""
HATCHED = frozenset({ActivityStatus.TENTATIVE, ActivityStatus.PROPOSED})


@dataclass(slots=True)
class PreparedBlock:
    block: Block
    rect: QRectF
    lines: list[QStaticText] = field(default_factory=list)


@dataclass(slots=True)
class PaintState:
    """What changes without a new layout: the selection, the block being dragged, the clock."""

    selected: set[int] = field(default_factory=set)
    lifted: set[int] = field(default_factory=set)
    """Activities being dragged: painted faded where they were."""
    now: dict[TimeAxis, float] = field(default_factory=dict)
    """The minute of "now" on each axis that holds it."""
    focus: tuple[int | None, int] | None = None
    """(activity id, column) of the block the keyboard acts from."""


class BlockScene:
    def __init__(self) -> None:
        self.layout = CalendarLayout([], [])
        self.geometry = GridGeometry()
        self.prepared: list[list[PreparedBlock]] = []
        self.line_height = 14.0
        self._texts: dict[tuple[object, ...], list[QStaticText]] = {}
        self._font = QFont()

    def prepare(self, layout: CalendarLayout, geometry: GridGeometry, font: QFont) -> None:
        """Rectangles for ``geometry``, text for their widths (kept while widths stay)."""
        if font != self._font:
            self._texts = {}
        self.layout, self.geometry, self._font = layout, geometry, font
        metrics = QFontMetricsF(font)
        self.line_height = metrics.height()
        texts: dict[tuple[object, ...], list[QStaticText]] = {}
        prepared = []
        for blocks in layout.column_blocks:
            column = []
            for block in blocks:
                rect = geometry.block_rect(block)
                key = (int(rect.width()), block.activity.title, block.time_text, block.place_text, block.starts_before,
                       block.ends_after)
                lines = self._texts.get(key)
                if lines is None:
                    lines = _lines(block, rect.width() - 2 * TEXT_PADDING - CONFLICT_BAR, metrics)
                texts[key] = lines
                column.append(PreparedBlock(block, rect, lines))
            prepared.append(column)
        self._texts = texts
        self.prepared = prepared

    def visible(self, area: QRectF) -> list[PreparedBlock]:
        """The blocks painted within ``area`` (content coordinates), column by column."""
        geometry = self.geometry
        top, bottom = geometry.minute_at(area.top()), geometry.minute_at(area.bottom())
        found = []
        for column in geometry.columns_between(area.left(), area.right()):
            blocks = self.prepared[column]
            found += [blocks[number] for number in self.layout.indexes[column].meeting(top, bottom)]
        return found

    def at(self, point: QPointF) -> PreparedBlock | None:
        """The block under ``point`` (the one painted last, on top, when two meet)."""
        column = self.geometry.column_at(point.x())
        if column is None or column >= len(self.prepared):
            return None
        minute = self.geometry.minute_at(point.y())
        blocks = self.prepared[column]
        hits = [blocks[n] for n in self.layout.indexes[column].meeting(minute - 1, minute + 1)]
        for prepared in reversed(hits):
            if prepared.rect.contains(point):
                return prepared
        return None

    # --- painting -------------------------------------------------------------------------

    def paint(self, painter: QPainter, area: QRectF, colours: BlockColours, state: PaintState) -> None:
        self.paint_background(painter, area, colours)
        self.paint_blocks(painter, self.visible(area), colours, state)
        self.paint_now(painter, area, colours, state)

    def paint_background(self, painter: QPainter, area: QRectF, colours: BlockColours) -> None:
        geometry = self.geometry
        columns = geometry.columns_between(area.left(), area.right())
        if not columns:
            return
        by_axis: dict[TimeAxis, list[int]] = defaultdict(list)
        for column in columns:
            by_axis[self.layout.columns[column].axis].append(column)
        off_hours, hours, halves = [], [], []
        for axis, numbers in by_axis.items():
            left = geometry.column_left(numbers[0])
            right = geometry.column_left(numbers[-1]) + geometry.column_width
            start_hour, end_hour = _working_minutes(axis)
            off_hours += [QRectF(left, 0, right - left, geometry.y_of(start_hour)),
                          QRectF(left, geometry.y_of(end_hour), right - left,
                                 geometry.y_of(axis.minutes) - geometry.y_of(end_hour))]
            for tick in axis.ticks:
                y = geometry.y_of(tick.minute)
                if area.top() - 1 <= y <= area.bottom() + 1:
                    hours.append(QLineF(left, y, right, y))
                y_half = geometry.y_of(tick.minute + 30)
                if geometry.pixels_per_minute >= 0.6 and area.top() - 1 <= y_half <= area.bottom() + 1:
                    halves.append(QLineF(left, y_half, right, y_half))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colours.off_hours)
        painter.drawRects(off_hours)
        painter.setPen(QPen(colours.grid_faint, 0))
        painter.drawLines(halves)
        painter.setPen(QPen(colours.grid, 0))
        painter.drawLines(hours)
        separators = [QLineF(geometry.column_left(c + 1) - 0.5, area.top(), geometry.column_left(c + 1) - 0.5,
                             area.bottom()) for c in columns]
        painter.drawLines(separators)

    def paint_blocks(self, painter: QPainter, blocks: Iterable[PreparedBlock], colours: BlockColours,
                     state: PaintState) -> None:
        by_fill: dict[int, tuple[QColor, list[QRectF]]] = {}
        hatched, ghosts, struck, conflict_bars, warning_bars, selected = [], [], [], [], [], []
        normal_text: list[PreparedBlock] = []
        faded_text: list[PreparedBlock] = []
        for prepared in blocks:
            block, rect = prepared.block, prepared.rect
            activity = block.activity
            if block.ghost:
                ghosts.append(rect)
                normal_text.append(prepared)
                continue
            faded = activity.is_cancelled or activity.id in state.lifted
            fill = colours.faded_fill if faded else colours.fills[activity.kind]
            by_fill.setdefault(fill.rgba(), (fill, []))[1].append(rect)
            if activity.status in HATCHED and not faded:
                hatched.append(rect)
            if activity.is_cancelled:
                middle = rect.top() + min(rect.height(), prepared_text_height(self.line_height)) / 2
                struck.append(QLineF(rect.left() + 2, middle, rect.right() - 2, middle))
            if block.severity is Severity.CONFLICT:
                conflict_bars.append(QRectF(rect.left(), rect.top(), CONFLICT_BAR, rect.height()))
            elif block.severity is Severity.WARNING:
                warning_bars.append(QRectF(rect.left(), rect.top(), CONFLICT_BAR, rect.height()))
            if activity.id in state.selected:
                selected.append(rect)
            (faded_text if faded else normal_text).append(prepared)
        painter.setPen(QPen(colours.border, 0))
        for fill, rects in by_fill.values():
            painter.setBrush(fill)
            painter.drawRects(rects)
        painter.setPen(Qt.PenStyle.NoPen)
        if hatched:
            painter.setBrush(QBrush(colours.hatch, Qt.BrushStyle.BDiagPattern))
            painter.drawRects(hatched)
        painter.setBrush(colours.conflict)
        painter.drawRects(conflict_bars)
        painter.setBrush(colours.warning)
        painter.drawRects(warning_bars)
        if ghosts:
            ghost_fill = QColor(colours.ghost)
            ghost_fill.setAlpha(40)
            painter.setBrush(ghost_fill)
            painter.setPen(QPen(colours.ghost, 1.5, Qt.PenStyle.DashLine))
            painter.drawRects(ghosts)
        if selected:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(colours.selection, 2))
            painter.drawRects([r.adjusted(1, 1, -1, -1) for r in selected])
        self._paint_texts(painter, normal_text, colours.text)
        self._paint_texts(painter, faded_text, colours.faded_text)
        if struck:
            painter.setPen(QPen(colours.faded_text, 1))
            painter.drawLines(struck)

    def _paint_texts(self, painter: QPainter, blocks: list[PreparedBlock], colour: QColor) -> None:
        if not blocks:
            return
        painter.setPen(colour)
        line_height = self.line_height
        for prepared in blocks:
            rect = prepared.rect
            x = rect.left() + TEXT_PADDING + CONFLICT_BAR
            y = rect.top() + 1
            room = rect.height() - 1
            for line in prepared.lines:
                if room < line_height * 0.75:
                    break
                painter.drawStaticText(QPointF(x, y), line)
                y += line_height
                room -= line_height

    def paint_now(self, painter: QPainter, area: QRectF, colours: BlockColours, state: PaintState) -> None:
        if not state.now:
            return
        geometry = self.geometry
        lines = []
        for column in geometry.columns_between(area.left(), area.right()):
            minute = state.now.get(self.layout.columns[column].axis)
            if minute is not None:
                y = geometry.y_of(minute)
                left = geometry.column_left(column)
                lines.append(QLineF(left, y, left + geometry.column_width, y))
        if lines:
            painter.setPen(QPen(colours.now, 2))
            painter.drawLines(lines)


def prepared_text_height(line_height: float) -> float:
    return line_height + 2


def _working_minutes(axis: TimeAxis) -> tuple[int, int]:
    """Where 08:00 and 20:00 fall on the axis (their ticks), else the plain minutes."""
    labels = {tick.label[:5]: tick.minute for tick in axis.ticks}
    start = labels.get("08:00", DAY_HOURS[0])
    end = labels.get("20:00", min(DAY_HOURS[1], axis.minutes))
    return start, end


def _lines(block: Block, width: float, metrics: QFontMetricsF) -> list[QStaticText]:
    activity = block.activity
    texts = [activity.title, block.time_text]
    if block.place_text:
        texts.append(block.place_text)
    if block.starts_before:
        texts[1] = f"↑ {texts[1]}"
    if block.ends_after:
        texts[1] = f"{texts[1]} ↓"
    lines = []
    for text in texts:
        elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(width, 0))
        if not elided:
            break
        line = QStaticText(elided)
        line.setTextFormat(Qt.TextFormat.PlainText)
        lines.append(line)
    return lines
