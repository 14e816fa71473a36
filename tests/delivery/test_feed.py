"""The subscription feed: Radicale's GET of a whole collection, read by three independent parsers.

Radicale re-serialises every resource through vobject when it is stored, and the feed is those
copies concatenated. vobject keeps only the first value of a multi-valued RDATE, so a zone
written as icalendar writes it by default (one RDATE list per observance, 1970-2038) loses every
transition after the first few years: the feed then puts a May 2025 09:00 Paris event at 08:00Z
in ical.js (and in vobject, in a fresh process). Our RRULE zones come through whole; the fall-back night is checked too.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import niquests
import pytest
import vobject

from desktop_app.domain.activities import Activity, Attendance
from desktop_app.domain.delivery import Channel, Recipient
from desktop_app.domain.timezones import localize
from desktop_app.services.delivery import publishing
from desktop_app.services.editing.activities import add_activity
from desktop_app.storage.plan_store import PlanStore
from tests.delivery.servers import PASSWORD, USER, Radicale
from tests.formats.ics_fixtures import read_with_icaljs

PARIS = "Europe/Paris"
# (title, start UTC, end UTC): after the October change, inside the hour that happens twice
# (written in UTC), in May, and across the March change.
TIMES = {
    "03:00 CET after the change": (datetime(2025, 10, 26, 2, 0, tzinfo=UTC), datetime(2025, 10, 26, 2, 30, tzinfo=UTC)),
    "02:30 CEST, the first 02:30": (datetime(2025, 10, 26, 0, 30, tzinfo=UTC),
                                    datetime(2025, 10, 26, 0, 50, tzinfo=UTC)),
    "02:30 CET, the second 02:30": (datetime(2025, 10, 26, 1, 30, tzinfo=UTC),
                                    datetime(2025, 10, 26, 2, 30, tzinfo=UTC)),
    "Saturday 09:00 CEST": (localize(datetime(2025, 10, 25, 9, 0), PARIS),
                            localize(datetime(2025, 10, 25, 10, 0), PARIS)),
    "Cannes 09:00 CEST": (localize(datetime(2025, 5, 15, 9, 0), PARIS), localize(datetime(2025, 5, 15, 11, 0), PARIS)),
    "Across the March change": (localize(datetime(2025, 3, 30, 1, 30), PARIS),
                                localize(datetime(2025, 3, 30, 4, 0), PARIS)),
}


@pytest.fixture
def store(demo_plan_copy: Path) -> Iterator[PlanStore]:
    opened = PlanStore.open(demo_plan_copy)
    yield opened
    opened.close()


def feed_of(store: PlanStore, radicale: Radicale, tmp_path: Path) -> tuple[str, dict[str, Activity], Path]:
    plan = store.read()
    kim = next(d for d in plan.delegates if d.name == "Kim Ji-woo")
    added = {}
    for title, (start, end) in TIMES.items():
        activity, _ = add_activity(store, Activity(None, title, start, end, PARIS, attendees=(Attendance(kim.id),)))  # type: ignore[arg-type]
        added[activity.uid] = activity
    report, _ = publishing.publish(store, server=radicale.url, user=USER, password=PASSWORD, delegates=["Kim Ji-woo"])
    assert not report.failed
    target = store.read().delivery.target(Recipient.delegate(kim.id), Channel.CALDAV)  # type: ignore[arg-type]
    assert target is not None
    response = radicale.get(target.address)
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/calendar")
    path = tmp_path / "feed.ics"
    path.write_bytes(response.content)
    return response.text, added, path


def test_the_whole_collection_feed_reads_right_in_icalendar_vobject_and_icaljs(
        store: PlanStore, radicale: Radicale, tmp_path: Path) -> None:
    feed, added, path = feed_of(store, radicale, tmp_path)
    calendar = icalendar.Calendar.from_ical(feed)
    assert calendar.get_missing_tzids() == set()
    read = {str(e["UID"]): (e.decoded("DTSTART"), e.decoded("DTEND")) for e in calendar.walk("VEVENT")}
    by_vobject = {e.uid.value: (e.dtstart.value, e.dtend.value) for e in vobject.readOne(feed).vevent_list}
    by_icaljs = {e["uid"]: (e["start"], e["end"]) for e in read_with_icaljs(path)[str(path)]}
    assert len(read) == len(by_vobject) == len(by_icaljs)  # every event once
    for uid, activity in added.items():
        expected = (activity.start, activity.end)
        assert read[uid] == expected, activity.title
        assert by_vobject[uid] == expected, activity.title
        iso = tuple(moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z") for moment in expected)
        assert by_icaljs[uid] == iso, activity.title


def test_the_rdate_zone_icalendar_writes_by_default_would_be_an_hour_wrong_through_radicale(
        radicale: Radicale, tmp_path: Path) -> None:
    """Keeps the trap visible: why resources carry ``ics_timezones``' RRULE zones."""
    zone = icalendar.Timezone.from_tzinfo(ZoneInfo(PARIS)).to_ical().decode()  # 1970-2038, RDATE lists
    collection = f"{radicale.url}{USER}/rdate-trap/"
    assert niquests.request("MKCALENDAR", collection, auth=(USER, PASSWORD), timeout=10).status_code == 201
    body = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" + zone +
            "BEGIN:VEVENT\r\nUID:may@test\r\nDTSTAMP:20250101T000000Z\r\nDTSTART;TZID=Europe/Paris:20250515T090000\r\n"
            "DTEND;TZID=Europe/Paris:20250515T100000\r\nSUMMARY:Cannes 09:00\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    put = niquests.put(collection + "may.ics", data=body.encode(), auth=(USER, PASSWORD),
                       headers={"Content-Type": "text/calendar"}, timeout=10)
    assert put.status_code == 201
    feed = radicale.get(collection).text
    assert "RDATE:19770403T030000\r\n" in feed  # the list was cut to its first value
    path = tmp_path / "trap.ics"
    path.write_text(feed, encoding="utf-8")
    [event] = read_with_icaljs(path)[str(path)]
    assert event["start"] == "2025-05-15T08:00:00.000Z"  # 09:00 CEST is 07:00Z
    # (vobject, in a fresh process, reads 08:00Z too; in this one it may reuse a Europe/Paris it
    # registered globally from an earlier calendar, so it is not asked here.)
