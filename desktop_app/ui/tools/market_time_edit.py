"""A wall time in market time: the zone follows the day (Hong Kong in March, Cannes in May).

A re-plan's range and a find-a-time window are typed as the manager reads the programme: in
the local time of the market running that day (``domain.local_time.market_zone_on``), or in a
venue's own zone once one is chosen. The zone is named beside the time and a wall time a clock
change skips or repeats is noted under it, as everywhere (``DateTimeZoneEdit``).
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTimeZone
from PySide6.QtWidgets import QWidget

from desktop_app.domain.errors import DomainError, ValidationError
from desktop_app.domain.local_time import market_zone_on
from desktop_app.domain.plan import Plan
from desktop_app.domain.timezones import localize, to_local, zone_abbreviation
from desktop_app.ui.inspector.fields.datetime_zone_edit import DateTimeZoneEdit
from desktop_app.ui.window_dates import date_format


class MarketTimeEdit(DateTimeZoneEdit):
    def __init__(self, parent: QWidget | None = None, *, optional: bool = False) -> None:
        super().__init__(parent, zone_editable=False, optional=optional)
        self._plan = Plan()
        self._fixed_zone: str | None = None
        self.changed.connect(self._follow_day)

    def set_plan(self, plan: Plan) -> None:
        self._plan = plan
        self._follow_day()

    def set_fixed_zone(self, zone: str | None) -> None:
        """Read the time in ``zone`` (a venue's) instead of the market's; None: the market's again."""
        self._fixed_zone = zone
        self._follow_day()

    def set_wall(self, day: date, clock: time) -> None:
        """Show ``clock`` on ``day`` in the zone that day is read in."""
        zone = self.zone_for(day)
        self.set_value(localize(datetime.combine(day, clock), zone), zone)

    def zone_for(self, day: date) -> str:
        return self._fixed_zone or market_zone_on(self._plan, day)

    def _follow_day(self) -> None:
        zone = self.zone_for(self.wall_time().date())
        if zone != self._zone:
            self.set_zone(zone)  # emits changed again, with the zone it now has


def span_label(start: datetime, end: datetime, zone: str) -> str:
    """'Tue 18 Mar 09:00–10:00 HKT' in the user's locale; the end's date too when it is another day."""
    first, last = _wall(start, zone), _wall(end, zone)
    locale = QLocale()
    clock = locale.timeFormat(QLocale.FormatType.ShortFormat)
    day = date_format(year=False) + " "
    text = locale.toString(first, day + clock)
    end_format = clock if first.date() == last.date() else day + clock
    start_zone, end_zone = zone_abbreviation(start, zone), zone_abbreviation(end, zone)
    if start_zone != end_zone:
        text += f" {start_zone}"
    return f"{text}–{locale.toString(last, end_format)} {end_zone}"


def clock_label(instant: datetime, zone: str) -> str:
    """'12:00 HKT' in the user's locale."""
    locale = QLocale()
    return f"{locale.toString(_wall(instant, zone), locale.timeFormat(QLocale.FormatType.ShortFormat))} " \
           f"{zone_abbreviation(instant, zone)}"


def _wall(instant: datetime, zone: str) -> QDateTime:
    local = to_local(instant, zone)
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute), QTimeZone.utc())


def error_sentence(error: DomainError) -> str:
    """A rule broken, as a sentence under the fields: 'The range must end after it starts.'"""
    text = error.reason if isinstance(error, ValidationError) else str(error)
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "?", "!")) else text + "."
