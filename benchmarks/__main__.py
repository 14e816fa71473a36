"""Run every benchmark in turn and print its figures: ``python -m benchmarks``.

Each one also runs alone (``python -m benchmarks.bench_<name> --help`` for its options).
Figures depend on the machine; the closing notes and docs quote runs on 2 cores.
"""

from __future__ import annotations

import importlib
import sys
import time

BENCHMARKS = (
    "bench_conflicts",
    "bench_import",
    "bench_gui_load",
    "bench_workspace",
    "bench_calendar",
    "bench_ics_export",
    "bench_pdf_pack",
    "bench_exports",
    "bench_scheduler",
    "bench_replan",
    "bench_roster",
    "bench_roster_window",
    "bench_delivery",
    "bench_team",
)


def main(argv: list[str]) -> int:
    chosen = [name for name in BENCHMARKS if not argv or name.removeprefix("bench_") in argv]
    for name in chosen:
        print(f"\n=== {name} ===", flush=True)
        started = time.perf_counter()
        module = importlib.import_module(f"benchmarks.{name}")
        module.main([])
        print(f"({name}: {time.perf_counter() - started:.1f} s in all)", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
