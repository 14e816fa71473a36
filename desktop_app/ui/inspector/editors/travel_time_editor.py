"""Editing the travel time between two venues (the way back is the same unless entered too)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QSpinBox

from desktop_app.domain.places import TravelTime
from desktop_app.domain.plan_patch import entity_key, find_entity
from desktop_app.ui.inspector.editor import EntityEditor
from desktop_app.ui.inspector.fields.choices import venue_choices
from desktop_app.ui.inspector.fields.entity_combo import EntityCombo
from desktop_app.ui.inspector.registry import register


@register
class TravelTimeEditor(EntityEditor):
    entity_type = TravelTime
    noun = QT_TRANSLATE_NOOP("Nouns", "travel time")

    def build(self) -> None:
        self.origin = EntityCombo(self, noun=self.tr("venue"))
        self.add_field("from", self.tr("&From"), self.origin)
        self.destination = EntityCombo(self, noun=self.tr("venue"))
        self.add_field("to", self.tr("&To"), self.destination)
        self.minutes = QSpinBox(self)
        self.minutes.setRange(0, 24 * 60)
        self.minutes.setSuffix(self.tr(" min"))
        self.add_field("minutes", self.tr("&Minutes"), self.minutes)

    @property
    def is_new(self) -> bool:
        """A travel time is known by its pair of venues: new while the plan has none for that pair."""
        return self.original is None or find_entity(self.plan, TravelTime, entity_key(self.original)) is None

    def fill(self, entity: TravelTime) -> None:
        for combo, key in ((self.origin, entity.from_venue_id), (self.destination, entity.to_venue_id)):
            combo.set_choices(venue_choices(self.plan))
            combo.set_key(key)
            combo.setEnabled(self.is_new)  # another pair is another travel time: add that one instead
        self.minutes.setValue(entity.minutes)

    def collect(self) -> TravelTime:
        return TravelTime(self.origin.key("from"), self.destination.key("to"), self.minutes.value())

    def title_of(self, entity: TravelTime) -> str:
        names = [self.plan.venue_by_id[v].name if v in self.plan.venue_by_id else "?"
                 for v in (entity.from_venue_id, entity.to_venue_id)]
        return " → ".join(names)
