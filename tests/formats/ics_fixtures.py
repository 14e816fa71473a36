"""A small plan that exercises every calendar trap: home zones across a DST change, a venue in
another zone, names in many scripts, hostile file names and hostile text."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import UTC, date, datetime, time
from pathlib import Path

from desktop_app.domain.activities import Activity, ActivityKind, ActivityStatus, Attendance
from desktop_app.domain.people import Contact, Delegate, Delegation, Project
from desktop_app.domain.places import Market, Room, Venue
from desktop_app.domain.plan import Plan, PlanSettings
from desktop_app.domain.timezones import localize

HK, PARIS = "Asia/Hong_Kong", "Europe/Paris"
NOW = datetime(2025, 3, 1, 9, 30, tzinfo=UTC)
CREATED = datetime(2025, 2, 1, 8, 0, tzinfo=UTC)
LONG_TITLE = ("Co-production breakfast with the Busan, Rotterdam and Berlinale funds; " * 6)[:300]
HOSTILE_TITLE = 'Pitch; "Dragons", back\\slash\nsecond line 黃大仙 🎬 김치 Müller'
JS_HARNESS = Path(__file__).resolve().parents[1] / "js"


def at(zone_name: str, year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return localize(datetime(year, month, day, hour, minute), zone_name)


def activity(
    activity_id: int, title: str, zone_name: str, start: tuple[int, int, int, int, int], minutes: int, **fields: object
) -> Activity:
    begin = at(zone_name, *start)
    end = datetime.fromtimestamp(begin.timestamp() + minutes * 60, UTC)
    return Activity(
        id=activity_id, title=title, start=begin, end=end, timezone=zone_name,
        uid=f"activity-{activity_id}@delegation-planner", created=CREATED, last_modified=CREATED,
        **fields,  # type: ignore[arg-type]
    )


def sample_plan() -> Plan:
    markets = (
        Market(1, "FilMart 2025", "Hong Kong", HK, date(2025, 3, 17), date(2025, 3, 20)),
        Market(2, "Marché du Film 2025", "Cannes", PARIS, date(2025, 5, 13), date(2025, 5, 21)),
    )
    venues = (
        Venue(1, "HKCEC", HK, native_name="香港會議展覽中心", address="1 Expo Drive, Wan Chai, Hong Kong",
              native_address="香港灣仔博覽道1號", latitude=22.2829, longitude=114.1735,
              opens=time(9, 0), closes=time(19, 0)),
        Venue(2, "Palais des Festivals", PARIS, address="1 Boulevard de la Croisette, 06400 Cannes",
              latitude=43.5506, longitude=7.0175),
    )
    rooms = (Room(1, 1, "N201", 40), Room(2, 1, "HAF Hall", 30, tables=10), Room(3, 2, "Riviera 7", 10))
    delegations = (Delegation(1, "European Sales"), Delegation(2, "HK Producers: 港產片"))
    delegates = (
        Delegate(1, "Anna Müller", 1, email="anna@sales.example", home_timezone=PARIS),
        Delegate(2, "Wong Ka-man", 2, native_name="黃嘉敏", email="kaman@hkprod.example", home_timezone=HK),
        Delegate(3, "../CON", 1, email="con@sales.example", home_timezone="Europe/London"),
        Delegate(4, "Zoë: 🎬 Films", 1, email="zoe@sales.example", home_timezone="America/New_York"),
        Delegate(5, "Kim Ji-woo", 2, native_name="김지우", home_timezone="Asia/Seoul"),
    )
    contacts = (
        Contact(1, "Chan Tai-man", native_name="陳大文", email="tm@fund.example", phone="+852 5555 0101",
                organisation="HK Film Fund", role="Head of acquisitions"),
    )
    projects = (Project(1, "The Harbour Ferry", original_title="天星小輪", member_ids=(2,)),)
    hkcec = {"venue_id": 1, "room_id": 1}
    activities = (
        activity(1, "FilMart opening", HK, (2025, 3, 17, 10, 0), 60, kind=ActivityKind.RECEPTION,
                 attendees=(Attendance(1), Attendance(2), Attendance(4, required=False)), **hkcec),
        activity(2, "HAF meeting: The Harbour Ferry", HK, (2025, 3, 18, 14, 30), 30, kind=ActivityKind.HAF_MEETING,
                 venue_id=1, room_id=2, project_id=1, contact_ids=(1,), attendees=(Attendance(2), Attendance(5)),
                 url="https://haf.example/meetings/42"),
        activity(3, HOSTILE_TITLE, HK, (2025, 3, 19, 9, 0), 45,
                 notes="Bring: 10 copies; the \\teaser\\, USB.\nAsk about 合拍.\x07\x1b[31m", **hkcec,
                 attendees=(Attendance(1), Attendance(3))),
        activity(4, LONG_TITLE, HK, (2025, 3, 20, 11, 0), 60, status=ActivityStatus.TENTATIVE,
                 attendees=(Attendance(1), Attendance(4))),
        activity(5, "Cancelled lunch", HK, (2025, 3, 18, 12, 30), 90, status=ActivityStatus.CANCELLED,
                 attendees=(Attendance(1), Attendance(2))),
        # The Sunday clocks change in Paris: 10:00 HKT is 03:00 CET on Saturday, 04:00 CEST on Sunday.
        activity(6, "Wrap-up before the flight", HK, (2025, 3, 29, 10, 0), 60, attendees=(Attendance(1),)),
        activity(7, "Sunday debrief", HK, (2025, 3, 30, 10, 0), 60, attendees=(Attendance(1),)),
        activity(8, "Back-office call (Paris time)", PARIS, (2025, 3, 30, 9, 0), 30, attendees=(Attendance(1),)),
        # Cannes in May: 09:00 CEST is 07:00Z (the 1970-2038 RDATE zone makes ical.js say 08:00Z).
        activity(9, "Cannes market screening", PARIS, (2025, 5, 15, 9, 0), 120, kind=ActivityKind.SCREENING,
                 venue_id=2, room_id=3, attendees=(Attendance(1), Attendance(2))),
        activity(10, "Proposed drinks", HK, (2025, 3, 19, 18, 0), 60, status=ActivityStatus.PROPOSED,
                 attendees=(Attendance(5),)),
    )
    return Plan(
        settings=PlanSettings(name="Test plan: FilMart/Cannes", timezone=HK),
        markets=markets, venues=venues, rooms=rooms, delegations=delegations, delegates=delegates,
        contacts=contacts, projects=projects, activities=activities,
    )


NEW_YORK = "America/New_York"
# Local times that happen twice, by activity id: (zone, start UTC, end UTC). Paris goes back from
# 03:00 CEST to 02:00 CET on 26 Oct 2025, New York from 02:00 EDT to 01:00 EST on 2 Nov 2025.
FALL_BACK = {
    11: (PARIS, datetime(2025, 10, 26, 0, 30, tzinfo=UTC), datetime(2025, 10, 26, 0, 50, tzinfo=UTC)),
    12: (PARIS, datetime(2025, 10, 26, 1, 30, tzinfo=UTC), datetime(2025, 10, 26, 2, 30, tzinfo=UTC)),
    13: (PARIS, datetime(2025, 10, 25, 23, 0, tzinfo=UTC), datetime(2025, 10, 26, 1, 15, tzinfo=UTC)),
    14: (NEW_YORK, datetime(2025, 11, 2, 5, 30, tzinfo=UTC), datetime(2025, 11, 2, 5, 50, tzinfo=UTC)),
    15: (NEW_YORK, datetime(2025, 11, 2, 6, 30, tzinfo=UTC), datetime(2025, 11, 2, 7, 30, tzinfo=UTC)),
    16: (NEW_YORK, datetime(2025, 11, 2, 4, 30, tzinfo=UTC), datetime(2025, 11, 2, 6, 45, tzinfo=UTC)),
}
FALL_BACK_TITLES = {
    11: "Paris 02:30 CEST to 02:50 CEST (both the first)",
    12: "Paris 02:30 CET (the second) to 03:30 CET",
    13: "Paris 01:00 CEST to 02:15 CET (ends in the second)",
    14: "New York 01:30 EDT to 01:50 EDT (both the first)",
    15: "New York 01:30 EST (the second) to 02:30 EST",
    16: "New York 00:30 EDT to 01:45 EST (ends in the second)",
}


def fall_back_activities() -> tuple[Activity, ...]:
    """Activities starting or ending in the hour that happens twice, as first and second occurrences."""
    return tuple(
        Activity(id=activity_id, title=FALL_BACK_TITLES[activity_id], start=start, end=end, timezone=zone_name,
                 uid=f"activity-{activity_id}@delegation-planner", created=CREATED, last_modified=CREATED,
                 attendees=(Attendance(1),))
        for activity_id, (zone_name, start, end) in FALL_BACK.items()
    )


def read_with_icaljs(*paths: Path) -> dict[str, list[dict[str, object]]]:
    """Every VEVENT of ``paths`` as ical.js (Thunderbird's parser) reads it, via Node."""
    node = shutil.which("node")
    assert node, "Node.js is required for the ical.js cross-check (see README: npm ci --prefix tests/js)"
    assert (JS_HARNESS / "node_modules" / "ical.js").is_dir(), "run: npm ci --prefix tests/js"
    completed = subprocess.run(
        [node, str(JS_HARNESS / "read_ics.mjs"), *map(str, paths)],
        capture_output=True, text=True, check=True, timeout=120,
    )
    result: dict[str, list[dict[str, object]]] = json.loads(completed.stdout)
    return result
