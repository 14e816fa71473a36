"""What the Roster section costs on the roster benchmark's plan (3 stands × 4 days × 2-hour shifts,
40 delegates, 1,500 activities, 200 interpreting needs), its shifts filled by a greedy roster.

    python -m benchmarks.bench_roster_window

Prints, best of several runs, each on a fresh snapshot (no per-snapshot index reused): the
Activities section's ``set_plan`` with a paint (the bare baseline, same plan, same run), the
Roster section's ``set_plan`` with a paint, a change of day with a paint, and the navigator count.
"""

from __future__ import annotations

import dataclasses
import os
import time
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from benchmarks.bench_roster import roster_bench_plan
from desktop_app.domain.plan import Plan
from desktop_app.services.roster import propose_roster, shift_activity
from desktop_app.ui.roster.roster_section import RosterSection
from desktop_app.ui.sections.activities_section import ActivitiesSection

REPEAT = 7


def best_ms(function: Callable[[], object], repeat: int = REPEAT) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times) * 1000


def fresh(plan: Plan) -> Plan:
    return dataclasses.replace(plan, activities=tuple(plan.activities), duties=tuple(plan.duties),
                               venues=tuple(plan.venues), delegates=tuple(plan.delegates))


def rostered_plan(seed: int = 1) -> Plan:
    """The benchmark plan with the greedy roster's shifts written in (as applying would)."""
    plan = roster_bench_plan(seed)
    result = propose_roster(plan, time_limit=30, solver="greedy")
    next_id = max(a.id or 0 for a in plan.activities) + 1
    shifts = [dataclasses.replace(shift_activity(plan, shift), id=next_id + n)
              for n, shift in enumerate(s for s in result.shifts if s.staff)]
    return dataclasses.replace(plan, activities=(*plan.activities, *shifts))


def main(argv: list[str] | None = None) -> int:
    app = QApplication.instance() or QApplication([])
    plan = rostered_plan()
    shifts = sum(1 for a in plan.activities if a.duty_id is not None)
    print(f"plan: {len(plan.activities)} activities ({shifts} shifts), {len(plan.duties)} duties, "
          f"{sum(1 for a in plan.activities if a.interpreting)} interpreting needs, {len(plan.delegates)} people")
    activities, roster = ActivitiesSection(), RosterSection()
    for section in (activities, roster):
        section.resize(1200, 800)
        section.show()
    app.processEvents()

    def show(section: ActivitiesSection | RosterSection) -> None:
        section.set_plan(fresh(plan), ())
        section.grab()

    baseline = best_ms(lambda: show(activities))
    shown = best_ms(lambda: show(roster))
    days = roster.days

    def every_day() -> None:
        for day in days:
            roster.show_day(day)
            roster.grab()

    per_day = best_ms(every_day) / max(len(days), 1)
    count = best_ms(lambda: roster.count(fresh(plan)))
    print(f"Activities section set_plan + paint (baseline): {baseline:7.1f} ms")
    print(f"Roster section set_plan + paint:                {shown:7.1f} ms  ({shown / baseline:.2f}× the baseline)")
    print(f"Roster section, a change of day + paint:        {per_day:7.1f} ms")
    print(f"Roster navigator count (fresh snapshot):        {count:7.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
