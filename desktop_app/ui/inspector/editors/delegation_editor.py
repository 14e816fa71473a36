"""Editing a delegation: its name and its manager's name, email and phone."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop_app.domain.people import Delegation
from desktop_app.ui.inspector.editor import EntityEditor
from desktop_app.ui.inspector.registry import register


@register
class DelegationEditor(EntityEditor):
    entity_type = Delegation
    noun = QT_TRANSLATE_NOOP("Nouns", "delegation")

    def build(self) -> None:
        self.name = self.line("name", self.tr("&Name"), placeholder="Korean Film Council")  # not translated: a name
        self.alias("delegation", "name")
        self.manager_name = self.line("manager_name", self.tr("&Manager"),
                                      placeholder="Han So-hee")  # not translated: a name
        self.manager_email = self.line("manager_email", self.tr("Manager's &email"))
        self.manager_phone = self.line("manager_phone", self.tr("Manager's &phone"), placeholder="+82 10 5555 0101")

    def fill(self, entity: Delegation) -> None:
        self.name.setText(entity.name)
        self.manager_name.setText(entity.manager_name)
        self.manager_email.setText(entity.manager_email)
        self.manager_phone.setText(entity.manager_phone)

    def collect(self) -> Delegation:
        return dataclasses.replace(self.original, name=self.name.text(), manager_name=self.manager_name.text().strip(),
                                   manager_email=self.manager_email.text(),
                                   manager_phone=self.manager_phone.text().strip())
