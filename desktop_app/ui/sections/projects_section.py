"""The delegation's film projects (HAF and co-production markets), their teams and meetings."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop_app.domain.activities import Activity
from desktop_app.domain.people import Delegate, Project
from desktop_app.domain.plan import Plan
from desktop_app.domain.requests import MeetingRequest
from desktop_app.ui.sections.plan_lookups import activity_counts, open_requests_by_project, unused_name
from desktop_app.ui.sections.section_columns import count_column, field_column
from desktop_app.ui.tables.entity_table_model import TableColumn
from desktop_app.ui.tables.table_section import TableSection


def team_names(project: Project, plan: Plan) -> str:
    people = plan.delegate_by_id
    return ", ".join(people[m].name for m in project.member_ids if m in people)


class ProjectsSection(TableSection):
    key = "projects"
    title = QT_TRANSLATE_NOOP("Sections", "Projects")
    entity_type = Project
    noun = QT_TRANSLATE_NOOP("Nouns", "project")
    plural = QT_TRANSLATE_NOOP("Nouns", "projects")

    def columns(self) -> Sequence[TableColumn]:
        return (
            field_column(self.tr("Title"), "title"),
            field_column(self.tr("Original title"), "original_title"),
            field_column(self.tr("Stage"), "stage"),
            TableColumn(self.tr("Team"), team_names),
            count_column(self.tr("Requests"), lambda p, plan: open_requests_by_project(plan.requests)[p.id]),
            count_column(self.tr("Meetings"), lambda p, plan: activity_counts(plan.activities).by_project[p.id]),
        )

    def rows(self, plan: Plan) -> Iterable[Any]:
        return plan.projects

    def blank(self, plan: Plan) -> Project:
        return Project(None, unused_name(self.tr("New project"), (p.title for p in plan.projects)))

    def depends_on(self) -> frozenset[type]:
        return frozenset({Delegate, MeetingRequest, Activity})
