"""The scheduler's proposal drawn as ghost blocks in the day and week views: ticks add and take
ghosts away, accepting some writes exactly those, discarding clears them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop_app.app import build_main_window
from desktop_app.domain.activities import Activity, ActivityKind
from desktop_app.ui.calendar.model.columns import day_axis
from desktop_app.ui.calendar.sections import DaySection, WeekSection
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.tools.proposal_table_model import TAKE
from desktop_app.ui.tools.scheduler_dialog import SchedulerDialog

TIME_LIMIT = 8  # the demo plan is proven optimal in about 3.5 s


@pytest.fixture
def window(qtbot, app_settings, sync_runner, demo_plan_copy: Path) -> MainWindow:
    window = build_main_window(app_settings, sync_runner)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.open_plan(demo_plan_copy)
    window.show_section("day")
    window.show()
    qtbot.waitExposed(window)
    return window


def proposed(window: MainWindow) -> SchedulerDialog:
    dialog = window.tools.show_scheduler()
    dialog.time_limit.setValue(TIME_LIMIT)
    dialog.start()
    assert dialog.state == dialog.PROPOSED, dialog.error.text()
    return dialog


def tick_only(dialog: SchedulerDialog, rows: list[int]) -> list[Activity]:
    dialog.tick_none.click()
    for row in rows:
        dialog.model.setData(dialog.model.index(row, TAKE), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    return [dialog.model.rows()[row].activity for row in rows]


def ghost_keys(section: DaySection | WeekSection) -> set[tuple[str, object]]:
    return {(b.activity.title, b.activity.start) for b in section.view.canvas.base_layout.blocks if b.ghost}


def day_of(window: MainWindow, section: DaySection, activity: Activity) -> date:
    return next(d for d in section.days if day_axis(window.document.plan, d).overlaps(activity.start, activity.end))


def test_ticked_meetings_are_ghosts_and_accepting_some_writes_exactly_those(window: MainWindow):
    day = window.sections["day"]
    assert isinstance(day, DaySection)
    dialog = proposed(window)
    rows = dialog.model.rows()
    shown_day = day_of(window, day, rows[0].activity)
    assert day.show_day(shown_day)
    that_day = [n for n, row in enumerate(rows) if day_of(window, day, row.activity) == shown_day]
    assert len(that_day) >= 3
    assert ghost_keys(day) == {(rows[n].activity.title, rows[n].activity.start) for n in that_day}  # all ticked

    ticked = tick_only(dialog, that_day[:2])
    assert ghost_keys(day) == {(a.title, a.start) for a in ticked}
    for block in (b for b in day.view.canvas.base_layout.blocks if b.ghost):  # in each attendee's column
        assert day.view.canvas.base_layout.columns[block.column].key in {
            ("delegate", a.delegate_id) for a in block.activity.attendees}
    before = len(window.document.plan.activities)

    dialog.accept_ticked_button.click()

    assert ghost_keys(day) == set()
    written = {(b.activity.title, b.activity.start) for b in day.view.canvas.base_layout.blocks
               if b.activity.kind is ActivityKind.HAF_MEETING and b.activity.id is not None}
    assert {(a.title, a.start) for a in ticked} <= written
    assert len(window.document.plan.activities) == before + 2
    window.undo_stack.undo()
    assert len([a for a in window.document.plan.activities if a.deleted_at is None]) == before


def test_the_week_view_catches_up_with_ghosts_and_discarding_clears_them(window: MainWindow):
    dialog = proposed(window)
    ticked = tick_only(dialog, [0])
    week = window.show_section("week")
    assert isinstance(week, WeekSection)
    day = window.sections["day"]
    assert isinstance(day, DaySection)
    week.show_day(day_of(window, day, ticked[0]))
    assert ghost_keys(week) == {(ticked[0].title, ticked[0].start)}

    dialog.discard_button.click()

    assert ghost_keys(week) == set()
    day = window.show_section("day")  # hidden meanwhile: it catches up when shown
    assert isinstance(day, DaySection) and ghost_keys(day) == set()
