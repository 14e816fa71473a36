"""The day view by people in the window: drags that create, move, hand over and resize, each one
undo step; live collisions while dragging; Esc; keys; the clipboard; ghosts; the conflicts panel."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop_app.app import build_main_window
from desktop_app.domain.activities import Activity, ActivityStatus
from desktop_app.domain.conflicts import ConflictKind
from desktop_app.domain.timezones import to_local
from desktop_app.ui.calendar import calendar_edits
from desktop_app.ui.calendar.model.columns import ColumnMode
from desktop_app.ui.calendar.sections import DaySection
from desktop_app.ui.calendar.views.day_view import DayView
from desktop_app.ui.main_window import MainWindow
from tests.ui.calendar_views.grid_driver import (
    block_named,
    block_point,
    column_named,
    drag,
    grid_point,
    held,
    move_to,
)
from tests.ui.sample_plan import HK, hk

MONDAY = date(2025, 3, 17)


@pytest.fixture
def window(qtbot, app_settings, sync_runner, sample_plan_path: Path) -> MainWindow:
    window = build_main_window(app_settings, sync_runner)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.open_plan(sample_plan_path)
    window.show_section("day")
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def day(window: MainWindow) -> DayView:
    section = window.sections["day"]
    assert isinstance(section, DaySection)
    assert section.show_day(MONDAY) or section.day_view.current_day == MONDAY
    section.day_view.canvas.scroll_to_minute(8 * 60, margin=0)
    return section.day_view


def activity(window: MainWindow, title: str) -> Activity:
    return next(a for a in window.document.plan.activities if a.title == title)


def local(instant) -> str:
    return f"{to_local(instant, HK):%H:%M}"


def test_the_day_shows_a_column_per_delegate_and_a_block_per_attendance(day: DayView):
    canvas = day.canvas
    assert [canvas.column_title(c) for c in range(4)] == ["Wong Ka-man 黃嘉敏", "Kim Ji-woo 김지우", "Somchai สมชาย",
                                                          "Anna Müller"]
    opening = [b for b in canvas.base_layout.blocks if b.activity.title == "FilMart opening"]
    assert sorted(canvas.column_title(b.column) for b in opening) == ["Kim Ji-woo 김지우", "Wong Ka-man 黃嘉敏"]
    wong = block_named(canvas, "FilMart opening", "Wong")
    assert wong.lanes == 2  # beside the HAF meeting it clashes with: a cluster of two lanes is a clash
    assert block_named(canvas, "FilMart opening", "Kim").lanes == 1
    assert day.navigator.combo.currentText().endswith("FilMart 2025 · HKT")


def test_drawing_on_the_empty_grid_creates_a_tentative_activity_and_opens_it(window: MainWindow, day: DayView):
    canvas = day.canvas
    muller = column_named(canvas, "Anna Müller")
    drag(canvas, grid_point(canvas, muller, 12 * 60 + 5), grid_point(canvas, muller, 13 * 60 + 2))

    created = activity(window, "New activity")
    assert (local(created.start), local(created.end)) == ("12:00", "13:00")
    assert created.status is ActivityStatus.TENTATIVE and created.timezone == HK
    assert [a.delegate_id for a in created.attendees] == [window.document.plan.delegates[3].id]
    assert window.undo_stack.undoText() == "New activity 'New activity'"
    assert canvas.paint_state.selected == {created.id}
    assert window.inspector.editor is not None and window.inspector.editor.original == created  # to be named

    window.undo_stack.undo()
    assert all(a.title != "New activity" for a in window.document.plan.activities)


def test_a_drag_shows_what_the_block_would_collide_with_and_the_move_is_one_undo_step(
        window: MainWindow, day: DayView, qtbot):
    canvas = day.canvas
    panel = block_named(canvas, "Producers Connect panel", "Kim")
    start = block_point(canvas, panel)
    feedback: list[str] = []
    canvas.drag_feedback.connect(feedback.append)
    with held(canvas, start) as last:
        move_to(canvas, last, start - (grid_point(canvas, 0, 14 * 60) - grid_point(canvas, 0, 10 * 60 + 15)))
        preview = canvas.gestures.gesture.preview
        assert preview is not None
        assert [c.kind for c in preview.collisions] == [ConflictKind.DOUBLE_BOOKED]
        moved = [b for b in canvas.layout_shown.blocks if b.activity.title == "Producers Connect panel"]
        assert {local(b.activity.start) for b in moved} == {"10:15"}
        assert any(b.lanes == 2 for b in moved)  # shown beside the opening it would meet
    assert "Clashes for Kim Ji-woo: FilMart opening" in feedback[-2]
    assert "10:15–11:15" in feedback[-2]
    assert feedback[-1] == ""  # the overlay goes with the drop

    moved_panel = activity(window, "Producers Connect panel")
    assert local(moved_panel.start) == "10:15"
    assert window.undo_stack.undoText() == "Move 'Producers Connect panel'"
    assert any(c.kind is ConflictKind.DOUBLE_BOOKED and moved_panel.id in c.activity_ids
               for c in window.document.conflicts)
    window.undo_stack.undo()
    assert local(activity(window, "Producers Connect panel").start) == "14:00"
    assert local(block_named(canvas, "Producers Connect panel", "Kim").activity.start) == "14:00"
    window.undo_stack.redo()
    assert local(activity(window, "Producers Connect panel").start) == "10:15"


def test_dragging_into_another_delegates_column_gives_the_activity_to_them(window: MainWindow, day: DayView):
    canvas = day.canvas
    lunch = block_named(canvas, "Buyers lunch", "Somchai")
    start = block_point(canvas, lunch)
    target_column = column_named(canvas, "Anna Müller")
    drag(canvas, start, grid_point(canvas, target_column, 0) + (start - grid_point(canvas, lunch.column, 0)))

    moved = activity(window, "Buyers lunch")
    plan = window.document.plan
    assert [plan.delegate_by_id[a.delegate_id].name for a in moved.attendees] == ["Anna Müller"]
    assert local(moved.start) == "14:30"
    assert window.undo_stack.undoText() == "Give 'Buyers lunch' to Anna Müller"
    window.undo_stack.undo()
    assert [plan.delegate_by_id[a.delegate_id].name for a in activity(window, "Buyers lunch").attendees] == ["Somchai"]


def test_dragging_an_edge_resizes_and_snaps_to_the_step(window: MainWindow, day: DayView):
    canvas = day.canvas
    lunch = block_named(canvas, "Buyers lunch", "Somchai")
    bottom = block_point(canvas, lunch, where="bottom")
    drag(canvas, bottom, grid_point(canvas, lunch.column, 16 * 60 + 20))
    resized = activity(window, "Buyers lunch")
    assert (local(resized.start), local(resized.end)) == ("14:30", "16:15")
    assert window.undo_stack.undoText() == "Change the length of 'Buyers lunch'"

    day.snap_field.setCurrentIndex(day.snap_field.findData(30))
    lunch = block_named(canvas, "Buyers lunch", "Somchai")
    drag(canvas, block_point(canvas, lunch, where="top"), grid_point(canvas, lunch.column, 13 * 60 + 50))
    assert local(activity(window, "Buyers lunch").start) == "14:00"


def test_escape_cancels_a_drag_and_nothing_changes(window: MainWindow, day: DayView):
    canvas = day.canvas
    lunch = block_named(canvas, "Buyers lunch", "Somchai")
    before = window.document.plan
    start = block_point(canvas, lunch)
    with held(canvas, start) as last:
        move_to(canvas, last, start + (grid_point(canvas, 0, 120) - grid_point(canvas, 0, 0)))
        assert canvas.gestures.dragging
        QTest.keyClick(canvas, Qt.Key.Key_Escape)
        assert not canvas.gestures.dragging
        assert canvas.layout_shown is canvas.base_layout
    assert window.document.plan is before and window.undo_stack.count() == 0


def test_a_press_that_moves_less_than_three_pixels_is_a_click(window: MainWindow, day: DayView):
    canvas = day.canvas
    lunch = block_named(canvas, "Buyers lunch", "Somchai")
    start = block_point(canvas, lunch)
    with held(canvas, start) as last:
        move_to(canvas, last, start + type(start)(1, 1), steps=2)
    assert window.undo_stack.count() == 0
    assert [a.title for a in day.selected_activities()] == ["Buyers lunch"]
    assert window.inspector.editor is not None and window.inspector.editor.original.title == "Buyers lunch"


def test_keys_walk_the_blocks_and_move_the_selected_one_in_undo_steps(window: MainWindow, day: DayView):
    canvas = day.canvas
    canvas.setFocus()
    canvas.select([activity(window, "FilMart opening").id], focus=block_named(canvas, "FilMart opening", "Kim"))
    QTest.keyClick(canvas, Qt.Key.Key_Down)  # the next block in Kim's column
    assert [a.title for a in day.selected_activities()] == ["Producers Connect panel"]
    QTest.keyClick(canvas, Qt.Key.Key_Right)  # Somchai's nearest block
    assert [a.title for a in day.selected_activities()] == ["Producers Connect panel"]
    assert canvas.focused_block().column == column_named(canvas, "Somchai")
    QTest.keyClick(canvas, Qt.Key.Key_Down)
    assert [a.title for a in day.selected_activities()] == ["Buyers lunch"]

    QTest.keyClick(canvas, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert local(activity(window, "Buyers lunch").start) == "14:45"
    QTest.keyClick(canvas, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier)
    assert local(activity(window, "Buyers lunch").end) == "16:00"
    QTest.keyClick(canvas, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    plan = window.document.plan
    assert [plan.delegate_by_id[a.delegate_id].name for a in activity(window, "Buyers lunch").attendees] == [
        "Anna Müller"]
    assert window.undo_stack.count() == 3
    for _ in range(3):
        window.undo_stack.undo()
    lunch = activity(window, "Buyers lunch")
    assert (local(lunch.start), local(lunch.end)) == ("14:30", "15:30")
    assert [plan.delegate_by_id[a.delegate_id].name for a in lunch.attendees] == ["Somchai"]


def test_copy_and_paste_into_another_column_and_duplicate(window: MainWindow, day: DayView):
    canvas = day.canvas
    canvas.setFocus()
    lunch = block_named(canvas, "Buyers lunch", "Somchai")
    canvas.select([lunch.activity_id], focus=lunch)
    QTest.keySequence(canvas, "Ctrl+C")
    muller = column_named(canvas, "Anna Müller")
    QTest.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=grid_point(canvas, muller, 16 * 60 + 10))
    QTest.keySequence(canvas, "Ctrl+V")
    copies = [a for a in window.document.plan.activities if a.title == "Buyers lunch" and a.id != lunch.activity_id]
    assert len(copies) == 1
    copy = copies[0]
    assert (local(copy.start), local(copy.end)) == ("16:15", "17:15")
    assert copy.uid != lunch.activity.uid and copy.status is ActivityStatus.TENTATIVE
    assert [window.document.plan.delegate_by_id[a.delegate_id].name for a in copy.attendees] == ["Anna Müller"]
    assert copy.venue_id == lunch.activity.venue_id

    canvas.select([lunch.activity_id], focus=block_named(canvas, "Buyers lunch", "Somchai"))
    QTest.keySequence(canvas, "Ctrl+D")
    duplicates = [a for a in window.document.plan.activities if a.title == "Buyers lunch"]
    assert sorted(local(a.start) for a in duplicates) == ["14:30", "15:30", "16:15"]
    assert window.undo_stack.undoText() == "Duplicate 'Buyers lunch'"


def test_the_rooms_mode_has_a_column_per_room_and_a_move_there_changes_the_room(window: MainWindow, day: DayView):
    day.set_mode(ColumnMode.ROOMS)
    canvas = day.canvas
    titles = [canvas.column_title(c) for c in range(len(canvas.base_layout.columns))]
    assert titles == ["HKCEC", "HAF Hall", "Rosewood"]  # HKCEC without a room, its hall, Rosewood
    lunch = block_named(canvas, "Buyers lunch", "Rosewood")
    start = block_point(canvas, lunch)
    hall = column_named(canvas, "HAF Hall")
    drag(canvas, start, grid_point(canvas, hall, 0) + (start - grid_point(canvas, lunch.column, 0)))
    moved = activity(window, "Buyers lunch")
    assert window.document.plan.describe_place(moved.venue_id, moved.room_id) == "HKCEC, HAF Hall"


def test_a_conflict_picked_in_the_panel_is_selected_and_shown_in_the_day_view(window: MainWindow, day: DayView):
    day.show_day(date(2025, 3, 18))
    panel = window.conflicts_panel
    first = panel.model.index(0)
    conflict = panel.model.conflicts()[0]
    window.conflicts_dock.show()
    window.conflicts_dock.raise_()
    QTest.mouseClick(panel.list_view.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel.list_view.visualRect(first).center())
    assert window.current_section.key == "day"
    assert day.current_day == MONDAY
    assert {a.id for a in day.selected_activities()} == set(conflict.activity_ids)
    top, bottom = day.canvas.visible_minutes()
    assert top <= 10 * 60 + 30 < bottom


def test_ghost_blocks_show_a_proposal_without_saving_it(window: MainWindow, day: DayView):
    lunch = activity(window, "Buyers lunch")
    proposal = Activity(None, "Proposed: HAF meeting", hk(17, 16), hk(17, 16, 30), HK,
                        attendees=lunch.attendees, status=ActivityStatus.PROPOSED)
    day.set_ghosts([proposal])
    ghosts = [b for b in day.canvas.base_layout.blocks if b.ghost]
    assert [(b.activity.title, day.canvas.column_title(b.column)) for b in ghosts] == [
        ("Proposed: HAF meeting", "Somchai สมชาย")]
    assert len(window.document.plan.activities) == 6
    day.clear_ghosts()
    assert not any(b.ghost for b in day.canvas.base_layout.blocks)


def test_blocks_above_and_below_the_visible_hours_are_counted_and_revealed(day: DayView):
    canvas = day.canvas
    canvas.set_pixels_per_minute(3.0)
    canvas.scroll_to_minute(12 * 60, margin=0)
    wong = column_named(canvas, "Wong")
    assert canvas.hidden_count(wong, upwards=True) == 2
    canvas.reveal_hidden(wong, True)
    top, bottom = canvas.visible_minutes()
    assert top <= 10 * 60 + 30 < bottom


def test_ctrl_wheel_zooms_around_the_pointer(day: DayView, qtbot):
    canvas = day.canvas
    before = canvas.grid.pixels_per_minute
    pointer = grid_point(canvas, 0, 10 * 60)
    minute = canvas.grid.minute_at(canvas.verticalScrollBar().value() + pointer.y())
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent

    event = QWheelEvent(QPointF(pointer), QPointF(canvas.viewport().mapToGlobal(pointer)), QPoint(), QPoint(0, 240),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase,
                        False)
    canvas.wheelEvent(event)
    assert canvas.grid.pixels_per_minute == pytest.approx(before * 1.15 ** 2)
    after = canvas.grid.minute_at(canvas.verticalScrollBar().value() + pointer.y())
    assert after == pytest.approx(minute, abs=1)


def test_the_now_line_is_on_the_day_it_is_now(day: DayView):
    canvas = day.canvas
    canvas.clock = lambda: hk(17, 10, 20)
    canvas.refresh_now()
    assert list(canvas.paint_state.now.values()) == [10 * 60 + 20]
    canvas.clock = lambda: hk(18, 10, 20)
    canvas.refresh_now()
    assert canvas.paint_state.now == {}


def test_a_day_is_printed_to_pdf(day: DayView, tmp_path: Path):
    from pypdf import PdfReader

    from desktop_app.ui.calendar.views.calendar_printing import pdf_printer, print_grid

    target = tmp_path / "day.pdf"
    pages = print_grid(day.canvas, pdf_printer(target), "FilMart sample · Mon 17 Mar")
    assert pages == 1
    sizes: dict[str, float] = {}

    def seen(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
        sizes.setdefault(text.strip(), size * abs(tm[3]) * abs(cm[3]))  # points on the page

    text = PdfReader(str(target)).pages[0].extract_text(visitor_text=seen)
    title = next(size for words, size in sizes.items() if words.startswith("FilMart"))
    assert 9 <= title <= 13 and all(size <= 13 for size in sizes.values())  # 11 pt, text 7 pt: not scaled twice
    flat = "".join(text.split())  # pypdf gives spaces as tabs and breaks where a column wraps a name
    assert "FilMartsample·Mon17Mar" in flat
    assert "ProducersConnectpanel" in flat and "KimJi-woo" in flat and "10:00" in flat


def test_the_time_of_a_move_is_relative_even_when_the_view_is_behind(window: MainWindow, day: DayView):
    from desktop_app.ui.calendar import calendar_edits

    lunch = activity(window, "Buyers lunch")
    text, work = calendar_edits.move(window.document.plan, [lunch], timedelta(minutes=15))
    window.run_edit(text, work)
    window.run_edit(text, work)  # built from the same, now stale, snapshot
    assert local(activity(window, "Buyers lunch").start) == "15:00"


def test_screen_readers_get_one_stable_interface_per_block_grouped_by_delegate(window: MainWindow, day: DayView):
    from PySide6.QtGui import QAccessible

    grid = QAccessible.queryAccessibleInterface(day.canvas)
    assert grid is not None and grid.role() is QAccessible.Role.Table
    kim = grid.child(column_named(day.canvas, "Kim"))
    assert kim.text(QAccessible.Text.Name) == "Kim Ji-woo 김지우"
    names = [kim.child(n).text(QAccessible.Text.Name) for n in range(kim.childCount())]
    assert names == ["Kim Ji-woo 김지우, 10:00 to 11:00, FilMart opening, in conflict",  # Wong's clash
                     "Kim Ji-woo 김지우, 14:00 to 15:00, Producers Connect panel, tentative, with a warning"]
    first = kim.child(0)
    same = QAccessible.uniqueId(first)
    assert QAccessible.uniqueId(grid.child(column_named(day.canvas, "Kim")).child(0)) == same  # kept, not made anew
    assert first.parent().text(QAccessible.Text.Name) == "Kim Ji-woo 김지우"

    window.run_edit(*calendar_edits.move(window.document.plan, [activity(window, "Producers Connect panel")],
                                         timedelta(minutes=15)))
    kim = QAccessible.queryAccessibleInterface(day.canvas).child(column_named(day.canvas, "Kim"))
    assert QAccessible.uniqueId(kim.child(0)) == same  # a change elsewhere leaves the opening's interface alone
    assert "14:15 to 15:15" in kim.child(1).text(QAccessible.Text.Name)
