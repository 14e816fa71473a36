"""Time what each navigator section costs on a large plan (60 delegates, 5,000 activities).

    python -m benchmarks.bench_sections

Prints per section: the first ``set_plan`` (columns sized once), later ones, with a paint, and
``apply_changes`` of three one-row edits (an activity, a delegate, a request), alone and with a
paint. Each snapshot is a fresh object, so no per-snapshot index is reused between runs.
"""

from __future__ import annotations

import dataclasses
import os
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from benchmarks.generate_plan import generate_plan, write_plan_file
from desktop_app.domain.plan import Plan
from desktop_app.services import plan_service
from desktop_app.services.changes import Changes
from desktop_app.services.editing import activities as activity_service
from desktop_app.services.editing.entities import save
from desktop_app.ui.plan_document import load
from desktop_app.ui.sections.registry import SECTION_TYPES
from desktop_app.ui.workers import TaskContext
from desktop_app.ui.workspace.section import Section


def best_ms(function: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times) * 1000


def fresh(plan: Plan) -> Plan:
    """A new snapshot object with new tables: no lookup or count is cached for it."""
    return dataclasses.replace(plan, activities=tuple(plan.activities), stays=tuple(plan.stays),
                               requests=tuple(plan.requests), rooms=tuple(plan.rooms), delegates=tuple(plan.delegates))


def show_fresh(section: Section, plan: Plan, *, paint: bool) -> None:
    section.set_plan(fresh(plan), ())
    if paint:
        section.grab()


def apply_ms(section: Section, plan: Plan, changes: Changes, *, paint: bool) -> float:
    times = []
    for _ in range(7):
        section.set_plan(plan, ())
        section.grab()
        after = fresh(changes.apply_to(plan))
        start = time.perf_counter()
        section.apply_changes(after, (), changes)
        if paint:
            section.grab()
        times.append(time.perf_counter() - start)
    return min(times) * 1000


def main() -> int:
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "large.dplan"
        write_plan_file(generate_plan(60, 5000), path)
        store = plan_service.open_plan(path)
        plan = load(store, TaskContext()).plan
        activity, request = plan.activities[100], plan.requests[3]
        edits = {
            "activity": activity_service.update_activity(store, activity.id or 0, title=activity.title + " (moved)"),
            "delegate": save(store, dataclasses.replace(plan.delegates[5], role="Chair"))[1],
            "request": save(store, dataclasses.replace(request, priority=5 if request.priority != 5 else 4))[1],
        }
        print(f"{'section':<12}{'rows':>6}{'1st set_plan':>14}{'set_plan':>10}{'+paint':>8}"
              + "".join(f"{'apply ' + name:>16}{'+paint':>8}" for name in edits))
        for section_type in SECTION_TYPES:
            firsts = []
            for _ in range(3):
                section = section_type()
                section.resize(1200, 700)
                firsts.append(best_ms(partial(section.set_plan, fresh(plan), ()), repeat=1))
            section.show()
            app.processEvents()
            again = best_ms(partial(show_fresh, section, plan, paint=False), repeat=7)
            painted = best_ms(partial(show_fresh, section, plan, paint=True), repeat=5)
            cells = "".join(f"{apply_ms(section, plan, c, paint=False):>14.2f}ms"
                            f"{apply_ms(section, plan, c, paint=True):>6.1f}ms" for c in edits.values())
            print(f"{section.key:<12}{section.count(plan) or 0:>6}{min(firsts):>12.1f}ms{again:>8.1f}ms"
                  f"{painted:>6.1f}ms{cells}")
            section.hide()
        store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
