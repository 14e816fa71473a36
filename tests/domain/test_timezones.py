from datetime import UTC, date, datetime

import pytest

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.timezones import (
    day_bounds,
    is_ambiguous,
    is_nonexistent,
    localize,
    localize_reporting,
    zone_abbreviation,
)


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


# --- wall times that a clock change skips or repeats -------------------------------------------


def test_a_wall_time_in_the_gap_is_read_with_the_offset_before_it_and_said_so() -> None:
    instant, note = localize_reporting(datetime(2025, 3, 30, 2, 30), "Europe/Paris")
    assert instant == datetime(2025, 3, 30, 1, 30, tzinfo=UTC)  # 02:30 CET, i.e. 03:30 CEST (RFC 5545)
    assert note == ("2025-03-30 02:30 does not exist in Europe/Paris (clocks go forward at 02:00); "
                    "read as 03:30 CEST")
    instant, note = localize_reporting(datetime(2025, 3, 9, 2, 30), "America/New_York")
    assert instant == datetime(2025, 3, 9, 7, 30, tzinfo=UTC)
    assert note.endswith("(clocks go forward at 02:00); read as 03:30 EDT")


def test_a_half_hour_gap_moves_the_time_by_half_an_hour() -> None:
    # Lord Howe Island: 02:00 +10:30 becomes 02:30 +11 on 5 October 2025.
    instant, note = localize_reporting(datetime(2025, 10, 5, 2, 15), "Australia/Lord_Howe")
    assert instant == datetime(2025, 10, 4, 15, 45, tzinfo=UTC) == localize(datetime(2025, 10, 5, 2, 15),
                                                                          "Australia/Lord_Howe")
    assert note.endswith("(clocks go forward at 02:00); read as 02:45 UTC+11")


def test_a_wall_time_that_happens_twice_is_read_as_the_first_and_said_so() -> None:
    instant, note = localize_reporting(datetime(2025, 10, 26, 2, 30), "Europe/Paris")
    assert instant == datetime(2025, 10, 26, 0, 30, tzinfo=UTC)
    assert note == ("2025-10-26 02:30 happens twice in Europe/Paris (clocks go back at 03:00); "
                    "read as the first, 02:30 CEST")
    instant, note = localize_reporting(datetime(2025, 11, 2, 1, 30), "America/New_York")
    assert instant == datetime(2025, 11, 2, 5, 30, tzinfo=UTC)
    assert note == ("2025-11-02 01:30 happens twice in America/New_York (clocks go back at 02:00); "
                    "read as the first, 01:30 EDT")


def test_fold_1_names_the_second_occurrence() -> None:
    instant, note = localize_reporting(datetime(2025, 10, 26, 2, 30, fold=1), "Europe/Paris")
    assert instant == datetime(2025, 10, 26, 1, 30, tzinfo=UTC)
    assert note.endswith("read as the second, 02:30 CET")


def test_ordinary_and_aware_times_need_no_note() -> None:
    assert localize_reporting(datetime(2025, 3, 17, 10), "Asia/Hong_Kong") == (
        datetime(2025, 3, 17, 2, tzinfo=UTC), "")
    assert localize_reporting(datetime(2025, 3, 30, 2, 30), "Asia/Hong_Kong")[1] == ""  # no DST there
    assert localize_reporting(datetime(2025, 10, 26, 3, 0), "Europe/Paris")[1] == ""  # just after the fold
    aware = datetime(2025, 10, 26, 0, 30, tzinfo=UTC)
    assert localize_reporting(aware, "Europe/Paris") == (aware, "")


@pytest.mark.parametrize(("wall", "ambiguous", "nonexistent"), [
    (datetime(2025, 10, 26, 1, 59), False, False),
    (datetime(2025, 10, 26, 2, 0), True, False),
    (datetime(2025, 10, 26, 2, 59), True, False),
    (datetime(2025, 3, 30, 2, 0), False, True),
    (datetime(2025, 3, 30, 3, 0), False, False),
])
def test_ambiguous_and_nonexistent_wall_times(wall: datetime, ambiguous: bool, nonexistent: bool) -> None:
    assert is_ambiguous(wall, "Europe/Paris") is ambiguous
    assert is_nonexistent(wall, "Europe/Paris") is nonexistent
