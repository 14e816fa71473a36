"""Every exported file, re-read by four independent parsers, gives the plan's instants in UTC."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
import recurring_ical_events
import vobject
from icalendar import Calendar

from desktop_app.domain.plan import Plan
from desktop_app.domain.timezones import to_local
from desktop_app.formats.ics_export import CalendarSpec, calendar_bytes
from desktop_app.formats.ics_import import read_calendar
from desktop_app.services.ics_service import export_calendars, planned_files
from tests.formats.ics_fixtures import FALL_BACK, NOW, fall_back_activities, read_with_icaljs, sample_plan

Instants = set[tuple[str, datetime, datetime]]


def expected(spec: CalendarSpec) -> Instants:
    return {(a.uid, a.start, a.end) for a in spec.activities}


def by_icalendar(data: bytes) -> Instants:
    calendar = Calendar.from_ical(data)
    return {
        (str(e["UID"]), e.DTSTART.astimezone(UTC), e.DTEND.astimezone(UTC)) for e in calendar.walk("VEVENT")
    }


def by_vobject(data: bytes) -> Instants:
    calendar = vobject.readOne(data.decode("utf-8"))
    return {
        (e.uid.value, e.dtstart.value.astimezone(UTC), e.dtend.value.astimezone(UTC))
        for e in calendar.vevent_list
    }


def by_recurring_ical_events(data: bytes) -> Instants:
    events = recurring_ical_events.of(Calendar.from_ical(data)).between(date(2024, 1, 1), date(2027, 1, 1))
    return {(str(e["UID"]), e.DTSTART.astimezone(UTC), e.DTEND.astimezone(UTC)) for e in events}


def by_icaljs(events: list[dict[str, object]]) -> Instants:
    def parse(text: object) -> datetime:
        return datetime.fromisoformat(str(text).replace("Z", "+00:00"))

    return {(str(e["uid"]), parse(e["start"]), parse(e["end"])) for e in events}


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Plan, dict[Path, CalendarSpec]]:
    plan = sample_plan()
    outdir = tmp_path_factory.mktemp("calendars")
    paths = export_calendars(plan, outdir, now=NOW)
    specs = {outdir.joinpath(*f.relative_path.split("/")): f.spec for f in planned_files(plan)}
    assert set(paths) == set(specs)
    return plan, specs


@pytest.mark.parametrize("reader", [by_icalendar, by_vobject, by_recurring_ical_events])
def test_python_parsers_read_every_instant_of_every_file(
    exported: tuple[Plan, dict[Path, CalendarSpec]], reader: object
) -> None:
    _, specs = exported
    assert len(specs) == 8  # 5 delegates, 2 delegations, 1 project
    for path, spec in specs.items():
        assert reader(path.read_bytes()) == expected(spec), path.name  # type: ignore[operator]


def test_icaljs_reads_every_instant_of_every_file(exported: tuple[Plan, dict[Path, CalendarSpec]]) -> None:
    _, specs = exported
    read = read_with_icaljs(*specs)
    for path, spec in specs.items():
        events = read[str(path)]
        assert by_icaljs(events) == expected(spec), path.name
        assert {e["start_zone"] for e in events} <= {"Asia/Hong_Kong", "Europe/Paris"}  # never floating


def test_cannes_in_may_and_the_paris_dst_sunday_are_right_in_icaljs(
    exported: tuple[Plan, dict[Path, CalendarSpec]],
) -> None:
    _, specs = exported
    anna = next(path for path in specs if path.name == "Anna Müller.ics")
    events = {e["uid"]: e for e in read_with_icaljs(anna)[str(anna)]}
    assert events["activity-9@delegation-planner"]["start"] == "2025-05-15T07:00:00.000Z"  # 09:00 CEST
    assert events["activity-8@delegation-planner"]["start"] == "2025-03-30T07:00:00.000Z"  # 09:00 CEST, day 1
    assert events["activity-6@delegation-planner"]["start"] == "2025-03-29T02:00:00.000Z"  # 10:00 HKT


def test_the_1970_2038_rdate_zone_would_have_been_an_hour_wrong_in_icaljs(tmp_path: Path) -> None:
    """The trap this exporter avoids, kept as a test so that a fixed ical.js is noticed."""
    plan = sample_plan()
    cannes = next(a for a in plan.activities if a.id == 9)
    calendar = Calendar.from_ical(calendar_bytes(plan, CalendarSpec("x", [cannes]), now=NOW))
    calendar.subcomponents = [c for c in calendar.subcomponents if c.name != "VTIMEZONE"]
    calendar.add_missing_timezones()  # icalendar's default: RDATE lists from 1970 to 2038
    path = tmp_path / "rdate.ics"
    path.write_bytes(calendar.to_ical())
    (event,) = read_with_icaljs(path)[str(path)]
    assert event["start"] == "2025-05-15T08:00:00.000Z"  # ical.js reads only the first RDATE value


def test_icaljs_sees_status_sequence_and_escaped_text(exported: tuple[Plan, dict[Path, CalendarSpec]]) -> None:
    plan, specs = exported
    anna = next(path for path in specs if path.name == "Anna Müller.ics")
    events = {e["uid"]: e for e in read_with_icaljs(anna)[str(anna)]}
    assert events["activity-5@delegation-planner"]["status"] == "CANCELLED"
    assert events["activity-4@delegation-planner"]["status"] == "TENTATIVE"
    assert events["activity-3@delegation-planner"]["summary"] == plan.activity_by_id[3].title
    assert events["activity-4@delegation-planner"]["summary"] == plan.activity_by_id[4].title
    assert events["activity-1@delegation-planner"]["alarms"] == 1
    assert events["activity-5@delegation-planner"]["alarms"] == 0


# --- local times that happen twice (the hour clocks go back) ----------------------------------


def fall_back_file(tmp_path: Path, ids: tuple[int, ...] = tuple(FALL_BACK)) -> tuple[CalendarSpec, Path]:
    activities = [a for a in fall_back_activities() if a.id in ids]
    plan = replace(sample_plan(), activities=tuple(activities))
    spec = CalendarSpec("Fall-back night", activities)
    path = tmp_path / "fall-back.ics"
    path.write_bytes(calendar_bytes(plan, spec, now=NOW))
    return spec, path


def test_a_local_time_that_happens_twice_is_written_in_utc_and_read_alike_by_every_parser(tmp_path: Path) -> None:
    spec, path = fall_back_file(tmp_path)
    data = path.read_bytes()
    raw = data.decode()
    # A property whose local time is ambiguous is in UTC; an ordinary DTEND keeps its TZID.
    assert "DTSTART:20251026T003000Z" in raw and "DTEND:20251026T005000Z" in raw  # 02:30–02:50 CEST
    assert "DTSTART:20251026T013000Z" in raw and "DTEND;TZID=Europe/Paris:20251026T033000" in raw
    assert "DTSTART:20251102T063000Z" in raw and "DTEND;TZID=America/New_York:20251102T023000" in raw
    # A DTEND in UTC takes its DTSTART along (01:00 CEST), else recurring-ical-events reads it an hour off.
    assert "DTSTART:20251025T230000Z" in raw and "DTEND:20251026T011500Z" in raw
    assert "DTSTART:20251102T043000Z" in raw and "DTEND:20251102T064500Z" in raw
    calendar = Calendar.from_ical(data)
    assert calendar.get_missing_tzids() == set()
    assert {str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")} == {"Europe/Paris", "America/New_York"}
    assert "DURATION" not in raw  # libical would add a DURATION as wall-clock time across the change
    for reader in (by_icalendar, by_vobject, by_recurring_ical_events):
        assert reader(data) == expected(spec), reader.__name__
    assert by_icaljs(read_with_icaljs(path)[str(path)]) == expected(spec)


def test_a_calendar_whose_every_time_is_in_utc_needs_no_vtimezone(tmp_path: Path) -> None:
    spec, path = fall_back_file(tmp_path, (11, 14))
    calendar = Calendar.from_ical(path.read_bytes())
    assert calendar.walk("VTIMEZONE") == [] and calendar.get_missing_tzids() == set()
    events = read_with_icaljs(path)[str(path)]
    assert by_icaljs(events) == expected(spec)
    assert {e["start_zone"] for e in events} == {"UTC"}


def test_written_with_its_tzid_the_first_0230_would_read_as_the_second_in_icaljs(tmp_path: Path) -> None:
    """The trap the UTC form avoids, kept as a test so that a fixed ical.js is noticed."""
    spec, path = fall_back_file(tmp_path)
    calendar = Calendar.from_ical(path.read_bytes())
    by_uid = {a.uid: a for a in spec.activities}
    for event in calendar.walk("VEVENT"):  # every time back in its TZID form, as RFC 5545 allows
        activity = by_uid[str(event["UID"])]
        for name, instant in (("DTSTART", activity.start), ("DTEND", activity.end)):
            del event[name]
            event.add(name, to_local(instant, activity.timezone))
    tzid_path = tmp_path / "tzid.ics"
    tzid_path.write_bytes(calendar.to_ical())
    assert "DTSTART;TZID=Europe/Paris:20251026T023000" in tzid_path.read_text()
    icaljs = {uid: (start, end) for uid, start, end in by_icaljs(read_with_icaljs(tzid_path)[str(tzid_path)])}
    python = {uid: (start, end) for uid, start, end in by_icalendar(tzid_path.read_bytes())}
    hour = timedelta(hours=1)
    first_0230, first_0130 = by_uid["activity-11@delegation-planner"], by_uid["activity-14@delegation-planner"]
    for activity in (first_0230, first_0130):
        assert python[activity.uid] == (activity.start, activity.end)  # icalendar: the first (RFC 5545)
        assert icaljs[activity.uid] == (activity.start + hour, activity.end + hour)  # ical.js: the second


def test_our_own_import_reads_the_utc_form_back_at_the_plans_instants(tmp_path: Path) -> None:
    spec, path = fall_back_file(tmp_path)
    parsed = read_calendar(path.read_bytes(), windows=[(datetime(2025, 10, 25, tzinfo=UTC),
                                                        datetime(2025, 11, 3, tzinfo=UTC))],
                           default_zone="Asia/Hong_Kong")
    assert {(e.uid, e.start, e.end) for e in parsed.events} == expected(spec)
    assert parsed.warnings == []  # a time in UTC is no wall time: nothing was guessed
    zones = {e.uid: e.timezone for e in parsed.events}
    assert zones["activity-12@delegation-planner"] == "Europe/Paris"  # from the end that has a TZID
    assert zones["activity-15@delegation-planner"] == "America/New_York"
