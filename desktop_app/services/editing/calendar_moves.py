"""Edits made on the calendar's grid: a move that may hand an activity to another delegate or
room, an edge dragged, several activities pasted at once.

Each is one transaction through ``activities.revise_in`` (SEQUENCE up, a delegate taken off
becoming a former attendee whose calendar hears of it) and relative where a stale view could
otherwise overwrite a later change: a move shifts the activity from where it is *in the file*,
and hands over only the delegate it was dragged from.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from desktop_app.domain.activities import Activity, Attendance
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.places import Room, Venue
from desktop_app.domain.timezones import utc_now
from desktop_app.services.changes import Changes
from desktop_app.services.editing.activities import Clock, check_references, revise_in
from desktop_app.services.editing.journal import journaled

if TYPE_CHECKING:
    from desktop_app.storage.plan_store import PlanStore
    from desktop_app.storage.writer import PlanWriter


@dataclass(frozen=True, slots=True)
class Handover:
    """Who or where a moved activity goes to: ``from_delegate`` gives their place to
    ``to_delegate``; or the activity goes to ``room_id`` (its venue with it), or to ``venue_id``
    without a room (``venue_id`` None with ``to_place``: to no venue at all)."""

    from_delegate: int | None = None
    to_delegate: int | None = None
    to_place: bool = False
    room_id: int | None = None
    venue_id: int | None = None


def move_activities(store: PlanStore, activity_ids: Iterable[int], delta: timedelta,
                    handover: Handover | None = None, *, clock: Clock = utc_now) -> Changes:
    """Shift activities by ``delta`` from where they are in the file and, with ``handover``,
    give each to another delegate or room, all in one transaction."""
    ids = list(dict.fromkeys(activity_ids))
    if not ids or (not delta and handover is None):
        return Changes()
    now = clock()
    with store.write() as tx:
        place = _place(tx, handover) if handover is not None and handover.to_place else None
        for activity_id in ids:

            def fields_for(current: Activity) -> dict[str, Any]:
                fields: dict[str, Any] = {}
                if delta:
                    fields["start"], fields["end"] = current.start + delta, current.end + delta
                if handover is not None and handover.to_delegate is not None:
                    fields["attendees"] = _handed_over(current, handover)
                if place is not None:
                    fields["venue_id"], fields["room_id"] = place[0], place[1]
                    fields["timezone"] = place[2] or current.timezone
                return fields

            _before, after = revise_in(tx, activity_id, fields_for, now)
            if handover is not None and handover.to_delegate is not None:
                check_references(tx, after)
        return journaled(tx)


def _handed_over(current: Activity, handover: Handover) -> tuple[Attendance, ...]:
    source, target = handover.from_delegate, handover.to_delegate
    assert target is not None
    if target in current.delegate_ids:
        raise ValidationError("attendees", f"'{current.title}': that delegate attends it already")
    leaving = current.attendance_of(source) if source is not None else None
    if source is not None and leaving is None:
        raise ValidationError("attendees", f"'{current.title}' no longer has the delegate it was moved from")
    kept = tuple(a for a in current.attendees if a.delegate_id != source)
    return (*kept, Attendance(target, leaving.required if leaving else True))


def _place(tx: PlanWriter, handover: Handover) -> tuple[int | None, int | None, str]:
    """(venue id, room id, the venue's zone or '')."""
    if handover.room_id is not None:
        room = tx.entity(Room, handover.room_id)
        venue = tx.entity(Venue, room.venue_id)
        return venue.id, room.id, venue.timezone
    if handover.venue_id is not None:
        venue = tx.entity(Venue, handover.venue_id)
        return venue.id, None, venue.timezone
    return None, None, ""


def resize_activity(store: PlanStore, activity_id: int, start_delta: timedelta, end_delta: timedelta, *,
                    clock: Clock = utc_now) -> Changes:
    """Move an activity's start and end by these amounts from where they are in the file."""
    if not start_delta and not end_delta:
        return Changes()
    with store.write() as tx:
        def fields_for(current: Activity) -> dict[str, Any]:
            start, end = current.start + start_delta, current.end + end_delta
            if end <= start:
                raise ValidationError("end", f"'{current.title}' would end at or before its start")
            return {"start": start, "end": end}

        revise_in(tx, activity_id, fields_for, clock())
        return journaled(tx)


def add_activities(store: PlanStore, activities: Iterable[Activity]) -> tuple[list[Activity], Changes]:
    """Add new activities (their ids are ignored) in one transaction; returns them as saved."""
    saved = []
    with store.write() as tx:
        for activity in activities:
            check_references(tx, activity)
            saved.append(tx.add(replace(activity, id=None)))
        return saved, journaled(tx)
