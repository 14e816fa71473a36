"""Time what the main window waits for on a large plan (60 delegates, 5,000 activities).

    python -m benchmarks.bench_gui_load [--activities 5000]

Prints: opening the file, the background load (snapshot + conflicts + summary), building and
showing one day's rows, and one edit round trip (service write, then the background reload).
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from benchmarks.generate_plan import generate_plan, write_plan_file
from desktop_app.domain.activities import ActivityStatus
from desktop_app.domain.local_time import activities_by_day, plan_days
from desktop_app.services import plan_service
from desktop_app.services.editing import activities as activity_service
from desktop_app.ui.activities.activity_rows import build_day_rows
from desktop_app.ui.activities.activity_table_model import ActivityTableModel
from desktop_app.ui.plan_document import load
from desktop_app.ui.workers import TaskContext


def timed(label: str, function, repeat: int = 3):  # type: ignore[no-untyped-def]
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = function()
        best = min(best, time.perf_counter() - start)
    print(f"{label:<48} {best * 1000:8.1f} ms")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--activities", type=int, default=5000)
    parser.add_argument("--delegates", type=int, default=60)
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "large.dplan"
        write_plan_file(generate_plan(args.delegates, args.activities), path)
        store = timed("open plan file", lambda: plan_service.open_plan(path), repeat=1)
        loaded = timed("load: snapshot + conflicts + summary", lambda: load(store, TaskContext()))
        plan = loaded.plan
        days = plan_days(plan)
        by_day = timed("group activities by local day", lambda: activities_by_day(plan))
        busiest = max(days, key=lambda day: len(by_day.get(day, ())))
        rows = timed(f"build rows of the busiest day ({busiest})",
                     lambda: build_day_rows(plan, busiest, loaded.conflicts, by_day[busiest]))
        model = ActivityTableModel()
        timed(f"show {len(rows)} rows in the table model", lambda: (model.set_rows([]), model.set_rows(rows)))
        target = rows[0].activity
        statuses = [ActivityStatus.TENTATIVE, ActivityStatus.CONFIRMED]

        def edit_round_trip() -> None:
            statuses.reverse()
            activity_service.set_status(store, target.id, statuses[0])
            load(store, TaskContext())

        timed("edit round trip: write + background reload", edit_round_trip)
        print(f"{len(plan.activities)} activities, {len(plan.delegates)} delegates, "
              f"{len(loaded.conflicts)} conflicts, {len(days)} days")
        store.close()
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
