"""Benchmark: the delegation pack (itinerary PDF + .ics per delegate, and the overview) of the
60-delegate / 5,000-activity plan.

    python -m benchmarks.bench_pdf_pack [--delegates 60] [--activities 5000] [--repeat 1]

Prints seconds, pages per second and sizes (no assertion: timings vary by machine).
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from pypdf import PdfReader

from desktop_app.services.pdf_service import export_pack

from .generate_plan import generate_plan

NOW = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)


def pages_of(path: Path) -> int:
    return len(PdfReader(io.BytesIO(path.read_bytes())).pages)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--delegates", type=int, default=60)
    parser.add_argument("--activities", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args(argv)

    started = time.perf_counter()
    plan = generate_plan(delegates=args.delegates, activities=args.activities)
    print(f"plan: {len(plan.delegates)} delegates, {len(plan.activities)} activities "
          f"(generated in {time.perf_counter() - started:.1f} s)")
    for run in range(1, args.repeat + 1):
        with tempfile.TemporaryDirectory() as outdir:
            started = time.perf_counter()
            written = export_pack(plan, Path(outdir), now=NOW)
            seconds = time.perf_counter() - started
            pdfs = [p for p in written if p.suffix == ".pdf"]
            pages = sum(pages_of(p) for p in pdfs)
            overview = next(p for p in pdfs if p.name.endswith(" overview.pdf"))
            size = sum(p.stat().st_size for p in written)
            print(f"run {run}: {seconds:.1f} s for {len(written)} files ({len(pdfs)} PDFs, {pages} pages, "
                  f"overview {pages_of(overview)} pages), {pages / seconds:.1f} pages/s, {size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
