"""new, show, import and conflicts: the plan-level commands."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path

from .output import confirm, print_json
from .plan_argument import PLAN_HELP, plan_location


class _ImportKinds:
    """``--as`` choices, read from the import catalogue only when ``import`` is parsed (or its
    help shown): the catalogue brings in the importers, which other commands do not need."""

    def _names(self) -> tuple[str, ...]:
        from desktop_app.services.imports import KIND_NAMES

        return tuple(KIND_NAMES)

    def __contains__(self, name: object) -> bool:
        return name in self._names()

    def __iter__(self) -> Iterator[str]:
        return iter(self._names())


def register(commands: argparse._SubParsersAction,  # type: ignore[type-arg]
             export_kinds: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    new = commands.add_parser("new", help="create a plan: a file, or a plan on a PostgreSQL server")
    new.add_argument("plan", type=plan_location,
                     help="the new plan: a file (suggested extension: .dplan) or postgresql://user@host/db?plan=NAME")
    new.add_argument("--demo", action="store_true", help="fill it with the FilMart 2025 demo plan")
    new.add_argument("--name", help="the plan's name (default: the file name)")
    new.add_argument("--timezone", default="Asia/Hong_Kong", help="IANA zone for times given without one")
    new.set_defaults(handler=run_new)

    show = commands.add_parser("show", help="counts and a summary of a plan")
    show.add_argument("plan", type=plan_location, help=PLAN_HELP)
    show.add_argument("--json", action="store_true", help="machine-readable output (see README)")
    show.set_defaults(handler=run_show)

    import_ = commands.add_parser("import", help="import CSV, XLSX or iCalendar data into a plan")
    import_.add_argument("plan", type=plan_location, help=PLAN_HELP)
    import_.add_argument("file", type=Path)
    import_.add_argument("--as", dest="as_kind", required=True, metavar="KIND",
                         choices=_ImportKinds(),  # type: ignore[arg-type]
                         help="what the file holds: %(choices)s")
    import_.add_argument("--delegate", help="for .ics availability: whose calendar this is (email or name)")
    import_.add_argument("--dry-run", action="store_true", help="report what would change; write nothing")
    removal = import_.add_mutually_exclusive_group()
    removal.add_argument("--partial", action="store_true",
                         help="the file corrects some rows: add and update them, leave everything else alone")
    removal.add_argument("--cancel-missing", action="store_true",
                         help="cancel the activities an earlier version of the file brought and this one no "
                              "longer lists (asked for otherwise)")
    import_.add_argument("--json", action="store_true", help="print the change report as JSON")
    import_.set_defaults(handler=run_import)

    conflicts = commands.add_parser("conflicts", help="list conflicts and warnings in a plan")
    conflicts.add_argument("plan", type=plan_location, help=PLAN_HELP)
    conflicts.add_argument("--json", action="store_true", help="machine-readable output (see README)")
    conflicts.set_defaults(handler=run_conflicts)


def run_new(args: argparse.Namespace) -> int:
    from desktop_app.services import plan_service

    with plan_service.create_plan(args.plan, name=args.name, timezone=args.timezone, demo=args.demo) as store:
        print(plan_service.summarize(store).to_text())
    return 0


def run_show(args: argparse.Namespace) -> int:
    from desktop_app.services import plan_service

    with plan_service.open_plan(args.plan) as store:
        summary = plan_service.summarize(store)
        if store.upgraded_from:
            print(f"Upgraded the plan from schema {store.upgraded_from}; backup: {store.backup_path}",
                  file=sys.stderr)
    if args.json:
        print_json(summary.to_json())
    else:
        print(summary.to_text())
    return 0


def run_import(args: argparse.Namespace) -> int:
    from desktop_app.services import plan_service
    from desktop_app.services.imports import ImportOptions, RemovalsNeedConfirmation, import_file

    options = ImportOptions(dry_run=args.dry_run, partial=args.partial, cancel_missing=args.cancel_missing,
                            delegate=args.delegate)
    with plan_service.open_plan(args.plan) as store:
        try:
            report = import_file(store, args.file, args.as_kind, options)
        except RemovalsNeedConfirmation as question:
            if not confirm(f"{question}\nCancel them and import the file?"):
                raise
            report = import_file(store, args.file, args.as_kind,
                                 ImportOptions(cancel_missing=True, delegate=args.delegate))
    if args.json:
        print_json(report.to_json())
        return 0
    for column in report.ignored_columns:
        print(f"note: column '{column}' is not used and was ignored", file=sys.stderr)
    for warning in report.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    for change in report.changes:
        if change.kind.value != "unchanged":
            print(f"  {change.kind.value:<10} {change.entity}: {change.description}")
    print(report.summary)
    return 0


def run_conflicts(args: argparse.Namespace) -> int:
    from desktop_app.services import conflict_service, plan_service

    with plan_service.open_plan(args.plan) as store:
        conflicts = conflict_service.find_plan_conflicts(store)
    if args.json:
        print_json(conflict_service.conflicts_json(conflicts))
        return 0
    if not conflicts:
        print("No conflicts.")
        return 0
    for conflict in conflicts:
        marker = "CONFLICT" if conflict.severity == "conflict" else "warning "
        print(f"{marker}  [{conflict.kind}] {conflict.message}")
    hard = sum(1 for c in conflicts if c.severity == "conflict")
    print(f"{hard} conflict(s), {len(conflicts) - hard} warning(s)")
    return 0
