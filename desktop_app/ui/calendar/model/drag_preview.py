"""One step of a drag on the grid: the activities as they would be, the layout showing them, and
what they would collide with. ``GridEdits`` knows the snapshot and the layout the drag began on;
each step builds a new layout for the columns it touches only (a column's overlap layout is
far under a millisecond), so the dragged block is always shown beside what it would meet.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from enum import Enum

from desktop_app.domain.activities import Activity
from desktop_app.domain.conflicts import Conflict
from desktop_app.domain.plan import Plan

from .drag_edits import collisions, drawn, moved, reassigned, resized
from .layout import Block, CalendarLayout, ColumnKey, Marks, make_block, worst_severities


class DragKind(Enum):
    MOVE = "move"
    RESIZE_START = "resize_start"
    RESIZE_END = "resize_end"
    CREATE = "create"


@dataclass(frozen=True)
class Preview:
    kind: DragKind
    originals: tuple[Activity, ...]
    """The activities as the snapshot has them (none for a new one)."""
    activities: tuple[Activity, ...]
    """As they would be."""
    layout: CalendarLayout
    collisions: tuple[Conflict, ...] = ()
    source: ColumnKey | None = None
    target: ColumnKey | None = None
    refused: str = ""
    """Why the drop would do nothing ("empty": no time left between the edges)."""
    delta: timedelta = field(default=timedelta())
    note: str = ""
    """Why the column did not change: "attends" (that delegate is in it already), "several"
    (several blocks move in time only)."""

    @property
    def changes_something(self) -> bool:
        return not self.refused and (self.kind is DragKind.CREATE or tuple(self.activities) != self.originals)


class GridEdits:
    def __init__(self, plan: Plan, layout: CalendarLayout, placed_in: Callable[[Activity], Iterable[int]],
                 marks: Marks | None = None) -> None:
        self.plan, self.layout, self._placed_in, self._marks = plan, layout, placed_in, marks or {}

    def move(self, blocks: Sequence[Block], start_minute: int, target_column: int) -> Preview:
        """``blocks`` (all selected, the one held first) moved so that the held one starts at
        ``start_minute`` of ``target_column``'s axis; to another delegate's or room's column, it
        is handed over there (a column per day only changes the day)."""
        held = blocks[0]
        source_column = self.layout.columns[held.column]
        target_column_info = self.layout.columns[target_column]
        delta = target_column_info.axis.instant_at(start_minute) - source_column.axis.instant_at(held.start)
        source, target = source_column.key, target_column_info.key
        originals = tuple(dict.fromkeys(b.activity for b in blocks))
        activities = [moved(a, delta) for a in originals]
        note = ""
        if source[0] == "day":
            target = source
        elif target != source:
            if len(originals) > 1:
                note, target = "several", source
            else:
                handed = reassigned(self.plan, activities[0], source, target)
                if handed is None:
                    note, target = "attends", source
                else:
                    activities = [handed]
        return self._preview(DragKind.MOVE, originals, activities, source, target, "", delta, note)

    def resize(self, block: Block, start_minute: int, end_minute: int) -> Preview:
        axis = self.layout.columns[block.column].axis
        original = block.activity
        start = original.start if block.starts_before and start_minute <= 0 else axis.instant_at(start_minute)
        end = original.end if block.ends_after and end_minute >= axis.minutes else axis.instant_at(end_minute)
        changed = resized(original, start, end)
        kind = DragKind.RESIZE_START if start != original.start else DragKind.RESIZE_END
        if changed is None:
            return self._preview(kind, (original,), [original], None, None, "empty", timedelta())
        return self._preview(kind, (original,), [changed], None, None, "", timedelta())

    def draw(self, column: int, start_minute: int, end_minute: int, title: str) -> Preview:
        axis = self.layout.columns[column].axis
        key = self.layout.columns[column].key
        first, last = sorted((start_minute, end_minute))
        activity = drawn(self.plan, key, axis.instant_at(first), axis.instant_at(last), axis.zone, title)
        return self._preview(DragKind.CREATE, (), [activity], key, key, "" if last > first else "empty",
                             timedelta())

    def _preview(self, kind: DragKind, originals: tuple[Activity, ...], activities: list[Activity],
                 source: ColumnKey | None, target: ColumnKey | None, refused: str, delta: timedelta,
                 note: str = "") -> Preview:
        layout = self.layout
        found = () if refused else tuple(collisions(self.plan, activities))
        marks = worst_severities(found)
        ids = {a.id for a in originals}
        touched: dict[int, list[Block]] = {}
        for number, blocks in enumerate(layout.column_blocks):
            if any(b.activity.id in ids and not b.ghost for b in blocks):
                touched[number] = [b for b in blocks if b.ghost or b.activity.id not in ids]
        for activity in activities:
            for number in self._placed_in(activity):
                column_blocks = touched.setdefault(number, list(layout.column_blocks[number]))
                block = make_block(self.plan, layout.columns[number], number, activity, marks=marks)
                if block is not None:
                    column_blocks.append(block)
        return Preview(kind, originals, tuple(activities), layout.with_blocks(touched), found, source, target,
                       refused, delta, note)
