"""replan: shift, move or cancel everything in a time range (a typhoon morning), in one transaction."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from .output import print_json
from .plan_argument import PLAN_HELP, plan_location

if TYPE_CHECKING:  # imported where they are used, when the command runs: start-up stays light
    from desktop_app.domain.activities import Activity
    from desktop_app.domain.plan import Plan
    from desktop_app.services.editing.replan import Replan, ReplanOutcome

TIME_HELP = ("ISO 8601; without an offset, the local time of the market running that day "
             "(e.g. 2025-03-18T09:00 is Hong Kong time during FilMart), with one as given")


def register(commands: argparse._SubParsersAction,  # type: ignore[type-arg]
             export_kinds: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    replan = commands.add_parser(
        "replan", help="shift, move or cancel every activity in a time range (one transaction)",
        description="Take every activity that overlaps the range (at the venues given, attended by the "
                    "delegates given; none given: all) and shift, move or cancel it, in one transaction. "
                    "Cancelled activities stay cancelled and stay in calendars (SEQUENCE up).")
    replan.add_argument("plan", type=plan_location, help=PLAN_HELP)
    replan.add_argument("--from", dest="start", required=True, metavar="ISO", help=f"start of the range: {TIME_HELP}")
    replan.add_argument("--to", dest="end", required=True, metavar="ISO", help="end of the range (read as --from)")
    replan.add_argument("--venue", action="append", default=[], metavar="V",
                        help="only activities at this venue (repeatable)")
    replan.add_argument("--room", action="append", default=[], metavar="ROOM",
                        help="only activities in this room (of a --venue given, else of any venue; repeatable)")
    replan.add_argument("--delegate", action="append", default=[], metavar="D",
                        help="only activities this delegate attends, by email or name (repeatable); "
                             "the activity changes for everyone in it")
    replan.add_argument("--shift", type=int, default=0, metavar="MINUTES",
                        help="move them by this many minutes (negative: earlier; elapsed time)")
    replan.add_argument("--cancel", action="store_true", help="cancel them (calendars get STATUS:CANCELLED)")
    replan.add_argument("--move-to", metavar="VENUE", help="move them to this venue (with --shift too, if given)")
    replan.add_argument("--move-to-room", metavar="ROOM", help="and into this room of it")
    replan.add_argument("--dry-run", action="store_true", help="say what would change; write nothing")
    replan.add_argument("--reissue", type=Path, metavar="OUTDIR",
                        help="then write the itinerary and calendar of each delegate affected into OUTDIR/delegates")
    replan.add_argument("--json", action="store_true", help="machine-readable output (see README)")
    replan.set_defaults(handler=run_replan)


def run_replan(args: argparse.Namespace) -> int:
    from desktop_app.services import pdf_service, plan_service
    from desktop_app.services.editing.replan import replan_activities
    from desktop_app.services.errors import UserError

    if args.cancel and (args.shift or args.move_to):
        raise UserError("give --cancel alone, or --shift and/or --move-to")
    if not (args.cancel or args.shift or args.move_to):
        raise UserError("say what to do: --shift MINUTES, --move-to VENUE or --cancel")
    if args.move_to_room and not args.move_to:
        raise UserError("--move-to-room needs --move-to VENUE")
    if args.reissue is not None and args.dry_run:
        raise UserError("--reissue writes files; leave out --dry-run")
    with plan_service.open_plan(args.plan) as store:
        plan = store.read()
        replan, warnings = build_replan(plan, args)
        outcome = replan_activities(store, replan, dry_run=args.dry_run)
        after = outcome.changes.apply_to(plan)
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    written: list[Path] = []
    if args.reissue is not None and outcome.delegate_ids:
        written = pdf_service.export_delegate_files(after, args.reissue, list(outcome.delegate_ids))
    if args.json:
        payload = replan_json(plan, after, outcome, warnings)
        if args.reissue is not None:
            payload["reissued"] = [str(path) for path in written]
        print_json(payload)
        return 0
    print(replan_text(plan, after, outcome))
    if args.reissue is not None:
        print(f"Re-issued {len(written)} files for {len(outcome.delegate_ids)} delegates into {args.reissue}."
              if written else "Nothing to re-issue: no delegate was affected.")
    return 0


def build_replan(plan: Plan, args: argparse.Namespace) -> tuple[Replan, list[str]]:
    """The ``Replan`` the options describe, and the notes on how their times were read."""
    from datetime import timedelta

    from desktop_app.domain.errors import ValidationError
    from desktop_app.services.editing.activity_edit import room_id_named
    from desktop_app.services.editing.replan import Place, Replan, market_time, range_text
    from desktop_app.services.errors import UserError
    from desktop_app.services.lookup import find_delegate, find_venue, name_key

    start, start_note = market_time(plan, args.start, "--from")
    end, end_note = market_time(plan, args.end, "--to")
    if end <= start:
        raise UserError(f"--to must be after --from (the range read is {range_text(plan, start, end)})")
    venues = [find_venue(plan, name) for name in args.venue]
    room_ids = set()
    for name in args.room:
        among = venues or list(plan.venues)
        found = [r for v in among for r in plan.rooms_of(v.id or 0) if name_key(r.name) == name_key(name)]
        if not found and venues:
            rooms = ", ".join(r.name for v in venues for r in plan.rooms_of(v.id or 0)) or "none"
            raise UserError(f"--room: {' and '.join(v.name for v in venues)} have no room '{name}' "
                            f"(their rooms: {rooms})" if len(venues) > 1 else
                            f"--room: {venues[0].name} has no room '{name}' (its rooms: {rooms})")
        if not found:
            raise UserError(f"--room: no venue has a room '{name}'")
        if len(found) > 1:
            raise UserError(f"--room: {len(found)} venues have a room '{name}'; give its --venue")
        room_ids.add(found[0].id)
    delegates = [find_delegate(plan, who) for who in args.delegate]
    move_to = None
    if args.move_to:
        target = find_venue(plan, args.move_to)
        assert target.id is not None
        move_to = Place(target.id, room_id_named(plan, target.id, args.move_to_room) if args.move_to_room else None)
    try:
        # with --room the venues only say where the rooms are
        replan = Replan(start, end, venue_ids=frozenset(v.id for v in venues if v.id is not None and not room_ids),
                        room_ids=frozenset(r for r in room_ids if r is not None),
                        delegate_ids=frozenset(d.id for d in delegates if d.id is not None),
                        shift=timedelta(minutes=args.shift), move_to=move_to, cancel=args.cancel)
    except ValidationError as error:
        raise UserError(error.reason) from None
    return replan, [note for note in (start_note, end_note) if note]


def replan_json(plan: Plan, after: Plan, outcome: ReplanOutcome, warnings: list[str]) -> dict[str, object]:
    """The ``replan --json`` payload (see README)."""
    from desktop_app.domain.timezones import to_local
    from desktop_app.services.editing.replan import market_zone_at

    from .edit_commands import activity_json

    replan = outcome.replan
    zone = market_zone_at(plan, replan.start)
    move_to = replan.move_to
    return {
        "dry_run": outcome.dry_run,
        "from": to_local(replan.start, zone).isoformat(),
        "to": to_local(replan.end, market_zone_at(plan, replan.end)).isoformat(),
        "action": {
            "cancel": replan.cancel,
            "shift_minutes": int(replan.shift.total_seconds() // 60),
            "move_to": None if move_to is None else {
                "venue": plan.venue_by_id[move_to.venue_id].name,
                "room": plan.room_by_id[move_to.room_id].name if move_to.room_id is not None else ""},
        },
        "activities": [{**activity_json(after, new), "before": _before_json(plan, old)}
                       for old, new in outcome.activities],
        "conflicts": [conflict.to_json() for conflict in outcome.conflicts_created],
        "conflicts_resolved": [conflict.to_json() for conflict in outcome.conflicts_resolved],
        "delegates": [_delegate_json(plan, delegate_id) for delegate_id in outcome.delegate_ids],
        "warnings": list(warnings),
    }


def _before_json(plan: Plan, activity: Activity) -> dict[str, object]:
    from desktop_app.domain.local_time import activity_zone
    from desktop_app.domain.timezones import to_local

    zone = activity_zone(plan, activity)
    venue = plan.venue_by_id.get(activity.venue_id) if activity.venue_id is not None else None
    room = plan.room_by_id.get(activity.room_id) if activity.room_id is not None else None
    return {"start": to_local(activity.start, zone).isoformat(), "end": to_local(activity.end, zone).isoformat(),
            "timezone": zone, "status": activity.status.value, "venue": venue.name if venue else "",
            "room": room.name if room else "", "sequence": activity.sequence}


def _delegate_json(plan: Plan, delegate_id: int) -> dict[str, object]:
    delegate = plan.delegate_by_id[delegate_id]
    return {"id": delegate_id, "name": delegate.name, "email": delegate.email}


def replan_text(plan: Plan, after: Plan, outcome: ReplanOutcome) -> str:
    from desktop_app.domain.dates_text import span_text
    from desktop_app.domain.local_time import activity_zone
    from desktop_app.domain.timezones import to_local
    from desktop_app.services.editing.replan import describe_action, range_text

    replan = outcome.replan
    where = range_text(plan, replan.start, replan.end)
    count = len(outcome.revisions)
    noun = "activity" if count == 1 else "activities"
    if not count:
        return f"No activity in {where} matches; nothing {'would change' if outcome.dry_run else 'changed'}."
    action = describe_action(plan, replan, done=not outcome.dry_run)
    lines = [f"{count} {noun} in {where}: {'would ' if outcome.dry_run else ''}{action}"]

    def when(snapshot: Plan, activity: Activity) -> str:
        zone = activity_zone(snapshot, activity)
        return span_text(to_local(activity.start, zone), to_local(activity.end, zone))

    for old, new in outcome.activities:
        place = plan.describe_place(old.venue_id, old.room_id)
        line = f"  {old.title}: {when(plan, old)}{f' at {place}' if place else ''}"
        changed = [when(after, new)] if (new.start, new.end) != (old.start, old.end) else []
        if (new.venue_id, new.room_id) != (old.venue_id, old.room_id):
            changed.append(f"at {after.describe_place(new.venue_id, new.room_id) or 'no venue'}")
        if new.status is not old.status:
            changed.append(new.status.value)
        lines.append(f"{line} → {' '.join(changed)}")
    created = outcome.conflicts_created
    lines.append(f"New conflicts ({len(created)}):" if created else "No new conflicts.")
    lines += [f"  {c.severity.value}: {c.message}" for c in created]
    if outcome.conflicts_resolved:
        lines.append(f"Conflicts resolved: {len(outcome.conflicts_resolved)}.")
    names = ", ".join(plan.delegate_by_id[d].display_name for d in outcome.delegate_ids)
    lines.append(f"Delegates affected ({len(outcome.delegate_ids)}): {names or 'none'}")
    if outcome.dry_run:
        lines.append("Dry run: nothing was written.")
    return "\n".join(lines)

