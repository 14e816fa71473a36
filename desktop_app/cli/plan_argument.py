"""A plan on the command line: a file's path or a ``postgresql://`` URL (see README)."""

from __future__ import annotations

import argparse

from desktop_app.domain.plan_location import PlanLocation, PlanLocationError, parse_plan_location

PLAN_HELP = "a plan file, or a plan on a server: postgresql://user@host:port/dbname[?plan=NAME&sslmode=...]"


def plan_location(text: str) -> PlanLocation:
    try:
        return parse_plan_location(text)
    except PlanLocationError as error:
        raise argparse.ArgumentTypeError(str(error)) from None
