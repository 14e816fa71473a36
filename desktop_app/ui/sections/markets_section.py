"""The markets of the trip (Berlinale, FilMart, Cannes): each in its own city's zone."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop_app.domain.places import Market
from desktop_app.domain.plan import Plan
from desktop_app.ui.tables.entity_table_model import TableColumn
from desktop_app.ui.tables.table_section import TableSection
from desktop_app.ui.window_dates import day_month_year


class MarketsSection(TableSection):
    key = "markets"
    title = QT_TRANSLATE_NOOP("Sections", "Markets")
    entity_type = Market
    noun = QT_TRANSLATE_NOOP("Nouns", "market")
    plural = QT_TRANSLATE_NOOP("Nouns", "markets")

    def columns(self) -> Sequence[TableColumn]:
        return (
            TableColumn(self.tr("First day"), lambda m, _p: day_month_year(m.first_day),
                        sort=lambda m, _p: m.first_day),
            TableColumn(self.tr("Last day"), lambda m, _p: day_month_year(m.last_day),
                        sort=lambda m, _p: m.last_day),
            TableColumn(self.tr("Market"), lambda m, _p: m.name),
            TableColumn(self.tr("City"), lambda m, _p: m.city),
            TableColumn(self.tr("Time zone"), lambda m, _p: m.timezone),
            TableColumn(self.tr("Days"), lambda m, _p: str((m.last_day - m.first_day).days + 1),
                        sort=lambda m, _p: (m.last_day - m.first_day).days, align_right=True),
        )

    def rows(self, plan: Plan) -> Iterable[Any]:
        return plan.markets

    def blank(self, plan: Plan) -> Market:
        start = max((m.last_day for m in plan.markets), default=date.today()) + timedelta(days=30)
        zone = plan.markets[-1].timezone if plan.markets else plan.settings.timezone
        return Market(None, self.tr("New market"), "", zone, start, start + timedelta(days=3))
