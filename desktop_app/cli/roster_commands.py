"""roster: booth-duty shifts and interpreters on the command line.

Registering imports nothing heavy: the services (and OR-Tools behind them) are imported when
the command runs, so every other command starts without them.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

DEFAULT_TIME_LIMIT = 30.0
"""Seconds; the same as ``services.roster.DEFAULT_TIME_LIMIT`` (a test keeps them equal)."""


def register(commands: argparse._SubParsersAction,  # type: ignore[type-arg]
             export_kinds: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    roster = commands.add_parser("roster", help="staff booth-duty shifts and assign interpreters")
    roster.add_argument("plan", type=Path)
    roster.add_argument("--time-limit", type=float, default=DEFAULT_TIME_LIMIT, metavar="SECONDS",
                        help="wall time for the solver (default: %(default)g)")
    roster.add_argument("--seed", type=int, default=0, help="solver seed (same seed, same result)")
    roster.add_argument("--apply", action="store_true",
                        help="write the shifts as tentative booth_duty activities and the interpreters as attendees")
    roster.add_argument("--json", action="store_true", help="machine-readable output (see README)")
    roster.add_argument("--solver", choices=("highs", "cbc", "cpsat", "greedy"), default="highs",
                        help=argparse.SUPPRESS)
    roster.set_defaults(handler=run_roster)


def run_roster(args: argparse.Namespace) -> int:
    from desktop_app.services import plan_service
    from desktop_app.services import roster as roster_service

    from .output import print_json

    with plan_service.open_plan(args.plan) as store:
        plan = store.read()
        result = roster_service.propose_roster(plan, time_limit=args.time_limit, seed=args.seed,
                                               solver=args.solver)
        if args.apply:
            changes = roster_service.apply_roster(store, result)
            written = len(changes.added_activity_ids | changes.updated_activity_ids)
            print(f"Wrote {written} activit{'y' if written == 1 else 'ies'} (shifts and interpreted meetings) "
                  f"to {args.plan}.", file=sys.stderr)
    if args.json:
        print_json(roster_service.result_to_json(plan, result))
    else:
        print(roster_service.result_to_text(plan, result))
    return 0
