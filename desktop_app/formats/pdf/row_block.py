"""A two-column block of paragraphs, laid out as reportlab's ``Table`` would lay out the same rows,
at a fraction of its cost.

An itinerary is thousands of small two-column tables (an activity's time beside its lines).
``Table`` spends a quarter of a pack's time on what these blocks never use: cell styles per
cell, spans, backgrounds, string cells, column sizing. ``RowBlock`` keeps only what they use
(top-aligned paragraphs, fixed paddings, a bar before the second column and a rule below) and
splits between rows like ``Table(splitByRow=1)``: the block's top padding stays with its first
part, its bottom padding and rule with its last. ``tests/formats/test_row_block.py`` holds it to Table's geometry.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeAlias

from reportlab.lib.colors import Color
from reportlab.platypus import Flowable

EMPTY_CELL_HEIGHT = 12.0
"""What Table gives an empty string cell (one line of its default 10/12 pt font): a detail row
is never lower than this, so lines keep the rhythm they had as a Table."""


@dataclass(frozen=True, slots=True)
class BlockStyle:
    left_width: float
    left_padding: tuple[float, float]  # first column, second column
    right_padding: float
    row_padding: float  # above and below every row
    top_padding: float  # above the first row
    bottom_padding: float  # below the last row
    bar_width: float
    bar_colour: Color
    rule_width: float
    rule_colour: Color


Cell: TypeAlias = "Flowable | None"


class RowBlock(Flowable):
    """Rows of (left, right) paragraphs; ``None`` is an empty cell. ``head`` and ``tail`` say
    whether the rows start and end the block (a part of a split block lacks one or the other)."""

    def __init__(self, rows: Sequence[tuple[Cell, Cell]], style: BlockStyle, *, head: bool = True,
                 tail: bool = True) -> None:
        super().__init__()
        self.rows = list(rows)
        self.style = style
        self.head, self.tail = head, tail
        self._heights: list[float] = []

    def _paddings(self, index: int) -> tuple[float, float]:
        st = self.style
        top = st.top_padding if index == 0 and self.head else st.row_padding
        bottom = st.bottom_padding if index == len(self.rows) - 1 and self.tail else st.row_padding
        return top, bottom

    def _row_heights(self, width: float) -> list[float]:
        st = self.style
        widths = (st.left_width - st.left_padding[0] - st.right_padding,
                  width - st.left_width - st.left_padding[1] - st.right_padding)
        heights = []
        for index, cells in enumerate(self.rows):
            content = 0.0
            for cell, cell_width in zip(cells, widths, strict=True):
                content = max(content, cell.wrap(cell_width, 1e9)[1] if cell is not None else EMPTY_CELL_HEIGHT)
            top, bottom = self._paddings(index)
            heights.append(content + top + bottom)
        return heights

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self._heights = self._row_heights(availWidth)
        self.height = sum(self._heights)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """Between rows, as Table(splitByRow=1): as many rows as fit, then the rest; [] if not even one."""
        heights = self._row_heights(availWidth)  # the first part's rows, but its last, pad as they do here
        used, count = 0.0, 0
        for index in range(len(self.rows) - 1):
            used += heights[index]
            if used > availHeight:
                break
            count = index + 1
        if count == 0:
            return []
        return [RowBlock(self.rows[:count], self.style, head=self.head, tail=False),
                RowBlock(self.rows[count:], self.style, head=False, tail=self.tail)]

    def draw(self) -> None:
        st = self.style
        canvas = self.canv
        columns = (st.left_padding[0], st.left_width + st.left_padding[1])
        top = self.height
        for index, (cells, height) in enumerate(zip(self.rows, self._heights, strict=True)):
            padding = self._paddings(index)[0]
            for cell, x in zip(cells, columns, strict=True):
                if cell is not None:
                    cell.drawOn(canvas, x, top - padding - cell.height)
            top -= height
        canvas.saveState()
        canvas.setLineCap(1)
        canvas.setLineJoin(1)
        canvas.setLineWidth(st.bar_width)
        canvas.setStrokeColor(st.bar_colour)
        canvas.line(st.left_width, self.height, st.left_width, 0)
        if self.tail:
            canvas.setLineWidth(st.rule_width)
            canvas.setStrokeColor(st.rule_colour)
            canvas.line(0, 0, self.width, 0)
        canvas.restoreState()
