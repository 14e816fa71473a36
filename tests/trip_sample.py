"""Issue 8's real trip: a Korean delegation at FilMart (Hong Kong, March), then a flight from
Seoul to Nice on 12 May and the Marché du Film (Cannes, May). Shared by the PDF and window tests.

"Korean Night" was imported with the plan's default zone (Hong Kong) but is at the Palais in
Cannes: the venue's zone must win, so it is on Friday 16 May 19:30 CEST, not "Saturday 17 May
01:30". The flight has no venue and is shown in its own zone, Seoul.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from desktop_app.domain.activities import Activity, ActivityKind, Attendance
from desktop_app.domain.people import Delegate, Delegation
from desktop_app.domain.places import Market, Venue
from desktop_app.domain.plan import Plan, PlanSettings
from desktop_app.domain.stays import Stay
from desktop_app.domain.timezones import localize

HK, CANNES, SEOUL = "Asia/Hong_Kong", "Europe/Paris", "Asia/Seoul"
NOW = datetime(2025, 3, 1, 9, 30, tzinfo=UTC)
HOSTILE_TITLE = "Busan & Cannes <co-pro> breakfast"


def local(text: str, zone_name: str) -> datetime:
    return localize(datetime.fromisoformat(text), zone_name)


def _activity(activity_id: int, title: str, start: str, minutes: int, zone_name: str, who: tuple[int, ...],
              **fields: object) -> Activity:
    begin = local(start, zone_name)
    return Activity(activity_id, title, begin, begin + timedelta(minutes=minutes), zone_name,
                    attendees=tuple(Attendance(d) for d in who), uid=f"trip{activity_id}@test",
                    **fields)  # type: ignore[arg-type]


def trip_plan() -> Plan:
    """Han So-hee goes to both markets (and has a welcome dinner in Cannes the day she flies);
    Lee Min-jung only to Cannes."""
    han = Delegate(1, "Han So-hee", 1, native_name="한소희", email="han@kofic.example", home_timezone=SEOUL)
    lee = Delegate(2, "Lee Min-jung", 1, native_name="이민정", email="lee@kofic.example", home_timezone=SEOUL)
    stays = (
        Stay(1, 1, local("2025-03-16T14:00", HK), local("2025-03-20T22:00", HK), HK,
             hotel="Grand Hyatt Hong Kong", market_id=1),
        Stay(2, 1, local("2025-05-12T18:00", CANNES), local("2025-05-21T12:00", CANNES), CANNES,
             hotel="Hôtel Barrière Le Majestic", market_id=2),
        Stay(3, 2, local("2025-05-12T18:00", CANNES), local("2025-05-18T11:00", CANNES), CANNES,
             hotel="Five Seas Hotel", market_id=2),
    )
    activities = (
        _activity(1, "FilMart opening", "2025-03-17T10:00", 60, HK, (1,), kind=ActivityKind.RECEPTION, venue_id=1),
        _activity(2, "HAF pitch", "2025-03-18T10:00", 30, HK, (1,), kind=ActivityKind.HAF_MEETING, venue_id=1),
        _activity(3, "Flight ICN → NCE", "2025-05-12T00:30", 14 * 60, SEOUL, (1, 2), kind=ActivityKind.TRAVEL),
        _activity(4, "Welcome dinner", "2025-05-12T20:00", 120, CANNES, (1,), kind=ActivityKind.NETWORKING,
                  venue_id=3),
        _activity(5, HOSTILE_TITLE, "2025-05-14T08:00", 60, CANNES, (1, 2), venue_id=3),
        _activity(6, "Buyer meeting", "2025-05-15T10:00", 30, CANNES, (2,), venue_id=2),
        # imported with the plan's zone, but at the Palais: shown in Cannes time
        _activity(7, "Korean Night", "2025-05-17T01:30", 360, HK, (1, 2), kind=ActivityKind.RECEPTION, venue_id=2),
    )
    return Plan(
        settings=PlanSettings(name="KOFIC delegation 2025", timezone=HK),
        markets=(Market(1, "FilMart 2025", "Hong Kong", HK, date(2025, 3, 17), date(2025, 3, 20)),
                 Market(2, "Marché du Film 2025", "Cannes", CANNES, date(2025, 5, 13), date(2025, 5, 21))),
        venues=(Venue(1, "HKCEC", HK), Venue(2, "Palais des Festivals", CANNES),
                Venue(3, "Hôtel Barrière Le Majestic", CANNES)),
        delegations=(Delegation(1, "KOFIC", manager_name="Park Ji-ho 박지호"),),
        delegates=(han, lee), stays=stays, activities=activities,
    )
