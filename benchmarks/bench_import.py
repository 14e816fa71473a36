"""Time CSV programme imports into the demo plan: dry run, import, unchanged and re-issued re-imports.

    python -m benchmarks.bench_import [--rows 2000] [--seed 0]

Rows are spread over the market days, three delegates each, at HKCEC's rooms, so the import
does the full work of resolving people, venues and rooms and writing attendee links.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from desktop_app.services.demo_service import create_demo_plan
from desktop_app.services.imports import import_file


def write_programme(path: Path, emails: list[str], rooms: list[str], rows: int, seed: int,
                    moved: int = 0) -> None:
    rng = random.Random(seed)
    first = datetime(2025, 3, 17, 9, 0)
    with path.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(["external_id", "title", "kind", "start", "end", "venue", "room", "attendees", "status"])
        for n in range(rows):
            start = first + timedelta(days=n % 4, minutes=30 * rng.randrange(18))
            if n < moved:
                start += timedelta(minutes=15)
            writer.writerow([
                f"BENCH-{n:05d}", f"Session {n} · 場次 {n}", "meeting", start.isoformat(timespec="minutes"),
                (start + timedelta(minutes=30)).isoformat(timespec="minutes"), "HKCEC", rng.choice(rooms),
                "; ".join(rng.sample(emails, 3)), "confirmed",
            ])


def timed(label: str, action) -> float:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    report = action()
    seconds = time.perf_counter() - started
    print(f"{label:<38} {seconds:7.2f} s   {report.summary}")
    return seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_import", description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        store = create_demo_plan(root / "demo.dplan")
        plan = store.read()
        emails = [d.email for d in plan.delegates if d.email]
        hkcec = next(v for v in plan.venues if v.name == "HKCEC")
        rooms = [room.name for room in plan.rooms_of(hkcec.id)]  # type: ignore[arg-type]
        programme = root / "bench-programme.csv"
        write_programme(programme, emails, rooms, args.rows, args.seed)
        print(f"programme of {args.rows} rows, 3 attendees each, into the demo plan")
        timed("dry run", lambda: import_file(store, programme, "programme", dry_run=True))
        seconds = timed("import", lambda: import_file(store, programme, "programme"))
        print(f"{'':<38} {args.rows / seconds:7.0f} rows/s")
        timed("re-import, nothing changed", lambda: import_file(store, programme, "programme"))
        write_programme(programme, emails, rooms, args.rows - 50, args.seed, moved=100)
        timed("re-issue: 100 moved, 50 removed", lambda: import_file(store, programme, "programme",
                                                                          cancel_missing=True))
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
