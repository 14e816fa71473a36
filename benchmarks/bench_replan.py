"""A contingency re-plan on a large plan (60 delegates, 5,000 activities): a morning of FilMart shifted.

    python -m benchmarks.bench_replan [--activities 5000] [--repeat 5] [--shift 120]

Times, each the best and the median of ``--repeat`` runs on a fresh copy of the plan file:
- the dry run (``replan --dry-run``'s service call: read the plan, choose, preview, conflicts);
- the re-plan itself (one write transaction, then the conflicts created and resolved);
- the window's preview (``editing.replan.preview`` on the snapshot, with the conflicts known);
- and, as the bare baseline of the same run, reading the plan (``PlanStore.read``) and the
  existing bulk shift of the same activities (``shift_activities``: one transaction, no
  snapshot, no conflicts), so the cost of the re-plan's own work shows.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path


def _timed(runs: int, fresh: Callable[[], object], work: Callable[[object], object]) -> list[float]:
    seconds = []
    for _ in range(runs):
        state = fresh()
        began = time.perf_counter()
        work(state)
        seconds.append(time.perf_counter() - began)
    return seconds


def _line(name: str, seconds: list[float]) -> str:
    return f"{name:<46} best {min(seconds) * 1000:8.1f} ms   median {statistics.median(seconds) * 1000:8.1f} ms"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--activities", type=int, default=5000)
    parser.add_argument("--delegates", type=int, default=60)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--shift", type=int, default=120, help="minutes")
    args = parser.parse_args(argv)

    from benchmarks.generate_plan import generate_plan, write_plan_file
    from desktop_app.domain.conflicts import find_conflicts
    from desktop_app.domain.timezones import localize
    from desktop_app.services.editing.activities import shift_activities
    from desktop_app.services.editing.replan import Replan, chosen_activities, preview, replan_activities
    from desktop_app.storage.plan_store import PlanStore

    now = datetime(2025, 3, 1, tzinfo=UTC)
    with tempfile.TemporaryDirectory(prefix="bench-replan-") as scratch:
        original = Path(scratch) / "plan.dplan"
        write_plan_file(generate_plan(args.delegates, args.activities), original)
        copies = iter(range(10**6))

        def fresh_store() -> PlanStore:
            copy = Path(scratch) / f"copy-{next(copies)}.dplan"
            shutil.copyfile(original, copy)
            return PlanStore.open(copy)

        store = PlanStore.open(original)
        plan = store.read()
        conflicts = find_conflicts(plan)
        store.close()
        morning = Replan(localize(datetime(2025, 3, 18, 9), "Asia/Hong_Kong"),
                         localize(datetime(2025, 3, 18, 13), "Asia/Hong_Kong"), shift=timedelta(minutes=args.shift))
        ids = [a.id for a in chosen_activities(plan, morning) if a.id is not None]
        print(f"plan: {len(plan.activities)} activities, {len(plan.delegates)} delegates; "
              f"the morning of Tue 18 Mar 09:00–13:00 HKT holds {len(ids)} activities, shifted by {args.shift} min")

        outcome = replan_activities(fresh_store(), morning, dry_run=True, clock=lambda: now)
        print(f"  changes {len(outcome.revisions)} activities, creates {len(outcome.conflicts_created)} conflicts, "
              f"resolves {len(outcome.conflicts_resolved)}, affects {len(outcome.delegate_ids)} delegates")

        def closing(work: Callable[[PlanStore], object]) -> Callable[[object], object]:
            def run(state: object) -> object:
                assert isinstance(state, PlanStore)
                try:
                    return work(state)
                finally:
                    state.close()
            return run

        rows = [
            ("baseline: read the plan (PlanStore.read)", _timed(args.repeat, fresh_store, closing(
                lambda s: s.read()))),
            ("baseline: shift_activities, same ids", _timed(args.repeat, fresh_store, closing(
                lambda s: shift_activities(s, ids, morning.shift, clock=lambda: now)))),
            ("replan --dry-run (read, preview, conflicts)", _timed(args.repeat, fresh_store, closing(
                lambda s: replan_activities(s, morning, dry_run=True, clock=lambda: now)))),
            ("replan (one transaction, then conflicts)", _timed(args.repeat, fresh_store, closing(
                lambda s: replan_activities(s, morning, clock=lambda: now)))),
            ("window preview (snapshot, conflicts known)", _timed(args.repeat, lambda: None,
                                                                  lambda _s: preview(plan, morning, conflicts))),
        ]
        for name, seconds in rows:
            print(_line(name, seconds))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
