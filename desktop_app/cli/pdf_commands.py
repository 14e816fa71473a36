"""export pdf (itineraries, overview, run sheet) and export pack (PDF + .ics per delegate)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from desktop_app.services import pdf_service, plan_service


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not a date like 2025-03-17") from None


def _paper(value: str) -> str:
    key = value.strip().lower()
    if key not in ("a4", "letter"):
        raise argparse.ArgumentTypeError(f"'{value}' is not a paper size; use a4 or letter")
    return key


def register(commands: argparse._SubParsersAction, export_kinds: argparse._SubParsersAction) -> None:
    pdf = export_kinds.add_parser(
        "pdf",
        help="PDF itineraries, the delegation overview and a day's run sheet",
        description="Write PDF itineraries into OUTDIR: one per --delegate, or for every delegate without "
        "--delegate; --overview adds the delegation overview, --run-sheet DATE the manager's run sheet.",
    )
    pdf.add_argument("plan", type=Path)
    pdf.add_argument("outdir", type=Path)
    pdf.add_argument("--delegate", action="append", metavar="EMAIL|NAME",
                     help="a delegate's itinerary (repeatable)")
    pdf.add_argument("--overview", action="store_true", help="also the delegation overview (landscape)")
    pdf.add_argument("--run-sheet", type=_day, metavar="DATE", help="also the run sheet of DATE (YYYY-MM-DD)")
    pdf.add_argument("--paper", type=_paper, default="a4", metavar="a4|letter", help="paper size (default a4)")
    pdf.set_defaults(handler=run_export_pdf)

    pack = export_kinds.add_parser(
        "pack",
        help="the delegation pack: per delegate an itinerary PDF and a .ics calendar, plus the overview",
        description="Write OUTDIR/delegates/<name>.pdf and .ics for every delegate and the overview; "
        "--zip writes one archive instead.",
    )
    pack.add_argument("plan", type=Path)
    pack.add_argument("outdir", type=Path)
    pack.add_argument("--zip", action="store_true", help="write one zip archive instead of separate files")
    pack.add_argument("--paper", type=_paper, default="a4", metavar="a4|letter", help="paper size (default a4)")
    pack.set_defaults(handler=run_export_pack)


def run_export_pdf(args: argparse.Namespace) -> int:
    with plan_service.open_plan(args.plan) as store:
        plan = store.read()
    written = pdf_service.export_pdfs(plan, args.outdir, delegates=args.delegate, overview=args.overview,
                                      run_sheet=args.run_sheet, paper=args.paper)
    _report(written, args.outdir)
    return 0


def run_export_pack(args: argparse.Namespace) -> int:
    with plan_service.open_plan(args.plan) as store:
        plan = store.read()
    written = pdf_service.export_pack(plan, args.outdir, zip_output=args.zip, paper=args.paper)
    _report(written, args.outdir)
    return 0


def _report(written: list[Path], outdir: Path) -> None:
    for path in written:
        print(path)
    print(f"{len(written)} file(s) written to {outdir}")
