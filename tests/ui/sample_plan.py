"""A small FilMart plan file for GUI tests: two venues, names in four scripts, planted conflicts."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from pathlib import Path

from desktop_app.domain.activities import Activity, ActivityKind, ActivityStatus, Attendance
from desktop_app.domain.people import Delegate, Delegation
from desktop_app.domain.places import Market, Room, TravelTime, Venue
from desktop_app.domain.plan import PlanSettings
from desktop_app.domain.timezones import localize
from desktop_app.storage.plan_store import PlanStore

HK = "Asia/Hong_Kong"
FIXED_NOW = datetime(2025, 3, 1, 9, 30, tzinfo=UTC)


def hk(day: int, hour: int, minute: int = 0) -> datetime:
    return localize(datetime(2025, 3, day, hour, minute), HK)


def build_sample_plan(path: Path) -> Path:
    """A small FilMart plan: two venues, CJK/Thai/Korean names, one planted double booking,
    one optional clash (a warning), a tentative and a cancelled activity."""
    store = PlanStore.create(path, PlanSettings(name="FilMart sample", timezone=HK), clock=lambda: FIXED_NOW)
    with store.write() as tx:
        tx.add(Market(None, "FilMart 2025", "Hong Kong", HK, date(2025, 3, 17), date(2025, 3, 20)))
        hkcec = tx.add(Venue(None, "HKCEC", HK, native_name="香港會議展覽中心", opens=time(8), closes=time(20)))
        hall = tx.add(Room(None, hkcec.id, "HAF Hall", tables=2))
        rosewood = tx.add(Venue(None, "Rosewood", HK, native_name="瑰麗酒店"))
        tx.add(TravelTime(hkcec.id, rosewood.id, 35))
        delegation = tx.add(Delegation(None, "Hong Kong producers"))
        wong = tx.add(Delegate(None, "Wong Ka-man", delegation.id, native_name="黃嘉敏", email="wong@example.hk"))
        kim = tx.add(Delegate(None, "Kim Ji-woo", delegation.id, native_name="김지우", email="kim@example.kr"))
        somchai = tx.add(Delegate(None, "Somchai", delegation.id, native_name="สมชาย", email="s@example.th"))
        muller = tx.add(Delegate(None, "Anna Müller", delegation.id, email="anna@example.de"))

        def activity(title: str, start: datetime, end: datetime, attendees: list[Attendance], **extra: object) -> None:
            tx.add(Activity(None, title, start, end, HK, attendees=tuple(attendees), **extra))  # type: ignore[arg-type]

        activity("FilMart opening", hk(17, 10), hk(17, 11), [Attendance(wong.id), Attendance(kim.id)],
                 kind=ActivityKind.RECEPTION, venue_id=hkcec.id)
        activity("HAF meeting: 山中的河", hk(17, 10, 30), hk(17, 11), [Attendance(wong.id)],
                 kind=ActivityKind.HAF_MEETING, venue_id=hkcec.id, room_id=hall.id)
        activity("Producers Connect panel", hk(17, 14), hk(17, 15), [Attendance(kim.id),
                 Attendance(somchai.id, required=False)], kind=ActivityKind.PANEL, venue_id=hkcec.id,
                 status=ActivityStatus.TENTATIVE)
        activity("Buyers lunch", hk(17, 14, 30), hk(17, 15, 30), [Attendance(somchai.id)],
                 kind=ActivityKind.MEETING, venue_id=rosewood.id)
        activity("Sales screening", hk(18, 9), hk(18, 10, 30), [Attendance(muller.id)],
                 kind=ActivityKind.SCREENING, venue_id=hkcec.id, status=ActivityStatus.CANCELLED)
        activity("Booth meeting with 김 대표", hk(18, 11), hk(18, 11, 30), [Attendance(kim.id), Attendance(muller.id)],
                 kind=ActivityKind.BOOTH_MEETING, venue_id=hkcec.id)
    store.close()
    return path
