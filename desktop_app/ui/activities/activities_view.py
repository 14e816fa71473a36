"""The activities of one day: day tabs, a search field and the table (layout only).

Days come from the domain's rule (``domain.local_time``): every market day and every other day
an activity falls on in its own zone; each tab names the zones its day is shown in.
The view asks for edits through signals; the main window turns them into undo commands.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date, timedelta
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
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.activities import Activity, ActivityKind, ActivityStatus
from desktop_app.domain.conflicts import Conflict
from desktop_app.domain.local_time import day_at, day_zones
from desktop_app.domain.plan import Plan
from desktop_app.domain.timezones import to_local
from desktop_app.services.changes import Changes, EntityKind
from desktop_app.ui.activities.activity_rows import build_row, conflict_marks, day_tab_text, zones_text
from desktop_app.ui.activities.activity_table_model import (
    ACTIVITY_ID_ROLE,
    ACTIVITY_ROLE,
    SORT_ROLE,
    ActivityTableModel,
    Column,
)
from desktop_app.ui.activities.day_index import DayIndex
from desktop_app.ui.activities.labels import kind_label, status_label

MOVE_STEP = timedelta(minutes=15)
_RESHAPES_EVERY_ROW = frozenset({EntityKind.VENUE, EntityKind.ROOM, EntityKind.MARKET, EntityKind.DELEGATE,
                                 EntityKind.CONTACT, EntityKind.SETTINGS})
"""Changes any row may show (a venue's name or zone, an attendee's name, the market days)."""
TIME_SAMPLE = "00:00"
DATED_TIME_SAMPLE = "30 Sep 00:00"


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
        self._by_day: dict[date, list[Activity]] = {}
        self._index = DayIndex(self._plan)
        self._marks: dict[int, tuple[object, tuple[str, ...]]] = {}
        self._days: list[date] = []

        self.day_tabs = QTabBar(self)
        self.day_tabs.setExpanding(False)
        self.day_tabs.setDocumentMode(True)
        self.day_tabs.currentChanged.connect(self._on_day_tab_changed)
        self.zone_label = QLabel(self)

        self.search_field = QLineEdit(self)
        self.search_field.setPlaceholderText(self.tr("Search title, venue, attendee…"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setAccessibleName(self.tr("Search activities"))

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
        self.table.setAccessibleName(self.tr("Activities of the day"))
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._show_context_menu)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setHighlightSections(False)
        # Widths from the font rather than ResizeToContents, which reads every row of a
        # thousand-row day on each refresh.
        metrics = self.table.fontMetrics()
        samples = {
            Column.START: TIME_SAMPLE, Column.END: TIME_SAMPLE, Column.ZONE: "CEST",
            Column.KIND: kind_label(ActivityKind.BOOTH_MEETING), Column.STATUS: status_label(ActivityStatus.TENTATIVE),
            Column.CONFLICTS: self.model.headerData(Column.CONFLICTS, Qt.Orientation.Horizontal),
            Column.TITLE: "Booth meeting: Lowlands Film Sales",
            Column.PLACE: "HKCEC, European Pavil",
        }
        for column, sample in samples.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 18)
        # The attendees take what is left: a narrow window scrolls rather than starve the titles.
        header.setSectionResizeMode(Column.ATTENDEES, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(metrics.horizontalAdvance("CEST") + 18)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 10)

        self._dated_times = False  # whether the time columns are wide enough for a date
        self.edit_actions = self._make_edit_actions()

        # The zones beside the search field, so that the day tabs keep the full width.
        search_row = self.search_row = QHBoxLayout()
        search_row.addWidget(self.search_field, 1)
        search_row.addWidget(self.zone_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.day_tabs)
        layout.addLayout(search_row)
        layout.addWidget(self.table)

    def add_tool_action(self, action: QAction) -> None:
        """A button beside the search field for an action of the section (New activity)."""
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.search_row.insertWidget(0, button)

    # --- feeding ------------------------------------------------------------------------

    def set_plan(self, plan: Plan, conflicts: Sequence[Conflict]) -> None:
        """Show a newly opened plan: rebuild the day tabs and keep the day if it still exists."""
        previous_day = self.current_day
        self._take(plan, conflicts)
        self._days = self._index.days
        self.day_tabs.blockSignals(True)
        while self.day_tabs.count():
            self.day_tabs.removeTab(0)
        for text in self._tab_texts():
            self.day_tabs.addTab(text)
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
        selected = self.selected_activity_ids()
        self._take(plan, conflicts)
        if self._index.days != self._days:
            self.set_plan(plan, conflicts)
            self.select_activities(selected, scroll=False)
            return
        for index, text in enumerate(self._tab_texts()):  # a moved activity may change a day's zones
            if self.day_tabs.tabText(index) != text:
                self.day_tabs.setTabText(index, text)
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

    def _take(self, plan: Plan, conflicts: Sequence[Conflict]) -> None:
        self._plan, self._conflicts = plan, conflicts
        self._index = DayIndex(plan)  # one pass, rather than every day's own
        self._by_day = self._index.by_day
        self._marks = conflict_marks(conflicts)

    def apply_changes(self, plan: Plan, conflicts: Sequence[Conflict], changes: Changes) -> None:
        """The plan after an edit, patched in: only the activities it touched move between days,
        only their rows (and those whose conflict marks changed) are rebuilt."""
        if not changes.can_patch or changes.kinds & _RESHAPES_EVERY_ROW:
            self.update_plan(plan, conflicts)
            return
        revisions = [(r.before, r.after) for r in changes.revisions if isinstance(r.entity, Activity)]
        touched_days = self._index.patch(self._plan, plan, revisions)  # type: ignore[arg-type]
        if self._index.days != self._days:  # a day came or went: tabs are rebuilt
            self.update_plan(plan, conflicts)
            return
        self._plan, self._conflicts = plan, conflicts
        marks = conflict_marks(conflicts)
        remarked = {key for key in marks.keys() | self._marks.keys() if marks.get(key) != self._marks.get(key)}
        self._marks = marks
        for index, day in enumerate(self._days):
            if day in touched_days:
                text = day_tab_text(day, self._zones(day))
                if self.day_tabs.tabText(index) != text:
                    self.day_tabs.setTabText(index, text)
        day = self.current_day
        if day is None:
            return
        changed = {a.id for pair in revisions for a in pair if a is not None} | remarked
        listed = self._by_day.get(day, [])
        shown = {row.activity_id for row in self.model.rows()}
        rows = [build_row(plan, activity, marks, day) for activity in listed if activity.id in changed
                or activity.id not in shown]
        self.model.update_rows(rows, shown - {a.id for a in listed})

    def _zones(self, day: date) -> list[str]:
        return day_zones(self._plan, day, self._by_day.get(day, []))

    def _tab_texts(self) -> list[str]:
        return [day_tab_text(day, self._zones(day)) for day in self._days]

    def _refresh_rows(self) -> None:
        day = self.current_day
        if day is None:
            self.model.set_rows([])
            self.zone_label.clear()
            return
        marks = self._marks
        rows = [build_row(self._plan, activity, marks, day) for activity in self._by_day.get(day, [])]
        self.model.set_rows(rows)
        self.zone_label.setText(zones_text(day, self._zones(day)))
        self._fit_time_columns(any(len(r.start_text) > len(TIME_SAMPLE) or len(r.end_text) > len(TIME_SAMPLE)
                                   for r in rows))

    def _fit_time_columns(self, dated: bool) -> None:
        """Widen the time columns on a day where a time carries its date (across midnight), and
        narrow them back after; only then, so that a width the user chose otherwise stays."""
        if dated == self._dated_times:
            return
        self._dated_times = dated
        width = self.table.fontMetrics().horizontalAdvance(DATED_TIME_SAMPLE if dated else TIME_SAMPLE) + 18
        for column in (Column.START, Column.END):
            self.table.horizontalHeader().resizeSection(column, width)

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
        """Switch to the day the conflict happens and select the activities it names: the local
        day, in its first activity's zone, of the moment the clash begins."""
        self.search_field.clear()
        activities = [self._plan.activity_by_id[i] for i in conflict.activity_ids if i in self._plan.activity_by_id]
        if activities:
            day = day_at(self._plan, activities[0], conflict.start)
        else:
            day = to_local(conflict.start, conflict.timezone).date()
        self.show_day(day)
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
            action(self.tr("&Confirm"), "Ctrl+Shift+C", partial(self._request_status, ActivityStatus.CONFIRMED)),
            action(self.tr("Mark &tentative"), "Ctrl+Shift+T", partial(self._request_status, ActivityStatus.TENTATIVE)),
            action(self.tr("Ca&ncel"), "Ctrl+Shift+X", partial(self._request_status, ActivityStatus.CANCELLED)),
        ]
        moves = [
            action(self.tr("Move 15 min &earlier"), "Alt+Up", partial(self._request_move, -MOVE_STEP)),
            action(self.tr("Move 15 min &later"), "Alt+Down", partial(self._request_move, MOVE_STEP)),
        ]
        delete = [action(self.tr("&Delete"), QKeySequence.StandardKey.Delete, self._request_delete)]
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
