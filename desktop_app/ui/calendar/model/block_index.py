"""Which blocks of a column meet a range of minutes: the spatial index a repaint asks.

Columns have one width, so the columns in view follow from x by arithmetic; inside a column the
blocks are kept sorted by start, and since none is longer than the column's longest, the blocks
meeting ``[top, bottom)`` all start in ``[top - longest, bottom)``: one bisection, then only the
blocks near the view are looked at.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence


class ColumnIndex:
    def __init__(self, spans: Sequence[tuple[int, int, int]]) -> None:
        """``spans``: (start minute, painted end minute, block number) of one column's blocks."""
        ordered = sorted(spans)
        self._starts = [start for start, _end, _number in ordered]
        self._ends = [end for _start, end, _number in ordered]
        self._numbers = [number for _start, _end, number in ordered]
        self._sorted_ends = sorted(self._ends)
        self._longest = max((end - start for start, end, _number in ordered), default=0)

    def __len__(self) -> int:
        return len(self._numbers)

    def meeting(self, top: float, bottom: float) -> list[int]:
        """Block numbers whose painted span meets ``[top, bottom)``, in start order."""
        first = bisect_left(self._starts, top - self._longest)
        found = []
        for position in range(first, len(self._starts)):
            if self._starts[position] >= bottom:
                break
            if self._ends[position] > top:
                found.append(self._numbers[position])
        return found

    def numbers(self) -> list[int]:
        return list(self._numbers)

    def count_above(self, top: float) -> int:
        """Blocks that end at or before ``top`` (hidden above the view)."""
        return bisect_right(self._sorted_ends, top)

    def count_below(self, bottom: float) -> int:
        """Blocks that start at or after ``bottom`` (hidden below the view)."""
        return len(self._starts) - bisect_left(self._starts, bottom)

    def last_above(self, top: float) -> int | None:
        """The block nearest above the view (latest end at or before ``top``)."""
        best: tuple[int, int] | None = None
        for end, number in zip(self._ends, self._numbers, strict=True):
            if end <= top and (best is None or end > best[0]):
                best = (end, number)
        return best[1] if best else None

    def first_below(self, bottom: float) -> int | None:
        position = bisect_left(self._starts, bottom)
        return self._numbers[position] if position < len(self._numbers) else None
