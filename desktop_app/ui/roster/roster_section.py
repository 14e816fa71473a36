"""The Roster section: for one day at a time, a grid of stands × shifts with who is on duty and
which places are empty, the interpreting needs beside it, the roster run above and the booth
duties below.

Every change goes through ``edit_requested`` (one undo step each): accepting a proposal, a swap or
a move dragged in the grid, and the context menus' swap, move, take off, put on and interpreter.
While a proposal is shown the grid draws it as ghosts with ticks and nothing can be dragged.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMenu,
    QSplitter,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.activities import Activity
from desktop_app.domain.conflicts import Conflict
from desktop_app.domain.duties import BoothDuty
from desktop_app.domain.plan import Plan
from desktop_app.services.changes import Changes
from desktop_app.ui.roster.duties_table import DutiesTable
from desktop_app.ui.roster.needs_table_model import NEED_ROLE, Column, NeedsTableModel
from desktop_app.ui.roster.roster_grid_model import RosterGridModel
from desktop_app.ui.roster.roster_grid_view import COLUMN_WIDTH, RosterGridView
from desktop_app.ui.roster.roster_rows import RosterDay, RosterProposal, ShiftCell, roster_day, roster_days
from desktop_app.ui.roster.roster_run_panel import RosterRunPanel
from desktop_app.ui.window_dates import weekday_day_month
from desktop_app.ui.workspace.section import Section

if TYPE_CHECKING:
    from desktop_app.ui.workers import TaskRunner


NEEDS_WIDTH = 380
"""Pixels the interpreting needs keep beside a wide grid (a third of the width at least)."""


class RosterSection(Section):
    key = "roster"
    title = str(QT_TRANSLATE_NOOP("Sections", "Roster"))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.days: list[date] = []
        self.day: RosterDay | None = None
        self.proposal: RosterProposal | None = None
        self._selection: list[Any] = []
        self._split_chosen = False
        """The person moved the grid | needs divider: the grid's width is theirs from then on."""

        self.run_panel = RosterRunPanel(parent=self)
        self.day_tabs = QTabBar(self)
        self.day_tabs.setAccessibleName(self.tr("Roster days"))
        self.day_tabs.setExpanding(False)
        self.day_tabs.currentChanged.connect(lambda _index: self._show_current_day())

        self.grid = RosterGridModel(self)
        self.grid_view = RosterGridView(self.grid, self)
        self.grid_view.setAccessibleName(self.tr("Shifts of the day by stand"))
        self.grid_view.customContextMenuRequested.connect(self._grid_menu)
        self.grid_view.swap_requested.connect(self.swap_people)
        self.grid_view.move_requested.connect(self.move_person)
        self.grid_view.selectionModel().currentChanged.connect(lambda *_: self._on_grid_selection())
        self.grid.ticks_changed.connect(self._on_ticks)
        self.empty_note = QLabel(self)
        self.empty_note.setWordWrap(True)
        self.empty_note.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.needs = NeedsTableModel(self)
        self.needs_view = QTableView(self)
        self.needs_view.setModel(self.needs)
        self.needs_view.setAccessibleName(self.tr("Interpreting needs of the day"))
        self.needs_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.needs_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.needs_view.setWordWrap(False)
        self.needs_view.verticalHeader().setVisible(False)
        header = self.needs_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.MEETING, QHeaderView.ResizeMode.Stretch)
        self.needs_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.needs_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.needs_view.customContextMenuRequested.connect(self._need_menu)
        self.needs_view.selectionModel().selectionChanged.connect(lambda *_: self._on_need_selection())
        self.needs_view.doubleClicked.connect(lambda index: self._open_need(index.row()))
        self.needs.ticks_changed.connect(self._on_ticks)
        self.needs_heading = QLabel(self.tr("Interpreters"), self)
        bold = self.needs_heading.font()
        bold.setBold(True)
        self.needs_heading.setFont(bold)
        self.interpreters_note = QLabel(self)
        self.interpreters_note.setWordWrap(True)

        self.duties = DutiesTable(self)
        self.duties.search_field.hide()
        self.duties.heading.setText(self.tr("Booth duties"))
        self.duties.heading.show()
        self.duties.bar.insertStretch(1, 1)
        self.duties.edit_requested.connect(self.edit_requested)
        self.duties.open_requested.connect(self.open_requested)
        self.duties.selection_changed.connect(self._on_duty_selection)

        self.run_panel.edit_requested.connect(self.edit_requested)
        self.run_panel.proposal_changed.connect(self._on_proposal)
        self.run_panel.ticks_changed.connect(self._push_ticks)

        self.run_action = QAction(self.tr("&Run the roster"), self)
        self.run_action.setShortcut(QKeySequence("Ctrl+R"))
        self.run_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.run_action.triggered.connect(lambda _checked=False: self.run_panel.start())
        self.addAction(self.run_action)
        self._build()

    def _build(self) -> None:
        grid_side = QWidget(self)
        grid_layout = QVBoxLayout(grid_side)
        grid_layout.setContentsMargins(0, 0, 0, 0)
        grid_layout.addWidget(self.grid_view, 1)
        grid_layout.addWidget(self.empty_note, 1)
        needs_side = QWidget(self)
        needs_layout = QVBoxLayout(needs_side)
        needs_layout.setContentsMargins(0, 0, 0, 0)
        needs_layout.addWidget(self.needs_heading)
        needs_layout.addWidget(self.needs_view, 1)
        needs_layout.addWidget(self.interpreters_note)
        beside = self.beside = QSplitter(Qt.Orientation.Horizontal, self)
        beside.setChildrenCollapsible(False)
        beside.addWidget(grid_side)
        beside.addWidget(needs_side)
        beside.setStretchFactor(0, 1)
        beside.setSizes([640, 420])
        beside.splitterMoved.connect(lambda *_: setattr(self, "_split_chosen", True))
        below = QSplitter(Qt.Orientation.Vertical, self)
        below.setChildrenCollapsible(False)
        below.addWidget(beside)
        below.addWidget(self.duties)
        below.setSizes([700, 240])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.run_panel)
        layout.addWidget(self.day_tabs)
        layout.addWidget(below, 1)

    # --- Section --------------------------------------------------------------------------

    def attach_runner(self, runner: TaskRunner) -> None:
        """The window's background runner: the roster solves there."""
        self.run_panel.runner = runner

    def set_plan(self, plan: Plan, conflicts: Sequence[Conflict]) -> None:
        """Another plan (or none): a proposal of the former one is forgotten."""
        super().set_plan(plan, conflicts)
        self.run_panel.set_plan(plan, same_plan=False)
        self.duties.set_plan(plan, conflicts)
        self._refresh_days()

    def apply_changes(self, plan: Plan, conflicts: Sequence[Conflict], changes: Changes) -> None:
        self.plan, self.conflicts = plan, conflicts
        self.run_panel.set_plan(plan, same_plan=True)
        self.duties.apply_changes(plan, conflicts, changes)
        self._refresh_days()

    def count(self, plan: Plan) -> int | None:
        """Places below the minimum that nobody fills, and needs without an interpreter (None: nothing to roster)."""
        days = roster_days(plan)
        if not days:
            return None
        empty = 0
        for day in days:
            shown = roster_day(plan, day)
            empty += sum(cell.empty_places for cell in shown.cells.values())
            empty += sum(1 for need in shown.needs if need.interpreter_id is None)
        return empty

    def selected(self) -> list[Any]:
        return list(self._selection)

    def select(self, entities: Sequence[Any]) -> None:
        """A duty in the duties table; a shift or a need on its day in the grid or the list."""
        duties = [e for e in entities if isinstance(e, BoothDuty)]
        if duties:
            self.duties.select(duties)
            return
        activity = next((e for e in entities if isinstance(e, Activity)), None)
        if activity is None:
            return
        for day in self.days:
            shown = roster_day(self.plan, day)
            cell = next((c for c in shown.cells.values() if c.activity is not None and c.activity.id == activity.id),
                        None)
            row = next((n for n, need in enumerate(shown.needs) if need.activity.id == activity.id), None)
            if cell is not None or row is not None:
                self.show_day(day)
                if cell is not None:
                    self.grid_view.setCurrentIndex(self.grid.index_of(cell.key))
                if row is not None:
                    self.needs_view.selectRow(row)
                return

    def focus_search(self) -> None:
        self.grid_view.setFocus()

    def actions_for_menu(self) -> list[QAction]:
        return [self.run_action]

    def set_settled(self, settled: bool) -> None:
        self.settled = settled
        self.run_action.setEnabled(settled)
        self.run_panel.set_settled(settled)
        self.duties.set_settled(settled)
        self._update_editing()

    # --- days -----------------------------------------------------------------------------

    def _refresh_days(self) -> None:
        days = roster_days(self.plan)
        current = self.day.day if self.day is not None else None
        if days != self.days:
            self.days = days
            self.day_tabs.blockSignals(True)
            while self.day_tabs.count():
                self.day_tabs.removeTab(0)
            for day in days:
                self.day_tabs.addTab(weekday_day_month(day))
            chosen = days.index(current) if current in days else 0
            if days:
                self.day_tabs.setCurrentIndex(chosen)
            self.day_tabs.blockSignals(False)
        self._show_current_day()

    def show_day(self, day: date) -> None:
        if day in self.days:
            self.day_tabs.setCurrentIndex(self.days.index(day))

    @property
    def current_day(self) -> date | None:
        index = self.day_tabs.currentIndex()
        return self.days[index] if 0 <= index < len(self.days) else None

    def _show_current_day(self) -> None:
        day = self.current_day
        self.day = roster_day(self.plan, day, self.proposal) if day is not None else None
        self.duties.day = day
        self.grid.set_day(self.day if self.day is not None and self.day.duties else None, self.plan)
        self.grid_view.set_names({p.id: p.name for p in self.plan.delegates if p.id is not None})
        self.grid.set_ticked(self.run_panel.ticked_shifts)
        self.needs.set_rows(self.day.needs if self.day is not None else (), self.plan)
        self.needs.set_ticked(self.run_panel.ticked_needs)
        self.needs_view.setColumnHidden(Column.PROPOSED, self.proposal is None)
        self._describe_day()
        self._update_editing()
        self._fit_grid()

    def _fit_grid(self) -> None:
        """The grid as wide as the day's shifts (the needs keep ``NEEDS_WIDTH``), until the person
        moves the divider."""
        if self._split_chosen or not self.grid.columnCount():
            return
        total = self.width() - self.beside.handleWidth()  # the splitter's, before its own layout has run
        wanted = (self.grid_view.verticalHeader().sizeHint().width() + self.grid.columnCount() * COLUMN_WIDTH
                  + 2 * self.grid_view.frameWidth() + self.grid_view.verticalScrollBar().sizeHint().width())
        grid = max(min(wanted, total - NEEDS_WIDTH), total // 3)
        self.beside.setSizes([grid, total - grid])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_grid()

    def _describe_day(self) -> None:
        has_grid = self.day is not None and bool(self.day.duties)
        self.grid_view.setVisible(has_grid)
        self.empty_note.setVisible(not has_grid)
        if not self.plan.duties:
            self.empty_note.setText(self.tr("No booth duties yet. Add one below (New booth duty…) or import "
                                            "them (File → Import…, as booth duties)."))
        else:
            self.empty_note.setText(self.tr("No booth duty on this day."))
        staff = self.plan.staff
        if self.day is None or not self.day.needs:
            self.interpreters_note.setText(self.tr("No meeting of this day needs an interpreter."))
        else:
            open_needs = sum(1 for need in self.day.needs if need.interpreter_id is None)
            self.interpreters_note.setText(
                self.tr("%n without an interpreter", "", open_needs) + " · "
                + self.tr("%n interpreter(s) in the plan", "", sum(1 for p in staff if p.languages)))

    def _update_editing(self) -> None:
        self.grid_view.editing_allowed = self.settled and self.proposal is None

    # --- the proposal ---------------------------------------------------------------------

    def _on_proposal(self, proposal: RosterProposal | None) -> None:
        self.proposal = proposal
        self.grid_view.cancel_drag()
        self._show_current_day()

    def _push_ticks(self) -> None:
        """Tick all / none in the run panel: the grid and the list follow."""
        self.grid.set_ticked(self.run_panel.ticked_shifts)
        self.needs.set_ticked(self.run_panel.ticked_needs)

    def _on_ticks(self) -> None:
        self.run_panel.set_ticks(self.grid.ticked, self.needs.ticked)

    # --- edits ----------------------------------------------------------------------------

    def swap_people(self, cell: ShiftCell, person_id: int, other: ShiftCell, other_person: int) -> None:
        """``person_id`` of ``cell`` and ``other_person`` of ``other`` change places (one undo step)."""
        if self.settled and self.proposal is None:
            from desktop_app.ui.roster import shift_menu  # the edits (and the solvers) load with the first one

            shift_menu.request_swap(self.request_edit, self.plan, cell, person_id, other, other_person)

    def move_person(self, cell: ShiftCell, person_id: int, other: ShiftCell) -> None:
        """``person_id`` leaves ``cell`` for a free place on ``other`` (one undo step)."""
        if self.settled and self.proposal is None:
            from desktop_app.ui.roster import shift_menu

            shift_menu.request_move(self.request_edit, self.plan, cell, person_id, other)

    def shift_menu_for(self, cell: ShiftCell) -> QMenu:
        from desktop_app.ui.roster import shift_menu

        menu = QMenu(self)
        if self.day is not None:
            shift_menu.fill_shift_menu(menu, self.plan, self.day, cell, self.request_edit)
        if not self.settled or self.proposal is not None:
            for action in menu.actions():
                action.setEnabled(False)  # a proposal shown, or a write in flight: look, don't touch
        if cell.activity is not None:
            menu.addSeparator()
            menu.addAction(self.tr("&Open the shift")).triggered.connect(
                lambda _checked=False: self.open_requested.emit(cell.activity))
        return menu

    def need_menu_for(self, activity: Activity) -> QMenu:
        from desktop_app.ui.roster import shift_menu

        menu = QMenu(self)
        shift_menu.fill_need_menu(menu, self.plan, activity, self.request_edit)
        if not self.settled or self.proposal is not None:
            for action in menu.actions():
                action.setEnabled(False)
        menu.addSeparator()
        menu.addAction(self.tr("&Open the meeting")).triggered.connect(
            lambda _checked=False: self.open_requested.emit(activity))
        return menu

    def _grid_menu(self, position: QPoint) -> None:
        cell = self.grid.cell_at(self.grid_view.indexAt(position))
        if cell is not None:
            popup(self.shift_menu_for(cell), self.grid_view.viewport(), position)

    def _need_menu(self, position: QPoint) -> None:
        index = self.needs_view.indexAt(position)
        need = index.data(NEED_ROLE) if index.isValid() else None
        if need is not None:
            popup(self.need_menu_for(need.activity), self.needs_view.viewport(), position)

    # --- selection, for the inspector -----------------------------------------------------

    def _on_grid_selection(self) -> None:
        cell = self.grid.cell_at(self.grid_view.currentIndex())
        self._emit_selection([cell.activity] if cell is not None and cell.activity is not None else [])

    def _on_need_selection(self) -> None:
        rows = self.needs_view.selectionModel().selectedRows()
        self._emit_selection([self.needs.row_at(rows[0].row()).activity] if rows else [])

    def _on_duty_selection(self, duties: list[Any]) -> None:
        self._emit_selection(list(duties))

    def _emit_selection(self, entities: list[Any]) -> None:
        self._selection = entities
        self.selection_changed.emit(list(entities))

    def _open_need(self, row: int) -> None:
        if 0 <= row < self.needs.rowCount():
            self.open_requested.emit(self.needs.row_at(row).activity)


def popup(menu: QMenu, widget: QWidget, position: QPoint) -> None:
    """Show ``menu`` at ``position`` in ``widget``'s coordinates (tests trigger its actions instead)."""
    if not menu.isEmpty():
        menu.popup(widget.mapToGlobal(position))
