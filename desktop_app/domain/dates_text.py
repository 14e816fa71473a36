"""Dates and times in English, whatever the process locale.

Qt sets the process's ``LC_TIME`` from the user's locale, and strftime's ``%a %A %b %B %p %c %x``
follow it ("Mo 17 Mär", "一 17 3月"). Everything exported (PDFs, calendars, reports, command-line
text) uses these functions instead, so it reads the same on every machine; only the window
(``desktop_app.ui``) follows the user's locale, on purpose. ``%H:%M`` and ``%Y-%m-%d`` are
digits in every locale and stay as they are.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from .timezones import abbreviation_of

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")


def short_weekday(day: date) -> str:
    """'Mon'."""
    return WEEKDAYS[day.weekday()][:3]


def short_month(day: date) -> str:
    """'Mar', 'Sep'."""
    return MONTHS[day.month - 1][:3]


def day_month(day: date) -> str:
    """'17 Mar'."""
    return f"{day.day} {short_month(day)}"


def weekday_day_month(day: date) -> str:
    """'Mon 17 Mar'."""
    return f"{short_weekday(day)} {day_month(day)}"


def day_month_year(day: date) -> str:
    """'17 Mar 2025'."""
    return f"{day_month(day)} {day.year}"


def month_year(day: date) -> str:
    """'March 2025'."""
    return f"{MONTHS[day.month - 1]} {day.year}"


def long_date(day: date) -> str:
    """'Monday 17 March 2025'."""
    return f"{WEEKDAYS[day.weekday()]} {day.day} {month_year(day)}"


def day_month_time(local: datetime) -> str:
    """'17 Mar 10:00'."""
    return f"{day_month(local)} {local:%H:%M}"


def weekday_day_month_time(local: datetime) -> str:
    """'Mon 17 Mar 10:00'."""
    return f"{weekday_day_month(local)} {local:%H:%M}"


def clock_span(start: datetime, end: datetime) -> str:
    """'10:00–11:00 HKT' for two aware local times of one zone; when a clock change lies between
    them each names its own abbreviation: '01:30 CET–03:30 CEST'."""
    start_zone, end_zone = abbreviation_of(start), abbreviation_of(end)
    if start_zone != end_zone:
        return f"{start:%H:%M} {start_zone}–{end:%H:%M} {end_zone}"
    return f"{start:%H:%M}–{end:%H:%M} {end_zone}"


def span_text(start: datetime, end: datetime, *, weekday: bool = True) -> str:
    """'Mon 17 Mar 10:00–11:30 HKT' for two aware local times of one zone; the end's date when it
    is another day ('Mon 17 Mar 23:00–Tue 18 Mar 01:00 HKT'), each end's abbreviation when they
    differ ('Sun 26 Oct 01:30 CEST–02:30 CET'). Without ``weekday``: '17 Mar 10:00–11:30 HKT'."""
    day = weekday_day_month if weekday else day_month
    start_zone, end_zone = abbreviation_of(start), abbreviation_of(end)
    start_text = f"{day(start)} {start:%H:%M}" + (f" {start_zone}" if start_zone != end_zone else "")
    same_day = start.date() == end.date() and end - start < timedelta(days=1)
    end_text = f"{end:%H:%M}" if same_day else f"{day(end)} {end:%H:%M}"
    return f"{start_text}–{end_text} {end_zone}"
