"""A date and time as the clock on the wall shows it in a named zone, read back as a UTC instant.

The zone is always beside the time ('14:00 CEST · Europe/Paris'). It can be changed here, or be
decided by the editor (an activity at a venue is in the venue's zone). A wall time the zone
skips or repeats (a clock change) is read as ``domain.timezones.localize`` reads it, and the
note under the field says so before anything is saved.
"""

from __future__ import annotations

import contextlib
from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTimeZone, Signal
from PySide6.QtWidgets import QCheckBox, QDateTimeEdit, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.timezones import localize_reporting, to_local, validate_zone, zone_abbreviation
from desktop_app.ui.appearance import mark_in_colour
from desktop_app.ui.inspector.fields.zone_picker import ZonePicker
from desktop_app.ui.window_dates import date_format


def display_format() -> str:
    """Day and date spelled out (no 2-digit years), the time as the user's locale writes it (24 h or AM/PM)."""
    return date_format() + "  " + QLocale().timeFormat(QLocale.FormatType.ShortFormat)


class DateTimeZoneEdit(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, zone_editable: bool = True, optional: bool = False) -> None:
        super().__init__(parent)
        self._zone = ""
        self._loaded: tuple[datetime, str, datetime] | None = None  # (wall time, zone, instant) as loaded
        self.is_set = QCheckBox(self.tr("Set"), self) if optional else None
        self.edit = QDateTimeEdit(self)
        self.edit.setCalendarPopup(True)
        # Wall times are held as UTC wall times: the computer's own zone never moves one (no gaps there).
        self.edit.setTimeZone(QTimeZone.utc())
        self.edit.setDisplayFormat(display_format())
        self.abbreviation = QLabel(self)
        self.abbreviation.setAccessibleName(self.tr("Zone of this time"))
        self.zone_picker = ZonePicker(self) if zone_editable else None
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        mark_in_colour(self.note, "warning_text")
        self.note.hide()

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        if self.is_set is not None:
            self.is_set.toggled.connect(self._on_set_toggled)
            row.addWidget(self.is_set)
        row.addWidget(self.edit, 1)
        row.addWidget(self.abbreviation)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        if self.zone_picker is not None:  # under the time: the inspector is narrow
            self.zone_picker.setAccessibleName(self.tr("Time zone of this time"))
            self.zone_picker.currentTextChanged.connect(lambda _text: self._on_zone_typed())
            column.addWidget(self.zone_picker)
        column.addWidget(self.note)
        self.edit.dateTimeChanged.connect(lambda _value: self._on_changed())

    # --- values -------------------------------------------------------------------------

    def set_value(self, instant: datetime | None, zone: str, *, empty_shows: datetime | None = None) -> None:
        """Show ``instant`` in ``zone``; None leaves it unset (``empty_shows`` fills the clock for when it is set)."""
        self._zone = zone
        if self.zone_picker is not None:
            self.zone_picker.blockSignals(True)
            self.zone_picker.set_zone(zone)
            self.zone_picker.blockSignals(False)
        shown = instant if instant is not None else empty_shows
        wall = _wall(to_local(shown, zone)) if shown is not None else datetime(2000, 1, 1, 9)
        self._loaded = (wall, zone, instant) if instant is not None else None
        self.set_wall_time(wall)
        if self.is_set is not None:
            self.is_set.setChecked(instant is not None)
            self.edit.setEnabled(instant is not None)
        self._on_changed()

    def set_wall_time(self, wall: datetime) -> None:
        """Put ``wall`` (naive, as the clock in the zone reads) on the clock."""
        self.edit.setDateTime(QDateTime(QDate(wall.year, wall.month, wall.day),
                                        QTime(wall.hour, wall.minute, wall.second), QTimeZone.utc()))

    def wall_time(self) -> datetime:
        value = self.edit.dateTime()
        day, clock = value.date(), value.time()
        return datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute(), clock.second())

    def set_zone(self, zone: str) -> None:
        """The time is in ``zone`` from now on; the wall time stays what it was (what was typed is meant there)."""
        self._zone = zone
        if self.zone_picker is not None:
            self.zone_picker.set_zone(zone)
        self._on_changed()

    def zone(self, field: str = "timezone") -> str:
        if self.zone_picker is not None:
            return self.zone_picker.zone(field)
        return validate_zone(self._zone, field)

    def value(self, field: str, zone: str | None = None) -> datetime | None:
        """The UTC instant shown (None when unset), read in ``zone`` (default: the zone shown); raises
        ``ValidationError(field)`` for a zone that is not one."""
        if self.is_set is not None and not self.is_set.isChecked():
            return None
        zone = validate_zone(zone, field) if zone is not None else self.zone(field)
        wall = self.wall_time()
        return self._instant(wall, zone)[0]

    def note_text(self) -> str:
        return self.note.text() if not self.note.isHidden() else ""

    # --- showing the zone ---------------------------------------------------------------

    def _instant(self, wall: datetime, zone: str) -> tuple[datetime, str]:
        if self._loaded is not None and self._loaded[:2] == (wall, zone):
            return self._loaded[2], ""  # untouched: the instant as stored (its seconds, the second of a repeated hour)
        return localize_reporting(wall, zone)

    def _on_zone_typed(self) -> None:
        if self.zone_picker is None:
            return
        with contextlib.suppress(ValidationError):  # said beside the field on save; the last good zone stays
            self._zone = self.zone_picker.zone()
        self._on_changed()

    def _on_set_toggled(self, checked: bool) -> None:
        self.edit.setEnabled(checked)
        self._on_changed()

    def _on_changed(self) -> None:
        unset = self.is_set is not None and not self.is_set.isChecked()
        try:
            zone = validate_zone(self._zone)
        except ValidationError:
            self.abbreviation.setText("?")
            self.note.hide()
            self.changed.emit()
            return
        instant, note = self._instant(self.wall_time(), zone)
        self.abbreviation.setText(zone_abbreviation(instant, zone))
        self.abbreviation.setToolTip(zone)
        self.note.setText(note)
        self.note.setVisible(bool(note) and not unset)
        self.changed.emit()


def _wall(local: datetime) -> datetime:
    return local.replace(tzinfo=None, fold=0)


def instant_text(instant: datetime, zone: str) -> str:
    """'Mon 12 May 18:00 CEST' in the user's locale, the zone always named."""
    wall = _wall(to_local(instant, zone))
    shown = QDateTime(QDate(wall.year, wall.month, wall.day), QTime(wall.hour, wall.minute), QTimeZone.utc())
    clock = QLocale().timeFormat(QLocale.FormatType.ShortFormat)
    text = QLocale().toString(shown, date_format(year=False) + " " + clock)
    return f"{text} {zone_abbreviation(instant, zone)}"
