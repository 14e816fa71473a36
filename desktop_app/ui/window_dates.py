"""Dates and times as the window shows them: in the language the window speaks.

Exports use ``domain.dates_text`` (English whatever the machine); the window follows the chosen
language's ``QLocale`` (``i18n.install_language`` sets the default), never the C library's
``LC_TIME``, which Qt sets from the system and which may differ from the language chosen in
Preferences. Times are 24-hour in every language: a schedule is read at a glance, and the
exports, phones' calendars in Hong Kong and the programme books print them so.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, QLocale

from desktop_app.domain.timezones import abbreviation_of

# Qt has no date "skeletons": each written order is spelled here per language.
_PATTERNS = {
    "zh": {"day_month": "M月d日", "weekday_day_month": "M月d日 (ddd)", "day_month_year": "yyyy年M月d日",
           "weekday_day_month_year": "yyyy年M月d日 (ddd)", "weekday_long": "yyyy年M月d日 dddd"},
    "": {"day_month": "d MMM", "weekday_day_month": "ddd d MMM", "day_month_year": "d MMM yyyy",
         "weekday_day_month_year": "ddd d MMM yyyy", "weekday_long": "dddd d MMMM yyyy"},
}


def _pattern(name: str) -> str:
    language = "zh" if QLocale().language() == QLocale.Language.Chinese else ""
    return _PATTERNS[language][name]


def date_format(*, year: bool = True) -> str:
    """The Qt format of a date with its weekday, for date edits and for texts that add a time of
    their own: 'ddd d MMM yyyy' ('Mon 17 Mar 2025'), 'yyyy年M月d日 (ddd)'."""
    return _pattern("weekday_day_month_year" if year else "weekday_day_month")


def _date_text(day: date, name: str) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), _pattern(name))


def day_month(day: date) -> str:
    """'17 Mar', '3月17日'."""
    return _date_text(day, "day_month")


def weekday_day_month(day: date) -> str:
    """'Mon 17 Mar', '3月17日 (週一)'."""
    return _date_text(day, "weekday_day_month")


def day_month_year(day: date) -> str:
    """'17 Mar 2025', '2025年3月17日'."""
    return _date_text(day, "day_month_year")


def long_date(day: date) -> str:
    """'Monday 17 March 2025', '2025年3月17日 星期一'."""
    return _date_text(day, "weekday_long")


def clock(value: datetime | time) -> str:
    """'09:30': digits in every language (see the module's note)."""
    return f"{value.hour:02d}:{value.minute:02d}"


def weekday_day_month_time(local: datetime) -> str:
    """'Mon 17 Mar 10:00'."""
    return f"{weekday_day_month(local)} {clock(local)}"


def day_month_time(local: datetime) -> str:
    """'17 Mar 10:00'."""
    return f"{day_month(local)} {clock(local)}"


def span_text(start: datetime, end: datetime, *, weekday: bool = True) -> str:
    """As ``domain.dates_text.span_text`` ('Mon 17 Mar 10:00–11:30 HKT'), in the window's language."""
    day = weekday_day_month if weekday else day_month
    start_zone, end_zone = abbreviation_of(start), abbreviation_of(end)
    start_text = f"{day(start)} {clock(start)}" + (f" {start_zone}" if start_zone != end_zone else "")
    same_day = start.date() == end.date() and end - start < timedelta(days=1)
    end_text = clock(end) if same_day else f"{day(end)} {clock(end)}"
    return f"{start_text}–{end_text} {end_zone}"
