"""Editing one stay of a delegate: when they arrive and leave (in the stay's zone), hotel, market, notes."""

from __future__ import annotations

import contextlib
import dataclasses

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QPushButton

from desktop_app.domain.conflicts import Conflict, ConflictKind
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.plan import Plan
from desktop_app.domain.stays import Stay
from desktop_app.ui.inspector.editor import EntityEditor
from desktop_app.ui.inspector.fields.choices import delegate_choices, market_choices
from desktop_app.ui.inspector.fields.datetime_zone_edit import DateTimeZoneEdit, instant_text
from desktop_app.ui.inspector.fields.entity_combo import EntityCombo
from desktop_app.ui.inspector.fields.zone_picker import ZonePicker
from desktop_app.ui.inspector.registry import register


def stay_text(plan: Plan, stay: Stay) -> str:
    """'Mon 12 May 18:00 CEST → Sat 17 May 15:00 CEST · Hôtel Barrière Le Majestic · Marché du Film 2025'."""
    arrival = instant_text(stay.arrival, stay.timezone) if stay.arrival else "…"
    departure = instant_text(stay.departure, stay.timezone) if stay.departure else "…"
    market = plan.market_by_id.get(stay.market_id) if stay.market_id is not None else None
    return " · ".join(part for part in (f"{arrival} → {departure}", stay.hotel, market.name if market else "") if part)


@register
class StayEditor(EntityEditor):
    entity_type = Stay
    noun = QT_TRANSLATE_NOOP("Nouns", "stay")

    def build(self) -> None:
        self.delegate = EntityCombo(self, noun=self.tr("delegate"))
        self.add_field("delegate", self.tr("&Delegate"), self.delegate)
        self.market = EntityCombo(self, noun=self.tr("market"), none_text=self.tr("No market"))
        self.add_field("market", self.tr("&Market"), self.market)
        self.zone = ZonePicker(self)
        self.add_field("timezone", self.tr("&Time zone"), self.zone,
                       tooltip=self.tr("Arrival and departure are in this zone: the market's city, or the hotel's"))
        self.arrival = DateTimeZoneEdit(self, zone_editable=False, optional=True)
        self.add_field("arrival", self.tr("&Arrival"), self.arrival)
        self.departure = DateTimeZoneEdit(self, zone_editable=False, optional=True)
        self.add_field("departure", self.tr("De&parture"), self.departure)
        self.hotel = self.line("hotel", self.tr("&Hotel"), placeholder="Grand Hyatt")  # not translated: a name
        self.notes = self.notes_field()
        self.open_delegate = QPushButton(self.tr("Open the delegate"), self)
        self.open_delegate.clicked.connect(self._open_delegate)
        self.extra.addWidget(self.open_delegate)
        self.zone.currentTextChanged.connect(lambda _text: self._zone_typed())
        self.market.picked.connect(self._market_picked)

    def fill(self, entity: Stay) -> None:
        self.delegate.set_choices(delegate_choices(self.plan))
        self.delegate.set_key(entity.delegate_id)
        self.market.set_choices(market_choices(self.plan))
        self.market.set_key(entity.market_id)
        self.zone.set_zone(entity.timezone)
        self.arrival.set_value(entity.arrival, entity.timezone, empty_shows=entity.departure)
        self.departure.set_value(entity.departure, entity.timezone, empty_shows=entity.arrival)
        self.hotel.setText(entity.hotel)
        self.notes.set_text(entity.notes)

    def collect(self) -> Stay:
        zone = self.zone.zone()
        return dataclasses.replace(self.original, delegate_id=self.delegate.key("delegate"),
                                   arrival=self.arrival.value("arrival"), departure=self.departure.value("departure"),
                                   timezone=zone, hotel=self.hotel.text().strip(),
                                   market_id=self.market.key("market"), notes=self.notes.text())

    def title_of(self, entity: Stay) -> str:
        delegate = self.plan.delegate_by_id.get(entity.delegate_id)
        return self.tr("Stay of %1").replace("%1", delegate.display_name if delegate else "?")

    def concerns(self, conflict: Conflict) -> bool:
        return conflict.kind is ConflictKind.OUTSIDE_STAY and conflict.scope == ("delegate", self.original.delegate_id)

    def _zone_typed(self) -> None:
        if self.filling:
            return
        with contextlib.suppress(ValidationError):  # said beside the field on save
            zone = self.zone.zone()
            self.arrival.set_zone(zone)
            self.departure.set_zone(zone)

    def _market_picked(self, market_id: object) -> None:
        market = self.plan.market_by_id.get(market_id) if isinstance(market_id, int) else None
        if market is not None and not self.filling:
            self.zone.set_zone(market.timezone)  # the times typed are meant in the market's city

    def _open_delegate(self) -> None:
        delegate = self.plan.delegate_by_id.get(self.original.delegate_id)
        if delegate is not None:
            self.open_requested.emit(delegate)
