"""A Korean film commission's trip: FilMart in Hong Kong (March), then the Marché du Film in Cannes
(May). Imported by the tests of this folder (``from trip_plan import ...``).

Kim Ji-woo goes to both markets (two stays), Lee Min-jung to Hong Kong only, Wong Ka-man to Cannes
only (arrives 14 May 10:00), Park Seo-yeon has no stays (always there). The venues have no hours
(09:00-18:00) except the Majestic bar, open 09:00-23:00.
"""

from __future__ import annotations

from datetime import date, datetime, time

from desktop_app.domain.activities import Activity
from desktop_app.domain.people import Contact, Delegate
from desktop_app.domain.places import Market, Room, TravelTime, Venue
from desktop_app.domain.plan import Plan, PlanSettings
from desktop_app.domain.requests import AvailabilityWindow, MeetingRequest, ParticipantKind, ParticipantRef
from desktop_app.domain.stays import Stay
from desktop_app.domain.timezones import localize
from desktop_app.storage.plan_store import PlanStore

HK, PARIS, SEOUL = "Asia/Hong_Kong", "Europe/Paris", "Asia/Seoul"
HKCEC, PALAIS, MAJESTIC = 1, 2, 3
HAF_HALL, RIVIERA_STAND, SALLE_BUNUEL, MAJESTIC_BAR = 1, 2, 3, 4
KIM, LEE, WONG, PARK = 1, 2, 3, 4
SATO, CHAN, ELODIE, THOMAS = 1, 2, 3, 4


def hk(text: str) -> datetime:
    return localize(datetime.fromisoformat(text), HK)


def cannes(text: str) -> datetime:
    return localize(datetime.fromisoformat(text), PARIS)


def request(rid: int, delegate: int, contact: int, minutes: int = 30, *, venue: int = PALAIS,
            room: int | None = None, priority: int = 3, earliest: datetime | None = None,
            latest: datetime | None = None) -> MeetingRequest:
    return MeetingRequest(rid, f"R{rid}", contact, minutes, delegate_id=delegate, priority=priority,
                          venue_id=venue, room_id=room, earliest=earliest, latest=latest)


def available(contact: int, start: datetime, end: datetime, wid: int) -> AvailabilityWindow:
    return AvailabilityWindow(wid, ParticipantRef(ParticipantKind.CONTACT, contact), start, end, PARIS)


def trip_plan(requests: tuple[MeetingRequest, ...] = (), *, availability: tuple[AvailabilityWindow, ...] = (),
              activities: tuple[Activity, ...] = (), settings: PlanSettings | None = None,
              markets: tuple[Market, ...] | None = None) -> Plan:
    return Plan(
        settings=settings or PlanSettings(name="KOFIC 2025", timezone=SEOUL),
        markets=markets if markets is not None else (
            Market(1, "FilMart 2025", "Hong Kong", HK, date(2025, 3, 17), date(2025, 3, 20)),
            Market(2, "Marché du Film 2025", "Cannes", PARIS, date(2025, 5, 13), date(2025, 5, 21))),
        venues=(Venue(HKCEC, "HKCEC", HK, native_name="香港會議展覽中心"),
                Venue(PALAIS, "Palais des Festivals", PARIS),
                Venue(MAJESTIC, "Hôtel Barrière Le Majestic", PARIS, opens=time(9), closes=time(23))),
        rooms=(Room(HAF_HALL, HKCEC, "HAF Hall", capacity=40, tables=4),
               Room(RIVIERA_STAND, PALAIS, "Riviera KOFIC stand", capacity=8, tables=2),
               Room(SALLE_BUNUEL, PALAIS, "Salle Buñuel", capacity=300),
               Room(MAJESTIC_BAR, MAJESTIC, "Bar", capacity=30, tables=3)),
        travel_times=(TravelTime(PALAIS, MAJESTIC, 10),),
        delegates=(Delegate(KIM, "Kim Ji-woo", native_name="김지우", email="jiwoo.kim@kofic.example"),
                   Delegate(LEE, "Lee Min-jung", native_name="이민정", email="minjung.lee@kofic.example"),
                   Delegate(WONG, "Wong Ka-man", native_name="黃嘉敏", email="kaman.wong@kofic.example"),
                   Delegate(PARK, "Park Seo-yeon", native_name="박서연", email="seoyeon.park@kofic.example")),
        contacts=(Contact(SATO, "Sato Haruka", native_name="佐藤遥", email="haruka.sato@sakura.example"),
                  Contact(CHAN, "Chan Tai-man", native_name="陳大文", email="taiman.chan@harbour.example"),
                  Contact(ELODIE, "Élodie Marchand", email="elodie@lumiere.example"),
                  Contact(THOMAS, "Thomas Girard", email="thomas@girard.example")),
        stays=(Stay(1, KIM, hk("2025-03-16T14:00"), hk("2025-03-20T22:00"), HK, market_id=1),
               Stay(2, KIM, cannes("2025-05-12T18:00"), cannes("2025-05-16T15:00"), PARIS, market_id=2),
               Stay(3, LEE, hk("2025-03-16T14:00"), hk("2025-03-21T10:00"), HK, market_id=1),
               Stay(4, WONG, cannes("2025-05-14T10:00"), cannes("2025-05-21T20:00"), PARIS, market_id=2)),
        activities=activities, availability=availability, requests=requests)


def write_plan(store: PlanStore, plan: Plan) -> None:
    """Everything in ``plan`` into an empty plan file, ids kept."""
    with store.write() as tx:
        tx.set_settings(plan.settings)
        for group in (plan.markets, plan.venues, plan.rooms, plan.travel_times, plan.delegations, plan.delegates,
                      plan.contacts, plan.projects, plan.stays, plan.activities, plan.availability, plan.requests):
            for entity in group:
                tx.add(entity, keep_id=True)
