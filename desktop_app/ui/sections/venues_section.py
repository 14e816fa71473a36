"""Venues (each in its own city's zone) and, below them, the rooms of the venues selected.

Rooms are first-class rows: selected, opened in the inspector, deleted with what depends on
them (their activities lose the room or move to another), created with New room.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from desktop_app.domain.activities import Activity
from desktop_app.domain.conflicts import Conflict
from desktop_app.domain.places import Room, Venue
from desktop_app.domain.plan import Plan
from desktop_app.services.changes import Changes
from desktop_app.ui.sections.plan_lookups import activity_counts, rooms_by_venue, unused_name
from desktop_app.ui.sections.section_columns import count_column, field_column
from desktop_app.ui.tables.entity_table_model import TableColumn
from desktop_app.ui.tables.table_section import TableSection


def opening_hours(venue: Venue, _plan: Plan) -> str:
    if venue.opens is None or venue.closes is None:
        return ""
    return f"{venue.opens:%H:%M}–{venue.closes:%H:%M}"


class RoomsTable(TableSection):
    """The rooms of the venues selected above (of every venue while none is)."""

    title = QT_TRANSLATE_NOOP("Sections", "Rooms")
    entity_type = Room
    noun = QT_TRANSLATE_NOOP("Nouns", "room")
    plural = QT_TRANSLATE_NOOP("Nouns", "rooms")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.venue_ids: tuple[int, ...] = ()

    def columns(self) -> Sequence[TableColumn]:
        return (
            field_column(self.tr("Room"), "name"),
            TableColumn(self.tr("Venue"), lambda r, p: p.venue_by_id[r.venue_id].name if r.venue_id in p.venue_by_id
                        else ""),
            TableColumn(self.tr("Seats"), lambda r, _p: str(r.capacity or ""), sort=lambda r, _p: r.capacity or 0,
                        align_right=True),
            TableColumn(self.tr("Meetings at once"), lambda r, _p: str(r.meetings_at_once),
                        sort=lambda r, _p: r.meetings_at_once, align_right=True,
                        tooltip=lambda r, _p: self.tr("Numbered tables: meetings the room holds at the same time")
                        if r.tables else self.tr("One activity at a time")),
            count_column(self.tr("Activities"), lambda r, p: activity_counts(p.activities).by_room[r.id]),
        )

    def rows(self, plan: Plan) -> Iterable[Any]:
        return plan.rooms

    def blank(self, plan: Plan) -> Room | None:
        venue_id = self.venue_ids[0] if self.venue_ids else (plan.venues[0].id if plan.venues else None)
        if venue_id is None:
            return None
        taken = (r.name for r in plan.rooms if r.venue_id == venue_id)
        return Room(None, venue_id, unused_name(self.tr("New room"), taken))

    def depends_on(self) -> frozenset[type]:
        return frozenset({Venue, Activity})

    def show_venues(self, venue_ids: Sequence[int]) -> None:
        self.venue_ids = tuple(venue_ids)
        chosen = set(venue_ids)
        self.proxy.set_row_filter((lambda room: room.venue_id in chosen) if chosen else None)


class VenuesSection(TableSection):
    key = "venues"
    title = QT_TRANSLATE_NOOP("Sections", "Venues & rooms")
    entity_type = Venue
    noun = QT_TRANSLATE_NOOP("Nouns", "venue")
    plural = QT_TRANSLATE_NOOP("Nouns", "venues")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rooms = RoomsTable(self)
        self.add_detail(self.rooms, self.tr("Rooms of every venue"))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._follow_venues())

    def columns(self) -> Sequence[TableColumn]:
        return (
            field_column(self.tr("Venue"), "name"),
            field_column(self.tr("Native name"), "native_name"),
            field_column(self.tr("Time zone"), "timezone"),
            field_column(self.tr("Address"), "address"),
            TableColumn(self.tr("Hours"), opening_hours),
            count_column(self.tr("Rooms"), lambda v, p: rooms_by_venue(p.rooms)[v.id]),
        )

    def rows(self, plan: Plan) -> Iterable[Any]:
        return plan.venues

    def blank(self, plan: Plan) -> Venue:
        return Venue(None, unused_name(self.tr("New venue"), (v.name for v in plan.venues)), plan.market_timezone)

    def depends_on(self) -> frozenset[type]:
        return frozenset({Room})

    def apply_changes(self, plan: Plan, conflicts: Sequence[Conflict], changes: Changes) -> None:
        super().apply_changes(plan, conflicts, changes)
        self._follow_venues()  # a venue renamed: the rooms' heading names it

    def _follow_venues(self) -> None:
        venues = [v for v in self._own_selection() if v.id is not None]
        self.rooms.show_venues([v.id for v in venues])
        if not venues:
            heading = self.tr("Rooms of every venue")
        elif len(venues) == 1:
            heading = self.tr("Rooms of %1").replace("%1", venues[0].name)
        else:
            heading = self.tr("Rooms of %1 venues").replace("%1", str(len(venues)))
        self.rooms.heading.setText(heading)
