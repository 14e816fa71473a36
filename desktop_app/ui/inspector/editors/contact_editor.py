"""Editing an outside contact: name beside native name, how to reach them, where they work, notes."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop_app.domain.people import Contact
from desktop_app.ui.inspector.editor import EntityEditor
from desktop_app.ui.inspector.registry import register


@register
class ContactEditor(EntityEditor):
    entity_type = Contact
    noun = QT_TRANSLATE_NOOP("Nouns", "contact")

    def build(self) -> None:
        self.name, self.native_name = self.line_pair(self.tr("&Name"), "name", "native_name",
                                                     placeholders=("Sato Haruka", "佐藤遥"))
        self.email = self.line("email", self.tr("&Email"))
        self.phone = self.line("phone", self.tr("&Phone"))
        self.organisation = self.line("organisation", self.tr("&Organisation"))
        self.role = self.line("role", self.tr("&Role"))
        self.country = self.line("country", self.tr("&Country"))
        self.notes = self.notes_field()

    def fill(self, entity: Contact) -> None:
        for edit, value in ((self.name, entity.name), (self.native_name, entity.native_name),
                            (self.email, entity.email), (self.phone, entity.phone),
                            (self.organisation, entity.organisation), (self.role, entity.role),
                            (self.country, entity.country)):
            edit.setText(value)
        self.notes.set_text(entity.notes)

    def collect(self) -> Contact:
        return dataclasses.replace(
            self.original, name=self.name.text(), native_name=self.native_name.text().strip(),
            email=self.email.text(), phone=self.phone.text().strip(), organisation=self.organisation.text().strip(),
            role=self.role.text().strip(), country=self.country.text().strip(), notes=self.notes.text())

    def title_of(self, entity: Contact) -> str:
        return entity.display_name
