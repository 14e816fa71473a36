"""A plan for re-plan tests: FilMart in Hong Kong in March, MIPCOM over the Paris fall-back night.

At HKCEC (rooms Theatre 1 and 2) and the Grand Hyatt on 18 March: a breakfast before the
morning, a panel at 09:00 (Kim and Wong), an activity straddling noon, a hotel meeting at 10:00,
a cancelled one, one starting at 13:00 and a late lunch. At the Palais on 26 October, four
15-minute activities: 01:30 CEST, the first 02:30 (CEST), the second 02:30 (CET), 03:30 CET.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from desktop_app.domain.activities import Activity, ActivityKind, ActivityStatus, Attendance
from desktop_app.domain.people import Delegate
from desktop_app.domain.places import Market, Room, Venue
from desktop_app.domain.plan import PlanSettings
from desktop_app.domain.timezones import localize
from desktop_app.storage.plan_store import PlanStore

HK = "Asia/Hong_Kong"
PARIS = "Europe/Paris"


def hk(day: int, hour: int, minute: int = 0) -> datetime:
    return localize(datetime(2025, 3, day, hour, minute), HK)


def fill_replan_plan(store: PlanStore) -> PlanStore:
    """FilMart in Hong Kong (March) and a Paris market over the October fall-back night."""
    with store.write() as tx:
        tx.set_settings(PlanSettings(name="Two markets", timezone=HK))
        tx.add(Market(None, "FilMart", "Hong Kong", HK, date(2025, 3, 17), date(2025, 3, 20)))
        tx.add(Market(None, "MIPCOM", "Cannes", PARIS, date(2025, 10, 25), date(2025, 10, 27)))
        hkcec = tx.add(Venue(None, "HKCEC", HK))
        theatre = tx.add(Room(None, hkcec.id, "Theatre 1"))
        tx.add(Room(None, hkcec.id, "Theatre 2"))
        hotel = tx.add(Venue(None, "Grand Hyatt", HK))
        palais = tx.add(Venue(None, "Palais", PARIS))
        kim = tx.add(Delegate(None, "Kim Ji-woo", email="kim@example.kr"))
        wong = tx.add(Delegate(None, "Wong Ka-man", email="wong@example.hk"))
        tx.add(Delegate(None, "Somchai", email="s@example.th"))

        def add(title: str, start: datetime, end: datetime, venue: Venue, *people: Delegate, **extra: object) -> None:
            tx.add(Activity(None, title, start, end, venue.timezone, venue_id=venue.id,
                            attendees=tuple(Attendance(p.id) for p in people), **extra))  # type: ignore[arg-type]

        add("Early breakfast", hk(18, 7), hk(18, 8, 30), hotel, kim)
        add("Morning panel", hk(18, 9), hk(18, 10), hkcec, kim, wong, room_id=theatre.id,
            kind=ActivityKind.PANEL)
        add("Straddles noon", hk(18, 12, 30), hk(18, 13, 30), hkcec, wong)
        add("Hotel meeting", hk(18, 10), hk(18, 11), hotel, wong)
        add("Already cancelled", hk(18, 10), hk(18, 11), hkcec, kim, status=ActivityStatus.CANCELLED)
        add("Afternoon", hk(18, 13), hk(18, 14, 30), hkcec, kim)  # starts as the range ends: not in it
        add("Late lunch", hk(18, 16), hk(18, 17), hotel, wong)
        # the Paris night: 02:30 happens twice (00:30Z CEST, then 01:30Z CET)
        add("Before the change", datetime(2025, 10, 25, 23, 30, tzinfo=UTC), datetime(2025, 10, 25, 23, 45, tzinfo=UTC),
            palais, kim)
        add("First 02:30", datetime(2025, 10, 26, 0, 30, tzinfo=UTC), datetime(2025, 10, 26, 0, 45, tzinfo=UTC),
            palais, kim)
        add("Second 02:30", datetime(2025, 10, 26, 1, 30, tzinfo=UTC), datetime(2025, 10, 26, 1, 45, tzinfo=UTC),
            palais, wong)
        add("After the change", datetime(2025, 10, 26, 2, 30, tzinfo=UTC), datetime(2025, 10, 26, 2, 45, tzinfo=UTC),
            palais, wong)
    return store
