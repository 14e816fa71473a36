"""What changed in a recipient's calendar since it was last delivered, decided from the data.

Cheap by design (no calendar bytes are made): an activity counts as changed when its SEQUENCE
went up since it was sent, which the plan does for every change a phone must hear of (time,
place, status, title, deletion, a delegate taken off). The text of each change is the same in
the window, the command line and the "Changed since your pack of …" section of itineraries.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from .activities import Activity, ActivityStatus
from .dates_text import day_month_time, span_text
from .delivery import DeliveredEvent, DeliveryTarget
from .plan import Plan
from .timezones import to_local, zone_abbreviation


class ChangeKind(StrEnum):
    NEW = "new"
    MOVED = "moved"
    REROOMED = "re-roomed"
    CANCELLED = "cancelled"
    CHANGED = "changed"
    REMOVED = "removed"
    """Deleted, or the delegate was taken off it: it leaves their calendar."""


@dataclass(frozen=True, slots=True)
class PendingChange:
    kind: ChangeKind
    activity: Activity
    previous: DeliveredEvent | None = None


def pending_changes(live: Sequence[Activity], departed: Sequence[Activity],
                    target: DeliveryTarget | None) -> list[PendingChange]:
    """The changes a delivery to ``target`` would carry: ``live`` are the activities the
    calendar shows now, ``departed`` those that left it (deleted, or its delegate taken off)."""
    sent = target.event_by_uid if target is not None else {}
    changes: list[PendingChange] = []
    live_uids = {activity.uid for activity in live}
    for activity in live:
        previous = sent.get(activity.uid)
        kind = _kind(activity, previous)
        if kind is not None:
            changes.append(PendingChange(kind, activity, previous))
    for activity in departed:
        previous = sent.get(activity.uid)
        if previous is not None and activity.uid not in live_uids:
            changes.append(PendingChange(ChangeKind.REMOVED, activity, previous))
    return sorted(changes, key=lambda c: (c.activity.start, c.activity.end, c.activity.uid))


def _kind(activity: Activity, previous: DeliveredEvent | None) -> ChangeKind | None:
    if previous is None:
        return None if activity.is_cancelled else ChangeKind.NEW
    if activity.sequence <= previous.sequence and activity.status is previous.status:
        return None
    was_cancelled = previous.status is ActivityStatus.CANCELLED
    if activity.is_cancelled:
        return None if was_cancelled else ChangeKind.CANCELLED
    if was_cancelled:
        return ChangeKind.CHANGED  # back on
    if (activity.start, activity.end) != (previous.start, previous.end) or activity.timezone != previous.timezone:
        return ChangeKind.MOVED
    if (activity.venue_id, activity.room_id) != (previous.venue_id, previous.room_id):
        return ChangeKind.REROOMED
    return ChangeKind.CHANGED


def _when(start: datetime, end: datetime, zone_name: str) -> str:
    return span_text(to_local(start, zone_name), to_local(end, zone_name))


def describe(change: PendingChange, plan: Plan) -> str:
    """'Moved: Sales meeting, now Wed 14 May 10:30–11:00 CEST (was Tue 13 May 10:00–10:30 CEST)'."""
    activity, previous = change.activity, change.previous
    when = _when(activity.start, activity.end, activity.timezone)
    place = plan.describe_place(activity.venue_id, activity.room_id)
    at = f" at {place}" if place else ""
    if change.kind is ChangeKind.MOVED and previous is not None and previous.start and previous.end:
        was = _when(previous.start, previous.end, previous.timezone or activity.timezone)
        return f"Moved: {activity.title}, now {when}{at} (was {was})"
    if change.kind is ChangeKind.REROOMED:
        was = f" (was {previous.place})" if previous is not None and previous.place else ""
        return f"Re-roomed: {activity.title}, {when}, now at {place or 'no venue'}{was}"
    if change.kind is ChangeKind.CANCELLED:
        return f"Cancelled: {activity.title}, {when}"
    if change.kind is ChangeKind.REMOVED:
        return f"No longer in your plan: {activity.title}, {when}"
    if change.kind is ChangeKind.NEW:
        return f"New: {activity.title}, {when}{at}"
    return f"Changed: {activity.title}, {when}{at}"


def delivered_at_text(moment: datetime, zone_name: str) -> str:
    """'17 Mar, 09:00 HKT': when a pack was made, in the market's zone (locale-free)."""
    local = to_local(moment, zone_name)
    text = day_month_time(local)
    day, clock = text.rsplit(" ", 1)
    return f"{day}, {clock} {zone_abbreviation(moment, zone_name)}"


def count_text(count: int, name: str) -> str:
    """'3 changes not yet sent to Kim Ji-woo'."""
    noun = "change" if count == 1 else "changes"
    return f"{count} {noun} not yet sent to {name}"
