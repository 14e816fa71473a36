"""Editing an availability window: who is free (a delegate, a contact or a project) and from when to when."""

from __future__ import annotations

import contextlib
import dataclasses

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.requests import AvailabilityWindow
from desktop_app.ui.inspector.editor import EntityEditor
from desktop_app.ui.inspector.fields.choices import participant_choices
from desktop_app.ui.inspector.fields.datetime_zone_edit import DateTimeZoneEdit, instant_text
from desktop_app.ui.inspector.fields.entity_combo import EntityCombo
from desktop_app.ui.inspector.fields.zone_picker import ZonePicker
from desktop_app.ui.inspector.registry import register


@register
class AvailabilityEditor(EntityEditor):
    entity_type = AvailabilityWindow
    noun = QT_TRANSLATE_NOOP("Nouns", "availability window")

    def build(self) -> None:
        self.participant = EntityCombo(self, noun=self.tr("delegate, contact or project"))
        self.add_field("participant", self.tr("&Who"), self.participant)
        self.zone = ZonePicker(self)
        self.add_field("timezone", self.tr("&Time zone"), self.zone)
        self.start = DateTimeZoneEdit(self, zone_editable=False)
        self.add_field("start", self.tr("&Free from"), self.start)
        self.end = DateTimeZoneEdit(self, zone_editable=False)
        self.add_field("end", self.tr("&Until"), self.end)
        self.zone.currentTextChanged.connect(lambda _text: self._zone_typed())

    def fill(self, entity: AvailabilityWindow) -> None:
        self.participant.set_choices(participant_choices(self.plan))
        self.participant.set_key(entity.participant)
        self.zone.set_zone(entity.timezone)
        self.start.set_value(entity.start, entity.timezone)
        self.end.set_value(entity.end, entity.timezone)

    def collect(self) -> AvailabilityWindow:
        return dataclasses.replace(self.original, participant=self.participant.key("participant"),
                                   timezone=self.zone.zone(), start=self.start.value("start"),
                                   end=self.end.value("end"))

    def title_of(self, entity: AvailabilityWindow) -> str:
        try:
            who = self.plan.participant_name(entity.participant)
        except ValueError:  # NotFoundError: gone from the plan
            who = "?"
        since = instant_text(entity.start, entity.timezone)
        return self.tr("%1 is free from %2").replace("%1", who).replace("%2", since)

    def _zone_typed(self) -> None:
        if self.filling:
            return
        with contextlib.suppress(ValidationError):
            zone = self.zone.zone()
            self.start.set_zone(zone)
            self.end.set_zone(zone)
