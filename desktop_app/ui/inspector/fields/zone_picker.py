"""A time-zone field that finds "Europe/Paris" from "paris", "cest" or "france" as you type."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import lru_cache
from zoneinfo import available_timezones

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.timezones import validate_zone, zone_abbreviation


@lru_cache(maxsize=1)
def zone_names() -> tuple[str, ...]:
    """IANA zones people pick (Area/City), sorted; the legacy aliases (US/Eastern, Etc/GMT+3) left out."""
    return tuple(sorted(z for z in available_timezones()
                        if "/" in z and not z.startswith(("Etc/", "SystemV/", "US/")) and z[0].isupper()))


def zone_label(name: str, at: datetime | None = None) -> str:
    """'Europe/Paris (CEST)'."""
    return f"{name} ({zone_abbreviation(at or datetime.now(UTC), name)})"


class ZonePicker(QComboBox):
    """Editable combo over every zone; ``zone()`` validates what was typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # Long names (America/Argentina/ComodRivadavia) must not make the inspector wider than its dock.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        self.addItems(list(zone_names()))
        completer = QCompleter(QStringListModel(list(zone_names()), self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)
        self.setToolTip(self.tr("Type part of a city or region: 'paris', 'hong', 'seoul'"))

    def set_zone(self, name: str) -> None:
        self.setCurrentText(name)

    def zone(self, field: str = "timezone") -> str:
        text = self.currentText().strip().replace(" ", "_")
        if not text:
            return ""
        try:
            return validate_zone(text, field)
        except ValidationError:
            matches = [z for z in zone_names() if z.casefold().endswith("/" + text.casefold())]
            if len(matches) == 1:
                return matches[0]
            raise
