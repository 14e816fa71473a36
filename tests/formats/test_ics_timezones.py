"""VTIMEZONEs written as Outlook, Apple and Google write them, and right in every parser."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar

from desktop_app.domain.activities import Activity
from desktop_app.domain.plan import Plan
from desktop_app.domain.timezones import zone
from desktop_app.formats.ics_export import CalendarSpec, calendar_bytes
from desktop_app.formats.ics_timezones import transitions, vtimezone
from tests.formats.ics_fixtures import NOW, read_with_icaljs

RULE_ZONES = ["Europe/Paris", "America/New_York", "Australia/Sydney", "Australia/Lord_Howe"]
# Ramadan-dependent DST; "first Sunday on or after 2 September" is no fixed nth weekday.
IRREGULAR_ZONES = ["Africa/Casablanca", "America/Santiago"]
FIXED_ZONES = ["Asia/Hong_Kong", "Asia/Seoul", "Asia/Kolkata", "UTC"]


def offsets_agree(zone_name: str, first_year: int, last_year: int) -> None:
    """The written definition, read back by icalendar (dateutil), gives zoneinfo's offset
    every half hour of the covered years (7 minutes past: transitions fall on the half hour)."""
    written = vtimezone(zone_name, first_year, last_year).to_tz(lookup_tzid=False)
    moment = datetime(first_year, 1, 1, 0, 7, tzinfo=UTC)
    while moment < datetime(last_year + 1, 1, 1, tzinfo=UTC):
        assert moment.astimezone(written).utcoffset() == moment.astimezone(zone(zone_name)).utcoffset(), moment
        moment += timedelta(minutes=30)


@pytest.mark.parametrize("zone_name", RULE_ZONES)
def test_rule_zones_get_two_rrule_observances_and_the_right_offsets(zone_name: str) -> None:
    component = vtimezone(zone_name, 2025, 2026)
    observances = component.subcomponents
    assert sorted(o.name for o in observances) == ["DAYLIGHT", "STANDARD"]
    assert all("RRULE" in o and "RDATE" not in o for o in observances)
    offsets_agree(zone_name, 2025, 2026)


def test_paris_rules_are_the_last_sundays_of_march_and_october() -> None:
    rules = {o.name: o["RRULE"].to_ical().decode() for o in vtimezone("Europe/Paris", 2025, 2025).subcomponents}
    assert rules == {"DAYLIGHT": "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", "STANDARD": "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10"}
    daylight = next(o for o in vtimezone("Europe/Paris", 2025, 2025).subcomponents if o.name == "DAYLIGHT")
    assert daylight["DTSTART"].dt == datetime(2024, 3, 31, 2, 0)  # onset in the offset before it (CET)


@pytest.mark.parametrize("zone_name", IRREGULAR_ZONES)
def test_zones_without_a_weekday_rule_get_one_observance_per_transition_and_no_rdate(zone_name: str) -> None:
    component = vtimezone(zone_name, 2025, 2025)
    assert all("RRULE" not in o and "RDATE" not in o for o in component.subcomponents)
    assert len(component.subcomponents) == len(transitions(zone_name, 2024, 2026)) + 1
    offsets_agree(zone_name, 2025, 2025)


@pytest.mark.parametrize("zone_name", FIXED_ZONES)
def test_zones_without_transitions_get_a_single_observance(zone_name: str) -> None:
    (observance,) = vtimezone(zone_name, 2025, 2025).subcomponents
    assert observance["TZOFFSETFROM"].td == observance["TZOFFSETTO"].td
    offsets_agree(zone_name, 2025, 2025)


def test_transitions_are_found_to_the_second() -> None:
    paris = transitions("Europe/Paris", 2025, 2025)
    assert [t.utc for t in paris] == [datetime(2025, 3, 30, 1, tzinfo=UTC), datetime(2025, 10, 26, 1, tzinfo=UTC)]
    assert [t.name for t in paris] == ["CEST", "CET"]
    assert transitions("Asia/Hong_Kong", 2025, 2025) == ()


def test_icaljs_reads_every_zone_right_in_every_month(tmp_path: Path) -> None:
    """One 09:00 event on the 15th of each month of 2025 and 2026, in each kind of zone."""
    zones = [*RULE_ZONES, *IRREGULAR_ZONES, *FIXED_ZONES]
    activities = []
    for number, zone_name in enumerate(zones):
        for year in (2025, 2026):
            for month in range(1, 13):
                start = datetime(year, month, 15, 9, tzinfo=zone(zone_name))
                activities.append(Activity(
                    id=None, title=f"{zone_name} {year}-{month}", start=start, end=start + timedelta(hours=1),
                    timezone=zone_name, uid=f"{number}-{year}-{month}@test",
                ))
    path = tmp_path / "zones.ics"
    data = calendar_bytes(Plan(), CalendarSpec("zones", activities), now=NOW)
    path.write_bytes(data)
    assert Calendar.from_ical(data).get_missing_tzids() == set()
    read = {e["uid"]: e["start"] for e in read_with_icaljs(path)[str(path)]}
    wrong = {
        a.uid: (read[a.uid], a.start.isoformat())
        for a in activities
        if read[a.uid] != a.start.strftime("%Y-%m-%dT%H:%M:%S.000Z")
    }
    assert wrong == {}
