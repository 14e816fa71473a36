"""The day view by people on a large plan (60 delegates, 5,000 activities): one full repaint and
one scroll step of the grid, against a bare ``QAbstractScrollArea`` of the same size in the same run.

    python -m benchmarks.bench_calendar [--activities 5000] [--delegates 60] [--repeat 30]

Two sizes: the window as it opens (1400 × 860, columns at their readable width, part of the day
in view), and the whole working day at once (60 narrow columns × 14 hours, every block of those
hours visible; the issue's reference figures are for that one). A repaint is ``repaint()`` of the
viewport (the paint event, done at once); a scroll step moves the vertical bar by its single
step and lets the event loop paint what that asked for (Qt blits the rest of the viewport and
paints the strip that came into view, with the time gutter and the arrows). The layout of the
day and one drag step (the column laid out again with the block moved, and its collisions) are
timed too, because a drag redoes them on every mouse move.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from collections import Counter
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop_app.ui.calendar.canvas.calendar_canvas import CalendarCanvas

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

WINDOW = (1400, 860)
WHOLE_DAY_HOURS = 14
WHOLE_DAY_COLUMN = 30  # px: 60 columns side by side in 1,800 px


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--activities", type=int, default=5000)
    parser.add_argument("--delegates", type=int, default=60)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args(argv)

    from PySide6.QtWidgets import QAbstractScrollArea, QApplication

    from benchmarks.generate_plan import generate_plan
    from desktop_app.domain.conflicts import find_conflicts
    from desktop_app.ui.calendar.model.columns import ColumnMode, activities_meeting, day_axis, people_columns, placer
    from desktop_app.ui.calendar.model.layout import build_layout
    from desktop_app.ui.calendar.views.day_view import DayView

    app = QApplication.instance() or QApplication([])
    plan = generate_plan(args.delegates, args.activities)
    conflicts = find_conflicts(plan)
    busiest = _busiest_day(plan)

    view = DayView()
    view.resize(*WINDOW)
    view.show()
    view.set_plan(plan, conflicts)
    view.show_day(busiest)
    view.canvas.scroll_to_minute(8 * 60, margin=0)
    app.processEvents()
    canvas = view.canvas
    layout = canvas.base_layout
    print(f"{len(plan.activities)} activities, {len(plan.delegates)} delegates, {len(conflicts)} conflicts; "
          f"busiest day {busiest.isoformat()}: {len(layout.columns)} columns, {len(layout.blocks)} blocks")

    bare = QAbstractScrollArea()
    bare.viewport().setAutoFillBackground(True)
    bare.show()

    for label, size, column_width, pixels_per_minute in (
        (f"the window ({WINDOW[0]} × {WINDOW[1]})", WINDOW, None, None),
        (f"the whole day ({len(layout.columns)} columns × {WHOLE_DAY_HOURS} h)", None, WHOLE_DAY_COLUMN, 1.0),
    ):
        if column_width is not None:
            canvas.preferred_column_width = column_width
            canvas.fill_width = False
            canvas.set_pixels_per_minute(pixels_per_minute or 1.0)
            margins = canvas.viewportMargins()
            width = int(len(layout.columns) * column_width) + margins.left() + canvas.verticalScrollBar().width() + 4
            height = WHOLE_DAY_HOURS * 60 + margins.top() + margins.bottom() + canvas.horizontalScrollBar().height()
            view.resize(width, height + view.toolbar.sizeHint().height() + 8)
            canvas.set_layout(layout, canvas.edits)
            app.processEvents()
            canvas.scroll_to_minute(7 * 60, margin=0)
        assert size is None or view.size().width() == size[0]
        app.processEvents()
        shown = canvas.viewport().size()
        bare.resize(canvas.size())
        app.processEvents()
        visible = _visible_blocks(canvas)
        print(f"\n{label}: viewport {shown.width()} × {shown.height()}, {visible} blocks visible")
        ours = _timed(args.repeat, canvas.viewport().repaint)
        baseline = _timed(args.repeat, bare.viewport().repaint)
        print(f"  full repaint, bare scroll area   {_ms(baseline)}")
        print(f"  full repaint, day view            {_ms(ours)}   (goal < 25 ms; issue's reference 23.8 ms)")
        print(f"  scroll step, day view             {_ms(_scroll_steps(canvas, args.repeat))}"
              f"   (goal < 6 ms; reference 5.0 ms)")
        bare_steps = _scroll_steps(bare, args.repeat, content=shown.height() * 4)
        print(f"  scroll step, bare scroll area     {_ms(bare_steps)}")

    axis = day_axis(plan, busiest)

    def lay_out_day() -> None:
        columns = people_columns(plan, axis)
        build_layout(plan, columns, activities_meeting(plan, axis), placer(columns, ColumnMode.PEOPLE))

    print(f"\nlayout of the day (columns, overlap, text)  {_ms(_timed(max(args.repeat // 3, 3), lay_out_day))}")
    edits = canvas.edits
    assert edits is not None
    held = max(layout.blocks, key=lambda b: len(layout.column_blocks[b.column]))
    minutes = iter(range(10_000))

    def drag_step() -> None:  # what the canvas asks on each mouse move of a drag: collisions and the columns again
        edits.move([held], held.start + 5 * (next(minutes) % 12), held.column)

    print(f"one drag step (collisions, the column laid out again)  {_ms(_timed(args.repeat, drag_step))}")
    view.close()
    bare.close()
    return 0


def _busiest_day(plan: object) -> date:
    from desktop_app.ui.calendar.model.navigator_days import navigator_days

    days = {entry.day for entry in navigator_days(plan)}  # type: ignore[arg-type]
    counts = Counter(a.start.date() for a in plan.activities)  # type: ignore[attr-defined]
    return max(days, key=lambda d: (counts.get(d, 0), d))


def _visible_blocks(canvas: CalendarCanvas) -> int:
    from PySide6.QtCore import QRectF

    area = QRectF(canvas.viewport().rect()).translated(canvas.horizontalScrollBar().value(),
                                                        canvas.verticalScrollBar().value())
    return sum(1 for b in canvas.base_layout.blocks if canvas.grid.block_rect(b).intersects(area))


def _scroll_steps(area: object, repeat: int, *, content: int = 0) -> list[float]:
    from PySide6.QtWidgets import QApplication

    bar = area.verticalScrollBar()  # type: ignore[attr-defined]
    if content:
        bar.setRange(0, content)
    bar.setSingleStep(24)
    start = bar.value()
    samples = []
    for step in range(repeat):
        direction = 1 if (step // 5) % 2 == 0 else -1  # down five steps, up five: the same strip stays busy
        started = time.perf_counter()
        bar.setValue(bar.value() + direction * bar.singleStep())
        QApplication.processEvents()  # the strip that came into view, the time gutter, the arrows
        samples.append(time.perf_counter() - started)
    bar.setValue(start)
    return samples


def _timed(repeat: int, work: Callable[[], object]) -> list[float]:
    work()  # warm: glyph caches, the first layout of each text
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        samples.append(time.perf_counter() - started)
    return samples


def _ms(samples: list[float]) -> str:
    return f"median {statistics.median(samples) * 1000:6.1f} ms, best {min(samples) * 1000:6.1f} ms"


if __name__ == "__main__":
    raise SystemExit(main())
