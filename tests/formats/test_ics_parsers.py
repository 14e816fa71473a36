"""Every exported file, re-read by four independent parsers, gives the plan's instants in UTC."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import recurring_ical_events
import vobject
from icalendar import Calendar

from desktop_app.domain.plan import Plan
from desktop_app.formats.ics_export import CalendarSpec, calendar_bytes
from desktop_app.services.ics_service import export_calendars, planned_files
from tests.formats.ics_fixtures import NOW, read_with_icaljs, sample_plan

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
