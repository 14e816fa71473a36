"""The calendars that are delivered: one per delegate, one per delegation, and what each holds.

The same activities as the calendar export's files (``ics_service.planned_files``): a delegate's
own activities (not the busy time imported from their own calendar, which is on their phone
already), a delegation's every activity one of its delegates attends. ``departed`` are those
that left the calendar (deleted, or the delegate taken off): a delivery withdraws them.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

from desktop_app.domain.activities import Activity
from desktop_app.domain.busy_blocks import is_busy_block_of
from desktop_app.domain.delivery import Channel, DeliveredEvent, DeliveryTarget, Recipient, RecipientKind
from desktop_app.domain.delivery_changes import PendingChange, pending_changes
from desktop_app.domain.people import Delegate, Delegation
from desktop_app.domain.plan import Plan

FORMAT_VERSION = "1"
"""Part of every context hash: raise it when the bytes of published resources change shape."""


@dataclass(frozen=True, slots=True)
class DeliveryCalendar:
    recipient: Recipient
    name: str
    """Whose calendar: the delegate's or the delegation's name."""
    title: str
    """The collection's display name: 'Kim Ji-woo · FilMart 2025'."""
    live: tuple[Activity, ...]
    departed: tuple[Activity, ...]
    delegate: Delegate | None = None

    @property
    def delegate_id(self) -> int | None:
        return self.delegate.id if self.delegate is not None else None

    def target(self, plan: Plan, channel: Channel) -> DeliveryTarget | None:
        return plan.delivery.target(self.recipient, channel)

    def pending(self, plan: Plan, channel: Channel) -> list[PendingChange]:
        return pending_changes(self.live, self.departed, self.target(plan, channel))


def delegate_calendar(plan: Plan, delegate: Delegate) -> DeliveryCalendar:
    assert delegate.id is not None
    own = tuple(a for a in plan.activities_of(delegate.id) if not is_busy_block_of(a, delegate.id))
    departed = tuple(a for a in plan.departed_activities_of(delegate.id) if not is_busy_block_of(a, delegate.id))
    return DeliveryCalendar(Recipient.delegate(delegate.id), delegate.display_name,
                            f"{delegate.display_name} · {plan.settings.name}", own, departed, delegate)


def delegation_calendar(plan: Plan, delegation: Delegation) -> DeliveryCalendar:
    assert delegation.id is not None
    members = {d.id for d in plan.delegates_of(delegation.id)}
    everyone = members | {d.id for d in plan.removed_delegates if d.delegation_id == delegation.id}
    live = tuple(a for a in plan.sorted_activities() if not members.isdisjoint(a.delegate_ids))
    live_uids = {a.uid for a in live}
    departed = tuple(a for a in (*plan.activities, *plan.deleted_activities)
                     if a.uid not in live_uids and everyone.intersection((*a.delegate_ids, *a.former_attendee_ids)))
    return DeliveryCalendar(Recipient.delegation(delegation.id), delegation.name,
                            f"{delegation.name} · {plan.settings.name}", live, departed)


def recipient_name(plan: Plan, recipient: Recipient) -> str:
    if recipient.kind is RecipientKind.DELEGATE:
        delegate = plan.delegate_by_id.get(recipient.id)
        return delegate.display_name if delegate else f"delegate {recipient.id}"
    delegation = plan.delegation_by_id.get(recipient.id)
    return delegation.name if delegation else f"delegation {recipient.id}"


def context_hash(plan: Plan, calendar: DeliveryCalendar, alarm_minutes: int | None) -> str:
    """What a resource's bytes depend on besides its activity: names of people, places and
    projects, the delegate's home zone, the reminder. While it is unchanged, an activity
    unmodified since it was sent is known to have the same bytes without making them."""
    home_zone = calendar.delegate.home_timezone if calendar.delegate is not None else ""
    return hashlib.sha256(repr((FORMAT_VERSION, _plan_context(plan), alarm_minutes, home_zone)).encode()).hexdigest()


def _plan_context(plan: Plan) -> str:
    key = "_delivery_context"
    cached = plan.__dict__.get(key)  # a Plan is immutable: compute once per snapshot
    if cached is None:
        people = sorted(plan.delegate_by_id.items()), sorted(plan.contact_by_id.items())
        text = repr((plan.venues, plan.rooms, plan.projects, people))
        cached = plan.__dict__[key] = hashlib.sha256(text.encode()).hexdigest()
    return str(cached)


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def delivered(plan: Plan, activity: Activity, now: datetime, *, content: str = "", etag: str = "") -> DeliveredEvent:
    """The record of ``activity`` as delivered now."""
    return DeliveredEvent(
        uid=activity.uid, sequence=activity.sequence, delivered_at=now, content_hash=content, etag=etag,
        modified=activity.last_modified, title=activity.title, start=activity.start, end=activity.end,
        timezone=activity.timezone, venue_id=activity.venue_id, room_id=activity.room_id,
        place=plan.describe_place(activity.venue_id, activity.room_id), status=activity.status,
    )
