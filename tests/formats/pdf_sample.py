"""A plan for the PDF tests: names in every script the documents must print, hostile titles,
an activity across midnight, long notes, and enough delegates to fill the overview."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, time, timedelta

from desktop_app.domain.activities import Activity, ActivityKind, ActivityStatus, Attendance
from desktop_app.domain.people import Contact, Delegate, Delegation, Project
from desktop_app.domain.places import Market, Room, TravelTime, Venue
from desktop_app.domain.plan import Plan, PlanSettings
from desktop_app.domain.stays import Stay
from desktop_app.domain.timezones import localize

HK, PARIS = "Asia/Hong_Kong", "Europe/Paris"
NOW = datetime(2025, 3, 1, 9, 30, tzinfo=UTC)

# name, native name: Latin with diacritics, Chinese traditional and simplified, Japanese, Korean,
# Thai and Vietnamese
NAMES = {
    "latin": ("Søren Müller-Lüdenscheidt", ""),
    "traditional": ("Wong Ka-man", "黃嘉敏"),
    "simplified": ("Li Xiaoming", "李晓明"),
    "japanese": ("Sato Sakura", "さとう さくら・カタカナ"),
    "korean": ("Kim Ji-woo", "김지우"),
    "thai": ("Somchai Jaidee", "สมชาย ใจดี"),
    "vietnamese": ("Nguyễn Thị Minh Khai", ""),
}
HOSTILE_TITLE = "Lee & Partners <HK> Ltd"
MARKUP_TITLE = "<b>&amp; co-pro drinks"
IMG_TITLE = '<img src="/etc/passwd"/> <a href="https://evil.example">click</a>'
EMOJI_TITLE = "Screening 🎬 then noodles 🍜 ☕"
LONG_NOTES = ("Bring ten printed one-sheets and the teaser on a USB stick; ask about the "
              "co-production treaty and the post-production incentive. ") * 30
MIDNIGHT_TITLE = "Late-night karaoke with buyers"


def at(year: int, month: int, day: int, hour: int, minute: int = 0, zone_name: str = HK) -> datetime:
    return localize(datetime(year, month, day, hour, minute), zone_name)


def _activity(activity_id: int, title: str, start: datetime, minutes: int, **fields: object) -> Activity:
    return Activity(id=activity_id, title=title, start=start, end=start + timedelta(minutes=minutes),
                    timezone=HK, uid=f"a{activity_id}@test", **fields)  # type: ignore[arg-type]


def sample_plan(extra_delegates: int = 0) -> Plan:
    """The sample plan; ``extra_delegates`` adds Latin-named delegates with a few meetings each."""
    venues = (
        Venue(1, "HKCEC", HK, native_name="香港會議展覽中心", address="1 Expo Drive, Wan Chai, Hong Kong",
              native_address="香港灣仔博覽道1號", latitude=22.2829, longitude=114.1735,
              opens=time(9, 0), closes=time(19, 0)),
        Venue(2, "Rosewood Hong Kong", HK, address="18 Salisbury Road, Tsim Sha Tsui",
              native_address="尖沙咀梳士巴利道18號", latitude=22.2946, longitude=114.1743),
        Venue(3, "Bangkok Room ห้องกรุงเทพ", HK, address="Wan Chai Road 1", native_address="灣仔道1號"),
    )
    rooms = (Room(1, 1, "N201", 40), Room(2, 1, "HAF Hall", 30, tables=10), Room(3, 2, "Salon 2", 12))
    delegations = (
        Delegation(1, "European Sales", manager_name="Claire Dubois", manager_email="claire@sales.example",
                   manager_phone="+33 6 12 34 56 78"),
        Delegation(2, "HK Producers 港產片", manager_name="Chan Mei-ling 陳美玲",
                   manager_phone="+852 9123 4567"),
    )
    delegates: list[Delegate] = []
    stays: list[Stay] = []
    for index, (key, (name, native)) in enumerate(NAMES.items(), start=1):
        delegates.append(Delegate(
            index, name, 1 if index % 2 else 2, native_name=native, email=f"{key}@example.org",
            phone=f"+852 5555 01{index:02d}", organisation="Golden Harbour Films", role="Producer",
            home_timezone=PARIS if key == "latin" else HK,
        ))
        stays.append(Stay(index, index, at(2025, 3, 16, 15), at(2025, 3, 21, 11), HK,
                          hotel="Grand Hyatt Hong Kong 君悅酒店", market_id=1))
    for offset in range(extra_delegates):
        delegates.append(Delegate(100 + offset, f"Delegate {offset + 1:02d} Example", 1 + offset % 2,
                                  email=f"d{offset}@example.org"))
    contacts = (
        Contact(1, "Chan Tai-man", native_name="陳大文", email="tm@fund.example", phone="+852 5555 0101",
                organisation="HK Film Fund", role="Head of acquisitions", country="HK"),
        Contact(2, "Park Soo-jin", native_name="박수진", phone="+82 10 1234 5678", organisation="Busan Fund"),
    )
    projects = (Project(1, "The Harbour Ferry", original_title="天星小輪", stage="Development"),)
    everyone = tuple(Attendance(d.id) for d in delegates[:7])  # type: ignore[arg-type]
    activities = [
        _activity(1, "FilMart opening ceremony", at(2025, 3, 17, 10), 60, kind=ActivityKind.RECEPTION,
                  venue_id=1, room_id=1, attendees=everyone),
        _activity(2, HOSTILE_TITLE, at(2025, 3, 17, 14), 30, kind=ActivityKind.BOOTH_MEETING, venue_id=1,
                  attendees=(Attendance(1), Attendance(2, required=False)), contact_ids=(1,),
                  notes="Ask about <b>bold</b> & <i>terms</i>"),
        _activity(3, MARKUP_TITLE, at(2025, 3, 17, 18), 90, kind=ActivityKind.NETWORKING, venue_id=2,
                  room_id=3, status=ActivityStatus.TENTATIVE, attendees=(Attendance(1), Attendance(3))),
        _activity(4, EMOJI_TITLE, at(2025, 3, 18, 9, 30), 120, kind=ActivityKind.SCREENING, venue_id=1,
                  attendees=(Attendance(1), Attendance(4), Attendance(5))),
        _activity(5, "HAF meeting: The Harbour Ferry 天星小輪", at(2025, 3, 18, 14), 30,
                  kind=ActivityKind.HAF_MEETING, venue_id=1, room_id=2, project_id=1, contact_ids=(1, 2),
                  attendees=(Attendance(2), Attendance(6)), notes=LONG_NOTES),
        _activity(6, IMG_TITLE, at(2025, 3, 18, 16), 30, attendees=(Attendance(1),)),
        _activity(7, "Cancelled lunch ยกเลิก", at(2025, 3, 18, 12, 30), 60, status=ActivityStatus.CANCELLED,
                  venue_id=3, attendees=(Attendance(1), Attendance(7))),
        _activity(8, MIDNIGHT_TITLE, at(2025, 3, 19, 23), 150, kind=ActivityKind.NETWORKING, venue_id=3,
                  attendees=(Attendance(1), Attendance(3))),
        _activity(9, "Workshop: Gặp gỡ nhà sản xuất", at(2025, 3, 19, 10), 90, kind=ActivityKind.WORKSHOP,
                  venue_id=1, room_id=1, attendees=everyone),
    ]
    for offset in range(extra_delegates):
        for meeting in range(3):
            activities.append(_activity(
                1000 + offset * 10 + meeting, f"Buyer meeting {meeting + 1}",
                at(2025, 3, 17 + meeting, 9 + (offset + meeting) % 9, 30 * (offset % 2)), 45,
                kind=ActivityKind.MEETING, venue_id=1, attendees=(Attendance(100 + offset),),
                status=ActivityStatus.TENTATIVE if meeting == 2 else ActivityStatus.CONFIRMED))
    return Plan(
        settings=PlanSettings(name="FilMart 2025 — test plan", timezone=HK),
        markets=(Market(1, "FilMart 2025", "Hong Kong", HK, date(2025, 3, 17), date(2025, 3, 20)),),
        venues=venues, rooms=rooms, travel_times=(TravelTime(1, 2, 25), TravelTime(1, 3, 15)),
        delegations=delegations, delegates=tuple(delegates), contacts=contacts, projects=projects,
        activities=tuple(activities), stays=tuple(stays),
    )


def pdf_text(data: bytes) -> str:
    """All text of a PDF as pypdf extracts it."""
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def pdf_pages_text(data: bytes) -> list[str]:
    """Each page's text as pdfplumber extracts it (a second, independent extractor)."""
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def squash(text: str) -> str:
    """Text without whitespace: extractors differ in where they put spaces and line breaks."""
    return "".join(text.split())


def fonts_of(data: bytes) -> dict[str, bool]:
    """Every font the PDF's pages use, and whether its TrueType outlines are embedded (/FontFile2)."""
    from pypdf import PdfReader

    fonts: dict[str, bool] = {}
    for page in PdfReader(io.BytesIO(data)).pages:
        resources = page.get("/Resources")
        font_dict = resources.get_object().get("/Font") if resources is not None else None
        if font_dict is None:
            continue
        for font_ref in font_dict.get_object().values():
            font = font_ref.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and "/FontFile2" in descriptor.get_object()
            fonts[str(font["/BaseFont"]).lstrip("/")] = embedded
    return fonts


def page_sizes(data: bytes) -> list[tuple[float, float]]:
    from pypdf import PdfReader

    return [(round(float(p.mediabox.width), 1), round(float(p.mediabox.height), 1))
            for p in PdfReader(io.BytesIO(data)).pages]
