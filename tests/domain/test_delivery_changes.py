"""What changed since a delivery, from the data alone (SEQUENCE and what was recorded)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from desktop_app.domain.activities import Activity, ActivityStatus, Attendance
from desktop_app.domain.delivery import Channel, DeliveredEvent, DeliveryTarget, Recipient
from desktop_app.domain.delivery_changes import ChangeKind, count_text, delivered_at_text, describe, pending_changes
from desktop_app.domain.places import Room, Venue
from desktop_app.domain.plan import Plan

PARIS = "Europe/Paris"
START = datetime(2025, 5, 14, 8, 30, tzinfo=UTC)
NOW = datetime(2025, 5, 10, 7, 0, tzinfo=UTC)


def activity(uid: str, **fields: object) -> Activity:
    values: dict[str, object] = {"id": 1, "title": uid, "start": START, "end": START + timedelta(minutes=30),
                                 "timezone": PARIS, "uid": uid, "attendees": (Attendance(1),),
                                 "venue_id": 1, "room_id": 1}
    values.update(fields)
    return Activity(**values)  # type: ignore[arg-type]


def sent(a: Activity) -> DeliveredEvent:
    return DeliveredEvent(a.uid, a.sequence, NOW, start=a.start, end=a.end, timezone=a.timezone, venue_id=a.venue_id,
                          room_id=a.room_id, place="Palais, Riviera 7", status=a.status, title=a.title)


def test_each_kind_of_change_is_told_apart() -> None:
    same, moved, rerooomed, cancelled, gone = (activity(u) for u in ("same", "moved", "rerooomed", "cancelled", "gone"))
    target = DeliveryTarget(1, Recipient.delegate(1), Channel.PACK, events=tuple(map(sent, (same, moved, rerooomed,
                                                                                           cancelled, gone))))
    live = [
        same,
        moved.revised(start=START + timedelta(hours=1), end=START + timedelta(hours=1, minutes=30)),
        rerooomed.revised(room_id=2),
        cancelled.revised(status=ActivityStatus.CANCELLED),
        activity("new"),
        activity("never-sent-and-cancelled", status=ActivityStatus.CANCELLED),
    ]
    changes = {c.activity.uid: c.kind for c in pending_changes(live, [gone.revised(deleted_at=NOW)], target)}
    assert changes == {"moved": ChangeKind.MOVED, "rerooomed": ChangeKind.REROOMED,
                       "cancelled": ChangeKind.CANCELLED, "new": ChangeKind.NEW, "gone": ChangeKind.REMOVED}
    # never delivered: every live one is new, but a cancelled one is no news
    assert [c.kind for c in pending_changes(live, [], None)] == [ChangeKind.NEW] * 4


def test_the_text_says_where_and_when_in_local_time() -> None:
    plan = Plan(venues=(Venue(1, "Palais", PARIS),), rooms=(Room(1, 1, "Riviera 7"), Room(2, 1, "Lérins")))
    before = activity("m", title="Sales meeting")
    moved = before.revised(start=START + timedelta(days=1), end=START + timedelta(days=1, minutes=30))
    [change] = pending_changes([moved], [], DeliveryTarget(1, Recipient.delegate(1), Channel.PACK,
                                                           events=(sent(before),)))
    assert describe(change, plan) == ("Moved: Sales meeting, now Thu 15 May 10:30–11:00 CEST at Palais, Riviera 7 "
                                      "(was Wed 14 May 10:30–11:00 CEST)")
    [reroomed] = pending_changes([before.revised(room_id=2)], [], DeliveryTarget(
        1, Recipient.delegate(1), Channel.PACK, events=(sent(before),)))
    assert describe(reroomed, plan).endswith("now at Palais, Lérins (was Palais, Riviera 7)")
    assert delivered_at_text(datetime(2025, 3, 17, 1, 0, tzinfo=UTC), "Asia/Hong_Kong") == "17 Mar, 09:00 HKT"
    assert count_text(3, "Kim Ji-woo") == "3 changes not yet sent to Kim Ji-woo"
    assert count_text(1, "Kim Ji-woo") == "1 change not yet sent to Kim Ji-woo"
