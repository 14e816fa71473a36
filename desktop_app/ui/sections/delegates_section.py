"""The delegates (all, or one delegation's), their stays and load; the delegations below them.

Bulk actions write in one transaction each, so one undo takes all of it back: moving delegates
to a delegation (``entities.save_all``, refused if one changed meanwhile) and adding them to
activities (``activities.add_attendees``, relative to whoever attends in the file).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QWidget

from desktop_app.domain.activities import Activity
from desktop_app.domain.conflicts import Conflict
from desktop_app.domain.people import Delegate, Delegation
from desktop_app.domain.places import Market
from desktop_app.domain.plan import Plan
from desktop_app.domain.stays import Stay
from desktop_app.services.changes import Changes
from desktop_app.services.editing.activities import add_attendees
from desktop_app.services.editing.entities import save_all
from desktop_app.ui.delivery.delivery_rows import delivery_text, delivery_tooltip, pending_count
from desktop_app.ui.sections import activity_picker_dialog
from desktop_app.ui.sections.delegations_table import DelegationsTable
from desktop_app.ui.sections.plan_lookups import activity_counts, day_span, local_days, stays_by_delegate
from desktop_app.ui.sections.section_columns import choice_action, count_column, field_column
from desktop_app.ui.tables.entity_table_model import TableColumn
from desktop_app.ui.tables.table_section import TableSection
from desktop_app.ui.window_dates import day_month

ALL = "all"
NO_DELEGATION = "none"


class DelegatesSection(TableSection):
    key = "delegates"
    title = QT_TRANSLATE_NOOP("Sections", "Delegations & delegates")
    entity_type = Delegate
    noun = QT_TRANSLATE_NOOP("Nouns", "delegate")
    plural = QT_TRANSLATE_NOOP("Nouns", "delegates")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.delegation_filter = QComboBox(self)
        self.delegation_filter.setAccessibleName(self.tr("Show the delegates of"))
        self.delegation_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.delegation_filter.currentIndexChanged.connect(lambda _index: self._filter_by_delegation())
        self.bar.insertWidget(self.bar.indexOf(self.search_field) + 1, self.delegation_filter)
        self._fill_delegation_filter(self.plan)
        self.delegations = DelegationsTable(self)
        self.add_detail(self.delegations, self.tr("Delegations"), share=0.3)

    def columns(self) -> Sequence[TableColumn]:
        return (
            field_column(self.tr("Name"), "name"),
            field_column(self.tr("Native name"), "native_name"),
            TableColumn(self.tr("Delegation"), _delegation_name),
            TableColumn(self.tr("Delivery"), delivery_text, sort=pending_count, tooltip=delivery_tooltip),
            field_column(self.tr("Organisation"), "organisation"),
            field_column(self.tr("Role"), "role"),
            TableColumn(self.tr("Languages"), lambda d, _p: ", ".join(d.languages),
                        tooltip=lambda _d, _p: self.tr("The languages they interpret")),
            field_column(self.tr("Email"), "email"),
            field_column(self.tr("Phone"), "phone"),
            field_column(self.tr("Home zone"), "home_timezone"),
            TableColumn(self.tr("Stays"), self._stays_text, sort=_first_arrival, tooltip=self._stays_tooltip),
            count_column(self.tr("Activities"), lambda d, p: activity_counts(p.activities).by_delegate[d.id]),
        )

    def rows(self, plan: Plan) -> Iterable[Any]:
        return plan.delegates

    def blank(self, plan: Plan) -> Delegate:
        chosen = self.delegation_filter.currentData()
        return Delegate(None, self.tr("New delegate"), chosen if isinstance(chosen, int) else None)

    def delete_text(self) -> str:
        return self.tr("Remove…")  # people are removed (their calendars hear of it), never erased

    def depends_on(self) -> frozenset[type]:
        return frozenset({Delegation, Stay, Market, Activity})

    def make_bulk_actions(self) -> list[QAction]:
        self.assign_action = choice_action(self, self.tr("Assign to delegation"), self._delegation_choices,
                                           self.assign_to_delegation)
        self.attend_action = QAction(self.tr("Add as attendees to…"), self)
        self.attend_action.triggered.connect(self.add_as_attendees)
        return [self.assign_action, self.attend_action]

    # --- plan ------------------------------------------------------------------------------

    def set_plan(self, plan: Plan, conflicts: Sequence[Conflict]) -> None:
        self._fill_delegation_filter(plan)
        super().set_plan(plan, conflicts)

    def apply_changes(self, plan: Plan, conflicts: Sequence[Conflict], changes: Changes) -> None:
        if any(isinstance(r.entity, Delegation) for r in changes.revisions):
            self._fill_delegation_filter(plan, same_plan=True)
        super().apply_changes(plan, conflicts, changes)

    # --- bulk actions ----------------------------------------------------------------------

    def _delegation_choices(self) -> list[tuple[str, object]]:
        return [*((d.name, d.id) for d in self.plan.delegations), (self.tr("No delegation"), None)]

    def assign_to_delegation(self, delegation_id: object) -> None:
        assert delegation_id is None or isinstance(delegation_id, int)
        moving = [d for d in self._own_selection() if d.delegation_id != delegation_id]
        if not moving or not self.settled:
            return
        target = self.plan.delegation_by_id.get(delegation_id) if delegation_id is not None else None
        where = f"'{target.name}'" if target else self.tr("no delegation")
        text = self.tr("Move %1 to %2").replace("%1", self._who(moving)).replace("%2", where)
        updated = [dataclasses.replace(d, delegation_id=delegation_id) for d in moving]
        self.request_edit(text, lambda store: save_all(store, updated, expected=moving)[1])

    def add_as_attendees(self) -> None:
        delegates = self._own_selection()
        if not delegates or not self.settled:
            return
        picked = activity_picker_dialog.choose_activities(self, self.plan, delegates)
        if not picked or not picked[0]:
            return
        activity_ids, required = picked
        people = [d.id for d in delegates if d.id is not None]
        first = self.plan.activity_by_id.get(activity_ids[0])
        where = f"'{first.title}'" if len(activity_ids) == 1 and first else \
            self.tr("%1 activities").replace("%1", str(len(activity_ids)))
        text = self.tr("Add %1 to %2").replace("%1", self._who(delegates)).replace("%2", where)
        self.request_edit(text, lambda store: add_attendees(store, activity_ids, people, required=required))

    def _who(self, delegates: Sequence[Delegate]) -> str:
        if len(delegates) == 1:
            return f"'{delegates[0].name}'"
        return self.tr("%1 delegates").replace("%1", str(len(delegates)))

    # --- one delegation at a time ----------------------------------------------------------

    def _fill_delegation_filter(self, plan: Plan, *, same_plan: bool = False) -> None:
        """List ``plan``'s delegations, keeping the one shown: by id after an edit, by id and
        name otherwise (another plan's delegation with that id is another delegation)."""
        combo = self.delegation_filter
        shown, shown_name = combo.currentData(), combo.currentText()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All delegations"), ALL)
        for delegation in plan.delegations:
            combo.addItem(delegation.name, delegation.id)
        combo.addItem(self.tr("No delegation"), NO_DELEGATION)
        index = combo.findData(shown)
        if index < 0 or not (same_plan or combo.itemText(index) == shown_name or not isinstance(shown, int)):
            index = 0
        combo.setCurrentIndex(index)
        combo.blockSignals(False)
        self._filter_by_delegation()

    def _filter_by_delegation(self) -> None:
        chosen = self.delegation_filter.currentData()
        if chosen == ALL or chosen is None:
            self.proxy.set_row_filter(None)
        elif chosen == NO_DELEGATION:
            self.proxy.set_row_filter(lambda delegate: delegate.delegation_id is None)
        else:
            self.proxy.set_row_filter(lambda delegate: delegate.delegation_id == chosen)

    # --- stays -----------------------------------------------------------------------------

    def _stays_text(self, delegate: Delegate, plan: Plan) -> str:
        """'Hong Kong 16–20 Mar · Lille 21–26 Mar', in each stay's own local days."""
        return " · ".join(f"{_stay_place(s, plan)} {self._stay_days(s)}".strip()
                          for s in stays_by_delegate(plan.stays).get(delegate.id or 0, ()))

    def _stays_tooltip(self, delegate: Delegate, plan: Plan) -> str:
        return "\n".join(f"{_stay_place(s, plan)} {self._stay_days(s)}" + (f" — {s.hotel}" if s.hotel else "")
                         for s in stays_by_delegate(plan.stays).get(delegate.id or 0, ()))

    def _stay_days(self, stay: Stay) -> str:
        first, last = local_days(stay.arrival, stay.departure, stay.timezone)
        if first is not None and last is not None:
            return day_span(first, last)
        if first is not None:
            return self.tr("from %1").replace("%1", day_month(first))
        if last is not None:
            return self.tr("until %1").replace("%1", day_month(last))
        return ""


def _delegation_name(delegate: Delegate, plan: Plan) -> str:
    delegation = plan.delegation_by_id.get(delegate.delegation_id) if delegate.delegation_id is not None else None
    return delegation.name if delegation else ""


def _stay_place(stay: Stay, plan: Plan) -> str:
    """The city: its market's, else that of a market in the stay's zone, else the zone's own city."""
    market = plan.market_by_id.get(stay.market_id) if stay.market_id is not None else None
    market = market or next((m for m in plan.markets if m.timezone == stay.timezone), None)
    if market is not None:
        return market.city or market.name
    return stay.timezone.rsplit("/", 1)[-1].replace("_", " ")


def _first_arrival(delegate: Delegate, plan: Plan) -> float:
    """Seconds since the epoch of the first arrival: delegates without stays last, an open arrival first."""
    stays = stays_by_delegate(plan.stays).get(delegate.id or 0)
    if not stays:
        return float("inf")
    first = stays[0].arrival
    return first.timestamp() if first is not None else float("-inf")
