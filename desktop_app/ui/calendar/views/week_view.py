"""Monday to Sunday for one delegate, a delegation, or the whole delegation: a column per day.

Each day is on its own market's axis (a Cannes day in Cannes time, a Hong Kong day in Hong Kong
time), so a 25-hour day is a longer column and its hour lines follow its own clock; the hour
labels are the first day's. An activity several delegates attend is one block. Dragging a block
to another day moves it by that many days; a click on a day's title opens that day.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from desktop_app.domain.conflicts import Conflict
from desktop_app.domain.local_time import day_at
from desktop_app.domain.plan import Plan
from desktop_app.domain.timezones import utc_now
from desktop_app.services.changes import Changes
from desktop_app.ui.calendar.model.columns import members, week_columns, week_of, week_placer
from desktop_app.ui.calendar.model.layout import CalendarLayout, build_layout
from desktop_app.ui.calendar.model.navigator_days import days_may_change, navigator_days
from desktop_app.ui.calendar.views.date_navigator import DateNavigator, day_text
from desktop_app.ui.calendar.views.grid_view import SNAP_CHOICES, GridView, Placer
from desktop_app.ui.calendar.views.toolbar_fields import (
    chosen_group,
    combo,
    fill_groups,
    fill_second_zones,
    fill_snap,
    group_index,
)

WEEK_COLUMN_WIDTH = 130


class WeekView(GridView):
    day_requested = Signal(object)
    """(date) a day's title was clicked: show it in the day view."""

    def __init__(self, parent: QWidget | None = None, *, clock: Callable[[], datetime] = utc_now) -> None:
        super().__init__(parent, clock=clock)
        self.canvas.preferred_column_width = WEEK_COLUMN_WIDTH
        self.navigator = DateNavigator(self.toolbar, step_days=7)
        self.group_field = combo(self.toolbar, self.tr("Whose week"), self.tr("A delegate, a delegation or everyone"),
                                 characters=10)
        self.second_zone_field = combo(self.toolbar, self.tr("Second time axis"),
                                       self.tr("Hour labels in a delegate's home time beside market time"),
                                       characters=10)
        self.snap_field = combo(self.toolbar, self.tr("Snap to"), self.tr("Drags snap to this step (Shift: 1 min)"))
        fill_snap(self.snap_field, SNAP_CHOICES, self.canvas.snap_minutes)
        self.print_button = QToolButton(self.toolbar)
        self.print_button.setText(self.tr("Print…"))
        self.print_button.setToolTip(self.tr("Print this week or save it as PDF"))
        row = QHBoxLayout(self.toolbar)
        row.setContentsMargins(0, 0, 0, 4)
        row.addWidget(self.navigator, 1)
        row.addWidget(self.group_field)
        row.addWidget(self.second_zone_field)
        row.addWidget(self.snap_field)
        row.addWidget(self.print_button)
        self.navigator.day_changed.connect(lambda _day: self._on_week_changed())
        self.group_field.currentIndexChanged.connect(lambda _i: self.refresh())
        self.second_zone_field.currentIndexChanged.connect(
            lambda _i: self.canvas.set_second_zone(self.second_zone_field.currentData() or ""))
        self.snap_field.currentIndexChanged.connect(lambda _i: self.set_snap(int(self.snap_field.currentData())))
        self.canvas.column_title_clicked.connect(self._on_title_clicked)
        self._week: list[date] = []

    @property
    def days(self) -> list[date]:
        return self.navigator.days

    @property
    def week(self) -> list[date]:
        return list(self._week)

    def show_day(self, day: date) -> bool:
        return self.navigator.show_day(day)

    def set_group(self, group: tuple[str, int]) -> None:
        index = group_index(self.group_field, group)
        if index >= 0:
            self.group_field.setCurrentIndex(index)

    def set_plan(self, plan: Plan, conflicts: Sequence[Conflict]) -> None:
        self.plan, self.conflicts = plan, conflicts
        fill_groups(self.group_field, plan, delegates=True)
        fill_second_zones(self.second_zone_field, plan)
        self.canvas.set_second_zone(self.second_zone_field.currentData() or "")
        self.navigator.blockSignals(True)
        self.navigator.set_days(navigator_days(plan), keep=self.navigator.current_day or plan.first_day)
        self.navigator.blockSignals(False)
        self._on_week_changed()

    def apply_changes(self, plan: Plan, conflicts: Sequence[Conflict], changes: Changes) -> None:
        if days_may_change(self.navigator.days, plan, changes):
            self.navigator.blockSignals(True)
            self.navigator.set_days(navigator_days(plan), keep=self.navigator.current_day)
            self.navigator.blockSignals(False)
        super().apply_changes(plan, conflicts, changes)

    def _on_week_changed(self) -> None:
        day = self.navigator.current_day
        week = week_of(day) if day is not None else []
        changed = week != self._week
        self._week = week
        self.refresh()
        if changed:
            self.canvas.scroll_to_minute(7 * 60 + 30, margin=0)

    def build(self) -> tuple[CalendarLayout, Placer]:
        if not self._week:
            return CalendarLayout([], []), lambda _a: []
        columns = [replace(column, title=day_text(day)) for column, day in
                   zip(week_columns(self.plan, self._week), self._week, strict=True)]
        group = chosen_group(self.group_field)
        people = None if group[0] == "all" else {d.id or 0 for d in members(self.plan, group)}
        place = week_placer(columns, people)
        start, end = columns[0].axis.start, columns[-1].axis.end
        activities = [a for a in self.plan.activities if a.start < end and a.end > start]
        ghosts = [g for g in self.ghosts if g.start < end and g.end > start]
        return build_layout(self.plan, columns, activities, place, marks=self.marks, ghosts=ghosts), place

    def _on_title_clicked(self, column: int) -> None:
        if 0 <= column < len(self._week):
            self.day_requested.emit(self._week[column])

    def reveal_conflict(self, conflict: Conflict) -> bool:
        activities = [self.plan.activity_by_id[i] for i in conflict.activity_ids if i in self.plan.activity_by_id]
        if not activities:
            return False
        day = day_at(self.plan, activities[0], conflict.start)
        if day not in self.days:
            return False
        self.show_day(day)
        if conflict.scope[0] == "delegate":
            self.set_group(("delegate", conflict.scope[1]))
        blocks = self.conflict_focus(conflict)
        self.canvas.select(conflict.activity_ids, scroll=False)
        self.canvas.scroll_to_blocks(blocks)
        return True
