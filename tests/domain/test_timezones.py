from datetime import UTC, date, datetime

import pytest

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.timezones import day_bounds, localize, zone_abbreviation


def test_localize_across_the_paris_spring_change() -> None:
    # 30 March 2025: clocks in Paris go from 02:00 CET to 03:00 CEST.
    assert localize(datetime(2025, 3, 29, 9, 0), "Europe/Paris") == datetime(2025, 3, 29, 8, 0, tzinfo=UTC)
    assert localize(datetime(2025, 3, 31, 9, 0), "Europe/Paris") == datetime(2025, 3, 31, 7, 0, tzinfo=UTC)


def test_a_wall_time_in_the_gap_moves_forward() -> None:
    assert localize(datetime(2025, 3, 30, 2, 30), "Europe/Paris") == datetime(2025, 3, 30, 1, 30, tzinfo=UTC)


def test_an_ambiguous_wall_time_takes_its_first_occurrence() -> None:
    # 26 October 2025: 02:30 happens twice in Paris; the first is still CEST (UTC+2).
    assert localize(datetime(2025, 10, 26, 2, 30), "Europe/Paris") == datetime(2025, 10, 26, 0, 30, tzinfo=UTC)


def test_aware_times_keep_their_instant() -> None:
    aware = datetime(2025, 3, 17, 10, 0, tzinfo=UTC)
    assert localize(aware, "Asia/Hong_Kong") == aware


def test_day_bounds_in_a_dst_day_are_23_hours() -> None:
    start, end = day_bounds(date(2025, 3, 30), "Europe/Paris")
    assert (end - start).total_seconds() == 23 * 3600


def test_abbreviations_for_display() -> None:
    instant = datetime(2025, 3, 17, 2, 0, tzinfo=UTC)
    assert zone_abbreviation(instant, "Asia/Hong_Kong") == "HKT"
    assert zone_abbreviation(instant, "Europe/Paris") == "CET"
    assert zone_abbreviation(datetime(2025, 5, 14, 7, 0, tzinfo=UTC), "Europe/Paris") == "CEST"
    assert zone_abbreviation(instant, "Asia/Kolkata") == "IST"
    assert zone_abbreviation(instant, "Asia/Ho_Chi_Minh") == "UTC+7"


def test_invalid_zone() -> None:
    with pytest.raises(ValidationError, match="not an IANA time zone"):
        localize(datetime(2025, 3, 17, 10, 0), "Mars/Olympus_Mons")
