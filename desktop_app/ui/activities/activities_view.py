"""The activities of one market day: day tabs, a search field and the table (layout only).

The view asks for edits through signals; the main window turns them into undo commands.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime, time, timedelta
from functools import partial

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QPoint, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.activities import Activity, ActivityStatus
from desktop_app.domain.conflicts import Conflict
from desktop_app.domain.plan import Plan
from desktop_app.domain.timezones import localize, to_local, zone_abbreviation
from desktop_app.ui.activities.activity_rows import build_day_rows, plan_days
from desktop_app.ui.activities.activity_table_model import (
    ACTIVITY_ID_ROLE,
    ACTIVITY_ROLE,
    SORT_ROLE,
    ActivityTableModel,
    Column,
)

MOVE_STEP = timedelta(minutes=15)


class ActivitiesView(QWidget):
    status_change_requested = Signal(object, object)
    """(list of Activity, ActivityStatus)."""
    move_requested = Signal(object, object)
    """(list of Activity, timedelta)."""
    delete_requested = Signal(object)
    """(list of Activity)."""
    day_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plan = Plan()
        self._conflicts: Sequence[Conflict] = ()
        self._zone = self._plan.market_timezone
        self._days: list[date] = []

        self.day_tabs = QTabBar(self)
        self.day_tabs.setExpanding(False)
        self.day_tabs.setDocumentMode(True)
        self.day_tabs.currentChanged.connect(self._on_day_tab_changed)
        self.zone_label = QLabel(self)

        self.search_field = QLineEdit(self)
        self.search_field.setPlaceholderText("Search title, venue, attendee…")
        self.search_field.setClearButtonEnabled(True)

        self.model = ActivityTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search_field.textChanged.connect(self.proxy.setFilterFixedString)

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.START, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._show_context_menu)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setHighlightSections(False)
        # Widths from the font rather than ResizeToContents, which reads every row of a
        # thousand-row day on each refresh.
        metrics = self.table.fontMetrics()
        samples = {  # times carry a date only when they fall on another day
            Column.START: "00:00", Column.END: "00:00", Column.KIND: "Booth meeting", Column.STATUS: "Tentative ?",
            Column.CONFLICTS: "Conflicts", Column.PLACE: "HKCEC, European Pavilion",
            Column.ATTENDEES: "Wong Ka-man 黃嘉敏, Kim",
        }
        for column, sample in samples.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 18)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 10)

        self.edit_actions = self._make_edit_actions()

        top = QHBoxLayout()
        top.addWidget(self.day_tabs, 1)
        top.addWidget(self.zone_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.search_field)
        layout.addWidget(self.table)

    # --- feeding ------------------------------------------------------------------------

    def set_plan(self, plan: Plan, conflicts: Sequence[Conflict]) -> None:
        """Show a newly opened plan: rebuild the day tabs and keep the day if it still exists."""
        previous_day = self.current_day
        self._plan, self._conflicts, self._zone = plan, conflicts, plan.market_timezone
        self._days = plan_days(plan, self._zone)
        self.day_tabs.blockSignals(True)
        while self.day_tabs.count():
            self.day_tabs.removeTab(0)
        for day in self._days:
            self.day_tabs.addTab(f"{day:%a %d %b}")
        self.day_tabs.blockSignals(False)
        if previous_day in self._days:
            self.show_day(previous_day)
        elif plan.first_day in self._days:  # the market's opening day, rather than an arrival day
            self.show_day(plan.first_day)
        elif self._days:
            self.show_day(self._days[0])
        else:
            self.model.set_rows([])

    def update_plan(self, plan: Plan, conflicts: Sequence[Conflict]) -> None:
        """The same plan after an edit: days stay, changed rows repaint, selection survives."""
        if plan_days(plan, plan.market_timezone) != self._days or plan.market_timezone != self._zone:
            selected = self.selected_activity_ids()
            self.set_plan(plan, conflicts)
            self.select_activities(selected, scroll=False)
            return
        selected = self.selected_activity_ids()
        self._plan, self._conflicts = plan, conflicts
        self._refresh_rows()
        if selected and not self.table.selectionModel().hasSelection():  # rows were rebuilt
            self.select_activities(selected, scroll=False)

    @property
    def current_day(self) -> date | None:
        index = self.day_tabs.currentIndex()
        return self._days[index] if 0 <= index < len(self._days) else None

    @property
    def days(self) -> list[date]:
        return list(self._days)

    def show_day(self, day: date) -> None:
        if day not in self._days:
            return
        index = self._days.index(day)
        if index != self.day_tabs.currentIndex():
            self.day_tabs.setCurrentIndex(index)  # refreshes rows through _on_day_tab_changed
        else:
            self._refresh_rows()

    def _refresh_rows(self) -> None:
        day = self.current_day
        self.model.set_rows(build_day_rows(self._plan, day, self._zone, self._conflicts) if day else [])
        noon = localize(datetime.combine(day or date(2000, 1, 1), time(12)), self._zone)
        self.zone_label.setText(f"Times in {self._zone.replace('_', ' ')} ({zone_abbreviation(noon, self._zone)})")

    def _on_day_tab_changed(self, _index: int) -> None:
        self._refresh_rows()
        self.day_changed.emit(self.current_day)

    # --- selection ----------------------------------------------------------------------

    def selected_activities(self) -> list[Activity]:
        rows = self.table.selectionModel().selectedRows()
        return [index.data(ACTIVITY_ROLE) for index in sorted(rows, key=lambda i: i.row())]

    def selected_activity_ids(self) -> list[int]:
        return [a.id for a in self.selected_activities() if a.id is not None]

    def select_activities(self, activity_ids: Iterable[int], *, scroll: bool = True) -> None:
        """Select these activities (those on the shown day and passing the search filter)."""
        wanted = set(activity_ids)
        selection = QItemSelection()
        first = None
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ACTIVITY_ID_ROLE) in wanted:
                selection.select(index, self.proxy.index(row, self.proxy.columnCount() - 1))
                if first is None:
                    first = index
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().select(selection, flags)
        if first is not None and scroll:
            self.table.scrollTo(first, QAbstractItemView.ScrollHint.PositionAtCenter)

    def reveal_conflict(self, conflict: Conflict) -> None:
        """Switch to the day the conflict happens and select the activities it names."""
        self.search_field.clear()
        self.show_day(to_local(conflict.start, self._zone).date())
        self.select_activities(conflict.activity_ids)

    # --- editing ------------------------------------------------------------------------

    def _make_edit_actions(self) -> list[list[QAction]]:
        """Edit actions in groups (statuses, moves, delete), for the Edit menu and the context menu."""

        def action(text: str, shortcut: QKeySequence | QKeySequence.StandardKey | str,
                   slot: Callable[[], None]) -> QAction:
            created = QAction(text, self)
            created.setShortcut(QKeySequence(shortcut))
            # Shortcuts act on the table only, so Delete in the search field still deletes text.
            created.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            created.triggered.connect(lambda _checked=False: slot())
            self.table.addAction(created)
            return created

        statuses = [
            action("&Confirm", "Ctrl+Shift+C", partial(self._request_status, ActivityStatus.CONFIRMED)),
            action("Mark &tentative", "Ctrl+Shift+T", partial(self._request_status, ActivityStatus.TENTATIVE)),
            action("Ca&ncel", "Ctrl+Shift+X", partial(self._request_status, ActivityStatus.CANCELLED)),
        ]
        moves = [
            action("Move 15 min &earlier", "Alt+Up", partial(self._request_move, -MOVE_STEP)),
            action("Move 15 min &later", "Alt+Down", partial(self._request_move, MOVE_STEP)),
        ]
        delete = [action("&Delete", QKeySequence.StandardKey.Delete, self._request_delete)]
        return [statuses, moves, delete]

    def _request_status(self, status: ActivityStatus) -> None:
        activities = self.selected_activities()
        if activities:
            self.status_change_requested.emit(activities, status)

    def _request_move(self, delta: timedelta) -> None:
        activities = self.selected_activities()
        if activities:
            self.move_requested.emit(activities, delta)

    def _request_delete(self) -> None:
        activities = self.selected_activities()
        if activities:
            self.delete_requested.emit(activities)

    def context_menu(self) -> QMenu | None:
        """The menu for the selected activities, or None when nothing is selected."""
        if not self.selected_activities():
            return None
        menu = QMenu(self)
        for number, group in enumerate(self.edit_actions):
            if number:
                menu.addSeparator()
            menu.addActions(group)
        return menu

    def _show_context_menu(self, position: QPoint) -> None:
        menu = self.context_menu()
        if menu is not None:
            menu.exec(self.table.viewport().mapToGlobal(position))
            menu.deleteLater()
