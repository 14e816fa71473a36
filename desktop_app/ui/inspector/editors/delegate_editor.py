"""Editing a delegate: name beside native name, how to reach them, delegation, whether they are a
delegate or staff (an interpreter, an assistant) with the languages they interpret, home zone,
notes, and their stays (each opened in the stay editor, added or removed from here)."""

from __future__ import annotations

import dataclasses
from datetime import datetime, time

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout

from desktop_app.domain.languages import parse_languages
from desktop_app.domain.people import Delegate, PersonKind
from desktop_app.domain.stays import Stay
from desktop_app.domain.timezones import localize
from desktop_app.services.editing.deletion import delete
from desktop_app.ui.inspector.editor import EntityEditor
from desktop_app.ui.inspector.editors.stay_editor import stay_text
from desktop_app.ui.inspector.fields.choice_box import ChoiceBox
from desktop_app.ui.inspector.fields.choices import delegation_choices
from desktop_app.ui.inspector.fields.entity_combo import EntityCombo
from desktop_app.ui.inspector.fields.zone_picker import ZonePicker
from desktop_app.ui.inspector.registry import register


@register
class DelegateEditor(EntityEditor):
    entity_type = Delegate
    noun = QT_TRANSLATE_NOOP("Nouns", "delegate")

    def build(self) -> None:
        self.name, self.native_name = self.line_pair(self.tr("&Name"), "name", "native_name",
                                                     placeholders=("Kim Ji-woo", "김지우"))
        self.email = self.line("email", self.tr("&Email"))
        self.phone = self.line("phone", self.tr("&Phone"))
        self.organisation = self.line("organisation", self.tr("&Organisation"))
        self.role = self.line("role", self.tr("&Role"))
        self.delegation = EntityCombo(self, noun=self.tr("delegation"), none_text=self.tr("No delegation"))
        self.add_field("delegation", self.tr("&Delegation"), self.delegation)
        self.kind = ChoiceBox(self, ((PersonKind.DELEGATE, self.tr("Delegate")),
                                     (PersonKind.STAFF, self.tr("Staff (interpreter, assistant, driver)"))))
        self.add_field("kind", self.tr("&Kind"), self.kind,
                       tooltip=self.tr("Staff attend only what they are for, and take no booth duty unless named"))
        tags = "ko; yue; en"  # BCP 47 tags read the same in every language
        self.languages = self.line("languages", self.tr("&Languages"), placeholder=tags,
                                   tooltip=self.tr("Tags (BCP 47) of the languages they interpret"))
        self.home_zone = ZonePicker(self)
        self.add_field("home_timezone", self.tr("&Home zone"), self.home_zone,
                       tooltip=self.tr("Where they live: itineraries can show home time beside market time"))
        self.notes = self.notes_field()
        self._build_stays()

    def _build_stays(self) -> None:
        box = QGroupBox(self.tr("Stays"), self)
        self.stays = QListWidget(box)
        self.stays.setAccessibleName(self.tr("Stays"))
        self.stays.itemDoubleClicked.connect(lambda _item: self.edit_stay())
        self.stays.setWordWrap(True)
        self.stays.setMaximumHeight(140)
        self.add_stay_button = QPushButton(self.tr("Add stay…"), box)
        self.edit_stay_button = QPushButton(self.tr("Edit…"), box)
        self.remove_stay_button = QPushButton(self.tr("Remove"), box)
        self.add_stay_button.clicked.connect(self.add_stay)
        self.edit_stay_button.clicked.connect(self.edit_stay)
        self.remove_stay_button.clicked.connect(self.remove_stay)
        buttons = QHBoxLayout()
        for button in (self.add_stay_button, self.edit_stay_button, self.remove_stay_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column = QVBoxLayout(box)
        column.addWidget(self.stays)
        column.addLayout(buttons)
        self.extra.addWidget(box)

    def fill(self, entity: Delegate) -> None:
        for edit, value in ((self.name, entity.name), (self.native_name, entity.native_name),
                            (self.email, entity.email), (self.phone, entity.phone),
                            (self.organisation, entity.organisation), (self.role, entity.role),
                            (self.languages, "; ".join(entity.languages))):
            edit.setText(value)
        self.kind.set_value(entity.kind)
        self.delegation.set_choices(delegation_choices(self.plan))
        self.delegation.set_key(entity.delegation_id)
        self.home_zone.set_zone(entity.home_timezone)
        self.notes.set_text(entity.notes)
        self._fill_stays(entity)

    def _fill_stays(self, entity: Delegate) -> None:
        self.stays.clear()
        saved = entity.id is not None
        for stay in self.plan.stays_of(entity.id) if saved else []:
            item = QListWidgetItem(stay_text(self.plan, stay), self.stays)
            item.setData(Qt.ItemDataRole.UserRole, stay)
        if saved and not self.stays.count():
            self.stays.addItem(self.tr("No stays: always here, as far as conflicts go"))
        elif not saved:
            self.stays.addItem(self.tr("Save the delegate first, then add their stays"))
        for button in (self.add_stay_button, self.edit_stay_button, self.remove_stay_button):
            button.setEnabled(saved)

    def collect(self) -> Delegate:
        return dataclasses.replace(
            self.original, name=self.name.text(), native_name=self.native_name.text().strip(),
            email=self.email.text(), phone=self.phone.text().strip(), organisation=self.organisation.text().strip(),
            role=self.role.text().strip(), delegation_id=self.delegation.key("delegation"),
            kind=self.kind.value() or PersonKind.DELEGATE, languages=parse_languages(self.languages.text()),
            home_timezone=self.home_zone.zone("home_timezone"), notes=self.notes.text())

    def title_of(self, entity: Delegate) -> str:
        return entity.display_name

    # --- stays ------------------------------------------------------------------------------

    def selected_stay(self) -> Stay | None:
        item = self.stays.currentItem()
        stay = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return stay if isinstance(stay, Stay) else None

    def add_stay(self) -> None:
        """A new stay, from the first market's first day to its last, opened in the stay editor."""
        market = self.plan.primary_market
        zone = market.timezone if market else self.plan.settings.timezone
        arrival = localize(datetime.combine(market.first_day, time(12)), zone) if market else None
        departure = localize(datetime.combine(market.last_day, time(12)), zone) if market else None
        self.open_requested.emit(Stay(None, self.original.id, arrival, departure, zone,
                                      market_id=market.id if market else None))

    def edit_stay(self) -> None:
        stay = self.selected_stay()
        if stay is not None:
            self.open_requested.emit(stay)

    def remove_stay(self) -> None:
        stay = self.selected_stay()
        if stay is not None:
            text = self.tr("Remove a stay of %1").replace("%1", self.original.name)
            self.edit_requested.emit(text, lambda store: delete(store, stay)[1])
