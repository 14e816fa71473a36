"""Editing a venue: its names and addresses in Latin and native script, where it is, its zone, its hours."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QLineEdit

from desktop_app.domain.places import Venue
from desktop_app.ui.inspector.editor import EntityEditor
from desktop_app.ui.inspector.fields.parsing import float_text, optional_float, optional_time, time_text
from desktop_app.ui.inspector.fields.zone_picker import ZonePicker
from desktop_app.ui.inspector.registry import register


@register
class VenueEditor(EntityEditor):
    entity_type = Venue
    noun = QT_TRANSLATE_NOOP("Nouns", "venue")

    def build(self) -> None:
        self.name, self.native_name = self.line_pair(self.tr("&Name"), "name", "native_name",
                                                     placeholders=("HKCEC", "香港會議展覽中心"))
        self.alias("venue", "name")
        self.address, self.native_address = self.line_pair(self.tr("&Address"), "address", "native_address",
                                                           placeholders=("1 Harbour Road, Wan Chai", "灣仔港灣道1號"))
        self.latitude, self.longitude = self._number("latitude", "22.2816"), self._number("longitude", "114.1733")
        self.add_pair(self.tr("Latitude, longitude"), ("latitude", self.latitude), ("longitude", self.longitude))
        self.zone = ZonePicker(self)
        self.add_field("timezone", self.tr("&Time zone"), self.zone,
                       tooltip=self.tr("Everything at this venue is shown in its zone"))
        self.opens, self.closes = self._number("opens", "09:00"), self._number("closes", "19:00")
        self.add_pair(self.tr("&Opens, closes"), ("opens", self.opens), ("closes", self.closes),
                      tooltip=self.tr("Local time at the venue; leave both empty when it never closes"))

    def _number(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setPlaceholderText(placeholder)
        edit.setAccessibleName(name.capitalize())
        return edit

    def fill(self, entity: Venue) -> None:
        self.name.setText(entity.name)
        self.native_name.setText(entity.native_name)
        self.address.setText(entity.address)
        self.native_address.setText(entity.native_address)
        self.latitude.setText(float_text(entity.latitude))
        self.longitude.setText(float_text(entity.longitude))
        self.zone.set_zone(entity.timezone)
        self.opens.setText(time_text(entity.opens))
        self.closes.setText(time_text(entity.closes))

    def collect(self) -> Venue:
        return dataclasses.replace(
            self.original, name=self.name.text(), native_name=self.native_name.text().strip(),
            address=self.address.text().strip(), native_address=self.native_address.text().strip(),
            latitude=optional_float(self.latitude.text(), "latitude"),
            longitude=optional_float(self.longitude.text(), "longitude"),
            timezone=self.zone.zone(), opens=optional_time(self.opens.text(), "opens"),
            closes=optional_time(self.closes.text(), "closes"))
