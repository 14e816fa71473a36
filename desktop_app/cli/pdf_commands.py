"""export pdf (itineraries, overview, run sheet) and export pack (PDF + .ics per delegate)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from .ics_commands import DEFAULT_ALARM_MINUTES, add_workers, parse_alarm
from .plan_argument import PLAN_HELP, plan_location


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not a date like 2025-03-17") from None


def _paper(value: str) -> str:
    from desktop_app.services import pdf_service
    from desktop_app.services.errors import UserError

    try:
        return pdf_service.check_paper(value)
    except UserError as error:  # a usage error (exit code 2), as argparse reports its own
        raise argparse.ArgumentTypeError(str(error)) from None


def _add_home_time(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--no-home-time", dest="home_time", action="store_false",
                        help="print market time only, without the delegate's home time beside it")


def register(commands: argparse._SubParsersAction,  # type: ignore[type-arg]
             export_kinds: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    pdf = export_kinds.add_parser(
        "pdf",
        help="PDF itineraries, the delegation overview and a day's run sheet",
        description="Write PDF itineraries into OUTDIR: one per --delegate, or for every delegate without "
        "--delegate; --overview adds the delegation overview, --run-sheet DATE the manager's run sheet.",
    )
    pdf.add_argument("plan", type=plan_location, help=PLAN_HELP)
    pdf.add_argument("outdir", type=Path)
    pdf.add_argument("--delegate", action="append", metavar="EMAIL|NAME",
                     help="a delegate's itinerary (repeatable)")
    pdf.add_argument("--overview", action="store_true", help="also the delegation overview (landscape)")
    pdf.add_argument("--run-sheet", type=_day, metavar="DATE", help="also the run sheet of DATE (YYYY-MM-DD)")
    pdf.add_argument("--paper", type=_paper, default="a4", metavar="a4|letter", help="paper size (default a4)")
    _add_home_time(pdf)
    add_workers(pdf)
    pdf.set_defaults(handler=run_export_pdf)

    pack = export_kinds.add_parser(
        "pack",
        help="the delegation pack: per delegate an itinerary PDF and a .ics calendar, plus the overview",
        description="Write OUTDIR/delegates/<name>.pdf and .ics for every delegate and the overview; "
        "--zip writes one archive instead.",
    )
    pack.add_argument("plan", type=plan_location, help=PLAN_HELP)
    pack.add_argument("outdir", type=Path)
    pack.add_argument("--zip", action="store_true", help="write one zip archive instead of separate files")
    pack.add_argument("--paper", type=_paper, default="a4", metavar="a4|letter", help="paper size (default a4)")
    _add_home_time(pack)
    pack.add_argument("--alarm", type=parse_alarm, default=DEFAULT_ALARM_MINUTES, metavar="MINUTES",
                      help="calendar reminder before each event (default 15; 'none' for no reminder)")
    pack.add_argument("--only-changed", action="store_true",
                      help="only the delegates whose calendar changed since their last pack (or who had none)")
    add_workers(pack)
    pack.set_defaults(handler=run_export_pack)


def run_export_pdf(args: argparse.Namespace) -> int:
    from desktop_app.services import pdf_service, plan_service

    with plan_service.open_plan(args.plan) as store:
        plan = store.read()
    written = pdf_service.export_pdfs(plan, args.outdir, delegates=args.delegate, overview=args.overview,
                                      run_sheet=args.run_sheet, paper=args.paper, home_time=args.home_time,
                                      workers=args.workers)
    _report(written, args.outdir)
    return 0


def run_export_pack(args: argparse.Namespace) -> int:
    from desktop_app.domain.timezones import utc_now
    from desktop_app.services import pdf_service, plan_service
    from desktop_app.services.delivery import packs

    with plan_service.open_plan(args.plan) as store:
        plan = store.read()
        now = utc_now()
        written = pdf_service.export_pack(plan, args.outdir, zip_output=args.zip, paper=args.paper,
                                          home_time=args.home_time, alarm_minutes=args.alarm,
                                          workers=args.workers, only_changed=args.only_changed, now=now)
        if written:  # the next pack says what changed since this one
            packs.record_all(store, plan, args.outdir, now, only_changed=args.only_changed)
    if not written:
        print("Nothing changed since every delegate's last pack; no file written")
        return 0
    _report(written, args.outdir)
    return 0


def _report(written: list[Path], outdir: Path) -> None:
    for path in written:
        print(path)
    print(f"{len(written)} file(s) written to {outdir}")
