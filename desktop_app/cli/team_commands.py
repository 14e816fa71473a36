"""copy, history and login: plans that several managers share (on a server or in a file)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .output import print_json
from .plan_argument import PLAN_HELP, plan_location

HISTORY_LIMIT = 50


def register(commands: argparse._SubParsersAction,  # type: ignore[type-arg]
             export_kinds: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    copy = commands.add_parser("copy", help="copy a plan between a file and a server, everything kept")
    copy.add_argument("source", type=plan_location, help=PLAN_HELP)
    copy.add_argument("target", type=plan_location, help="where the copy goes (a new file, or a server plan "
                                                         "that does not exist yet)")
    copy.add_argument("--json", action="store_true", help="machine-readable output")
    copy.set_defaults(handler=run_copy)

    history = commands.add_parser("history", help="who changed the plan, when, and how many of what")
    history.add_argument("plan", type=plan_location, help=PLAN_HELP)
    history.add_argument("--limit", type=int, default=HISTORY_LIMIT, metavar="N",
                         help=f"the newest N changes (default {HISTORY_LIMIT}; 0 for all)")
    history.add_argument("--json", action="store_true", help="machine-readable output (see README)")
    history.add_argument("--csv", type=Path, metavar="FILE", help="write the history to a CSV file")
    history.set_defaults(handler=run_history)

    login = commands.add_parser("login", help="keep a server account's password in the system keyring")
    login.add_argument("plan", type=plan_location, help="a plan on the server: postgresql://user@host:port/dbname")
    login.add_argument("--forget", action="store_true", help="remove the stored password instead")
    login.set_defaults(handler=run_login)


def run_copy(args: argparse.Namespace) -> int:
    from desktop_app.services import plan_service

    outcome = plan_service.copy_plan(args.source, args.target)
    if args.json:
        print_json({"source": str(args.source), "target": str(outcome.target), "rows": outcome.rows})
        return 0
    counted = ", ".join(f"{count} {table.replace('_', ' ')}" for table, count in outcome.rows.items()
                        if count and table in ("activities", "delegates", "contacts", "venues", "change_log"))
    print(f"Copied {args.source} to {outcome.target}: {counted or 'an empty plan'}")
    return 0


def run_history(args: argparse.Namespace) -> int:
    from desktop_app.services import history_service, plan_service

    with plan_service.open_plan(args.plan) as store:
        entries = plan_service.history(store, limit=args.limit or None)
    if args.csv is not None:
        history_service.write_csv(entries, args.csv)
        print(f"Wrote {len(entries)} changes to {args.csv}", file=sys.stderr)
    if args.json:
        print_json(history_service.history_json(entries))
    elif args.csv is None:
        if not entries:
            print("No changes recorded yet.")
        for line in history_service.history_lines(entries):
            print(line)
    return 0


def run_login(args: argparse.Namespace) -> int:
    import getpass

    from desktop_app.services import credentials_service
    from desktop_app.services.errors import UserError

    location = args.plan
    if isinstance(location, Path):
        raise UserError(f"{location} is a file; login is for plans on a server (postgresql://...)")
    if args.forget:
        forgotten = credentials_service.forget_password(location)
        print(f"Forgot the password of {location.account}." if forgotten
              else f"No password was stored for {location.account}.")
        return 0
    password = location.password or getpass.getpass(f"Password for {location.account}: ")
    if not credentials_service.check_and_store_password(location, password):
        raise UserError(f"connected, but there is no system keyring to keep the password of {location.account} "
                        f"({credentials_service.keyring_problem()}); set PGPASSWORD or use a ~/.pgpass file instead")
    print(f"Connected; the password of {location.account} is in the system keyring.")
    return 0
