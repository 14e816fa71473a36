"""export ics: one calendar per delegate, per delegation and per project.

(``import PLAN FILE.ics --as programme|availability`` is the general import command, which
hands .ics files to ``services.ics_service.import_ics``.)
"""

from __future__ import annotations

import argparse
from pathlib import Path

from .plan_argument import PLAN_HELP, plan_location

DEFAULT_ALARM_MINUTES = 15


def parse_alarm(value: str) -> int | None:
    """``--alarm``: minutes before the event, or 'none' for no reminder."""
    if value.strip().lower() in {"none", "off", "no"}:
        return None
    try:
        minutes = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not a number of minutes (or 'none')") from None
    from desktop_app.services import ics_service
    from desktop_app.services.errors import UserError

    try:
        return ics_service.check_alarm(minutes)
    except UserError as error:  # a usage error (exit code 2), as argparse reports its own
        raise argparse.ArgumentTypeError(str(error)) from None


def register(commands: argparse._SubParsersAction,  # type: ignore[type-arg]
             export_kinds: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    ics = export_kinds.add_parser(
        "ics",
        help="iCalendar files for phones: one per delegate, per delegation, per project",
        description="Write .ics calendars into OUTDIR/delegates, OUTDIR/delegations and OUTDIR/projects. "
        "Without --delegate, --delegation or --project, every calendar is written (as with --all).",
    )
    ics.add_argument("plan", type=plan_location, help=PLAN_HELP)
    ics.add_argument("outdir", type=Path)
    ics.add_argument("--delegate", action="append", metavar="EMAIL|NAME", help="a delegate's calendar (repeatable)")
    ics.add_argument("--delegation", action="append", metavar="NAME", help="a delegation's calendar (repeatable)")
    ics.add_argument("--project", action="append", metavar="TITLE", help="a project's calendar (repeatable)")
    ics.add_argument("--all", action="store_true", help="every delegate, delegation and project with activities")
    ics.add_argument("--alarm", type=parse_alarm, default=DEFAULT_ALARM_MINUTES, metavar="MINUTES",
                     help="reminder this many minutes before each event (default 15; 'none' for no reminder)")
    ics.add_argument("--zip", action="store_true", help="write one zip archive instead of separate files")
    add_workers(ics)
    ics.set_defaults(handler=run_export_ics)


def parse_workers(value: str) -> int | None:
    """``--workers``: worker processes for a large export ('auto': one per core; 1: none)."""
    if value.strip().lower() == "auto":
        return None
    try:
        workers = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not a number of processes (or 'auto')") from None
    from desktop_app.services.errors import UserError
    from desktop_app.services.export_pool import check_workers

    try:
        return check_workers(workers)
    except UserError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def add_workers(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--workers", type=parse_workers, default=None, metavar="N|auto",
                        help="worker processes for a large export (default auto: one per core, used only "
                             "when the export is large enough to pay for them; 1: none)")


def run_export_ics(args: argparse.Namespace) -> int:
    from desktop_app.services import ics_service, plan_service

    with plan_service.open_plan(args.plan) as store:
        plan = store.read()
    written = ics_service.export_calendars(
        plan,
        args.outdir,
        delegates=args.delegate,
        delegations=args.delegation,
        projects=args.project,
        everything=args.all,
        alarm_minutes=args.alarm,
        zip_output=args.zip,
        workers=args.workers,
    )
    for path in written:
        print(path)
    print(f"{len(written)} file(s) written to {args.outdir}")
    return 0
