"""The delivery record of packs: what changed since each delegate's last pack, and recording one.

Each delegate's itinerary in a pack starts with "Changed since your pack of 17 Mar, 09:00 HKT"
(moved, re-roomed, cancelled, new, no longer theirs) when their previous pack is on record, and
shows the address of their subscribed calendar (with a QR code) once it was published.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop_app.domain.delivery import Channel, DeliveryTarget
from desktop_app.domain.delivery_changes import delivered_at_text, describe
from desktop_app.domain.people import Delegate
from desktop_app.domain.plan import Plan
from desktop_app.formats.pdf import ItineraryExtras
from desktop_app.services.changes import Changes, EntityKind
from desktop_app.storage.plan_store import PlanStore

from .calendars import delegate_calendar, delivered


@dataclass(frozen=True, slots=True)
class PackNote:
    delegate: Delegate
    extras: ItineraryExtras
    affected: bool
    """Changed since their last pack, or never packed: what ``--only-changed`` writes."""


def pack_notes(plan: Plan) -> dict[int, PackNote]:
    """Per live delegate, the section and subscription address their itinerary carries."""
    notes = {}
    for delegate in plan.delegates:
        assert delegate.id is not None
        calendar = delegate_calendar(plan, delegate)
        target = calendar.target(plan, Channel.PACK)
        changes = calendar.pending(plan, Channel.PACK) if target is not None else []
        heading = ""
        if target is not None and target.delivered_at is not None and changes:
            heading = f"Changed since your pack of {delivered_at_text(target.delivered_at, plan.market_timezone)}"
        subscription = calendar.target(plan, Channel.CALDAV)
        extras = ItineraryExtras(heading, tuple(describe(change, plan) for change in changes),
                                 subscription.address if subscription is not None else "")
        notes[delegate.id] = PackNote(delegate, extras, target is None or bool(changes))
    return notes


def record_pack(store: PlanStore, plan: Plan, delegate_ids: list[int], folder: Path, now: datetime) -> Changes:
    """Remember that these delegates got a pack of ``plan`` (the snapshot it was made from) now."""
    with store.write() as tx:
        for delegate_id in delegate_ids:
            calendar = delegate_calendar(plan, plan.delegate_by_id[delegate_id])
            target = tx.save_delivery_target(DeliveryTarget(None, calendar.recipient, Channel.PACK,
                                                            address=str(folder), delivered_at=now))
            assert target.id is not None
            tx.forget_delivered(target.id)
            tx.record_delivered(target.id, [delivered(plan, activity, now) for activity in calendar.live])
    return Changes(kinds=frozenset({EntityKind.DELIVERY}))


def pack_delegates(plan: Plan, notes: dict[int, PackNote], *, only_changed: bool) -> list[Delegate]:
    """Whose files a pack writes: every delegate, or with ``only_changed`` the affected ones."""
    return [note.delegate for note in notes.values() if note.affected or not only_changed]


def subscriptions_text(plan: Plan, notes: dict[int, PackNote], delegates: list[Delegate]) -> str | None:
    """The pack's ``subscriptions.csv``: each delegate's calendar address, once any was published."""
    rows = [(d.display_name, d.email, notes[d.id].extras.subscription_url) for d in delegates  # type: ignore[index]
            if notes[d.id].extras.subscription_url]  # type: ignore[index]
    if not rows:
        return None
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(["delegate", "email", "subscription_url"])
    writer.writerows(rows)
    return buffer.getvalue()


def record_all(store: PlanStore, plan: Plan, folder: Path, now: datetime, *, only_changed: bool = False) -> Changes:
    """Record a pack of ``plan`` written to ``folder`` now, for the delegates it held."""
    delegates = pack_delegates(plan, pack_notes(plan), only_changed=only_changed)
    return record_pack(store, plan, [d.id for d in delegates if d.id is not None], folder, now)
