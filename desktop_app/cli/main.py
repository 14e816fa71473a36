"""Argument parsing and dispatch; each command module registers its own sub-commands.

Start-up imports argparse and the command modules only: each command imports the services it
uses (and through them SQLAlchemy, icalendar, reportlab, OR-Tools, openpyxl) when it runs, so
``--version``, ``--help`` and usage errors answer in a few tens of milliseconds.
"""

from __future__ import annotations

import argparse
import sys
import traceback
from collections.abc import Callable, Sequence

from desktop_app import __version__

from . import (
    delivery_commands,
    edit_commands,
    ics_commands,
    pdf_commands,
    plan_commands,
    replan_commands,
    roster_commands,
    schedule_commands,
    team_commands,
)

EXIT_OK, EXIT_USER_ERROR, EXIT_USAGE = 0, 1, 2
EXIT_BUG = 70  # EX_SOFTWARE in sysexits.h

Handler = Callable[[argparse.Namespace], int]
COMMAND_MODULES = (plan_commands, edit_commands, replan_commands, ics_commands, pdf_commands, schedule_commands,
                   roster_commands, delivery_commands, team_commands)
COMMAND_NAMES = frozenset({"new", "show", "import", "edit", "remove", "replan", "conflicts", "export",
                           "schedule", "find-time", "roster", "publish", "send-invitations", "copy", "history",
                           "login"})
BY_HELP = ("your name, as the plan's history records your changes (default: $DELEGATION_PLANNER_MANAGER, "
           "else your login name)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="delegation-planner",
        description="Plan a delegation's week at film markets. Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    export = commands.add_parser("export", help="write calendars, itineraries and packs")
    export_kinds = export.add_subparsers(dest="export_kind", metavar="KIND", required=True)
    for module in COMMAND_MODULES:
        module.register(commands, export_kinds)
    assert set(commands.choices) == COMMAND_NAMES, "update COMMAND_NAMES with the new command"
    parser.add_argument("--by", metavar="NAME", default="", help=BY_HELP)
    for command in (*commands.choices.values(), *export_kinds.choices.values()):
        command.add_argument("--by", metavar="NAME", default=argparse.SUPPRESS, help=BY_HELP)
    return parser


def run(argv: Sequence[str]) -> int:
    """Run a headless command; returns the process exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # argparse exits 2 on usage errors, 0 on --help
        return int(exit_.code or 0)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_usage(sys.stderr)
        return EXIT_USAGE
    try:
        from desktop_app.services.manager import use_manager_name
        from desktop_app.services.retry import retrying

        if args.by:
            use_manager_name(args.by)
        # A command is one user action: given up by the server for another's (a deadlock), it runs again.
        return retrying(lambda: handler(args))
    except BrokenPipeError:  # `... | head` closed the pipe: not an error worth a message
        _silence_stdout()
        return EXIT_OK
    except KeyboardInterrupt:
        print("delegation-planner: interrupted", file=sys.stderr)
        return 130
    except Exception as error:  # sorted by the one rule the window uses too
        return _report_failure(error)


def _report_failure(error: Exception) -> int:
    from desktop_app.services import app_data
    from desktop_app.services.errors import FailureKind, classify_failure

    failure = classify_failure(error)
    if failure.kind is not FailureKind.BUG:
        print(f"delegation-planner: error: {failure.message}", file=sys.stderr)
        return EXIT_USER_ERROR
    report = app_data.write_crash_report(traceback.format_exc())
    where = f"; details are in {report}" if report else ""
    print(f"delegation-planner: internal error (a bug, not something you did): {failure.message}{where}. "
          "Your plan is unchanged by the failed command.", file=sys.stderr)
    return EXIT_BUG


def _silence_stdout() -> None:
    """Point stdout at devnull so the interpreter's final flush does not fail again."""
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
