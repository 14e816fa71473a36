"""Editing a film project (a HAF project): titles in both scripts, stage, logline, credits, its team."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop_app.domain.people import Project
from desktop_app.ui.inspector.editor import EntityEditor
from desktop_app.ui.inspector.fields.people_picker import PeoplePicker
from desktop_app.ui.inspector.registry import register


@register
class ProjectEditor(EntityEditor):
    entity_type = Project
    noun = QT_TRANSLATE_NOOP("Nouns", "project")

    def build(self) -> None:
        self.title, self.original_title = self.line_pair(self.tr("&Title"), "title", "original_title",
                                                         placeholders=("The Salt Road", "소금길"))
        self.stage = self.line("stage", self.tr("&Stage"), placeholder=self.tr("Development, Financing, Post…"))
        self.logline = self.notes_field("logline", self.tr("&Logline"), lines=2)
        self.credits = self.notes_field("credits", self.tr("&Credits"), lines=2)
        self.credits.setPlaceholderText(self.tr("Director: Kang Dae-sung; Producer: Lee Min-jung"))
        self.external_id = self.line("external_id", self.tr("&Id"),
                                     tooltip=self.tr("The project's id in the market's programme (HAF25-012)"))
        self.team = PeoplePicker(self, noun="delegate")
        self.add_field("team", self.tr("Tea&m"), self.team,
                       tooltip=self.tr("Delegates who attend the project's meetings"))

    def fill(self, entity: Project) -> None:
        self.title.setText(entity.title)
        self.original_title.setText(entity.original_title)
        self.stage.setText(entity.stage)
        self.logline.set_text(entity.logline)
        self.credits.set_text(entity.credits)
        self.external_id.setText(entity.external_id)
        self.team.set_candidates(self.plan.delegates, self.plan.delegate_by_id)
        self.team.set_chosen((member, True) for member in entity.member_ids)

    def collect(self) -> Project:
        return dataclasses.replace(
            self.original, title=self.title.text(), original_title=self.original_title.text().strip(),
            stage=self.stage.text().strip(), logline=self.logline.text("logline"),
            credits=self.credits.text("credits"), external_id=self.external_id.text().strip(),
            member_ids=self.team.chosen_ids())
