"""What an exported calendar says: RFC 5545 properties, text, status, reminders, home time."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from icalendar import Calendar, Event

from desktop_app.domain.activities import ActivityStatus, Attendance
from desktop_app.domain.plan import Plan
from desktop_app.formats.ics_export import CalendarSpec, calendar_bytes, home_time, ics_text
from tests.formats.ics_fixtures import HK, HOSTILE_TITLE, LONG_TITLE, NOW, PARIS, activity, sample_plan


def export(plan: Plan, delegate_id: int | None = None, **options: object) -> bytes:
    activities = plan.activities_of(delegate_id) if delegate_id else plan.sorted_activities()
    return calendar_bytes(plan, CalendarSpec("Anna's week", activities, delegate_id), now=NOW, **options)  # type: ignore[arg-type]


def events_of(data: bytes) -> dict[str, Event]:
    return {str(e["UID"]): e for e in Calendar.from_ical(data).walk("VEVENT")}


def test_calendar_properties_are_complete_and_exports_are_reproducible() -> None:
    plan = sample_plan()
    data = export(plan, 1)
    calendar = Calendar.from_ical(data)
    assert calendar["VERSION"] == "2.0"
    assert calendar["PRODID"].startswith("-//Delegation Planner//")
    assert calendar["METHOD"] == "PUBLISH"
    assert calendar["X-WR-CALNAME"] == calendar["NAME"] == "Anna's week"
    assert "UID" not in calendar  # Calendar.new() would invent a random one on every export
    assert export(plan, 1) == data  # same plan, same clock: byte for byte the same file
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")


def test_every_zone_used_has_its_vtimezone_and_no_time_is_floating() -> None:
    calendar = Calendar.from_ical(export(sample_plan()))
    assert calendar.get_missing_tzids() == set()
    assert {tz["TZID"] for tz in calendar.walk("VTIMEZONE")} == {"Asia/Hong_Kong", "Europe/Paris"}
    for event in calendar.walk("VEVENT"):
        for name in ("DTSTART", "DTEND"):
            assert event[name].dt.tzinfo is not None
            assert event[name].params["TZID"] in {"Asia/Hong_Kong", "Europe/Paris"}
        for name in ("DTSTAMP", "CREATED", "LAST-MODIFIED"):
            assert event[name].dt.utcoffset() == timedelta(0)


def test_event_properties_come_from_the_plan() -> None:
    plan = sample_plan()
    events = events_of(export(plan, 2))
    meeting = events["activity-2@delegation-planner"]
    assert meeting["SUMMARY"] == "HAF meeting: The Harbour Ferry"
    assert meeting["SEQUENCE"] == 0
    assert meeting["DTSTAMP"].dt == NOW
    assert meeting["CREATED"].dt == meeting["LAST-MODIFIED"].dt == plan.activity_by_id[2].created
    assert meeting["LOCATION"] == (
        "HKCEC 香港會議展覽中心, HAF Hall, 1 Expo Drive, Wan Chai, Hong Kong, 香港灣仔博覽道1號"
    )
    assert (meeting["GEO"].latitude, meeting["GEO"].longitude) == (22.2829, 114.1735)
    assert meeting["URL"] == "https://haf.example/meetings/42"
    assert meeting.categories == ["HAF meeting"]
    description = str(meeting["DESCRIPTION"])
    assert "Project: The Harbour Ferry (天星小輪)" in description
    assert "Also attending: Kim Ji-woo 김지우" in description
    assert "Meeting: Chan Tai-man 陳大文 (Head of acquisitions, HK Film Fund) · +852 5555 0101 · tm@fund.example" \
        in description
    for forbidden in ("ATTENDEE", "ORGANIZER"):
        assert forbidden not in meeting


def test_a_delegates_file_gives_home_time_across_the_paris_dst_change() -> None:
    events = events_of(export(sample_plan(), 1))
    saturday = str(events["activity-6@delegation-planner"]["DESCRIPTION"])
    sunday = str(events["activity-7@delegation-planner"]["DESCRIPTION"])
    assert "Time: 10:00–11:00 HKT / 03:00–04:00 CET" in saturday
    assert "Time: 10:00–11:00 HKT / 04:00–05:00 CEST" in sunday
    assert "Time:" not in str(events["activity-8@delegation-planner"]["DESCRIPTION"])  # already Paris time
    opening = str(export(sample_plan(), 4).decode())
    assert "HKT / 22:00–23:00 EDT (Sun 16 Mar)" in opening.replace("\r\n ", "")  # New York: the day before
    assert "Your attendance is optional." in opening.replace("\r\n ", "")


def test_home_time_names_each_ends_zone_across_a_clock_change() -> None:
    # Sunday 30 March 2025: Paris clocks go forward at 02:00, from CET to CEST.
    call = activity(20, "Early call", HK, (2025, 3, 30, 8, 30), 180)  # 00:30Z–03:30Z
    night = activity(21, "Night shoot visit", PARIS, (2025, 3, 30, 1, 30), 90)  # 00:30Z–02:00Z
    assert home_time(call, PARIS) == "08:30–11:30 HKT / 01:30 CET–05:30 CEST"
    assert home_time(night, HK) == "01:30 CET–04:00 CEST / 08:30–10:00 HKT"
    plan = replace(sample_plan(), activities=(replace(call, attendees=(Attendance(1),)),))
    description = str(events_of(export(plan, 1))[call.uid]["DESCRIPTION"])
    assert "Time: 08:30–11:30 HKT / 01:30 CET–05:30 CEST" in description


def test_the_delegation_file_names_everyone_and_no_home_time() -> None:
    description = str(events_of(export(sample_plan()))["activity-1@delegation-planner"]["DESCRIPTION"])
    assert "Attending: Anna Müller, Wong Ka-man 黃嘉敏, Zoë: 🎬 Films (optional)" in description
    assert "Time:" not in description


@pytest.mark.parametrize(
    ("status", "ics_status", "alarms"),
    [
        (ActivityStatus.CONFIRMED, "CONFIRMED", 1),
        (ActivityStatus.TENTATIVE, "TENTATIVE", 1),
        (ActivityStatus.PROPOSED, "TENTATIVE", 1),
        (ActivityStatus.CANCELLED, "CANCELLED", 0),
    ],
)
def test_status_is_exported_and_cancelled_events_are_kept(
    status: ActivityStatus, ics_status: str, alarms: int
) -> None:
    plan = sample_plan()
    activity = plan.activity_by_id[1]
    plan = replace(plan, activities=(replace(activity, status=status),))
    event = events_of(export(plan))[activity.uid]
    assert event["STATUS"] == ics_status
    assert len(event.walk("VALARM")) == alarms
    cancelled = status is ActivityStatus.CANCELLED
    assert event["SUMMARY"] == ("Cancelled: FilMart opening" if cancelled else "FilMart opening")
    assert event["TRANSP"] == ("TRANSPARENT" if cancelled else "OPAQUE")


def test_a_move_keeps_the_uid_and_raises_the_sequence() -> None:
    plan = sample_plan()
    activity = plan.activity_by_id[2]
    moved = activity.revised(start=activity.start + timedelta(hours=1), end=activity.end + timedelta(hours=1))
    before = events_of(export(plan))[activity.uid]
    after = events_of(export(replace(plan, activities=(moved,))))[activity.uid]
    assert after["SEQUENCE"] == before["SEQUENCE"] + 1 == 1
    assert timedelta(hours=1) == after.DTSTART - before.DTSTART


@pytest.mark.parametrize(("minutes", "trigger"), [(15, timedelta(minutes=-15)), (0, timedelta(0)),
                                                  (90, timedelta(minutes=-90))])
def test_reminder_minutes_are_configurable(minutes: int, trigger: timedelta) -> None:
    event = events_of(export(sample_plan(), alarm_minutes=minutes))["activity-1@delegation-planner"]
    (alarm,) = event.walk("VALARM")
    assert alarm["ACTION"] == "DISPLAY"
    assert alarm["TRIGGER"].dt == trigger


def test_no_reminder_at_all() -> None:
    assert b"VALARM" not in export(sample_plan(), alarm_minutes=None)


def test_hostile_text_is_escaped_folded_and_read_back_unchanged() -> None:
    plan = sample_plan()
    data = export(plan)
    events = events_of(data)
    assert events["activity-3@delegation-planner"]["SUMMARY"] == HOSTILE_TITLE
    assert events["activity-4@delegation-planner"]["SUMMARY"] == LONG_TITLE
    assert len(LONG_TITLE) == 300
    raw = data.decode("utf-8")
    assert r'SUMMARY:Pitch\; "Dragons"\, back\\slash\nsecond line' in raw
    for line in data.split(b"\r\n"):
        assert len(line) <= 75  # octets, as RFC 5545 counts them
        line.decode("utf-8")  # folding never splits a multi-byte character (CJK, emoji)


def test_control_characters_are_stripped_from_user_text() -> None:
    data = export(sample_plan())
    assert not any(byte < 0x20 and byte not in (0x0D, 0x0A) for byte in data)
    notes = str(events_of(data)["activity-3@delegation-planner"]["DESCRIPTION"])
    assert notes.endswith("Bring: 10 copies; the \\teaser\\, USB.\nAsk about 合拍.[31m")
    assert ics_text("a\x00b\x1fc\x7fd\u2028e\r\nf\tg") == "abcde\nf g"


def test_an_empty_calendar_is_still_valid() -> None:
    calendar = Calendar.from_ical(calendar_bytes(sample_plan(), CalendarSpec("Nobody", []), now=NOW))
    assert calendar.walk("VEVENT") == [] and calendar.walk("VTIMEZONE") == []
    assert calendar["X-WR-CALNAME"] == "Nobody"
