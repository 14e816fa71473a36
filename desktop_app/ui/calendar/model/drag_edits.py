"""What a drag on the grid would make of an activity, and what it would then collide with.

Plain functions of the snapshot: a move (``moved``), a move to another column (``reassigned``:
another delegate takes the place of the one dragged from, or another room), an edge dragged
(``resized``) and a block drawn on the empty grid (``drawn``). ``collisions`` checks the result
with the domain's own rules on the plan patched with it (person, room capacity, travel time,
stays, venue hours), only for the scopes it touches, so it can run on every drag step.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import datetime, timedelta

from desktop_app.domain.activities import Activity, ActivityKind, ActivityStatus, Attendance, new_uid
from desktop_app.domain.conflicts import Conflict, Scope, find_conflicts
from desktop_app.domain.plan import Plan

from .layout import ColumnKey

PREVIEW_ID = -1
"""The id a block drawn on the grid has until it is saved."""


def moved(activity: Activity, delta: timedelta) -> Activity:
    return dataclasses.replace(activity, start=activity.start + delta, end=activity.end + delta)


def reassigned(plan: Plan, activity: Activity, source: ColumnKey, target: ColumnKey) -> Activity | None:
    """``activity`` moved from column ``source`` to column ``target``; None when that makes no
    sense (the delegate there attends already, another kind of column)."""
    if source == target:
        return activity
    if source[0] == "delegate" and target[0] == "delegate":
        if target[1] in activity.delegate_ids or source[1] not in activity.delegate_ids:
            return None
        kept = [a for a in activity.attendees if a.delegate_id != source[1]]
        required = next(a.required for a in activity.attendees if a.delegate_id == source[1])
        return dataclasses.replace(activity, attendees=(*kept, Attendance(target[1], required)))
    if source[0] in {"room", "venue"} and target[0] in {"room", "venue"}:
        return placed(plan, activity, target)
    return None


def placed(plan: Plan, activity: Activity, target: ColumnKey) -> Activity | None:
    """``activity`` in the room or venue (without a room) ``target`` names, in that venue's zone."""
    if target[0] == "room":
        room = plan.room_by_id.get(target[1])
        if room is None:
            return None
        venue_id: int | None = room.venue_id
        room_id: int | None = room.id
    elif target[1]:
        venue_id, room_id = target[1], None
    else:
        venue_id, room_id = None, None
    venue = plan.venue_by_id.get(venue_id) if venue_id is not None else None
    zone = venue.timezone if venue is not None else activity.timezone
    return dataclasses.replace(activity, venue_id=venue_id, room_id=room_id, timezone=zone)


def resized(activity: Activity, start: datetime, end: datetime) -> Activity | None:
    if end <= start:
        return None
    return dataclasses.replace(activity, start=start, end=end)


def drawn(plan: Plan, column: ColumnKey, start: datetime, end: datetime, zone: str, title: str) -> Activity:
    """A new activity drawn in ``column``: a tentative meeting of that delegate, or in that room."""
    activity = Activity(PREVIEW_ID, title, start, end, zone, kind=ActivityKind.MEETING,
                        status=ActivityStatus.TENTATIVE)
    if column[0] == "delegate":
        return dataclasses.replace(activity, attendees=(Attendance(column[1]),))
    if column[0] in {"room", "venue"}:
        return placed(plan, activity, column) or activity
    return activity


def copy_of(activity: Activity, start: datetime, *, column: ColumnKey | None = None,
            source: ColumnKey | None = None, plan: Plan | None = None) -> Activity:
    """A new activity like ``activity`` starting at ``start`` (pasted, duplicated): its own UID,
    no id, no link to the request or programme it came from, tentative."""
    copy = dataclasses.replace(
        activity, id=None, uid=new_uid(), start=start, end=start + activity.duration, sequence=0,
        created=None, last_modified=None, deleted_at=None, former_attendee_ids=(), request_id=None,
        pinned=False, external_id="", source="", status=ActivityStatus.TENTATIVE)
    if plan is not None and column is not None and source is not None and column != source:
        return reassigned(plan, copy, source, column) or copy
    return copy


def touched_scopes(activities: Sequence[Activity], originals: Sequence[Activity] = ()) -> set[Scope]:
    """The conflict scopes these activities (and what they were) can change."""
    scopes: set[Scope] = set()
    for activity in (*activities, *originals):
        scopes.update(("delegate", delegate_id) for delegate_id in activity.delegate_ids)
        if activity.room_id is not None:
            scopes.add(("room", activity.room_id))
        scopes.add(("activity", activity.id or 0))
    return scopes


def patched(plan: Plan, previews: Sequence[Activity]) -> Plan:
    """``plan`` with ``previews`` in place of the activities of the same id (new ones added)."""
    by_id = {activity.id: activity for activity in previews}
    kept = [by_id.pop(a.id, a) for a in plan.activities]
    return dataclasses.replace(plan, activities=(*kept, *by_id.values()))


def collisions(plan: Plan, previews: Sequence[Activity]) -> list[Conflict]:
    """The conflicts and warnings ``previews`` would be in, were they saved as they are."""
    if not previews:
        return []
    ids = {activity.id or 0 for activity in previews}
    found = find_conflicts(patched(plan, previews), only=touched_scopes(previews))
    return [conflict for conflict in found if ids.intersection(conflict.activity_ids)]
