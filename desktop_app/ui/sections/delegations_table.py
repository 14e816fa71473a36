"""The delegations themselves (a film council, a producers' group), shown below their delegates."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop_app.domain.people import Delegate, Delegation
from desktop_app.domain.plan import Plan
from desktop_app.ui.sections.plan_lookups import delegates_by_delegation, unused_name
from desktop_app.ui.sections.section_columns import count_column, field_column
from desktop_app.ui.tables.entity_table_model import TableColumn
from desktop_app.ui.tables.table_section import TableSection


class DelegationsTable(TableSection):
    title = QT_TRANSLATE_NOOP("Sections", "Delegations")
    entity_type = Delegation
    noun = QT_TRANSLATE_NOOP("Nouns", "delegation")
    plural = QT_TRANSLATE_NOOP("Nouns", "delegations")

    def columns(self) -> Sequence[TableColumn]:
        return (
            field_column(self.tr("Delegation"), "name"),
            field_column(self.tr("Manager"), "manager_name"),
            field_column(self.tr("Manager's email"), "manager_email"),
            field_column(self.tr("Manager's phone"), "manager_phone"),
            count_column(self.tr("Delegates"), lambda d, p: delegates_by_delegation(p.delegates)[d.id]),
        )

    def rows(self, plan: Plan) -> Iterable[Any]:
        return plan.delegations

    def blank(self, plan: Plan) -> Delegation:
        return Delegation(None, unused_name(self.tr("New delegation"), (d.name for d in plan.delegations)))

    def depends_on(self) -> frozenset[type]:
        return frozenset({Delegate})
