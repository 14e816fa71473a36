"""Where things are on the grid, in content coordinates (before scrolling): columns side by side
at one width, minutes down at one scale (the columns' ``TimeAxis``). Hit testing asks the same
functions painting does."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF

from desktop_app.ui.calendar.model.layout import Block

COLUMN_PADDING = 2.0
"""Free space at each side of a column, so a click there can start a new block."""
LANE_GAP = 1.0


@dataclass(slots=True)
class GridGeometry:
    columns: int = 0
    minutes: int = 24 * 60
    column_width: float = 120.0
    pixels_per_minute: float = 1.0

    @property
    def width(self) -> float:
        return self.columns * self.column_width

    @property
    def height(self) -> float:
        return self.minutes * self.pixels_per_minute

    def column_left(self, column: int) -> float:
        return column * self.column_width

    def column_at(self, x: float) -> int | None:
        if x < 0 or self.column_width <= 0:
            return None
        column = int(x // self.column_width)
        return column if column < self.columns else None

    def columns_between(self, left: float, right: float) -> range:
        if self.columns == 0:
            return range(0)
        first = max(0, int(left // self.column_width))
        last = min(self.columns - 1, int(right // self.column_width))
        return range(first, last + 1)

    def y_of(self, minute: float) -> float:
        return minute * self.pixels_per_minute

    def minute_at(self, y: float) -> float:
        return y / self.pixels_per_minute

    def block_rect(self, block: Block) -> QRectF:
        inner = self.column_width - 2 * COLUMN_PADDING
        lane_width = inner / max(block.lanes, 1)
        left = self.column_left(block.column) + COLUMN_PADDING + block.lane * lane_width
        top = self.y_of(block.start)
        return QRectF(left, top, max(block.span * lane_width - LANE_GAP, 2.0),
                      max(self.y_of(block.display_end) - top - LANE_GAP, 2.0))
