"""English dates whatever the process locale, and spans that name each end's zone."""

from __future__ import annotations

import locale
from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest

from desktop_app.domain.dates_text import (
    clock_span,
    day_month,
    day_month_time,
    day_month_year,
    long_date,
    month_year,
    short_weekday,
    span_text,
    weekday_day_month,
    weekday_day_month_time,
)
from desktop_app.domain.timezones import to_local

MONDAY = date(2025, 3, 17)


@pytest.fixture(params=["C", "de_DE.UTF-8", "zh_HK.UTF-8"])
def time_locale(request: pytest.FixtureRequest) -> Iterator[str]:
    saved = locale.setlocale(locale.LC_TIME)
    try:
        locale.setlocale(locale.LC_TIME, request.param)
    except locale.Error:
        pytest.fail(f"locale {request.param} is not installed (Debian: apt-get install locales-all)")
    try:
        yield request.param
    finally:
        locale.setlocale(locale.LC_TIME, saved)


def test_the_formats_are_english_in_every_locale(time_locale: str) -> None:
    if time_locale != "C":
        assert f"{MONDAY:%a %b}" != "Mon Mar"  # strftime does follow the locale: the check is real
    at_ten = datetime(2025, 3, 17, 10, 0)
    assert short_weekday(MONDAY) == "Mon"
    assert day_month(MONDAY) == "17 Mar"
    assert weekday_day_month(MONDAY) == "Mon 17 Mar"
    assert day_month_year(date(2025, 9, 2)) == "2 Sep 2025"
    assert month_year(MONDAY) == "March 2025"
    assert long_date(MONDAY) == "Monday 17 March 2025"
    assert day_month_time(at_ten) == "17 Mar 10:00"
    assert weekday_day_month_time(at_ten) == "Mon 17 Mar 10:00"


def paris(hour: int, minute: int, day: int = 30, month: int = 3) -> datetime:
    return to_local(datetime(2025, month, day, hour, minute, tzinfo=UTC), "Europe/Paris")


def test_a_span_across_a_clock_change_names_each_ends_zone() -> None:
    assert clock_span(paris(0, 30), paris(1, 30)) == "01:30 CET–03:30 CEST"
    assert clock_span(paris(8, 0), paris(9, 0)) == "10:00–11:00 CEST"
    assert span_text(paris(0, 30), paris(1, 30)) == "Sun 30 Mar 01:30 CET–03:30 CEST"
    # The night clocks go back: the second 02:30 is CET.
    assert span_text(paris(0, 0, 26, 10), paris(1, 30, 26, 10), weekday=False) == "26 Oct 02:00 CEST–02:30 CET"


def test_a_span_into_the_next_day_gives_the_ends_date() -> None:
    assert span_text(paris(21, 0), paris(23, 30)) == "Sun 30 Mar 23:00–Mon 31 Mar 01:30 CEST"
    assert span_text(paris(8, 0), paris(9, 30), weekday=False) == "30 Mar 10:00–11:30 CEST"
