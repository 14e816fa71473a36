"""edit and remove: changing one activity, and taking people and requests out of a plan."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from .output import confirm, print_json
from .plan_argument import PLAN_HELP, plan_location

if TYPE_CHECKING:  # imported where they are used, when the command runs: start-up stays light
    from desktop_app.domain.activities import Activity, Attendance
    from desktop_app.domain.people import Contact, Delegate
    from desktop_app.domain.plan import Plan
    from desktop_app.domain.requests import MeetingRequest
    from desktop_app.services.editing.activity_edit import EditOutcome
    from desktop_app.services.editing.removal import RemovalEffects

REMOVABLE = ("delegate", "contact", "request")


def register(commands: argparse._SubParsersAction,  # type: ignore[type-arg]
             export_kinds: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    edit = commands.add_parser("edit", help="change one activity (one transaction; calendars follow)")
    edit.add_argument("plan", type=plan_location, help=PLAN_HELP)
    edit.add_argument("activity", help="the activity's external id (e.g. HAF-2025-002) or UID")
    edit.add_argument("--start", metavar="ISO", help="new start; without an offset, the venue's local time "
                                                     "(the activity keeps its length unless --end is given)")
    edit.add_argument("--end", metavar="ISO", help="new end")
    edit.add_argument("--shift", type=int, default=0, metavar="MINUTES",
                      help="move by this many minutes from where it is now (negative: earlier)")
    edit.add_argument("--status", help="proposed, tentative, confirmed or cancelled")
    edit.add_argument("--venue", help="a venue's name ('' for none)")
    edit.add_argument("--room", help="a room of the venue ('' for none)")
    edit.add_argument("--title")
    edit.add_argument("--add-attendee", action="append", default=[], metavar="PERSON",
                      help="a delegate's email or name; a trailing '?' makes them optional (repeatable)")
    edit.add_argument("--remove-attendee", action="append", default=[], metavar="PERSON",
                      help="a delegate to take off (their calendar gets the cancellation; repeatable)")
    edit.add_argument("--json", action="store_true", help="machine-readable output (see README)")
    edit.set_defaults(handler=run_edit)

    remove = commands.add_parser("remove", help="remove a delegate or contact, or withdraw a meeting request")
    remove.add_argument("plan", type=plan_location, help=PLAN_HELP)
    remove.add_argument("what", choices=REMOVABLE)
    remove.add_argument("who", help="an email or name (delegate, contact) or a request id")
    remove.add_argument("--yes", action="store_true", help="do it even when activities or requests depend on them")
    remove.add_argument("--dry-run", action="store_true", help="say what would change; write nothing")
    remove.add_argument("--json", action="store_true", help="machine-readable output")
    remove.set_defaults(handler=run_remove)


def run_edit(args: argparse.Namespace) -> int:
    from desktop_app.services import plan_service
    from desktop_app.services.editing.activity_edit import ActivityEdit, edit_activity

    edit = ActivityEdit(start=args.start, end=args.end, shift_minutes=args.shift, status=args.status,
                        title=args.title, venue=args.venue, room=args.room,
                        add_attendees=tuple(args.add_attendee), remove_attendees=tuple(args.remove_attendee))
    with plan_service.open_plan(args.plan) as store:
        outcome = edit_activity(store, args.activity, edit)
        plan = store.read()
    for warning in outcome.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if args.json:
        print_json(edit_json(plan, outcome))
        return 0
    after = outcome.after
    if not outcome.changed:
        print(f"'{after.title}' is unchanged.")
        return 0
    print(f"{', '.join(_LABELS.get(name, name) for name in outcome.changed)} of '{after.title}' changed: "
          f"now {_when(plan, after)}{_place(plan, after)} (sequence {after.sequence})")
    for conflict in outcome.conflicts:
        print(f"  {conflict.severity.value}: {conflict.message}")
    return 0


_LABELS = {"venue_id": "venue", "room_id": "room"}


def edit_json(plan: Plan, outcome: EditOutcome) -> dict[str, object]:
    """The ``edit --json`` payload (see README)."""
    return {
        "activity": activity_json(plan, outcome.after),
        "changed": [_LABELS.get(name, name) for name in outcome.changed],
        "conflicts": [conflict.to_json() for conflict in outcome.conflicts],
        "warnings": list(outcome.warnings),
    }


def activity_json(plan: Plan, activity: Activity) -> dict[str, object]:
    from desktop_app.domain.local_time import activity_zone
    from desktop_app.domain.timezones import to_local

    zone = activity_zone(plan, activity)
    venue = plan.venue_by_id.get(activity.venue_id) if activity.venue_id is not None else None
    room = plan.room_by_id.get(activity.room_id) if activity.room_id is not None else None
    return {
        "id": activity.id,
        "uid": activity.uid,
        "external_id": activity.external_id,
        "title": activity.title,
        "kind": activity.kind.value,
        "status": activity.status.value,
        "start": to_local(activity.start, zone).isoformat(),
        "end": to_local(activity.end, zone).isoformat(),
        "timezone": zone,
        "venue": venue.name if venue else "",
        "room": room.name if room else "",
        "attendees": [_attendee_json(plan, a) for a in activity.attendees],
        "sequence": activity.sequence,
    }


def _attendee_json(plan: Plan, attendance: Attendance) -> dict[str, object]:
    delegate = plan.delegate_by_id[attendance.delegate_id]
    return {"name": delegate.name, "email": delegate.email, "required": attendance.required}


def _when(plan: Plan, activity: Activity) -> str:
    from desktop_app.domain.dates_text import span_text
    from desktop_app.domain.local_time import activity_zone
    from desktop_app.domain.timezones import to_local

    zone = activity_zone(plan, activity)
    return span_text(to_local(activity.start, zone), to_local(activity.end, zone))


def _place(plan: Plan, activity: Activity) -> str:
    place = plan.describe_place(activity.venue_id, activity.room_id)
    return f" at {place}" if place else ""


def run_remove(args: argparse.Namespace) -> int:
    from desktop_app.services import plan_service
    from desktop_app.services.editing.removal import remove_person, withdraw_request
    from desktop_app.services.errors import UserError
    from desktop_app.services.lookup import PeopleIndex

    with plan_service.open_plan(args.plan) as store:
        if args.what == "request":
            if args.dry_run:
                raise UserError("--dry-run is for people; withdrawing a request changes only it and its meeting")
            request, _changes = withdraw_request(store, lambda plan: _request(plan, args.who))
            if args.json:
                print_json({"withdrawn": request.external_id})
            else:
                print(f"withdrew request {request.external_id}")
            return 0
        noun = args.what

        def find(plan: Plan) -> Delegate | Contact:
            index = PeopleIndex(plan.delegates, "delegate") if noun == "delegate" else PeopleIndex(plan.contacts,
                                                                                                    "contact")
            return index.find(args.who)

        effects, _changes = remove_person(store, find, dry_run=True)
        if args.dry_run:
            _report(effects, done=False, json=args.json)
            return 0
        if effects.depends and not args.yes and not confirm(f"{_preview(effects)}\nRemove?"):
            _report(effects, done=False, json=args.json)
            raise UserError("nothing was removed; run again with --yes to remove them with all of this")
        effects, _changes = remove_person(store, find)
    _report(effects, done=True, json=args.json)
    return 0


def _report(effects: RemovalEffects, *, done: bool, json: bool) -> None:
    if json:
        print_json(removal_json(effects, done=done))
    else:
        print(effects.describe() if done else _preview(effects))


def _preview(effects: RemovalEffects) -> str:
    who = f"{effects.noun} {effects.person.display_name}"
    if not effects.depends:
        return f"Removing {who} changes nothing else."
    return f"Removing {who} would also mean:\n" + "\n".join(f"  {part}" for part in effects.consequences())


def removal_json(effects: RemovalEffects, *, done: bool) -> dict[str, object]:
    return {
        "removed" if done else "would_remove": {"kind": effects.noun, "name": effects.person.name,
                                                "email": effects.person.email},
        "activities": [{"uid": a.uid, "external_id": a.external_id, "title": a.title} for a in effects.activities],
        "requests_withdrawn": [r.external_id for r in effects.requests],
        "projects_left": [p.title for p in effects.projects],
        "description": effects.describe(),
    }


def _request(plan: Plan, wanted: str) -> MeetingRequest:
    from desktop_app.services.errors import UserError
    from desktop_app.services.lookup import name_key

    for request in plan.requests:
        if name_key(request.external_id) == name_key(wanted):
            return request
    raise UserError(f"no meeting request has the id '{wanted}'")
