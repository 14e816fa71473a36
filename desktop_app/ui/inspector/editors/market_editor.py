"""Editing a market: its name and city, its zone, its first and last day."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate
from PySide6.QtWidgets import QDateEdit

from desktop_app.domain.places import Market
from desktop_app.ui.inspector.editor import EntityEditor
from desktop_app.ui.inspector.fields.zone_picker import ZonePicker
from desktop_app.ui.inspector.registry import register
from desktop_app.ui.window_dates import date_format


@register
class MarketEditor(EntityEditor):
    entity_type = Market
    noun = QT_TRANSLATE_NOOP("Nouns", "market")

    def build(self) -> None:
        self.name = self.line("market name", self.tr("&Name"),
                              placeholder="Marché du Film 2025")  # not translated: a name
        self.city = self.line("city", self.tr("&City"), placeholder="Cannes")
        self.zone = ZonePicker(self)
        self.add_field("timezone", self.tr("&Time zone"), self.zone,
                       tooltip=self.tr("Every time at this market is shown in this zone"))
        self.first_day = self._date_field("first_day", self.tr("&First day"))
        self.last_day = self._date_field("last_day", self.tr("&Last day"))

    def _date_field(self, name: str, label: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(date_format())
        self.add_field(name, label, edit)
        return edit

    def fill(self, entity: Market) -> None:
        self.name.setText(entity.name)
        self.city.setText(entity.city)
        self.zone.set_zone(entity.timezone)
        self.first_day.setDate(QDate(entity.first_day.year, entity.first_day.month, entity.first_day.day))
        self.last_day.setDate(QDate(entity.last_day.year, entity.last_day.month, entity.last_day.day))

    def collect(self) -> Market:
        return Market(self.original.id, self.name.text(), self.city.text().strip(), self.zone.zone(),
                      _day(self.first_day), _day(self.last_day))


def _day(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())
