"""Time conflict detection on the large generated plan, and at 2x/4x/8x to show its n log n growth.

    python -m benchmarks.bench_conflicts [--runs 7] [--scales 1 2 4 8] [--seed 0]

Delegates scale with activities, so each delegate's day stays as busy as at 1x and the number
of conflicts grows linearly; the last column divides the time by n·log2(n) and should stay flat.
"""

from __future__ import annotations

import argparse
import dataclasses
import math
import statistics
import sys
import time

from desktop_app.domain.conflicts import find_conflicts
from desktop_app.domain.plan import Plan

from .generate_plan import generate_plan

BASE_DELEGATES, BASE_ACTIVITIES = 60, 5000


def time_find_conflicts(plan: Plan, runs: int) -> tuple[list[float], int]:
    """Seconds per run; each run gets a fresh snapshot so the plan's lazy lookups are built inside it."""
    find_conflicts(plan)  # warm-up: imports, zone data and other process-wide caches
    timings, found = [], 0
    for _ in range(runs):
        fresh = dataclasses.replace(plan)  # same data, empty lookup caches
        started = time.perf_counter()
        found = len(find_conflicts(fresh))
        timings.append(time.perf_counter() - started)
    return timings, found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_conflicts", description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 2, 4, 8])
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)

    header = (f"{'scale':>5} {'delegates':>9} {'activities':>10} {'attendances':>11} {'conflicts':>9} "
              f"{'gen s':>6} {'best ms':>8} {'median ms':>9} {'µs/act':>7} {'vs n·log n':>10}")
    print(f"find_conflicts, best and median of {args.runs} runs (time.perf_counter), seed {args.seed}")
    print(header)
    print("-" * len(header))
    reference: float | None = None
    for scale in args.scales:
        started = time.perf_counter()
        plan = generate_plan(BASE_DELEGATES * scale, BASE_ACTIVITIES * scale, args.seed)
        generated = time.perf_counter() - started
        timings, found = time_find_conflicts(plan, args.runs)
        n = len(plan.activities)
        best, median = min(timings), statistics.median(timings)
        per_n_log_n = best / (n * math.log2(n))
        reference = reference or per_n_log_n
        attendances = sum(len(a.attendees) for a in plan.activities)
        print(f"{scale:>4}x {len(plan.delegates):>9} {n:>10} {attendances:>11} {found:>9} {generated:>6.1f} "
              f"{best * 1e3:>8.1f} {median * 1e3:>9.1f} {best / n * 1e6:>7.1f} {per_n_log_n / reference:>10.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
