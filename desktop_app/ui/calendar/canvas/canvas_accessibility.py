"""What a screen reader sees of the grid: the canvas, one group per column (a delegate, a room, a
day), and in each an item per block: "Kim Ji-woo, 10:00 to 10:30, HAF meeting, tentative".

The grid paints its blocks itself, so Qt knows nothing of them; these interfaces tell it. Each is
made once, registered (``QAccessible.registerAccessibleInterface``) and kept in a dictionary by
(column, activity), so its id stays the same while that block exists and ``child(i)`` hands back
the same object every time (a fresh Python object per call gives unstable ids and can crash).
Nothing is built until an assistive tool (or a test) first asks for the canvas.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QPoint, QRect
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface, QWindow
from PySide6.QtWidgets import QAccessibleWidget

from desktop_app.domain.activities import ActivityStatus
from desktop_app.domain.conflicts import Severity
from desktop_app.domain.local_time import activity_zone
from desktop_app.domain.timezones import abbreviation_of, to_local
from desktop_app.ui.calendar.model.layout import Block, ColumnKey

if TYPE_CHECKING:
    from desktop_app.ui.calendar.canvas.calendar_canvas import CalendarCanvas

BlockKey = tuple[ColumnKey, int]
_STATUS_WORDS = {
    ActivityStatus.PROPOSED: QT_TRANSLATE_NOOP("CalendarCanvas", "proposed"),
    ActivityStatus.TENTATIVE: QT_TRANSLATE_NOOP("CalendarCanvas", "tentative"),
    ActivityStatus.CANCELLED: QT_TRANSLATE_NOOP("CalendarCanvas", "cancelled"),
}


translate = QCoreApplication.translate


def describe(canvas: CalendarCanvas, block: Block) -> str:
    """'Kim Ji-woo, 10:00 to 10:30, HAF meeting, tentative' (times in the activity's own zone)."""
    activity = block.activity
    plan = canvas.edits.plan if canvas.edits is not None else None
    zone_name = activity_zone(plan, activity) if plan is not None else activity.timezone
    start, end = to_local(activity.start, zone_name), to_local(activity.end, zone_name)
    axis_zone = canvas.scene.layout.columns[block.column].axis.zone
    zone = "" if start.utcoffset() == to_local(activity.start, axis_zone).utcoffset() else f" {abbreviation_of(start)}"
    parts = [canvas.column_title(block.column),
             translate("CalendarCanvas", "{start} to {end}").format(start=f"{start:%H:%M}", end=f"{end:%H:%M}{zone}"),
             activity.title]
    if activity.status in _STATUS_WORDS:
        parts.append(translate("CalendarCanvas", _STATUS_WORDS[activity.status]))
    if block.optional:
        parts.append(translate("CalendarCanvas", "optional"))
    if block.ghost:
        parts.append(translate("CalendarCanvas", "proposed by the scheduler"))
    elif block.severity is Severity.CONFLICT:
        parts.append(translate("CalendarCanvas", "in conflict"))
    elif block.severity is Severity.WARNING:
        parts.append(translate("CalendarCanvas", "with a warning"))
    return ", ".join(parts)


class BlockAccessible(QAccessibleInterface):
    def __init__(self, column: ColumnAccessible, block: Block) -> None:
        super().__init__()
        self.column = column
        self.block = block

    @property
    def canvas(self) -> CalendarCanvas:
        return self.column.canvas

    def isValid(self) -> bool:
        return True

    def object(self) -> QObject | None:
        return None

    def window(self) -> QWindow | None:
        return self.column.window()

    def relations(self, _match: Any = None) -> list[Any]:
        return []

    def focusChild(self) -> QAccessibleInterface | None:
        return None

    def childAt(self, _x: int, _y: int) -> QAccessibleInterface | None:
        return None

    def parent(self) -> QAccessibleInterface:
        return self.column

    def child(self, _index: int) -> QAccessibleInterface | None:
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, _child: QAccessibleInterface) -> int:
        return -1

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return describe(self.canvas, self.block)
        if kind == QAccessible.Text.Description:
            return self.block.place_text
        return ""

    def setText(self, _kind: QAccessible.Text, _text: str) -> None:
        pass

    def rect(self) -> QRect:
        canvas = self.canvas
        local = canvas.viewport_rect(canvas.grid.block_rect(self.block)).toAlignedRect()
        return QRect(canvas.viewport().mapToGlobal(local.topLeft()), local.size())

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.ListItem

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        state.focusable = True
        state.selectable = True
        canvas = self.canvas
        state.selected = self.block.activity.id in canvas.paint_state.selected
        state.focused = canvas.hasFocus() and canvas.paint_state.focus == (self.block.activity.id, self.block.column)
        top, bottom = canvas.visible_minutes()
        state.invisible = self.block.display_end <= top or self.block.start >= bottom
        return state


class ColumnAccessible(QAccessibleInterface):
    """One delegate's (room's, day's) blocks."""

    def __init__(self, grid: CanvasAccessible, key: ColumnKey) -> None:
        super().__init__()
        self.grid = grid
        self.key = key
        self.items: list[BlockAccessible] = []

    @property
    def canvas(self) -> CalendarCanvas:
        return self.grid.canvas

    @property
    def number(self) -> int | None:
        return self.canvas.scene.layout.column_of(self.key)

    def isValid(self) -> bool:
        return True

    def object(self) -> QObject | None:
        return None

    def window(self) -> QWindow | None:
        return self.grid.window()

    def relations(self, _match: Any = None) -> list[Any]:
        return []

    def focusChild(self) -> QAccessibleInterface | None:
        return next((item for item in self.items if item.state().focused), None)

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:
        return next((item for item in self.items if item.rect().contains(QPoint(x, y))), None)

    def parent(self) -> QAccessibleInterface:
        return self.grid

    def child(self, index: int) -> QAccessibleInterface | None:
        return self.items[index] if 0 <= index < len(self.items) else None

    def childCount(self) -> int:
        return len(self.items)

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return next((i for i, item in enumerate(self.items) if item is child), -1)

    def text(self, kind: QAccessible.Text) -> str:
        number = self.number
        if number is None or kind != QAccessible.Text.Name:
            return ""
        return self.canvas.column_title(number)

    def setText(self, _kind: QAccessible.Text, _text: str) -> None:
        pass

    def rect(self) -> QRect:
        canvas = self.canvas
        number = self.number
        if number is None:
            return QRect()
        left = int(canvas.grid.column_left(number) - canvas.horizontalScrollBar().value())
        local = QRect(left, 0, int(canvas.grid.column_width), canvas.viewport().height())
        return QRect(canvas.viewport().mapToGlobal(local.topLeft()), local.size())

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.Grouping

    def state(self) -> QAccessible.State:
        return QAccessible.State()


class CanvasAccessible(QAccessibleWidget):
    def __init__(self, canvas: CalendarCanvas) -> None:
        super().__init__(canvas, QAccessible.Role.Table, translate("CalendarCanvas", "Calendar grid"))
        self.canvas = canvas
        self.columns: dict[ColumnKey, ColumnAccessible] = {}
        self.blocks: dict[BlockKey, BlockAccessible] = {}
        self.order: list[ColumnAccessible] = []
        self.update_layout()
        canvas.destroyed.connect(self.forget_all)

    def update_layout(self) -> None:
        """Keep the interfaces of blocks still shown, register new ones, drop those gone."""
        layout = self.canvas.scene.layout
        seen_columns: dict[ColumnKey, ColumnAccessible] = {}
        seen_blocks: dict[BlockKey, BlockAccessible] = {}
        for number, column in enumerate(layout.columns):
            group = self.columns.get(column.key) or _registered(ColumnAccessible(self, column.key))
            seen_columns[column.key] = group
            group.items = []
            for block in layout.in_order(number):
                key = (column.key, block.activity.id or 0) if not block.ghost else (column.key, -id(block.activity))
                item = self.blocks.get(key)
                if item is None:
                    item = _registered(BlockAccessible(group, block))
                item.block = block
                seen_blocks[key] = item
                group.items.append(item)
        for key, item in self.blocks.items():
            if key not in seen_blocks:
                _unregister(item)
        for key, group in self.columns.items():
            if key not in seen_columns:
                _unregister(group)
        self.columns, self.blocks = seen_columns, seen_blocks
        self.order = list(seen_columns.values())

    def forget_all(self) -> None:
        for item in [*self.blocks.values(), *self.columns.values()]:
            _unregister(item)
        self.blocks, self.columns, self.order = {}, {}, []

    def childCount(self) -> int:
        return len(self.order)

    def child(self, index: int) -> QAccessibleInterface | None:
        return self.order[index] if 0 <= index < len(self.order) else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return next((i for i, group in enumerate(self.order) if group is child), -1)

    def focusChild(self) -> QAccessibleInterface | None:
        item = self.focused_item()
        return item if item is not None else super().focusChild()

    def focused_item(self) -> BlockAccessible | None:
        block = self.canvas.focused_block()
        if block is None:
            return None
        return self.blocks.get((self.canvas.scene.layout.columns[block.column].key, block.activity.id or 0))

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:
        return next((group for group in self.order if group.rect().contains(QPoint(x, y))), None)


_registered_ids: dict[int, int] = {}
"""id(interface) -> its accessibility id."""


def _registered(interface: Any) -> Any:
    _registered_ids[id(interface)] = QAccessible.registerAccessibleInterface(interface)
    return interface


def _unregister(interface: Any) -> None:
    unique = _registered_ids.pop(id(interface), None)
    if unique is not None:
        QAccessible.deleteAccessibleInterface(unique)


_grids: dict[int, CanvasAccessible] = {}
"""Kept alive from Python: Qt's cache holds the C++ side."""


def _factory(_class_name: str, obj: QObject) -> QAccessibleInterface | None:
    from desktop_app.ui.calendar.canvas.calendar_canvas import CalendarCanvas

    if isinstance(obj, CalendarCanvas):
        key = id(obj)
        grid = _grids.get(key)
        if grid is None:
            grid = _grids[key] = CanvasAccessible(obj)
            obj.destroyed.connect(lambda *_: _grids.pop(key, None))
        return grid
    return None


_installed = False


def install() -> None:
    """Let Qt ask us for the canvas's interface (once per process)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True


def grid_of(canvas: CalendarCanvas) -> CanvasAccessible | None:
    return _grids.get(id(canvas))


def layout_changed(canvas: CalendarCanvas) -> None:
    grid = grid_of(canvas)
    if grid is not None:
        grid.update_layout()
        if QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleEvent(canvas, QAccessible.Event.ObjectReorder))


def focus_changed(canvas: CalendarCanvas) -> None:
    grid = grid_of(canvas)
    if grid is None or not QAccessible.isActive():
        return
    item = grid.focused_item()
    if item is not None and canvas.hasFocus():
        QAccessible.updateAccessibility(QAccessibleEvent(item, QAccessible.Event.Focus))
