"""Minutes from one venue to another, as the conflict checks and the scheduler use them.

A time entered one way counts for the way back too, unless the way back has its own row
(``Plan.travel_minutes``); the table says which holds for each row.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import permutations
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop_app.domain.places import TravelTime, Venue
from desktop_app.domain.plan import Plan
from desktop_app.ui.sections.plan_lookups import LastResult
from desktop_app.ui.sections.section_columns import count_column
from desktop_app.ui.tables.entity_table_model import TableColumn
from desktop_app.ui.tables.table_section import TableSection


def _entered(travel_times: tuple[TravelTime, ...]) -> dict[tuple[int, int], int]:
    return {(t.from_venue_id, t.to_venue_id): t.minutes for t in travel_times}


entered_minutes: LastResult[dict[tuple[int, int], int]] = LastResult(_entered)


def _venue_name(venue_id: int, plan: Plan) -> str:
    venue = plan.venue_by_id.get(venue_id)
    return venue.name if venue else "?"


class TravelSection(TableSection):
    key = "travel"
    title = QT_TRANSLATE_NOOP("Sections", "Travel times")
    entity_type = TravelTime
    noun = QT_TRANSLATE_NOOP("Nouns", "travel time")
    plural = QT_TRANSLATE_NOOP("Nouns", "travel times")

    def columns(self) -> Sequence[TableColumn]:
        return (
            TableColumn(self.tr("From"), lambda t, p: _venue_name(t.from_venue_id, p)),
            TableColumn(self.tr("To"), lambda t, p: _venue_name(t.to_venue_id, p)),
            count_column(self.tr("Minutes"), lambda t, _p: t.minutes),
            TableColumn(self.tr("Way back"), self._way_back, sort=self._way_back_minutes),
        )

    def _way_back(self, travel: TravelTime, plan: Plan) -> str:
        back = entered_minutes(plan.travel_times).get((travel.to_venue_id, travel.from_venue_id))
        if back is None:
            return self.tr("%1 min, the same (not entered)").replace("%1", str(travel.minutes))
        return self.tr("%1 min, entered").replace("%1", str(back))

    def _way_back_minutes(self, travel: TravelTime, plan: Plan) -> int:
        return entered_minutes(plan.travel_times).get((travel.to_venue_id, travel.from_venue_id), travel.minutes)

    def rows(self, plan: Plan) -> Iterable[Any]:
        return plan.travel_times

    def blank(self, plan: Plan) -> TravelTime | None:
        """Between the first two venues with no time either way (else the first way not entered)."""
        entered = entered_minutes(plan.travel_times)
        pairs = [(a.id, b.id) for a, b in permutations(plan.venues, 2) if a.id is not None and b.id is not None]
        missing = [pair for pair in pairs if pair not in entered]
        unlinked = [pair for pair in missing if pair[::-1] not in entered]
        chosen = unlinked or missing
        if not chosen:
            return None
        return TravelTime(*chosen[0], plan.settings.default_travel_minutes)

    def depends_on(self) -> frozenset[type]:
        return frozenset({Venue})
