"""The blocks of a time grid: which column each activity goes in, where, and beside what.

``build_layout`` is shared by the day view (a column per delegate or room) and the week view (a
column per day). It clips each activity to its column's axis, lays every column out
(``overlap.lay_out``) and indexes it (``block_index``). Texts are made here once, so painting
only draws. Plain Python: the whole day of a 5,000-activity plan is laid out in a few ms.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from desktop_app.domain.activities import Activity
from desktop_app.domain.conflicts import Severity
from desktop_app.domain.local_time import activity_zone
from desktop_app.domain.plan import Plan
from desktop_app.domain.timezones import abbreviation_of, to_local

from .block_index import ColumnIndex
from .overlap import display_ends, lay_out
from .time_axis import TimeAxis

ColumnKey = tuple[str, int]
"""("delegate", id), ("room", id), ("venue", id) for a venue's activities without a room,
("venue", 0) for those without a venue, or ("day", ordinal)."""

MINIMUM_MINUTES = 20
"""The shortest a block is painted at the default zoom, so that it can hold its first line."""


@dataclass(frozen=True, slots=True)
class CalendarColumn:
    key: ColumnKey
    title: str
    subtitle: str
    axis: TimeAxis


@dataclass(slots=True)
class Block:
    activity: Activity
    column: int
    start: int
    """Minutes on the column's axis, clipped to it; ``end`` likewise; half-open."""
    end: int
    display_end: int = 0
    lane: int = 0
    lanes: int = 1
    span: int = 1
    cluster: int = 0
    starts_before: bool = False
    ends_after: bool = False
    ghost: bool = False
    optional: bool = False
    """The column's delegate attends but is not required."""
    severity: Severity | None = None
    """The worst conflict or warning the activity is in."""
    time_text: str = ""
    place_text: str = ""

    @property
    def activity_id(self) -> int:
        return self.activity.id or 0

    @property
    def clashes(self) -> bool:
        """Whether it shares its column's time with another block (its cluster has lanes)."""
        return self.lanes > 1


@dataclass
class CalendarLayout:
    columns: list[CalendarColumn]
    column_blocks: list[list[Block]]
    """Per column, its blocks; ``indexes[c]`` finds them by minutes (numbers into that list)."""
    indexes: list[ColumnIndex] = field(default_factory=list)
    minimum_minutes: int = MINIMUM_MINUTES

    @property
    def axis_minutes(self) -> int:
        """The tallest column's length (a 25-hour day in a week of 24-hour ones)."""
        return max((column.axis.minutes for column in self.columns), default=24 * 60)

    @property
    def blocks(self) -> list[Block]:
        return [block for blocks in self.column_blocks for block in blocks]

    def blocks_of(self, activity_id: int) -> list[Block]:
        return [block for block in self.blocks if block.activity.id == activity_id and not block.ghost]

    def column_of(self, key: ColumnKey) -> int | None:
        return next((number for number, column in enumerate(self.columns) if column.key == key), None)

    def meeting(self, column: int, top: float, bottom: float) -> list[Block]:
        """The blocks of ``column`` painted within ``[top, bottom)`` minutes, in start order."""
        blocks = self.column_blocks[column]
        return [blocks[number] for number in self.indexes[column].meeting(top, bottom)]

    def in_order(self, column: int) -> list[Block]:
        blocks = self.column_blocks[column]
        return [blocks[number] for number in self.indexes[column].numbers()]

    def set_minimum(self, minimum_minutes: int) -> None:
        """Paint blocks at least this long (a zoom changed how many minutes a line of text takes)."""
        self.minimum_minutes = minimum_minutes
        self.indexes = [_indexed(blocks, minimum_minutes) for blocks in self.column_blocks]

    def with_blocks(self, replaced: Mapping[int, list[Block]]) -> CalendarLayout:
        """A copy in which the columns named have these blocks (laid out and indexed again)."""
        column_blocks = list(self.column_blocks)
        indexes = list(self.indexes)
        for column, given in replaced.items():
            blocks = [dataclasses.replace(block) for block in given]  # the original layout keeps its own
            _placed(blocks)
            column_blocks[column] = blocks
            indexes[column] = _indexed(blocks, self.minimum_minutes)
        return CalendarLayout(self.columns, column_blocks, indexes, self.minimum_minutes)


Marks = Mapping[int, Severity]
"""The worst severity per activity id (see :func:`worst_severities`)."""


def worst_severities(conflicts: Iterable[object]) -> dict[int, Severity]:
    worst: dict[int, Severity] = {}
    for conflict in conflicts:
        severity = getattr(conflict, "severity", None)
        for activity_id in getattr(conflict, "activity_ids", ()):
            if severity is Severity.CONFLICT or activity_id not in worst:
                worst[activity_id] = severity  # type: ignore[assignment]
    return worst


def build_layout(plan: Plan, columns: Sequence[CalendarColumn], activities: Iterable[Activity],
                 placed_in: Callable[[Activity], Iterable[int]], *, marks: Marks | None = None,
                 ghosts: Iterable[Activity] = (), minimum_minutes: int = MINIMUM_MINUTES) -> CalendarLayout:
    """Blocks of ``activities`` (and ``ghosts``, a proposal shown beside them) in the columns
    ``placed_in`` names for each, clipped to each column's axis."""
    column_blocks: list[list[Block]] = [[] for _ in columns]
    texts: dict[tuple[int, str], str] = {}
    for ghost, chosen in ((False, activities), (True, ghosts)):
        for activity in chosen:
            for number in placed_in(activity):
                block = make_block(plan, columns[number], number, activity, ghost=ghost, marks=marks or {},
                                   texts=texts)
                if block is not None:
                    column_blocks[number].append(block)
    for blocks in column_blocks:
        _placed(blocks)
    indexes = [_indexed(blocks, minimum_minutes) for blocks in column_blocks]
    return CalendarLayout(list(columns), column_blocks, indexes, minimum_minutes)


def _placed(blocks: list[Block]) -> None:
    for block, placement in zip(blocks, lay_out([(b.start, b.end) for b in blocks]), strict=True):
        block.lane, block.lanes, block.span, block.cluster = (placement.lane, placement.lanes, placement.span,
                                                              placement.cluster)


def _indexed(blocks: list[Block], minimum_minutes: int) -> ColumnIndex:
    for block, end in zip(blocks, display_ends([(b.start, b.end) for b in blocks], minimum_minutes), strict=True):
        block.display_end = end
    return ColumnIndex([(block.start, block.display_end, number) for number, block in enumerate(blocks)])


def make_block(plan: Plan, column: CalendarColumn, column_number: int, activity: Activity, *, ghost: bool = False,
               marks: Marks | None = None, texts: dict[tuple[int, str], str] | None = None) -> Block | None:
    """``activity`` clipped to ``column``'s axis, or None when it is not on it."""
    marks = marks or {}
    texts = {} if texts is None else texts
    axis = column.axis
    if not axis.overlaps(activity.start, activity.end):
        return None
    start, end = axis.clamped_minute(activity.start), axis.clamped_minute(activity.end)
    if end <= start:  # shorter than a minute at the very edge
        end = min(start + 1, axis.minutes)
        start = end - 1
    key = (id(activity), axis.zone)
    time_text = texts.get(key)
    if time_text is None:
        time_text = texts[key] = span_text(plan, activity, axis.zone)
    optional = False
    if column.key[0] == "delegate":
        attendance = activity.attendance_of(column.key[1])
        optional = attendance is not None and not attendance.required
    return Block(
        activity=activity, column=column_number, start=start, end=end, display_end=end,
        starts_before=activity.start < axis.start, ends_after=activity.end > axis.end, ghost=ghost,
        optional=optional, severity=None if ghost else marks.get(activity.id or 0),
        time_text=time_text, place_text=plan.describe_place(activity.venue_id, activity.room_id),
    )


def span_text(plan: Plan, activity: Activity, axis_zone: str) -> str:
    """'10:00–10:30' in the activity's own zone (the one rule), naming that zone when it is not
    the grid's: a flight from Seoul on a Hong Kong day reads '08:00–11:40 KST'."""
    zone_name = activity_zone(plan, activity)
    start, end = to_local(activity.start, zone_name), to_local(activity.end, zone_name)
    text = f"{start:%H:%M}–{end:%H:%M}"
    if _offset(activity.start, zone_name) != _offset(activity.start, axis_zone):
        text = f"{text} {abbreviation_of(start)}"
    return text


def _offset(instant: datetime, zone_name: str) -> object:
    return to_local(instant, zone_name).utcoffset()


