"""One market day with a column per delegate (or per room): where everyone is, hour by hour.

The day is the market's (``local_time.market_zone_on``): its axis is that city's elapsed day, 23
or 25 hours when the clocks change, with an optional second axis in a delegate's home time.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from desktop_app.domain.conflicts import Conflict
from desktop_app.domain.local_time import day_at
from desktop_app.domain.plan import Plan
from desktop_app.domain.timezones import utc_now
from desktop_app.services.changes import Changes
from desktop_app.ui.calendar.model.columns import (
    NO_VENUE,
    ColumnMode,
    activities_meeting,
    day_axis,
    people_columns,
    placer,
    room_columns,
)
from desktop_app.ui.calendar.model.layout import CalendarLayout, build_layout
from desktop_app.ui.calendar.model.navigator_days import days_may_change, navigator_days
from desktop_app.ui.calendar.views.date_navigator import DateNavigator
from desktop_app.ui.calendar.views.grid_view import SNAP_CHOICES, GridView, Placer
from desktop_app.ui.calendar.views.toolbar_fields import (
    chosen_group,
    combo,
    fill_groups,
    fill_second_zones,
    fill_snap,
)

FIRST_HOUR_SHOWN = 8


class DayView(GridView):
    day_changed = Signal(object)
    print_requested = Signal()

    def __init__(self, parent: QWidget | None = None, *, clock: Callable[[], datetime] = utc_now) -> None:
        super().__init__(parent, clock=clock)
        self.navigator = DateNavigator(self.toolbar)
        self.mode_field = combo(self.toolbar, self.tr("Columns"), self.tr("One column per delegate or per room"))
        self.mode_field.addItem(self.tr("People"), ColumnMode.PEOPLE.value)
        self.mode_field.addItem(self.tr("Rooms"), ColumnMode.ROOMS.value)
        self.group_field = combo(self.toolbar, self.tr("Delegates shown"), characters=10)
        self.second_zone_field = combo(self.toolbar, self.tr("Second time axis"),
                                       self.tr("Hour labels in a delegate's home time beside market time"),
                                       characters=10)
        self.snap_field = combo(self.toolbar, self.tr("Snap to"), self.tr("Drags snap to this step (Shift: 1 min)"))
        fill_snap(self.snap_field, SNAP_CHOICES, self.canvas.snap_minutes)
        self.print_button = QToolButton(self.toolbar)
        self.print_button.setText(self.tr("Print…"))
        self.print_button.setToolTip(self.tr("Print this day or save it as PDF"))
        row = QHBoxLayout(self.toolbar)
        row.setContentsMargins(0, 0, 0, 4)
        row.addWidget(self.navigator, 1)
        row.addWidget(self.mode_field)
        row.addWidget(self.group_field)
        row.addWidget(self.second_zone_field)
        row.addWidget(self.snap_field)
        row.addWidget(self.print_button)
        self.navigator.day_changed.connect(self._on_day_changed)
        self.mode_field.currentIndexChanged.connect(lambda _i: self._rebuild_keeping_scroll())
        self.group_field.currentIndexChanged.connect(lambda _i: self._rebuild_keeping_scroll())
        self.second_zone_field.currentIndexChanged.connect(
            lambda _i: self.canvas.set_second_zone(self.second_zone_field.currentData() or ""))
        self.snap_field.currentIndexChanged.connect(lambda _i: self.set_snap(int(self.snap_field.currentData())))
        self.print_button.clicked.connect(self.print_requested)
        self._shown_day: date | None = None

    @property
    def mode(self) -> ColumnMode:
        return ColumnMode(self.mode_field.currentData())

    def set_mode(self, mode: ColumnMode) -> None:
        self.mode_field.setCurrentIndex(self.mode_field.findData(mode.value))

    @property
    def days(self) -> list[date]:
        return self.navigator.days

    @property
    def current_day(self) -> date | None:
        return self.navigator.current_day

    def show_day(self, day: date) -> bool:
        return self.navigator.show_day(day)

    # --- feeding -------------------------------------------------------------------------------

    def set_plan(self, plan: Plan, conflicts: Sequence[Conflict]) -> None:
        self.plan, self.conflicts = plan, conflicts
        fill_groups(self.group_field, plan, delegates=False)
        fill_second_zones(self.second_zone_field, plan)
        self.canvas.set_second_zone(self.second_zone_field.currentData() or "")
        wanted = self.current_day or plan.first_day
        self.navigator.blockSignals(True)
        self.navigator.set_days(navigator_days(plan), keep=wanted)
        self.navigator.blockSignals(False)
        self.refresh()
        if self.current_day != self._shown_day:
            self._shown_day = self.current_day
            self.scroll_to_start()

    def apply_changes(self, plan: Plan, conflicts: Sequence[Conflict], changes: Changes) -> None:
        if days_may_change(self.navigator.days, plan, changes):
            self.navigator.blockSignals(True)
            self.navigator.set_days(navigator_days(plan), keep=self.current_day)
            self.navigator.blockSignals(False)
        super().apply_changes(plan, conflicts, changes)

    def build(self) -> tuple[CalendarLayout, Placer]:
        day = self.current_day
        if day is None:
            return CalendarLayout([], []), lambda _a: []
        axis = day_axis(self.plan, day)
        activities = activities_meeting(self.plan, axis)
        if self.mode is ColumnMode.PEOPLE:
            columns = people_columns(self.plan, axis, chosen_group(self.group_field))
        else:
            columns = room_columns(self.plan, axis, activities)
        place = placer(columns, self.mode)
        ghosts = [g for g in self.ghosts if axis.overlaps(g.start, g.end)]
        return build_layout(self.plan, columns, activities, place, marks=self.marks, ghosts=ghosts), place

    def column_titles(self, layout: CalendarLayout) -> dict[int, str]:
        number = layout.column_of(NO_VENUE)
        return {} if number is None else {number: self.tr("No venue")}

    def scroll_to_start(self) -> None:
        """The working day in view: 08:00, or the first block if earlier."""
        layout = self.canvas.base_layout
        if not layout.columns:
            return
        axis = layout.columns[0].axis
        eight = next((t.minute for t in axis.ticks if t.label.startswith(f"{FIRST_HOUR_SHOWN:02d}:")), 8 * 60)
        starts = [b.start for b in layout.blocks if not b.starts_before]
        first = min([eight, *starts]) if starts else eight
        self.canvas.scroll_to_minute(max(first - 30, 0), margin=0)

    def _on_day_changed(self, day: object) -> None:
        self.refresh()
        self._shown_day = self.current_day
        self.scroll_to_start()
        self.day_changed.emit(day)

    def _rebuild_keeping_scroll(self) -> None:
        bars = (self.canvas.horizontalScrollBar(), self.canvas.verticalScrollBar())
        kept = [bar.value() for bar in bars]
        self.refresh()
        for bar, value in zip(bars, kept, strict=True):
            bar.setValue(value)

    # --- conflicts -----------------------------------------------------------------------------

    def reveal_conflict(self, conflict: Conflict) -> bool:
        """Show the day the clash begins, select its activities, scroll to its subject's column."""
        activities = [self.plan.activity_by_id[i] for i in conflict.activity_ids if i in self.plan.activity_by_id]
        if not activities:
            return False
        day = next((d for d in self.days if day_axis(self.plan, d).contains(conflict.start)), None)
        if day is None:
            day = day_at(self.plan, activities[0], conflict.start)
        if day not in self.days:
            return False
        self.show_day(day)
        blocks = self.conflict_focus(conflict)
        layout = self.canvas.base_layout
        subject = [b for b in blocks if layout.columns[b.column].key == conflict.scope]
        self.canvas.select(conflict.activity_ids, scroll=False)
        self.canvas.scroll_to_blocks(subject or blocks)
        return True
