"""The calendar views as navigator sections: day (by people or rooms), week, agenda, load.

Each wraps its view and relays what the workspace expects of a section: edits as
``edit_requested(text, work)``, the selection for the inspector, double-click to open, and a
conflict picked in the conflicts panel (``reveal_conflict``). Days asked for by another section
(a day title in the week, a cell of the load matrix) go through ``navigate_requested``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop_app.domain.activities import Activity
from desktop_app.domain.conflicts import Conflict
from desktop_app.domain.plan import Plan
from desktop_app.services.changes import Changes
from desktop_app.ui.calendar.model.columns import ColumnMode, day_axis
from desktop_app.ui.calendar.model.navigator_days import navigator_days
from desktop_app.ui.calendar.views import calendar_printing
from desktop_app.ui.calendar.views.agenda_model import Column
from desktop_app.ui.calendar.views.agenda_view import AgendaView
from desktop_app.ui.calendar.views.date_navigator import navigator_text
from desktop_app.ui.calendar.views.day_view import DayView
from desktop_app.ui.calendar.views.grid_view import GridView
from desktop_app.ui.calendar.views.load_matrix_view import LoadMatrixView
from desktop_app.ui.calendar.views.toolbar_fields import chosen_group
from desktop_app.ui.calendar.views.week_view import WeekView
from desktop_app.ui.workspace.section import Section


def _fill(section: Section, view: QWidget) -> None:
    layout = QVBoxLayout(section)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(view)


class _CalendarSection(Section):
    """Brings its view up to date only while shown: a hidden section notes that the plan moved
    on and catches up when it is shown (a day's layout or the whole agenda is not free)."""

    view: Any

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._behind = False

    def _in_view(self) -> bool:
        return not self.isHidden() or self.parentWidget() is None

    def set_plan(self, plan: Plan, conflicts: Sequence[Conflict]) -> None:
        super().set_plan(plan, conflicts)
        if self._in_view():
            self._behind = False
            self.view.set_plan(plan, conflicts)
        else:
            self._behind = True

    def apply_changes(self, plan: Plan, conflicts: Sequence[Conflict], changes: Changes) -> None:
        self.plan, self.conflicts = plan, conflicts
        if self._behind or not self._in_view():
            self._behind = True
        else:
            self.view.apply_changes(plan, conflicts, changes)

    def catch_up(self) -> None:
        if self._behind:
            self._behind = False
            self.view.set_plan(self.plan, self.conflicts)

    def showEvent(self, event: QShowEvent) -> None:
        self.catch_up()
        super().showEvent(event)


class _GridSection(_CalendarSection):
    view: GridView

    def _wire(self, view: GridView) -> None:
        self.view = view
        view.edit_requested.connect(self.request_edit)
        view.open_requested.connect(self.open_requested)
        view.selection_changed.connect(self.selection_changed)
        _fill(self, view)

    def selected(self) -> list[Any]:
        return self.view.selected_activities()

    def actions_for_menu(self) -> list[QAction]:
        return [action for group in self.view.edit_actions for action in group]

    def focus_search(self) -> None:
        self.view.navigator.combo.setFocus()  # type: ignore[attr-defined]

    def reveal_conflict(self, conflict: Conflict) -> bool:
        self.catch_up()
        return bool(self.view.reveal_conflict(conflict))  # type: ignore[attr-defined]

    @property
    def days(self) -> list[date]:
        self.catch_up()
        return list(self.view.days)  # type: ignore[attr-defined]

    def show_day(self, day: date) -> bool:
        self.catch_up()
        return bool(self.view.show_day(day))  # type: ignore[attr-defined]

    def set_ghosts(self, activities: Sequence[Activity]) -> None:
        """Show a scheduler proposal as ghost blocks (nothing is saved); hidden, at the next show."""
        if self._in_view():
            self.view.set_ghosts(activities)
        else:
            self.view.ghosts = tuple(activities)
            self._behind = True

    def clear_ghosts(self) -> None:
        self.set_ghosts(())

    def _day_of(self, activity: Activity) -> date | None:
        return next((d for d in self.days if day_axis(self.plan, d).overlaps(activity.start, activity.end)), None)


class DaySection(_GridSection):
    key = "day"
    title = QT_TRANSLATE_NOOP("Sections", "Day")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day_view = DayView(self)
        self._wire(self.day_view)
        self.day_view.print_requested.connect(self.print_day)

    def select(self, entities: Sequence[Any]) -> None:
        activities = [e for e in entities if isinstance(e, Activity) and e.id is not None]
        if not activities:
            return
        shown = {b.activity.id for b in self.day_view.canvas.base_layout.blocks}
        if not shown.intersection(a.id for a in activities):
            day = self._day_of(activities[0])
            if day is not None:
                self.show_day(day)
        self.day_view.select_activities([a.id or 0 for a in activities])

    def reveal(self, target: object) -> None:
        """(date, delegate id or 0): that day, by people, scrolled to that delegate."""
        if not isinstance(target, tuple):
            return
        day, delegate_id = target
        if self.day_view.mode is not ColumnMode.PEOPLE:
            self.day_view.set_mode(ColumnMode.PEOPLE)
        self.show_day(day)
        column = self.day_view.canvas.base_layout.column_of(("delegate", delegate_id))
        if column is not None:
            canvas = self.day_view.canvas
            canvas.horizontalScrollBar().setValue(int(canvas.grid.column_left(column)))

    def print_title(self) -> str:
        day = self.day_view.current_day
        entry = next((e for e in navigator_days(self.plan) if e.day == day), None)
        return calendar_printing.grid_title([self.plan.settings.name, navigator_text(entry) if entry else ""])

    def print_day(self) -> None:
        printer = calendar_printing.ask_printer(self)
        if printer is not None:
            calendar_printing.print_grid(self.day_view.canvas, printer, self.print_title())


class WeekSection(_GridSection):
    key = "week"
    title = QT_TRANSLATE_NOOP("Sections", "Week")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.week_view = WeekView(self)
        self._wire(self.week_view)
        self.week_view.day_requested.connect(lambda day: self.navigate_requested.emit("day", (day, 0)))
        self.week_view.print_button.clicked.connect(self.print_week)

    def select(self, entities: Sequence[Any]) -> None:
        activities = [e for e in entities if isinstance(e, Activity) and e.id is not None]
        if activities:
            day = self._day_of(activities[0])
            if day is not None and day not in self.week_view.week:
                self.show_day(day)
            self.week_view.select_activities([a.id or 0 for a in activities])

    def print_week(self) -> None:
        printer = calendar_printing.ask_printer(self)
        if printer is not None:
            group = self.week_view.group_field.currentText()
            week = self.week_view.week
            span = f"{week[0].isoformat()} – {week[-1].isoformat()}" if week else ""
            calendar_printing.print_grid(self.week_view.canvas, printer,
                                         calendar_printing.grid_title([self.plan.settings.name, group, span]))


class AgendaSection(_CalendarSection):
    key = "agenda"
    title = QT_TRANSLATE_NOOP("Sections", "Agenda")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = AgendaView(self)
        self.view.selection_changed.connect(self.selection_changed)
        self.view.open_requested.connect(self.open_requested)
        self.view.print_requested.connect(self.print_agenda)
        _fill(self, self.view)

    @property
    def model(self) -> object:
        return self.view.model

    def selected(self) -> list[Any]:
        return list(self.view.selected_activities())

    def select(self, entities: Sequence[Any]) -> None:
        self.catch_up()
        self.view.select_activities([e.id for e in entities if isinstance(e, Activity) and e.id is not None])

    def focus_search(self) -> None:
        self.view.search_field.setFocus()
        self.view.search_field.selectAll()

    def reveal_conflict(self, conflict: Conflict) -> bool:
        self.catch_up()
        return bool(self.view.reveal_conflict(conflict))

    def headers(self) -> list[str]:
        return [str(self.view.model.headerData(column, Qt.Orientation.Horizontal)) for column in Column]

    def print_title(self) -> str:
        parts = [self.plan.settings.name, self.tr("Agenda")]
        if chosen_group(self.view.group_field)[0] != "all":
            parts.append(self.view.group_field.currentText())
        if self.view.search_field.text().strip():
            parts.append(f"“{self.view.search_field.text().strip()}”")
        return calendar_printing.grid_title(parts)

    def print_agenda(self) -> None:
        printer = calendar_printing.ask_printer(self, landscape=False)
        if printer is not None:
            calendar_printing.print_agenda(self.view.shown_days(), printer, self.print_title(), self.headers())


class LoadSection(_CalendarSection):
    key = "matrix"
    title = QT_TRANSLATE_NOOP("Sections", "Load")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = LoadMatrixView(self)
        self.view.day_requested.connect(lambda day, delegate: self.navigate_requested.emit("day", (day, delegate)))
        _fill(self, self.view)

    @property
    def model(self) -> object:
        return self.view.model

    def apply_changes(self, plan: Plan, conflicts: Sequence[Conflict], changes: Changes) -> None:
        self.plan, self.conflicts = plan, conflicts
        self._behind = True
        if self._in_view():
            self.catch_up()


CALENDAR_SECTIONS: tuple[type[Section], ...] = (DaySection, WeekSection, AgendaSection, LoadSection)
