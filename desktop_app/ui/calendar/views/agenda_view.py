"""The agenda: a list of days, each with its activities, searchable and printable."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.activities import Activity
from desktop_app.domain.conflicts import Conflict
from desktop_app.domain.plan import Plan
from desktop_app.ui.calendar.model.agenda_rows import AgendaDay, agenda, filtered
from desktop_app.ui.calendar.model.columns import members
from desktop_app.ui.calendar.model.layout import worst_severities
from desktop_app.ui.calendar.views.agenda_model import ACTIVITY_ROLE, AgendaModel, Column
from desktop_app.ui.calendar.views.toolbar_fields import chosen_group, combo, fill_groups


class AgendaView(QWidget):
    selection_changed = Signal(object)
    open_requested = Signal(object)
    print_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = Plan()
        self.conflicts: Sequence[Conflict] = ()
        self._all: list[AgendaDay] = []
        self.group_field = combo(self, self.tr("Whose agenda"), self.tr("A delegate, a delegation or everyone"),
                                 characters=20)
        self.search_field = QLineEdit(self)
        self.search_field.setPlaceholderText(self.tr("Search title, place, people…"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setAccessibleName(self.tr("Search the agenda"))
        self.print_button = QToolButton(self)
        self.print_button.setText(self.tr("Print…"))
        self.print_button.setToolTip(self.tr("Print the agenda as shown, or save it as PDF"))
        self.model = AgendaModel(self)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(self.tr("Agenda"))
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setFirstColumnSpanned(0, QModelIndex(), True)
        header = self.tree.header()
        header.setStretchLastSection(True)
        metrics = self.fontMetrics()
        for column, sample in ((Column.TIME, "00:00–00:00 CEST  "), (Column.TITLE, "Producers Connect panel, HAF"),
                               (Column.KIND, "Booth meeting"), (Column.PLACE, "HKCEC, European Pavilion"),
                               (Column.PEOPLE, "Wong Ka-man, Kim Ji-woo")):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 24)
        self.tree.selectionModel().selectionChanged.connect(
            lambda *_: self.selection_changed.emit(self.selected_activities()))
        self.tree.doubleClicked.connect(self._on_double_click)
        self.search_field.textChanged.connect(lambda _t: self._show())
        self.group_field.currentIndexChanged.connect(lambda _i: self.refresh())
        self.print_button.clicked.connect(self.print_requested)
        row = QHBoxLayout()
        row.addWidget(self.group_field)
        row.addWidget(self.search_field, 1)
        row.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.tree, 1)

    def set_plan(self, plan: Plan, conflicts: Sequence[Conflict]) -> None:
        self.plan, self.conflicts = plan, conflicts
        fill_groups(self.group_field, plan, delegates=True)
        self.refresh()

    def apply_changes(self, plan: Plan, conflicts: Sequence[Conflict], _changes: object) -> None:
        self.plan, self.conflicts = plan, conflicts
        self.refresh()

    def refresh(self) -> None:
        selected = [a.id for a in self.selected_activities()]
        group = chosen_group(self.group_field)
        people = None if group[0] == "all" else {d.id or 0 for d in members(self.plan, group)}
        self._all = agenda(self.plan, people, worst_severities(self.conflicts))
        self._show()
        self.select_activities([i for i in selected if i is not None], scroll=False)

    def shown_days(self) -> list[AgendaDay]:
        return self.model.days()

    def _show(self) -> None:
        self.model.set_days(filtered(self._all, self.search_field.text()))
        for row in range(self.model.rowCount()):
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
        self.tree.expandAll()

    def selected_activities(self) -> list[Activity]:
        found: dict[int, Activity] = {}
        for index in self.tree.selectionModel().selectedRows():
            activity = index.data(ACTIVITY_ROLE)
            if activity is not None:
                found.setdefault(activity.id or 0, activity)
        return list(found.values())

    def select_activities(self, activity_ids: Iterable[int], *, scroll: bool = True) -> None:
        wanted = set(activity_ids)
        selection = QItemSelection()
        first = None
        for day_row in range(self.model.rowCount()):
            parent = self.model.index(day_row, 0)
            for row in range(self.model.rowCount(parent)):
                index = self.model.index(row, 0, parent)
                activity = index.data(ACTIVITY_ROLE)
                if activity is not None and activity.id in wanted:
                    selection.select(index, self.model.index(row, len(Column) - 1, parent))
                    first = first or index
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.tree.selectionModel().select(selection, flags)
        if first is not None and scroll:
            self.tree.scrollTo(first, QAbstractItemView.ScrollHint.PositionAtCenter)

    def reveal_conflict(self, conflict: Conflict) -> bool:
        """Select the conflict's activities, showing everyone's if the chosen group hides them."""
        self.search_field.clear()
        self.select_activities(conflict.activity_ids)
        if not self.selected_activities() and self.group_field.currentIndex() != 0:
            self.group_field.setCurrentIndex(0)
            self.select_activities(conflict.activity_ids)
        return bool(self.selected_activities())

    def _on_double_click(self, index: QModelIndex) -> None:
        activity = index.data(ACTIVITY_ROLE)
        if activity is not None:
            self.open_requested.emit(activity)
