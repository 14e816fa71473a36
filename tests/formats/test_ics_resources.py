"""Published resources: bytes that change only when the event does; checked before every PUT."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import icalendar
import pytest

from desktop_app.formats.ics_check import InvalidResource, check_resource
from desktop_app.formats.ics_export import CalendarWriter, modification_stamp
from desktop_app.formats.ics_itip import Address, Method, invitation_bytes
from tests.formats.ics_fixtures import CREATED, sample_plan


def resource(plan: object, activity_id: int, delegate_id: int | None = 1) -> bytes:
    writer = CalendarWriter(plan, now=None)  # type: ignore[arg-type]
    return writer.resource_bytes(plan.activity_by_id[activity_id], delegate_id)  # type: ignore[attr-defined]


def test_the_same_activity_gives_the_same_bytes_whenever_they_are_made() -> None:
    plan = sample_plan()
    first = resource(plan, 1)
    assert resource(plan, 1) == first
    calendar = icalendar.Calendar.from_ical(first)
    assert "METHOD" not in calendar and "X-WR-CALNAME" not in calendar
    [event] = calendar.walk("VEVENT")
    assert event.decoded("DTSTAMP") == CREATED == modification_stamp(plan.activity_by_id[1])
    assert calendar.get_missing_tzids() == set()
    check_resource(first, plan.activity_by_id[1].uid)


def test_bytes_change_with_the_event_and_not_with_other_events() -> None:
    plan = sample_plan()
    before = resource(plan, 1)
    other = plan.activity_by_id[9]  # another activity, another year's zone rules needed: none
    later = replace(other, start=other.start + timedelta(days=400), end=other.end + timedelta(days=400))
    unrelated = replace(plan, activities=tuple(later if a.id == 9 else a for a in plan.activities))
    assert resource(unrelated, 1) == before
    moved = plan.activity_by_id[1].revised(datetime(2025, 3, 2, tzinfo=UTC), start=plan.activity_by_id[1].start
                                           + timedelta(hours=1), end=plan.activity_by_id[1].end + timedelta(hours=1))
    edited = replace(plan, activities=tuple(moved if a.id == 1 else a for a in plan.activities))
    after = resource(edited, 1)
    assert after != before
    [event] = icalendar.Calendar.from_ical(after).walk("VEVENT")
    assert int(event["SEQUENCE"]) == 1 and event.decoded("DTSTAMP") == datetime(2025, 3, 2, tzinfo=UTC)


@pytest.mark.parametrize(("data", "message"), [
    (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:u\r\nDTSTAMP:20250101T000000Z\r\n"
     b"DTSTART;TZID=Mars/Olympus:20250101T100000\r\nDTEND;TZID=Mars/Olympus:20250101T110000\r\nEND:VEVENT\r\n"
     b"END:VCALENDAR\r\n", "no VTIMEZONE for Mars/Olympus"),
    (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:u\r\nDTSTAMP:20250101T000000Z\r\n"
     b"DTSTART:20250101T250000Z\r\nDTEND:20250101T260000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", "u:"),
    (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nMETHOD:PUBLISH\r\nBEGIN:VEVENT\r\nUID:u\r\n"
     b"DTSTAMP:20250101T000000Z\r\nDTSTART:20250101T100000Z\r\nDTEND:20250101T110000Z\r\nEND:VEVENT\r\n"
     b"END:VCALENDAR\r\n", "METHOD"),
    (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:u\r\nDTSTAMP:20250101T000000Z\r\n"
     b"DTSTART:20250101T100000\r\nDTEND:20250101T110000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", "floating"),
    (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:other\r\nDTSTAMP:20250101T000000Z\r\n"
     b"DTSTART:20250101T100000Z\r\nDTEND:20250101T110000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", "UID is"),
])
def test_what_a_server_would_mangle_is_refused_before_it_is_sent(data: bytes, message: str) -> None:
    with pytest.raises(InvalidResource, match=message):
        check_resource(data, "u")


def test_an_invitation_names_the_organizer_and_only_this_delegate() -> None:
    plan = sample_plan()
    activity = plan.activity_by_id[1]  # three attendees
    data = invitation_bytes(plan, activity, delegate_id=4, method=Method.REQUEST,
                            organizer=Address("manager@example.org", "The Manager"),
                            attendee=Address("zoe@sales.example", "Zoë"), now=datetime(2025, 3, 1, tzinfo=UTC))
    calendar = icalendar.Calendar.from_ical(data)
    assert str(calendar["METHOD"]) == "REQUEST"
    [event] = calendar.walk("VEVENT")
    assert str(event["ORGANIZER"]) == "mailto:manager@example.org"
    attendee = event["ATTENDEE"]
    assert str(attendee) == "mailto:zoe@sales.example" and attendee.params["ROLE"] == "OPT-PARTICIPANT"
    cancel = icalendar.Calendar.from_ical(invitation_bytes(
        plan, activity, delegate_id=4, method=Method.CANCEL, organizer=Address("manager@example.org"),
        attendee=Address("zoe@sales.example"), now=datetime(2025, 3, 1, tzinfo=UTC)))
    assert str(cancel["METHOD"]) == "CANCEL" and str(cancel.walk("VEVENT")[0]["STATUS"]) == "CANCELLED"
    assert not cancel.walk("VALARM")
