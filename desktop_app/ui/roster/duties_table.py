"""The booth duties, a table under the roster grid: day, stand, hours, shift length, staff, who may
take it and how many shifts are filled; New opens a duty in the inspector, Delete asks what
becomes of its shifts (cancelled or kept unlinked, ``services.editing.deletion``)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, time
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from desktop_app.domain.activities import Activity
from desktop_app.domain.duties import BoothDuty
from desktop_app.domain.people import Delegate, Delegation
from desktop_app.domain.places import Room, Venue
from desktop_app.domain.plan import Plan
from desktop_app.ui.roster.roster_rows import shift_index
from desktop_app.ui.tables.entity_table_model import TableColumn
from desktop_app.ui.tables.table_section import TableSection
from desktop_app.ui.window_dates import clock, weekday_day_month


class DutiesTable(TableSection):
    title = str(QT_TRANSLATE_NOOP("Sections", "Booth duties"))
    entity_type = BoothDuty
    noun = QT_TRANSLATE_NOOP("Nouns", "booth duty")
    plural = QT_TRANSLATE_NOOP("Nouns", "booth duties")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day: date | None = None
        """The day the roster shows: a new duty starts on it."""

    def columns(self) -> Sequence[TableColumn]:
        return (
            TableColumn(self.tr("Day"), lambda d, _p: weekday_day_month(d.day), sort=lambda d, _p: (d.day, d.opens)),
            TableColumn(self.tr("Stand"), _room_name),
            TableColumn(self.tr("Venue"), lambda d, p: p.venue_by_id[d.venue_id].name if d.venue_id in p.venue_by_id
                        else ""),
            TableColumn(self.tr("Hours"), lambda d, _p: f"{clock(d.opens)}–{clock(d.closes)}",
                        sort=lambda d, _p: (d.opens, d.closes)),
            TableColumn(self.tr("Shift"), lambda d, _p: self.tr("%1 min").replace("%1", str(d.shift_minutes)),
                        sort=lambda d, _p: d.shift_minutes, align_right=True),
            TableColumn(self.tr("Staff"), _staff_text, sort=lambda d, _p: (d.min_staff, d.most_staff),
                        align_right=True, tooltip=lambda _d, _p: self.tr("People on duty at once: least–most")),
            TableColumn(self.tr("Filled"), self._filled_text, sort=_filled_share, align_right=True,
                        tooltip=lambda _d, _p: self.tr("Shifts with at least their minimum on duty, of all")),
            TableColumn(self.tr("Who may take it"), self._eligible_text),
        )

    def rows(self, plan: Plan) -> Iterable[Any]:
        return plan.duties

    def blank(self, plan: Plan) -> BoothDuty | None:
        """A stand of the first duty's venue (else the first room of the first venue), 10:00–18:00."""
        room = next((r for r in plan.rooms if plan.duties and r.id == plan.duties[0].room_id), None)
        room = room or (plan.rooms[0] if plan.rooms else None)
        if room is None:
            return None
        day = self.day or plan.first_day or date.today()
        return BoothDuty(None, room.venue_id, room.id or 0, day, time(10), time(18), 120, 1, 2)

    def depends_on(self) -> frozenset[type]:
        return frozenset({Room, Venue, Delegation, Delegate, Activity})

    def _filled_text(self, duty: BoothDuty, plan: Plan) -> str:
        filled, total = _filled(duty, plan)
        return self.tr("%1 of %2").replace("%1", str(filled)).replace("%2", str(total))

    def _eligible_text(self, duty: BoothDuty, plan: Plan) -> str:
        names = [plan.delegation_by_id[i].name for i in duty.delegation_ids if i in plan.delegation_by_id]
        names += [plan.delegate_by_id[i].name for i in duty.delegate_ids if i in plan.delegate_by_id]
        return ", ".join(names) if names else self.tr("Every delegate")


def _room_name(duty: BoothDuty, plan: Plan) -> str:
    room = plan.room_by_id.get(duty.room_id)
    return room.name if room else ""


def _staff_text(duty: BoothDuty, _plan: Plan) -> str:
    return str(duty.min_staff) if duty.max_staff is None or duty.max_staff == duty.min_staff else \
        f"{duty.min_staff}–{duty.max_staff}"


def _filled(duty: BoothDuty, plan: Plan) -> tuple[int, int]:
    if duty.venue_id not in plan.venue_by_id:
        return 0, 0
    index = shift_index(plan.activities, plan.duties)
    shifts = duty.shifts(plan.duty_zone(duty))
    filled = sum(1 for s in shifts if (duty.id or 0, s.start, s.end) in index
                 and len(index[(duty.id or 0, s.start, s.end)].delegate_ids) >= duty.min_staff)
    return filled, len(shifts)


def _filled_share(duty: BoothDuty, plan: Plan) -> float:
    filled, total = _filled(duty, plan)
    return filled / total if total else 0.0
