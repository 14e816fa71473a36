"""Benchmark: export every calendar of the 60-delegate / 5,000-activity plan.

    python -m benchmarks.bench_ics_export [--delegates 60] [--activities 5000] [--repeat 1]

Prints seconds, files per second and events per second (no assertion: timings vary by machine).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from desktop_app.services.ics_service import export_calendars, planned_files

from .generate_plan import generate_plan

NOW = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--delegates", type=int, default=60)
    parser.add_argument("--activities", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args(argv)

    plan = generate_plan(delegates=args.delegates, activities=args.activities)
    files = planned_files(plan, everything=True)
    events = sum(len(f.spec.activities) for f in files)
    print(f"plan: {len(plan.delegates)} delegates, {len(plan.delegations)} delegations, "
          f"{len(plan.projects)} projects, {len(plan.activities)} activities")
    print(f"export: {len(files)} files, {events} VEVENTs in all")
    for run in range(1, args.repeat + 1):
        with tempfile.TemporaryDirectory() as outdir:
            started = time.perf_counter()
            written = export_calendars(plan, Path(outdir), everything=True, now=NOW)
            seconds = time.perf_counter() - started
            size = sum(path.stat().st_size for path in written)
        print(f"run {run}: {seconds:.2f} s, {len(written) / seconds:.1f} files/s, "
              f"{events / seconds:.0f} events/s, {size / 1e6:.1f} MB")
        with tempfile.TemporaryDirectory() as outdir:
            started = time.perf_counter()
            export_calendars(plan, Path(outdir), everything=True, zip_output=True, now=NOW)
            print(f"run {run} as one zip: {time.perf_counter() - started:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
