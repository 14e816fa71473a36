"""Editing a room: its venue, its name, the people it seats and the meetings it holds at once."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop_app.domain.conflicts import Conflict
from desktop_app.domain.places import Room
from desktop_app.ui.inspector.editor import EntityEditor
from desktop_app.ui.inspector.fields.choices import venue_choices
from desktop_app.ui.inspector.fields.count_spin import OptionalCountSpin
from desktop_app.ui.inspector.fields.entity_combo import EntityCombo
from desktop_app.ui.inspector.registry import register


@register
class RoomEditor(EntityEditor):
    entity_type = Room
    noun = QT_TRANSLATE_NOOP("Nouns", "room")

    def build(self) -> None:
        self.venue = EntityCombo(self, noun=self.tr("venue"))
        self.add_field("venue", self.tr("&Venue"), self.venue)
        self.name = self.line("name", self.tr("&Name"), placeholder="HAF Hall")  # not translated: a name
        self.alias("room", "name")
        self.capacity = OptionalCountSpin(self, maximum=100_000)
        self.add_field("capacity", self.tr("&Seats"), self.capacity,
                       tooltip=self.tr("How many people it holds; not set: no limit"))
        self.tables = OptionalCountSpin(self, maximum=10_000, unset_text=self.tr("one activity at a time"))
        self.add_field("tables", self.tr("&Tables"), self.tables,
                       tooltip=self.tr("How many meetings it holds at once (HAF's numbered tables)"))

    def fill(self, entity: Room) -> None:
        self.venue.set_choices(venue_choices(self.plan))
        self.venue.set_key(entity.venue_id)
        self.name.setText(entity.name)
        self.capacity.set_count(entity.capacity)
        self.tables.set_count(entity.tables)

    def collect(self) -> Room:
        return dataclasses.replace(self.original, venue_id=self.venue.key("venue"), name=self.name.text(),
                                   capacity=self.capacity.count(), tables=self.tables.count())

    def title_of(self, entity: Room) -> str:
        venue = self.plan.venue_by_id.get(entity.venue_id)
        return f"{entity.name}, {venue.name}" if venue else entity.name

    def concerns(self, conflict: Conflict) -> bool:
        return conflict.scope == ("room", self.original.id)
