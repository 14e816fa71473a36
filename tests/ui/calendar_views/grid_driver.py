"""Driving the calendar grid as a person does: press, move in steps, release (always released)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest

from desktop_app.ui.calendar.canvas.calendar_canvas import CalendarCanvas
from desktop_app.ui.calendar.model.layout import Block


def block_named(canvas: CalendarCanvas, title: str, column_title: str | None = None) -> Block:
    found = [b for b in canvas.base_layout.blocks if b.activity.title == title and not b.ghost
             and (column_title is None or canvas.column_title(b.column).startswith(column_title))]
    assert found, f"no block {title!r} in {column_title!r}"
    return found[0]


def column_named(canvas: CalendarCanvas, title: str) -> int:
    for number in range(len(canvas.base_layout.columns)):
        if canvas.column_title(number).startswith(title):
            return number
    raise AssertionError(f"no column {title!r}")


def block_point(canvas: CalendarCanvas, block: Block, *, where: str = "middle") -> QPoint:
    rect = canvas.viewport_rect(canvas.grid.block_rect(block))
    y = {"middle": rect.center().y(), "top": rect.top() + 1, "bottom": rect.bottom() - 1}[where]
    return QPoint(int(rect.center().x()), int(y))


def grid_point(canvas: CalendarCanvas, column: int, minute: float) -> QPoint:
    geometry = canvas.grid
    x = geometry.column_left(column) + geometry.column_width / 2
    y = geometry.y_of(minute)
    point = QPointF(x - canvas.horizontalScrollBar().value(), y - canvas.verticalScrollBar().value())
    return QPoint(round(point.x()), round(point.y()))


@contextmanager
def held(canvas: CalendarCanvas, start: QPoint,
         modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> Iterator[list[QPoint]]:
    """Press at ``start``; the body moves (append points and call ``move_to``); released at the end."""
    viewport = canvas.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, modifier, start)
    last = [start]
    try:
        yield last
    finally:
        QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, modifier, last[-1])


def move_to(canvas: CalendarCanvas, last: list[QPoint], target: QPoint, steps: int = 6) -> None:
    start = last[-1]
    for step in range(1, steps + 1):
        point = start + (target - start) * step / steps
        QTest.mouseMove(canvas.viewport(), point)
        last.append(point)


def drag(canvas: CalendarCanvas, start: QPoint, target: QPoint, steps: int = 6,
         modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    with held(canvas, start, modifier) as last:
        move_to(canvas, last, target, steps)
