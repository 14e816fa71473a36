"""Editing one activity by what a person types: its external id or UID, times, names of people and places.

The command line's ``edit`` comes here; the window edits by id through ``editing.activities``.
Both end in ``activity_service.revise_in``, so an edit is the same rule whichever face made it:
one transaction, SEQUENCE up when calendars must re-read the event, a delegate taken off
becoming a former attendee whose calendar is told. A relative change (``shift``, adding or
removing an attendee) applies to the activity as it is inside the transaction, on top of any
change made meanwhile; absolute ones (``start``, ``title`` ...) set what they say.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from desktop_app.domain.activities import Activity, ActivityStatus, Attendance, parse_enum
from desktop_app.domain.conflicts import Conflict, find_conflicts
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.local_time import activity_zone, place_zone
from desktop_app.domain.plan import Plan
from desktop_app.domain.timezones import localize_reporting, utc_now
from desktop_app.services.changes import Changes
from desktop_app.services.editing.activities import revise_in
from desktop_app.services.editing.journal import journaled
from desktop_app.services.errors import UserError
from desktop_app.services.lookup import PeopleIndex, find_venue, name_key

if TYPE_CHECKING:
    from desktop_app.storage.plan_store import PlanStore

Clock = Callable[[], datetime]


@dataclass(frozen=True, slots=True)
class ActivityEdit:
    """What to change; None (or empty) leaves a field as it is."""

    start: str | None = None
    """ISO 8601; without an offset, local time of the activity's (new) venue, else its own zone.
    Given alone, the activity keeps its length."""
    end: str | None = None
    shift_minutes: int = 0
    status: str | None = None
    title: str | None = None
    venue: str | None = None
    """A venue's name; "" takes the activity out of any venue (and room)."""
    room: str | None = None
    add_attendees: tuple[str, ...] = ()
    """Emails or names; a trailing '?' adds the delegate as optional."""
    remove_attendees: tuple[str, ...] = ()

    @property
    def is_empty(self) -> bool:
        return self == ActivityEdit()


@dataclass(frozen=True, slots=True)
class EditOutcome:
    before: Activity
    after: Activity
    changed: tuple[str, ...]
    conflicts: tuple[Conflict, ...]
    """Conflicts that involve the activity once edited."""
    warnings: tuple[str, ...]
    changes: Changes


def find_activity(plan: Plan, reference: str) -> Activity:
    """An activity by its UID or external id (the id in the organiser's programme)."""
    wanted = reference.strip()
    by_uid = [a for a in plan.activities if a.uid == wanted]
    if by_uid:
        return by_uid[0]
    found = [a for a in plan.activities if a.external_id and name_key(a.external_id) == name_key(wanted)]
    if len(found) == 1:
        return found[0]
    if found:
        uids = ", ".join(a.uid for a in found)
        raise UserError(f"{len(found)} activities have the id '{wanted}'; name one by its UID ({uids})")
    raise UserError(f"no activity has the id or UID '{wanted}' (see 'show' or the calendar files for UIDs)")


def edit_activity(store: PlanStore, reference: str, edit: ActivityEdit, *, clock: Clock = utc_now) -> EditOutcome:
    if edit.is_empty:
        raise UserError("say what to change: --start, --end, --shift, --status, --venue, --room, --title, "
                        "--add-attendee or --remove-attendee")
    warnings: list[str] = []
    with store.write() as tx:
        plan = tx.snapshot()
        target = find_activity(plan, reference)
        assert target.id is not None

        def fields_for(current: Activity) -> dict[str, Any]:
            return _fields(plan, current, edit, warnings)

        before, after = revise_in(tx, target.id, fields_for, clock())
        changes = journaled(tx)
    changed = tuple(name for name in _REPORTED if getattr(before, name) != getattr(after, name))
    conflicts = tuple(c for c in find_conflicts(changes.apply_to(plan)) if after.id in c.activity_ids)
    return EditOutcome(before, after, changed, conflicts, tuple(warnings), changes)


_REPORTED = ("title", "start", "end", "timezone", "status", "venue_id", "room_id", "attendees")


def _fields(plan: Plan, current: Activity, edit: ActivityEdit, warnings: list[str]) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    venue_id, room_id = current.venue_id, current.room_id
    if edit.venue is not None:
        venue_id = find_venue(plan, edit.venue).id if edit.venue.strip() else None
        room_id = None if venue_id != current.venue_id else room_id
        fields["venue_id"] = venue_id
    if edit.room is not None:
        room_id = room_id_named(plan, venue_id, edit.room)
    if edit.venue is not None or edit.room is not None:
        fields["room_id"] = room_id
        fields["timezone"] = place_zone(plan, venue_id, current.timezone)
    zone = fields.get("timezone") or activity_zone(plan, current)
    start, end = current.start, current.end
    if edit.shift_minutes:
        start, end = start + timedelta(minutes=edit.shift_minutes), end + timedelta(minutes=edit.shift_minutes)
    if edit.start is not None:
        new_start = _instant(edit.start, zone, "--start", warnings)
        start, end = new_start, new_start + (end - start)
    if edit.end is not None:
        end = _instant(edit.end, zone, "--end", warnings)
    if (start, end) != (current.start, current.end):
        fields["start"], fields["end"] = start, end
    if edit.status is not None:
        fields["status"] = parse_enum(ActivityStatus, edit.status, "status")
    if edit.title is not None:
        fields["title"] = edit.title
    if edit.add_attendees or edit.remove_attendees:
        fields["attendees"] = _attendees(plan, current, edit)
    return fields


def room_id_named(plan: Plan, venue_id: int | None, name: str) -> int | None:
    """The room of the venue called ``name`` (None for ""); a UserError naming the venue's rooms."""
    if not name.strip():
        return None
    if venue_id is None:
        raise UserError("a room needs a venue: give --venue too")
    rooms = plan.rooms_of(venue_id)
    found = [r for r in rooms if name_key(r.name) == name_key(name)]
    if not found:
        venue = plan.venue_by_id[venue_id].name
        known = ", ".join(r.name for r in rooms) or "none"
        raise UserError(f"'{venue}' has no room '{name}' (its rooms: {known})")
    return found[0].id


def _instant(text: str, zone: str, option: str, warnings: list[str]) -> datetime:
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        raise UserError(f"{option}: '{text}' is not an ISO 8601 date and time (e.g. 2025-05-16T19:30)") from None
    instant, note = localize_reporting(value, zone)
    if note:
        warnings.append(f"{option}: {note}")
    return instant


def _attendees(plan: Plan, current: Activity, edit: ActivityEdit) -> tuple[Attendance, ...]:
    index = PeopleIndex(plan.delegates, "delegate")
    attendees = {a.delegate_id: a for a in current.attendees}
    for reference in edit.remove_attendees:
        delegate = index.find(reference)
        if delegate.id not in attendees:
            raise ValidationError("attendees", f"{delegate.name} does not attend '{current.title}'")
        del attendees[delegate.id or 0]
    for reference in edit.add_attendees:
        optional = reference.strip().endswith("?")
        delegate = index.find(reference.strip().rstrip("?"))
        assert delegate.id is not None
        attendees[delegate.id] = Attendance(delegate.id, required=not optional)
    return tuple(sorted(attendees.values(), key=lambda a: a.delegate_id))
