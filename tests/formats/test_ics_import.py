"""Reading real-world-shaped calendars: which events, at which instants, with which keys."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop_app.formats.ics_import import CalendarEvent, IcsRejected, ParsedCalendar, read_calendar

DATA = Path(__file__).resolve().parents[1] / "data" / "ics"
MARKET_WEEK = (datetime(2025, 3, 16, 16, tzinfo=UTC), datetime(2025, 3, 20, 16, tzinfo=UTC))  # 17–20 Mar HKT
OUTLOOK_SERIES = (  # Outlook's UIDs are long hex strings, folded over two lines in the file
    "040000008200E00074C5B7101A82E00800000000AAAABBBBCCCCDB01000000000000000"
    "01000000099999999999999999999999999"
)


def read(name: str, window: tuple[datetime, datetime] = MARKET_WEEK) -> ParsedCalendar:
    return read_calendar((DATA / name).read_bytes(), windows=[window], default_zone="Asia/Hong_Kong")


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def by_key(events: list[CalendarEvent]) -> dict[str, CalendarEvent]:
    return {event.key: event for event in events}


def test_google_x_wr_timezone_keeps_a_utc_series_at_9_paris_time_across_dst() -> None:
    parsed = read("google_export.ics", (datetime(2025, 3, 9, tzinfo=UTC), datetime(2025, 4, 10, tzinfo=UTC)))
    series = [e for e in parsed.events if e.uid == "1k2j3h4g5f6d7s8a9@google.com"]
    # DTSTART 08:00Z is 09:00 in X-WR-TIMEZONE Europe/Paris; after 30 March 09:00 CEST is 07:00Z.
    assert [e.start for e in series] == [utc("2025-03-10T08:00"), utc("2025-03-17T08:00"), utc("2025-03-24T08:00"),
                                         utc("2025-03-31T07:00"), utc("2025-04-07T07:00")]
    assert {e.timezone for e in series} == {"Europe/Paris"}
    assert series[3].key == "1k2j3h4g5f6d7s8a9@google.com#20250331T070000Z"


def test_google_events_keep_their_own_zone_and_transparency() -> None:
    events = by_key(read("google_export.ics").events)
    dinner = events["0a9b8c7d6e5f@google.com"]
    assert (dinner.start, dinner.end, dinner.timezone) == (utc("2025-03-18T11:00"), utc("2025-03-18T13:00"),
                                                           "Asia/Hong_Kong")
    assert dinner.location.startswith("Mott 32, Standard Chartered Bank Building, 4-4A Des Voeux Rd Central")
    assert dinner.description == "Dinner with the Berlin buyers, table for 6"
    assert events["5f4e3d2c1b0a@google.com"].start == utc("2025-03-19T01:30")
    assert not events["free-slot@google.com"].busy
    week = events["allday-filmart@google.com"]
    assert week.all_day and not week.busy
    assert (week.start, week.end) == (utc("2025-03-16T23:00"), utc("2025-03-20T23:00"))  # Paris midnights


def test_outlook_windows_zones_overrides_and_exdate() -> None:
    parsed = read("outlook_export.ics")
    assert parsed.series_uids == {OUTLOOK_SERIES}
    events = by_key(parsed.events)
    booth = next(e for e in parsed.events if e.uid.endswith("ABCDEF"))
    assert (booth.start, booth.timezone, booth.title) == (utc("2025-03-17T07:00"), "Asia/Shanghai",
                                                          "Booth meeting: Nordic Screen")
    stand_ups = {key.rsplit("#", 1)[1]: e for key, e in events.items() if key.startswith(OUTLOOK_SERIES)}
    # 09:00 "W. Europe Standard Time" is 08:00Z in March; the 19th is an EXDATE; the 18th was moved.
    assert sorted(stand_ups) == ["20250317T080000Z", "20250318T080000Z", "20250320T080000Z"]
    assert stand_ups["20250318T080000Z"].start == utc("2025-03-18T09:30")
    assert stand_ups["20250318T080000Z"].title == "Stand-up with the Paris office (later today)"
    assert {e.timezone for e in stand_ups.values()} == {"Europe/Berlin"}


def test_outlook_zones_keep_their_instants_in_a_calendar_with_x_wr_timezone() -> None:
    # recurring-ical-events applies X-WR-TIMEZONE again, with x-wr-timezone's own walker, which takes
    # Outlook's TZNAME-less zones for floating: the Paris stand-up came out at 09:00 Hong Kong time.
    text = (DATA / "outlook_export.ics").read_text(encoding="utf-8")
    text = text.replace("X-WR-CALNAME:Calendar", "X-WR-CALNAME:Calendar\nX-WR-TIMEZONE:Asia/Hong_Kong")
    parsed = read_calendar(text.encode(), windows=[MARKET_WEEK], default_zone="Asia/Hong_Kong")
    stand_up = next(e for e in parsed.events if e.key == f"{OUTLOOK_SERIES}#20250317T080000Z")
    assert (stand_up.start, stand_up.timezone) == (utc("2025-03-17T08:00"), "Europe/Berlin")


def test_apple_floating_time_reads_in_x_wr_timezone_and_locations_keep_their_lines() -> None:
    events = by_key(read("apple_export.ics").events)
    workshop = events["8D1C7E4A-3B2F-4E5D-9A8B-1C2D3E4F5A6B"]
    assert (workshop.start, workshop.end) == (utc("2025-03-19T02:00"), utc("2025-03-19T03:30"))
    assert workshop.location == "HKCEC\nN201"
    assert workshop.url == "https://www.hktdc.com/event/filmart/en"
    assert events["2B3C4D5E-6F70-4819-A2B3-C4D5E6F7A8B9"].start == utc("2025-03-20T04:30")  # 12:30 HKT
    arrival = events["4D5E6F70-8192-4A3B-B4C5-D6E7F8091A2B"]
    assert arrival.all_day and (arrival.start, arrival.end) == (utc("2025-03-16T16:00"), utc("2025-03-17T16:00"))


def test_floating_times_without_a_calendar_zone_are_read_in_the_default_zone_and_reported() -> None:
    parsed = read("floating_allday.ics")
    events = by_key(parsed.events)
    breakfast = events["floating-breakfast@booking.example"]
    assert (breakfast.start, breakfast.end) == (utc("2025-03-18T00:00"), utc("2025-03-18T00:45"))  # DURATION
    assert any("floating" in warning for warning in parsed.warnings)
    no_uid = [e for e in parsed.events if e.uid.endswith("@no-uid.import")]
    assert len(no_uid) == 1 and no_uid[0].start == utc("2025-03-19T07:00")
    assert read("floating_allday.ics").events[1].key == no_uid[0].key  # the stand-in UID is stable


def test_programme_series_with_override_exdate_and_cancelled_instance() -> None:
    parsed = read("programme_recurring.ics")
    events = by_key(parsed.events)
    series = sorted(k for k in events if k.startswith("briefing-2025@filmart.example#"))
    assert series == [f"briefing-2025@filmart.example#202503{day}T010000Z" for day in ("17", "18", "20")]
    assert events["briefing-2025@filmart.example#20250318T010000Z"].start == utc("2025-03-18T01:30")
    assert events["briefing-2025@filmart.example#20250320T010000Z"].status == "cancelled"
    assert events["closing-party@filmart.example"].status == "tentative"
    assert events["briefing-2025@filmart.example#20250317T010000Z"].categories == ("Networking",)
    assert "webinar-2024@filmart.example" not in events
    assert parsed.warnings == ["1 event(s) outside the plan's dates (2025-03-16–2025-03-20) were skipped"]
    assert parsed.name == "FilMart 2025 programme"


def test_events_come_from_every_window_once() -> None:
    may = (datetime(2025, 5, 12, 22, tzinfo=UTC), datetime(2025, 5, 21, 22, tzinfo=UTC))
    parsed = read_calendar((DATA / "google_export.ics").read_bytes(), windows=[MARKET_WEEK, may, MARKET_WEEK],
                           default_zone="Asia/Hong_Kong")
    calls = sorted(e.start for e in parsed.events if e.uid == "1k2j3h4g5f6d7s8a9@google.com")
    assert calls == [utc("2025-03-17T08:00"), utc("2025-05-19T07:00")]


@pytest.mark.parametrize(
    ("name", "line", "reason"),
    [
        ("broken_bad_date.ics", 11, "Wrong datetime format: 2025-03-18 10:00"),
        ("broken_cut_short.ics", 11, "BEGIN:VEVENT is never closed (the file is cut short?)"),
    ],
)
def test_a_broken_file_is_rejected_with_line_and_reason(name: str, line: int, reason: str) -> None:
    with pytest.raises(IcsRejected) as rejected:
        read(name)
    assert [(p.line, p.reason) for p in rejected.value.problems] == [(line, reason)]


@pytest.mark.parametrize(
    ("data", "line", "fragment"),
    [
        (b"hello", 1, "must start with BEGIN:VCALENDAR"),
        (b"BEGIN:VCALENDAR\r\n\xff\xfe\r\nEND:VCALENDAR\r\n", 2, "not UTF-8"),
        (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nEND:VTODO\r\nEND:VCALENDAR\r\n", 4, "END:VEVENT was expected"),
        (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nthis is prose\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", 4,
         "not an iCalendar content line"),
        (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nSUMMARY:no start\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", 2,
         "without DTSTART"),
        (b"BEGIN:VCALENDAR\r\nX-WR-TIMEZONE:Mars/Olympus\r\nEND:VCALENDAR\r\n", 2, "unknown time zone"),
    ],
)
def test_broken_input_is_located(data: bytes, line: int, fragment: str) -> None:
    with pytest.raises(IcsRejected) as rejected:
        read_calendar(data, windows=[MARKET_WEEK], default_zone="Asia/Hong_Kong")
    assert rejected.value.problems[0].line == line
    assert fragment in rejected.value.problems[0].reason


# --- wall times that a clock change skips or repeats ---------------------------------------------

YEAR = (datetime(2025, 1, 1, tzinfo=UTC), datetime(2026, 1, 1, tzinfo=UTC))


def calendar_with(*events: tuple[str, str, str], head: str = "") -> bytes:
    """A calendar of (UID, DTSTART line tail, DTEND line tail) events, e.g. (";TZID=Europe/Paris:2025…")."""
    body = "".join(f"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20250101T000000Z\r\nDTSTART{start}\r\nDTEND{end}\r\n"
                   f"SUMMARY:{uid}\r\nEND:VEVENT\r\n" for uid, start, end in events)
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n{head}{body}END:VCALENDAR\r\n".encode()


def test_a_time_in_the_spring_gap_is_read_as_rfc_5545_says_and_reported() -> None:
    parsed = read_calendar(calendar_with(("gap", ";TZID=Europe/Paris:20250330T023000",
                                          ";TZID=Europe/Paris:20250330T043000")),
                           windows=[YEAR], default_zone="Asia/Hong_Kong")
    (event,) = parsed.events
    assert (event.start, event.end) == (utc("2025-03-30T01:30"), utc("2025-03-30T02:30"))  # 03:30–04:30 CEST
    assert parsed.warnings == ["'gap', start time: 2025-03-30 02:30 does not exist in Europe/Paris "
                               "(clocks go forward at 02:00); read as 03:30 CEST"]


def test_a_time_that_happens_twice_is_read_as_the_first_and_reported() -> None:
    parsed = read_calendar(calendar_with(("twice", ";TZID=America/New_York:20251102T013000",
                                          ";TZID=America/New_York:20251102T030000")),
                           windows=[YEAR], default_zone="Asia/Hong_Kong")
    (event,) = parsed.events
    assert event.start == utc("2025-11-02T05:30")  # 01:30 EDT
    assert parsed.warnings == ["'twice', start time: 2025-11-02 01:30 happens twice in America/New_York "
                               "(clocks go back at 02:00); read as the first, 01:30 EDT"]


def test_floating_times_in_the_gap_are_reported_in_the_calendars_zone() -> None:
    parsed = read_calendar(calendar_with(("floating", ":20250330T021500", ":20250330T040000")),
                           windows=[YEAR], default_zone="Europe/Paris")
    (event,) = parsed.events
    assert (event.start, event.end, event.timezone) == (utc("2025-03-30T01:15"), utc("2025-03-30T02:00"),
                                                        "Europe/Paris")
    assert parsed.warnings == [
        "1 event(s) have floating times (no zone); read as Europe/Paris time",
        "'floating', start time: 2025-03-30 02:15 does not exist in Europe/Paris (clocks go forward at 02:00); "
        "read as 03:15 CEST",
    ]


def test_an_outlook_zone_follows_rfc_5545_in_the_gap() -> None:
    # dateutil reads 02:30 in Outlook's own "W. Europe Standard Time" as 00:30Z (01:30 CET, backwards).
    outlook = (DATA / "outlook_export.ics").read_text(encoding="utf-8")
    zones = outlook[outlook.index("BEGIN:VTIMEZONE"):outlook.index("BEGIN:VEVENT")].replace("\n", "\r\n")
    parsed = read_calendar(calendar_with(("outlook", ';TZID="W. Europe Standard Time":20250330T023000',
                                          ';TZID="W. Europe Standard Time":20250330T040000'), head=zones),
                           windows=[YEAR], default_zone="Asia/Hong_Kong")
    (event,) = parsed.events
    assert (event.start, event.end, event.timezone) == (utc("2025-03-30T01:30"), utc("2025-03-30T02:00"),
                                                        "Europe/Berlin")
    assert parsed.warnings == ["'outlook', start time: 2025-03-30 02:30 does not exist in Europe/Berlin "
                               "(clocks go forward at 02:00); read as 03:30 CEST"]


def test_a_utc_time_in_the_repeated_hour_keeps_its_instant() -> None:
    # 01:30Z is the second 02:30 in Paris; moved into X-WR-TIMEZONE it lost its fold in
    # recurring-ical-events' arithmetic and came back as 00:30Z.
    parsed = read_calendar(calendar_with(("utc", ":20251026T013000Z", ":20251026T014500Z"),
                                         head="X-WR-TIMEZONE:Europe/Paris\r\n"),
                           windows=[YEAR], default_zone="Asia/Hong_Kong")
    (event,) = parsed.events
    assert (event.start, event.end, event.timezone) == (utc("2025-10-26T01:30"), utc("2025-10-26T01:45"),
                                                        "Europe/Paris")
    assert parsed.warnings == []
