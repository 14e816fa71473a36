"""schedule and find-time: the meeting scheduler on the command line."""

from __future__ import annotations

import argparse
import sys

from desktop_app.services.schedule_defaults import DEFAULT_TIME_LIMIT

from .output import print_json
from .plan_argument import PLAN_HELP, plan_location

SOLVER_CHOICES = ("highs", "cbc", "scip", "cpsat", "greedy")


def register(commands: argparse._SubParsersAction,  # type: ignore[type-arg]
             export_kinds: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    schedule = commands.add_parser("schedule", help="place pending meeting requests (HAF one-to-ones)")
    schedule.add_argument("plan", type=plan_location, help=PLAN_HELP)
    schedule.add_argument("--time-limit", type=float, default=DEFAULT_TIME_LIMIT,
                          metavar="SECONDS", help="wall time for the solver (default: %(default)g)")
    schedule.add_argument("--seed", type=int, default=0, help="solver seed (same seed, same result)")
    schedule.add_argument("--apply", action="store_true",
                          help="write the placed meetings as tentative haf_meeting activities")
    schedule.add_argument("--json", action="store_true", help="machine-readable output (see README)")
    schedule.add_argument("--solver", choices=SOLVER_CHOICES, default="highs", help=argparse.SUPPRESS)
    schedule.set_defaults(handler=run_schedule)

    find = commands.add_parser("find-time", help="free slots for an ad-hoc meeting among several people")
    find.add_argument("plan", type=plan_location, help=PLAN_HELP)
    find.add_argument("--with", dest="people", required=True, action="append", metavar="PERSON[,PERSON...]",
                      help="delegates and contacts by email or name (Latin or native script), "
                           "comma-separated or repeated")
    find.add_argument("--minutes", type=int, required=True, help="length of the meeting")
    find.add_argument("--from", dest="window_start", metavar="ISO",
                      help="earliest start (without an offset: the venue's time, else the plan's)")
    find.add_argument("--to", dest="window_end", metavar="ISO", help="latest end (read as --from)")
    find.add_argument("--venue", help="where the meeting takes place (travel counts to and from it)")
    find.add_argument("--json", action="store_true", help="machine-readable output")
    find.set_defaults(handler=run_find_time)


def run_schedule(args: argparse.Namespace) -> int:
    from desktop_app.services import plan_service, schedule_service

    with plan_service.open_plan(args.plan) as store:
        plan = store.read()
        result = schedule_service.propose_schedule(plan, time_limit=args.time_limit, seed=args.seed,
                                                   solver=args.solver)
        if args.apply:
            written = schedule_service.apply_schedule(store, result)
            print(f"Wrote {written} tentative meetings to {args.plan}.", file=sys.stderr)
    if args.json:
        print_json(schedule_service.result_to_json(plan, result))
    else:
        print(schedule_service.result_to_text(plan, result))
    return 0


def run_find_time(args: argparse.Namespace) -> int:
    from desktop_app.services import plan_service, schedule_service
    from desktop_app.services.errors import UserError

    if (args.window_start is None) != (args.window_end is None):
        raise UserError("Give both --from and --to, or neither.")
    with plan_service.open_plan(args.plan) as store:
        plan = store.read()
    found = schedule_service.find_time(plan, args.people, args.minutes, window_start=args.window_start,
                                       window_end=args.window_end, venue=args.venue)
    if args.json:
        print_json(schedule_service.free_times_to_json(found))
        return 0
    print(schedule_service.free_times_to_text(found))
    return 0
