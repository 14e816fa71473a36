"""Importing CSV and XLSX files into a real plan file: good files, bad cells, re-imports."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import UTC, date, datetime, time
from pathlib import Path

import openpyxl
import pytest

from desktop_app.domain.activities import Activity, ActivityStatus, Attendance
from desktop_app.domain.people import Contact, Delegate, Project
from desktop_app.domain.places import Market, Room, Venue
from desktop_app.domain.plan import Plan, PlanSettings
from desktop_app.domain.requests import ParticipantKind
from desktop_app.domain.stays import Stay
from desktop_app.services.errors import UserError
from desktop_app.services.imports import ImportOptions, import_file
from desktop_app.services.imports.report import ChangeKind, ImportRejected, ImportReport
from desktop_app.storage.plan_store import PlanStore

NOW = datetime(2025, 3, 1, 9, 30, tzinfo=UTC)


def hk(day: int, hour: int, minute: int = 0) -> datetime:
    """A Hong Kong wall-clock time in March 2025 as a UTC instant (HKT is UTC+8, no DST)."""
    return datetime(2025, 3, day, hour - 8, minute, tzinfo=UTC)


@pytest.fixture
def plan_store(new_location) -> Iterator[PlanStore]:
    """A plan whose settings zone (Paris) differs from its market's (Hong Kong), so tests see
    which zone a time without an offset was read in."""
    store = PlanStore.create(new_location("plan"), PlanSettings(name="Test", timezone="Europe/Paris"),
                             clock=lambda: NOW)
    with store.write() as tx:
        tx.add(Market(None, "FilMart 2025", "Hong Kong", "Asia/Hong_Kong", date(2025, 3, 17), date(2025, 3, 20)))
        hkcec = tx.add(Venue(None, "HKCEC", "Asia/Hong_Kong", opens=time(9), closes=time(19)))
        tx.add(Room(None, hkcec.id, "S421", 42, tables=14))
        tx.add(Room(None, hkcec.id, "Theatre 1", 250))
        rosewood = tx.add(Venue(None, "Rosewood", "Asia/Hong_Kong"))
        tx.add(Room(None, rosewood.id, "Lobby", 20))
        bangkok = tx.add(Venue(None, "Siam Hall", "Asia/Bangkok"))
        tx.add(Room(None, bangkok.id, "Main", 50))
        tx.add(Delegate(None, "Anna Müller", email="anna@example.de"))
        tx.add(Delegate(None, "Wong Ka-man", native_name="黃嘉敏", email="kaman@example.hk"))
        tx.add(Delegate(None, "Kim Ji-woo"))
        tx.add(Contact(None, "Sato Haruka", native_name="佐藤遥", email="haruka@fund.example"))
        tx.add(Contact(None, "Somchai Wong", native_name="สมชาย"))
        tx.add(Project(None, "The Last Ferry to Lamma"))
    yield store
    store.close()


def write(tmp_path: Path, name: str, text: str, *, bom: bool = False) -> Path:
    path = tmp_path / name
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    return path


def write_xlsx(tmp_path: Path, name: str, rows: list[list[object]]) -> Path:
    workbook = openpyxl.Workbook()
    for row in rows:
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    path = tmp_path / name
    path.write_bytes(buffer.getvalue())
    return path


def counts(plan: Plan) -> dict[str, int]:
    return {name: len(getattr(plan, name)) for name in (
        "venues", "rooms", "travel_times", "delegations", "delegates", "contacts", "activities",
        "availability", "requests")}


def rejected(store: PlanStore, path: Path, kind: str) -> list[tuple[int, str, str]]:
    before = store.read()
    with pytest.raises(ImportRejected) as caught:
        import_file(store, path, kind)
    assert counts(store.read()) == counts(before)  # nothing written
    assert caught.value.file == path.name
    return [(p.row, p.column, p.reason) for p in caught.value.problems]


def kinds(report: ImportReport) -> dict[str, int]:
    return {kind.value: report.count(kind) for kind in ChangeKind if report.count(kind)}


def by_external_id(plan: Plan, external_id: str) -> Activity:
    return next(a for a in plan.activities if a.external_id == external_id)


PROGRAMME = (
    "external_id,title,kind,start,end,timezone,venue,room,attendees,contacts,status,notes\n"
    "FM-1,HAF opening,panel,2025-03-17T10:00,2025-03-17T11:00,,HKCEC,Theatre 1,"
    "anna@example.de; Wong Ka-man?,Sato Haruka,confirmed,\n"
    "FM-2,Producers lunch,networking,2025-03-17T12:30,2025-03-17T14:00,,Rosewood,Lobby,Kim Ji-woo,,tentative,\n"
    "FM-3,Screening: Quiet Rivers,screening,2025-03-18T14:00,2025-03-18T15:40,,HKCEC,S421,,,,\n"
)


# --- good files -------------------------------------------------------------------------

def test_programme_csv_adds_activities_in_the_venues_zone_with_attendees(
        plan_store: PlanStore, tmp_path: Path) -> None:
    report = import_file(plan_store, write(tmp_path, "programme.csv", PROGRAMME), "programme")
    assert kinds(report) == {"added": 3}
    assert "added 'HAF opening' (Mon 17 Mar 10:00–11:00 HKT) at HKCEC, Theatre 1" in [
        c.description for c in report.changes]
    plan = plan_store.read()
    opening = by_external_id(plan, "FM-1")
    assert (opening.start, opening.end, opening.timezone) == (hk(17, 10), hk(17, 11), "Asia/Hong_Kong")
    anna, wong = (next(d for d in plan.delegates if d.name == n) for n in ("Anna Müller", "Wong Ka-man"))
    assert opening.attendees == (Attendance(anna.id, True), Attendance(wong.id, False))  # '?' = optional
    assert [plan.contact_by_id[c].name for c in opening.contact_ids] == ["Sato Haruka"]
    assert plan.describe_place(opening.venue_id, opening.room_id) == "HKCEC, Theatre 1"
    assert opening.source == "programme.csv"
    assert by_external_id(plan, "FM-2").status is ActivityStatus.TENTATIVE
    assert by_external_id(plan, "FM-3").status is ActivityStatus.CONFIRMED  # blank status: the default


def test_times_are_read_in_the_rows_zone_else_the_venues_else_the_markets(
        plan_store: PlanStore, tmp_path: Path) -> None:
    path = write(tmp_path, "p.csv",
                 "title,start,end,timezone,venue\n"
                 "Row zone,2025-03-17T10:00,2025-03-17T11:00,Europe/London,Siam Hall\n"
                 "Venue zone,2025-03-17T10:00,2025-03-17T11:00,,Siam Hall\n"
                 "Market zone,2025-03-17T10:00,2025-03-17T11:00,,\n"
                 "Offset wins,2025-03-17T10:00+01:00,2025-03-17T11:00+01:00,,Siam Hall\n")
    import_file(plan_store, path, "programme")
    plan = plan_store.read()
    got = {a.title: (a.start, a.timezone) for a in plan.activities}
    assert got == {
        "Row zone": (datetime(2025, 3, 17, 10, tzinfo=UTC), "Europe/London"),  # GMT in March
        "Venue zone": (datetime(2025, 3, 17, 3, tzinfo=UTC), "Asia/Bangkok"),  # UTC+7
        "Market zone": (hk(17, 10), "Asia/Hong_Kong"),  # not the settings' Europe/Paris
        "Offset wins": (datetime(2025, 3, 17, 9, tzinfo=UTC), "Asia/Bangkok"),
    }


def test_semicolon_csv_with_bom_and_ignored_columns(plan_store: PlanStore, tmp_path: Path) -> None:
    text = ("Name;Native Name;Email;Delegation;Arrival;Departure;Home_Timezone;Shoe size\n"
            "Jonas Müller;;jonas@nordlicht.example;European Sales;2025-03-15T17:55;2025-03-20T23:30;"
            "Europe/Berlin;44\n"
            "Lee Ho-yin;李浩賢;hoyin@example.hk;Hong Kong Producers;;;;\n"
            "Élodie Marchand;;elodie@example.fr;European Sales;;;Europe/Paris;\n")
    report = import_file(plan_store, write(tmp_path, "delegates.csv", text, bom=True), "delegates")
    assert report.ignored_columns == ["Shoe size"]
    assert kinds(report) == {"added": 5}  # three delegates and two delegations, each created once
    plan = plan_store.read()
    assert sorted(d.name for d in plan.delegations) == ["European Sales", "Hong Kong Producers"]
    jonas = next(d for d in plan.delegates if d.email == "jonas@nordlicht.example")
    assert stay_of(plan_store, jonas).arrival == hk(15, 17, 55)  # the market's zone, not the settings'
    assert plan.delegation_by_id[jonas.delegation_id].name == "European Sales"
    assert next(d for d in plan.delegates if d.native_name == "李浩賢").name == "Lee Ho-yin"


def test_xlsx_programme_with_date_cells(plan_store: PlanStore, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path, "programme.xlsx", [
        ["Title", "Start", "End", "Venue", "Room", "Attendees", "Priority"],
        ["HAF meeting block", datetime(2025, 3, 18, 9, 30), datetime(2025, 3, 18, 12, 0), "HKCEC", "S421",
         "kaman@example.hk", 5],
        [],
        ["Booth duty", "2025-03-19T10:00", "2025-03-19T12:00", "HKCEC", None, "Kim Ji-woo", 2.0],
    ])
    report = import_file(plan_store, path, "programme")
    assert kinds(report) == {"added": 2}
    plan = plan_store.read()
    block = next(a for a in plan.activities if a.title == "HAF meeting block")
    assert (block.start, block.end, block.priority) == (hk(18, 9, 30), hk(18, 12), 5)
    assert next(a for a in plan.activities if a.title == "Booth duty").priority == 2


def test_venues_repeat_per_room_and_travel_times(plan_store: PlanStore, tmp_path: Path) -> None:
    venues = write(tmp_path, "venues.csv",
                   "venue,native_name,room,capacity,address,latitude,longitude,timezone,opens,closes\n"
                   "Grand Hyatt,君悅酒店,Ballroom,300,1 Harbour Road,\"22,2813\",114.1738,,08:00,23:00\n"
                   "Grand Hyatt,,Tiffin,40,,,,,,\n"
                   "HKCEC,,S421,16,,,,,,\n")
    report = import_file(plan_store, venues, "venues")
    assert kinds(report) == {"added": 3, "updated": 1, "unchanged": 1}
    plan = plan_store.read()
    hyatt = next(v for v in plan.venues if v.name == "Grand Hyatt")
    assert (hyatt.native_name, hyatt.timezone, hyatt.opens, hyatt.closes) == (
        "君悅酒店", "Asia/Hong_Kong", time(8), time(23))
    assert hyatt.latitude == pytest.approx(22.2813)
    assert sorted((r.name, r.capacity) for r in plan.rooms_of(hyatt.id)) == [("Ballroom", 300), ("Tiffin", 40)]
    assert "updated HKCEC / S421: 42 seats, 14 tables → 16 seats, 14 tables" in [c.description for c in report.changes]

    travel = write(tmp_path, "travel.csv", "from,to,minutes\nHKCEC,Grand Hyatt,5\nHKCEC,Rosewood,35\n"
                                            "Rosewood,HKCEC,40\n")
    assert kinds(import_file(plan_store, travel, "travel")) == {"added": 3}
    plan = plan_store.read()
    ids = {v.name: v.id for v in plan.venues}
    assert plan.travel_minutes(ids["Grand Hyatt"], ids["HKCEC"]) == 5  # the same both ways
    assert plan.travel_minutes(ids["Rosewood"], ids["HKCEC"]) == 40  # unless the reverse row is given
    again = import_file(plan_store, write(tmp_path, "travel2.csv", "from,to,minutes\nHKCEC,Rosewood,30\n"),
                        "travel")
    assert [c.description for c in again.changes] == ["updated HKCEC → Rosewood: 35 → 30 min"]


def test_contacts_availability_and_requests(plan_store: PlanStore, tmp_path: Path) -> None:
    contacts = write(tmp_path, "contacts.csv", "name,native_name,email,organisation,country\n"
                                               "Park Min-jun,박민준,minjun@hanbit.example,Hanbit,South Korea\n"
                                               "Sato Haruka,佐藤遥,haruka@fund.example,Sakura Fund,Japan\n")
    assert kinds(import_file(plan_store, contacts, "contacts")) == {"added": 1, "updated": 1}
    availability = write(tmp_path, "availability.csv",
                         "participant,start,end,timezone\n"
                         "haruka@fund.example,2025-03-17T14:00,2025-03-17T18:00,\n"
                         "Kim Ji-woo,2025-03-18T09:00,2025-03-18T12:00,Asia/Hong_Kong\n"
                         "The Last Ferry to Lamma,2025-03-18T09:00,2025-03-18T18:00,\n")
    assert kinds(import_file(plan_store, availability, "availability")) == {"added": 3}
    plan = plan_store.read()
    assert sorted(w.participant.kind.value for w in plan.availability) == ["contact", "delegate", "project"]
    haruka_window = next(w for w in plan.availability if w.participant.kind is ParticipantKind.CONTACT)
    assert (haruka_window.start, haruka_window.end) == (hk(17, 14), hk(17, 18))

    requests = write(tmp_path, "requests.csv",
                     "id,delegate,contact,duration_minutes,priority,venue,room,earliest,latest\n"
                     "REQ-1,anna@example.de,Park Min-jun,30,5,HKCEC,S421,2025-03-18T09:30,2025-03-19T18:00\n"
                     "REQ-2,The Last Ferry to Lamma,haruka@fund.example,60,,,,,\n")
    assert kinds(import_file(plan_store, requests, "requests")) == {"added": 2}
    plan = plan_store.read()
    first = next(r for r in plan.requests if r.external_id == "REQ-1")
    assert (first.priority, first.earliest, first.latest) == (5, hk(18, 9, 30), hk(19, 18))
    assert plan.describe_place(first.venue_id, first.room_id) == "HKCEC, S421"
    second = next(r for r in plan.requests if r.external_id == "REQ-2")
    assert second.delegate_id is None and plan.project_by_id[second.project_id].title == "The Last Ferry to Lamma"

    changed = write(tmp_path, "requests2.csv", "id,delegate,contact,duration_minutes\n"
                                               "REQ-2,The Last Ferry to Lamma,haruka@fund.example,45\n")
    report = import_file(plan_store, changed, "requests")
    assert [c.kind for c in report.changes] == [ChangeKind.UPDATED]
    assert "duration_minutes" in report.changes[0].description
    assert len(plan_store.read().requests) == 2


# --- bad files --------------------------------------------------------------------------

def test_every_bad_cell_is_reported_with_its_row_and_column(plan_store: PlanStore, tmp_path: Path) -> None:
    path = write(tmp_path, "programme.csv",
                 "title,start,end,timezone,venue,room,attendees,priority,kind\n"
                 "Good,2025-03-17T10:00,2025-03-17T11:00,,HKCEC,S421,,,\n"
                 "Bad date,17/03/2025 10:00,2025-03-17T11:00,,,,,,\n"
                 "Bad zone,2025-03-17T10:00,2025-03-17T11:00,Hong Kong,,,,,\n"
                 "Bad room,2025-03-17T10:00,2025-03-17T11:00,,HKCEC,Ballroom,,,\n"
                 "Bad attendee,2025-03-17T10:00,2025-03-17T11:00,,,,anna@example.de; Nobody Here,,\n"
                 "Backwards,2025-03-17T11:00,2025-03-17T10:00,,,,,,\n"
                 ",2025-03-17T10:00,2025-03-17T11:00,,,,,,\n"
                 "Bad number,2025-03-17T10:00,2025-03-17T11:00,,,,,high,\n"
                 "Bad kind,2025-03-17T10:00,2025-03-17T11:00,,,,,,gala\n"
                 "Bad venue,2025-03-17T10:00,2025-03-17T11:00,,Atlantis,,,,\n"
                 "No end,2025-03-17T10:00,,,,,,,\n"
                 "Two faults,2025-03-17T11:00,2025-03-17T10:00,,HKCEC,Ballroom,,,\n")
    problems = rejected(plan_store, path, "programme")
    assert [(row, column) for row, column, _ in problems] == [
        (3, "start"), (4, "timezone"), (5, "room"), (6, "attendees"), (7, "end"), (8, "title"),
        (9, "priority"), (10, "kind"), (11, "venue"), (12, "end"), (13, "room"), (13, "end"),
    ]
    reasons = {(row, column): reason for row, column, reason in problems}
    assert "not an ISO 8601 date and time" in reasons[(3, "start")]
    assert "not an IANA time zone" in reasons[(4, "timezone")]
    assert reasons[(5, "room")] == "'HKCEC' has no room 'Ballroom' (its rooms: S421, Theatre 1)"
    assert "'Nobody Here'" in reasons[(6, "attendees")]
    assert "ends at or before its start" in reasons[(7, "end")]
    assert reasons[(8, "title")] == "is empty; a value is required"
    assert reasons[(9, "priority")] == "'high' is not a number"
    assert "no venue is called 'Atlantis'" in reasons[(11, "venue")]


def test_the_rejection_message_names_file_row_column_and_reason(plan_store: PlanStore, tmp_path: Path) -> None:
    path = write(tmp_path, "venues.csv", "venue,room,capacity,latitude\nHKCEC,S422,lots,\nNew,,,91\n")
    with pytest.raises(ImportRejected) as caught:
        import_file(plan_store, path, "venues")
    message = str(caught.value)
    assert "venues.csv was not imported (2 problem(s))" in message
    assert "venues.csv, row 2, column 'capacity': 'lots' is not a number" in message
    assert "venues.csv, row 3, column 'latitude': 91.0 is not between -90 and 90" in message


def test_missing_required_columns_are_named(plan_store: PlanStore, tmp_path: Path) -> None:
    problems = rejected(plan_store, write(tmp_path, "p.csv", "Title,Begin,End\nA,2025-03-17T10:00,x\n"),
                        "programme")
    assert problems == [(1, "start", "this required column is missing (the file's headers: Title, Begin, End)")]
    problems = rejected(plan_store, write(tmp_path, "t.csv", "from;to;mins\nHKCEC;Rosewood;5\n"), "travel")
    assert problems == [
        (1, "minutes", "this required column is missing (the file's headers: from, to, mins; did you mean 'mins'?)")]


def test_a_file_in_another_language_is_rejected_with_its_headers(plan_store: PlanStore, tmp_path: Path) -> None:
    path = write(tmp_path, "programme.csv", "제목,시작,종료\n개막식,2025-03-17T10:00,2025-03-17T11:00\n")
    with pytest.raises(ImportRejected) as caught:
        import_file(plan_store, path, "programme")
    assert ("programme.csv, row 1, column 'title': this required column is missing "
            "(the file's headers: 제목, 시작, 종료)") in str(caught.value)
    assert [p.column for p in caught.value.problems] == ["title", "start", "end"]


def test_a_row_with_a_field_too_many_rejects_the_file(plan_store: PlanStore, tmp_path: Path) -> None:
    path = write(tmp_path, "programme.csv",
                 "title;start;end;venue;attendees\n"
                 "HAF opening;2025-03-17T10:00;2025-03-17T11:00;HKCEC;anna@example.de\n"
                 "Dinner;2025-03-17T19:00;2025-03-17T21:00;Rosewood;Kim Ji-woo;Wong Ka-man\n"
                 "Lunch;2025-03-18T12:00;soon;;\n")
    problems = rejected(plan_store, path, "programme")
    assert problems == [
        (3, "", "this row has 6 fields but the header has 5: field 6 ('Wong Ka-man') has no column; "
                "quote cells that contain ';'"),
        (4, "end", "'soon' is not an ISO 8601 date and time (e.g. 2025-03-17T10:00 or 2025-03-17T10:00+08:00)"),
    ]
    xlsx = write_xlsx(tmp_path, "programme.xlsx", [
        ["Title", "Start", "End"],
        ["Dinner", datetime(2025, 3, 17, 19), datetime(2025, 3, 17, 21), "Kim Ji-woo"],
    ])
    assert [(row, column) for row, column, _ in rejected(plan_store, xlsx, "programme")] == [(2, "")]


def test_domain_rules_of_people_map_to_their_columns(plan_store: PlanStore, tmp_path: Path) -> None:
    path = write(tmp_path, "d.csv",
                 "name,email,home_timezone,arrival,departure\n"
                 "A,not-an-email,,,\n"
                 "B,b@x.example,Mars/Olympus,,\n"
                 "C,c@x.example,,2025-03-20T10:00,2025-03-16T10:00\n"
                 "D,anna@example.de,,,\n"
                 "E,ANNA@example.de,,,\n"
                 "F,f@,Europe/Pariss,,\n")
    problems = rejected(plan_store, path, "delegates")
    assert [(row, column) for row, column, _ in problems] == [
        (2, "email"), (3, "home_timezone"), (4, "departure"), (6, "email"), (7, "home_timezone"), (7, "email")]
    assert problems[3][2] == "repeats the delegate of row 5"


def test_atomicity_99_good_rows_and_1_bad_row_import_nothing(plan_store: PlanStore, tmp_path: Path) -> None:
    lines = ["external_id,title,start,end,venue"]
    for n in range(100):
        start = "2025-03-18T25:00" if n == 57 else f"2025-03-18T{9 + n % 8:02d}:00"
        lines.append(f"X-{n},Session {n},{start},2025-03-18T18:00,HKCEC")
    before = counts(plan_store.read())
    problems = rejected(plan_store, write(tmp_path, "big.csv", "\n".join(lines) + "\n"), "programme")
    assert [(row, column) for row, column, _ in problems] == [(59, "start")]
    assert counts(plan_store.read()) == before


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        ("name,email\nJürgen,j@x.de\n".encode() + b"M\xfcller,m@x.de\n", "is not UTF-8 text .first bad byte on line 3"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "is not a CSV or XLSX file"),
    ],
)
def test_unreadable_files_are_user_errors(plan_store: PlanStore, tmp_path: Path, content: bytes,
                                          message: str) -> None:
    path = tmp_path / "people.csv"
    path.write_bytes(content)
    with pytest.raises(UserError, match=message):
        import_file(plan_store, path, "delegates")


def test_unknown_kind_and_misplaced_delegate_option(plan_store: PlanStore, tmp_path: Path) -> None:
    path = write(tmp_path, "p.csv", PROGRAMME)
    with pytest.raises(UserError, match="cannot import as 'sessions'"):
        import_file(plan_store, path, "sessions")
    with pytest.raises(UserError, match=r"\.ics files only"):
        import_file(plan_store, path, "programme", delegate="anna@example.de")


# --- re-import --------------------------------------------------------------------------

def test_reimporting_people_updates_by_email_then_by_name(plan_store: PlanStore, tmp_path: Path) -> None:
    path = write(tmp_path, "d.csv", "name,email,phone,hotel\n"
                                    "Anna Müller,ANNA@example.de,+49 1,Grand Hyatt\n"
                                    "Kim Ji-woo,jiwoo@hangang.example,,Rosewood\n"
                                    "Wong Ka-man,kaman@example.hk,,\n")
    report = import_file(plan_store, path, "delegates")
    assert kinds(report) == {"updated": 2, "unchanged": 1}
    assert "updated Anna Müller <anna@example.de>: phone, hotel" in [c.description for c in report.changes]
    plan = plan_store.read()
    assert len(plan.delegates) == 3
    kim = next(d for d in plan.delegates if d.name == "Kim Ji-woo")
    assert (kim.email, stay_of(plan_store, kim).hotel) == ("jiwoo@hangang.example", "Rosewood")  # by name
    assert kinds(import_file(plan_store, path, "delegates")) == {"unchanged": 3}


def test_reimported_programme_reports_moved_rerooomed_cancelled_removed(
        plan_store: PlanStore, tmp_path: Path) -> None:
    import_file(plan_store, write(tmp_path, "programme.csv", PROGRAMME), "programme")
    before = plan_store.read()
    reissued = (
        "external_id,title,kind,start,end,timezone,venue,room,attendees,contacts,status,notes\n"
        "FM-1,HAF opening,panel,2025-03-17T11:00,2025-03-17T12:00,,HKCEC,S421,"
        "anna@example.de; Wong Ka-man?,Sato Haruka,confirmed,Moved upstairs\n"
        "FM-2,Producers lunch,networking,2025-03-17T12:30,2025-03-17T14:00,,Rosewood,Lobby,Kim Ji-woo,,"
        "cancelled,\n"
        "FM-4,Closing drinks,reception,2025-03-20T18:00,2025-03-20T20:00,,Rosewood,,,,,\n"
    )
    report = import_file(plan_store, write(tmp_path, "programme.csv", reissued), "programme", cancel_missing=True)
    assert kinds(report) == {"added": 1, "moved": 1, "re-roomed": 1, "cancelled": 1, "removed": 1}
    descriptions = {c.kind: c.description for c in report.changes}
    assert descriptions[ChangeKind.MOVED] == (
        "moved 'HAF opening' from Mon 17 Mar 10:00–11:00 HKT to Mon 17 Mar 11:00–12:00 HKT; also changed: notes")
    assert descriptions[ChangeKind.REROOMED] == "re-roomed 'HAF opening' from HKCEC, Theatre 1 to HKCEC, S421"
    assert descriptions[ChangeKind.REMOVED].startswith("'Screening: Quiet Rivers' (Tue 18 Mar 14:00–15:40 HKT)")
    after = plan_store.read()
    assert len(after.activities) == 4  # updated in place, nothing duplicated, nothing deleted
    for external_id in ("FM-1", "FM-2", "FM-3"):
        old, new = by_external_id(before, external_id), by_external_id(after, external_id)
        assert (new.id, new.uid) == (old.id, old.uid)
        assert new.sequence == old.sequence + 1  # calendars re-read the event
    assert by_external_id(after, "FM-1").start == hk(17, 11)
    assert by_external_id(after, "FM-2").status is ActivityStatus.CANCELLED
    assert by_external_id(after, "FM-3").status is ActivityStatus.CANCELLED  # removed from the file
    again = import_file(plan_store, write(tmp_path, "programme.csv", reissued), "programme")
    assert kinds(again) == {"unchanged": 3}  # the removed one stays cancelled and is not reported twice


def test_removal_only_touches_this_files_activities(plan_store: PlanStore, tmp_path: Path) -> None:
    import_file(plan_store, write(tmp_path, "filmart.csv", PROGRAMME), "programme")
    haf = ("external_id,title,start,end,venue\n"
           "HAF-1,HAF project pitch,2025-03-18T10:00,2025-03-18T11:00,HKCEC\n")
    report = import_file(plan_store, write(tmp_path, "haf.csv", haf), "programme")
    assert kinds(report) == {"added": 1}  # FilMart's activities are another organiser's: not removed
    # A re-issue saved under a new name still finds what the first version brought.
    renamed = ("external_id,title,kind,start,end,timezone,venue,room,attendees,contacts,status,notes\n"
               + PROGRAMME.splitlines()[1] + "\n" + PROGRAMME.splitlines()[2] + "\n")
    report = import_file(plan_store, write(tmp_path, "filmart-v2.csv", renamed), "programme", cancel_missing=True)
    assert kinds(report) == {"unchanged": 2, "removed": 1}
    assert [c.key for c in report.changes if c.kind is ChangeKind.REMOVED] == ["FM-3"]
    plan = plan_store.read()
    assert by_external_id(plan, "HAF-1").status is ActivityStatus.CONFIRMED
    assert by_external_id(plan, "FM-1").source == "filmart-v2.csv"


def test_rows_without_external_id_match_by_title_and_start(plan_store: PlanStore, tmp_path: Path) -> None:
    text = "title,start,end,venue,room\nDinner,2025-03-17T19:00,2025-03-17T21:00,Rosewood,Lobby\n"
    import_file(plan_store, write(tmp_path, "p.csv", text), "programme")
    report = import_file(plan_store, write(tmp_path, "p.csv", text.replace("21:00", "21:30")), "programme")
    assert kinds(report) == {"moved": 1}
    assert len(plan_store.read().activities) == 1


# --- dry run ----------------------------------------------------------------------------

def test_dry_run_reports_the_same_changes_and_writes_nothing(plan_store: PlanStore, tmp_path: Path) -> None:
    path = write(tmp_path, "programme.csv", PROGRAMME)
    before = plan_store.read()
    dry = import_file(plan_store, path, "programme", dry_run=True)
    assert dry.dry_run and kinds(dry) == {"added": 3}
    assert dry.summary == "programme.csv: would change: 3 added"
    assert plan_store.read() == before
    real = import_file(plan_store, path, "programme")
    assert [c.description for c in real.changes] == [c.description for c in dry.changes]
    assert len(plan_store.read().activities) == 3


def test_dry_run_of_new_delegations_writes_nothing(plan_store: PlanStore, tmp_path: Path) -> None:
    path = write(tmp_path, "d.csv", "name,email,delegation\nX,x@x.example,New Delegation\n")
    before = plan_store.read()
    assert kinds(import_file(plan_store, path, "delegates", dry_run=True)) == {"added": 2}
    assert plan_store.read() == before


def test_a_dry_run_of_a_bad_file_is_rejected_too(plan_store: PlanStore, tmp_path: Path) -> None:
    path = write(tmp_path, "p.csv", "title,start,end\nA,2025-03-17T10:00,never\n")
    with pytest.raises(ImportRejected, match="row 2, column 'end'"):
        import_file(plan_store, path, "programme", dry_run=True)


def test_an_activity_back_in_the_file_is_reinstated(plan_store: PlanStore, tmp_path: Path) -> None:
    import_file(plan_store, write(tmp_path, "programme.csv", PROGRAMME), "programme")
    without_fm3 = "\n".join(PROGRAMME.splitlines()[:3]) + "\n"
    assert kinds(import_file(plan_store, write(tmp_path, "programme.csv", without_fm3), "programme",
                             cancel_missing=True)) == {
        "unchanged": 2, "removed": 1}
    report = import_file(plan_store, write(tmp_path, "programme.csv", PROGRAMME), "programme")
    assert [c.description for c in report.changes if c.kind is ChangeKind.UPDATED] == [
        "reinstated 'Screening: Quiet Rivers' (confirmed, Tue 18 Mar 14:00–15:40 HKT)"]
    assert by_external_id(plan_store.read(), "FM-3").status is ActivityStatus.CONFIRMED


def test_names_shared_by_two_people_must_be_given_as_emails(plan_store: PlanStore, tmp_path: Path) -> None:
    with plan_store.write() as tx:
        tx.add(Contact(None, "Kim Ji-woo", email="jiwoo@fund.example"))
        tx.add(Delegate(None, "Lee Min", email="min1@example.kr"))
        tx.add(Delegate(None, "Lee Min", email="min2@example.kr"))
    availability = write(tmp_path, "a.csv", "participant,start,end\n"
                                            "Kim Ji-woo,2025-03-18T09:00,2025-03-18T12:00\n"
                                            "jiwoo@fund.example,2025-03-18T09:00,2025-03-18T12:00\n")
    problems = rejected(plan_store, availability, "availability")
    assert problems == [(2, "participant", "'Kim Ji-woo' names both a delegate and a contact; use an email")]
    programme = write(tmp_path, "p.csv", "title,start,end,attendees\n"
                                         "Dinner,2025-03-18T19:00,2025-03-18T21:00,Lee Min\n"
                                         "Lunch,2025-03-18T12:00,2025-03-18T13:00,min2@example.kr\n")
    problems = rejected(plan_store, programme, "programme")
    assert problems == [(2, "attendees", "2 delegates are called 'Lee Min'; use the email instead "
                                     "(min1@example.kr, min2@example.kr)")]


def test_a_failure_while_writing_rolls_back_every_earlier_write(
        plan_store: PlanStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_app.domain.errors import DomainError
    from desktop_app.storage.writer import PlanWriter

    lines = ["external_id,title,start,end"] + [
        f"X-{n},Session {n},2025-03-18T{9 + n % 8:02d}:00,2025-03-18T18:00" for n in range(40)]
    real_add = PlanWriter.add
    calls: list[object] = []

    def failing_add(self: PlanWriter, entity: object) -> object:
        calls.append(entity)
        if len(calls) == 30:
            raise DomainError("the disk said no")
        return real_add(self, entity)

    monkeypatch.setattr(PlanWriter, "add", failing_add)
    before = counts(plan_store.read())
    problems = rejected(plan_store, write(tmp_path, "p.csv", "\n".join(lines) + "\n"), "programme")
    assert problems == [(31, "", "the disk said no")]
    assert counts(plan_store.read()) == before  # the 29 activities already added are gone too


def test_ics_files_go_to_the_calendar_importer(plan_store: PlanStore, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_app.services.imports import calendar

    calls: list[tuple[object, ...]] = []

    def fake_import_ics(store: object, path: Path, as_kind: str, options: ImportOptions) -> ImportReport:
        calls.append((store, path.name, as_kind, options.delegate, options.dry_run))
        return ImportReport(file=path.name, as_kind=as_kind, dry_run=options.dry_run)

    monkeypatch.setattr(calendar, "import_ics", fake_import_ics)
    path = write(tmp_path, "Kim.ICS", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
    report = import_file(plan_store, path, "availability", dry_run=True, delegate="Kim Ji-woo")
    assert calls == [(plan_store, "Kim.ICS", "availability", "Kim Ji-woo", True)]
    assert report.as_kind == "availability"


def test_bad_availability_and_request_rows(plan_store: PlanStore, tmp_path: Path) -> None:
    availability = write(tmp_path, "a.csv", "participant,start,end,timezone\n"
                                            "Nobody,2025-03-18T12:00,2025-03-18T09:00,\n"
                                            "Kim Ji-woo,2025-03-18T09:00,2025-03-18T12:00,Asia/HongKong\n")
    assert [(row, column) for row, column, _ in rejected(plan_store, availability, "availability")] == [
        (2, "participant"), (2, "end"), (3, "timezone")]
    requests = write(tmp_path, "r.csv",
                     "id,delegate,contact,duration_minutes,earliest,latest,venue,room\n"
                     "R1,anna@example.de,Nobody,90,2025-03-18T09:00,2025-03-18T10:00,,\n"
                     "R2,Someone,Sato Haruka,2,,,,\n"
                     "R3,Kim Ji-woo,Sato Haruka,thirty,,,HKCEC,Nowhere\n"
                     "R1,Kim Ji-woo,Sato Haruka,30,,,,\n"
                     ",Kim Ji-woo,Sato Haruka,30,,,,\n")
    problems = rejected(plan_store, requests, "requests")
    assert [(row, column) for row, column, _ in problems] == [
        (2, "contact"), (2, "latest"), (3, "delegate"), (3, "duration_minutes"), (4, "duration_minutes"),
        (4, "room"), (5, "id"), (6, "id")]
    assert problems[2][2] == "no delegate is called 'Someone' (give the exact name or the email); " \
                             "nor is it a project title"
    assert problems[6][2] == "repeats the request id of row 2"


def test_legacy_encodings_are_imported_with_a_warning(plan_store: PlanStore, tmp_path: Path) -> None:
    path = tmp_path / "delegates.csv"
    path.write_bytes("name;native_name;email;organisation\n"
                     "Chan Tsz-hin;陳子軒;tszhin@example.hk;天星電影發行\n"
                     "Ho Mei-ling;何美玲;meiling@example.hk;金港影業有限公司\n".encode("big5"))
    report = import_file(plan_store, path, "delegates")
    assert report.warnings == ["delegates.csv was read as Big5 text, not UTF-8; if names look wrong, "
                               "save it as 'CSV UTF-8' and import it again"]
    chan = next(d for d in plan_store.read().delegates if d.email == "tszhin@example.hk")
    assert (chan.native_name, chan.organisation) == ("陳子軒", "天星電影發行")
    path.write_bytes("name,email,hotel\nAnna Müller,anna@example.de,Hôtel Martinez\n".encode("cp1252"))
    report = import_file(plan_store, path, "delegates")
    assert "read as Windows-1252 text" in report.warnings[0]
    anna = next(d for d in plan_store.read().delegates if d.email == "anna@example.de")
    assert (anna.name, stay_of(plan_store, anna).hotel) == ("Anna Müller", "Hôtel Martinez")


def test_excel_serial_dates_in_number_cells_and_csv_text(plan_store: PlanStore, tmp_path: Path) -> None:
    xlsx = write_xlsx(tmp_path, "programme.xlsx", [
        ["Title", "Start", "End"],
        ["HAF opening", 45733 + 10 / 24, 45733 + 11.5 / 24],  # Mon 17 Mar 2025, 10:00 and 11:30
    ])
    import_file(plan_store, xlsx, "programme")
    opening = next(a for a in plan_store.read().activities if a.title == "HAF opening")
    assert (opening.start, opening.end) == (hk(17, 10), hk(17, 11, 30))  # wall-clock time in the market's zone
    people = write(tmp_path, "delegates.csv", "name,email,arrival,departure\n"
                                              "Kim Ji-woo,kim@example.kr,45732.75,45736\n")
    import_file(plan_store, people, "delegates")
    kim = next(d for d in plan_store.read().delegates if d.email == "kim@example.kr")
    # A whole serial day departs at the end of that day (21 Mar 00:00 HKT).
    stay = stay_of(plan_store, kim)
    assert (stay.arrival, stay.departure) == (hk(16, 18), datetime(2025, 3, 20, 16, tzinfo=UTC))
    bad = write(tmp_path, "bad.csv", "title,start,end\nA,2025,45733.5\n")
    assert rejected(plan_store, bad, "programme") == [(2, "start", "'2025' is a number, not a date; as an Excel date "
                                                      "it would have to be from 20000 (1954-10-03) to 80000 "
                                                      "(2119-01-11); or give e.g. 2025-03-17T10:00")]


def test_xlsx_time_and_number_cells_for_venues_and_people(plan_store: PlanStore, tmp_path: Path) -> None:
    venues = write_xlsx(tmp_path, "venues.xlsx", [
        ["Venue", "Room", "Capacity", "Opens", "Closes", "Latitude", "Timezone"],
        ["Wan Chai Kitchen", "Private room", 12, time(11, 30), time(23, 0), 22.2776, "Asia/Hong_Kong"],
    ])
    assert kinds(import_file(plan_store, venues, "venues")) == {"added": 2}
    kitchen = next(v for v in plan_store.read().venues if v.name == "Wan Chai Kitchen")
    assert (kitchen.opens, kitchen.closes) == (time(11, 30), time(23, 0))
    people = write_xlsx(tmp_path, "delegates.xlsx", [
        ["Name", "Phone", "Arrival", "Email"],
        ["Chan Tai-man", 85291234567, datetime(2025, 3, 16, 22, 15), "taiman@example.hk"],
    ])
    import_file(plan_store, people, "delegates")
    chan = next(d for d in plan_store.read().delegates if d.name == "Chan Tai-man")
    assert (chan.phone, stay_of(plan_store, chan).arrival) == ("85291234567", hk(16, 22, 15))


def test_a_departure_given_as_a_date_lasts_to_the_end_of_that_day(tmp_path: Path) -> None:
    csv_file = tmp_path / "delegates.csv"
    csv_file.write_text(
        "name,email,arrival,departure\n"
        "Anna Müller,anna@example.de,2025-03-16,2025-03-20\n"
        "Kim Ji-woo,kim@example.kr,2025-03-16T08:00,2025-03-20T18:00\n",
        encoding="utf-8",
    )
    with PlanStore.create(tmp_path / "p.dplan", PlanSettings(timezone="Asia/Hong_Kong")) as store:
        import_file(store, csv_file, "delegates")
        anna, kim = store.read().delegates
        anna_stay, kim_stay = stay_of(store, anna), stay_of(store, kim)
    assert anna_stay.arrival == datetime(2025, 3, 15, 16, 0, tzinfo=UTC)  # 16 Mar 00:00 HKT
    assert anna_stay.departure == datetime(2025, 3, 20, 16, 0, tzinfo=UTC)  # 21 Mar 00:00 HKT: all of the 20th
    assert kim_stay.departure == datetime(2025, 3, 20, 10, 0, tzinfo=UTC)  # an explicit time stays as given


def stay_of(store: PlanStore, delegate: Delegate) -> Stay:
    [stay] = store.read().stays_of(delegate.id or 0)
    return stay
