"""The people the delegation meets: sales agents, funders, festival programmers."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop_app.domain.activities import Activity
from desktop_app.domain.people import Contact
from desktop_app.domain.plan import Plan
from desktop_app.ui.sections.plan_lookups import activity_counts
from desktop_app.ui.sections.section_columns import count_column, field_column
from desktop_app.ui.tables.entity_table_model import TableColumn
from desktop_app.ui.tables.table_section import TableSection


class ContactsSection(TableSection):
    key = "contacts"
    title = QT_TRANSLATE_NOOP("Sections", "Contacts")
    entity_type = Contact
    noun = QT_TRANSLATE_NOOP("Nouns", "contact")
    plural = QT_TRANSLATE_NOOP("Nouns", "contacts")

    def columns(self) -> Sequence[TableColumn]:
        return (
            field_column(self.tr("Name"), "name"),
            field_column(self.tr("Native name"), "native_name"),
            field_column(self.tr("Organisation"), "organisation"),
            field_column(self.tr("Role"), "role"),
            field_column(self.tr("Country"), "country"),
            field_column(self.tr("Email"), "email"),
            field_column(self.tr("Phone"), "phone"),
            count_column(self.tr("Meetings"), lambda c, p: activity_counts(p.activities).by_contact[c.id]),
        )

    def rows(self, plan: Plan) -> Iterable[Any]:
        return plan.contacts

    def blank(self, plan: Plan) -> Contact:
        return Contact(None, self.tr("New contact"))

    def delete_text(self) -> str:
        return self.tr("Remove…")  # people are removed (their calendars hear of it), never erased

    def depends_on(self) -> frozenset[type]:
        return frozenset({Activity})
