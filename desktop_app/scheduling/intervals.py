"""Sets of half-open integer intervals [start, end) in minutes, kept sorted and disjoint."""

from __future__ import annotations

from collections.abc import Iterable

Span = tuple[int, int]


def normalise(spans: Iterable[Span]) -> list[Span]:
    """Sorted, merged, non-empty spans."""
    merged: list[Span] = []
    for start, end in sorted(s for s in spans if s[1] > s[0]):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def intersect(a: list[Span], b: list[Span]) -> list[Span]:
    """Both inputs normalised; the result is normalised."""
    result: list[Span] = []
    i = j = 0
    while i < len(a) and j < len(b):
        start, end = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if start < end:
            result.append((start, end))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return result


def subtract(a: list[Span], b: list[Span]) -> list[Span]:
    """``a`` without ``b`` (both normalised)."""
    result: list[Span] = []
    j = 0
    for start, end in a:
        cursor = start
        while j < len(b) and b[j][1] <= cursor:
            j += 1
        k = j
        while k < len(b) and b[k][0] < end:
            if b[k][0] > cursor:
                result.append((cursor, b[k][0]))
            cursor = max(cursor, b[k][1])
            k += 1
        if cursor < end:
            result.append((cursor, end))
    return result


def grid_starts(free: list[Span], length: int, step: int) -> list[int]:
    """Multiples of ``step`` at which a span of ``length`` fits wholly inside ``free``."""
    starts: list[int] = []
    for start, end in free:
        first = -(-start // step) * step
        starts.extend(range(first, end - length + 1, step))
    return starts


def has_start(free: list[Span], length: int, step: int) -> bool:
    """Whether ``grid_starts`` would find any (without listing them: spans may be unbounded)."""
    return any(-(-start // step) * step + length <= end for start, end in free)
