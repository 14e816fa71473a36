"""The main window end to end on a real plan file: days, table, conflicts, edits, bad files."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop_app.app import build_main_window
from desktop_app.domain.activities import ActivityStatus
from desktop_app.services.editing import activities as activity_service
from desktop_app.storage.plan_store import PlanStore
from desktop_app.ui.activities.activity_table_model import Column
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.workers import TaskRunner, serial_pool


@pytest.fixture
def warnings_shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text, *args: shown.append((title, text)))
    return shown


@pytest.fixture
def window(qtbot, app_settings, sync_runner) -> MainWindow:
    window = build_main_window(app_settings, sync_runner)
    qtbot.addWidget(window)
    return window


@pytest.fixture
def opened(window: MainWindow, sample_plan_path: Path) -> MainWindow:
    window.open_plan(sample_plan_path)
    assert window.document.is_open
    return window


def shown_titles(window: MainWindow) -> list[str]:
    proxy = window.activities_view.proxy
    return [proxy.index(row, Column.TITLE).data() for row in range(proxy.rowCount())]


def test_opening_a_plan_shows_its_days_activities_and_conflicts(opened: MainWindow, sample_plan_path: Path):
    view = opened.activities_view
    assert [view.day_tabs.tabText(i) for i in range(view.day_tabs.count())] == [
        "Mon 17 Mar · HKT", "Tue 18 Mar · HKT", "Wed 19 Mar · HKT", "Thu 20 Mar · HKT"]
    assert view.current_day == date(2025, 3, 17)
    assert shown_titles(opened) == ["FilMart opening", "HAF meeting: 山中的河", "Producers Connect panel",
                                    "Buyers lunch"]
    assert view.zone_label.text() == "Times in Asia/Hong Kong (HKT)"
    assert opened.conflicts_panel.model.rowCount() == 2
    assert opened.windowTitle() == "FilMart sample — Delegation Planner"
    assert opened.plan_label.text() == "<b>FilMart sample</b>"
    assert opened.counts_label.text().startswith("6 activities (4 this day) · 4 delegates")
    assert opened.conflict_count_label.text() == "1 conflict · 1 warning"
    assert opened.settings.last_plan == sample_plan_path


def test_switching_day_and_searching(opened: MainWindow):
    view = opened.activities_view
    view.day_tabs.setCurrentIndex(1)
    assert shown_titles(opened) == ["Sales screening", "Booth meeting with 김 대표"]
    assert "(2 this day)" in opened.counts_label.text()

    view.search_field.setText("김 대표")
    assert shown_titles(opened) == ["Booth meeting with 김 대표"]


def test_selecting_a_conflict_switches_day_and_selects_its_activities(opened: MainWindow):
    view = opened.activities_view
    view.day_tabs.setCurrentIndex(2)
    view.search_field.setText("nothing matches this")

    opened.conflicts_panel.list_view.setCurrentIndex(opened.conflicts_panel.model.index(0))

    assert view.current_day == date(2025, 3, 17)
    assert view.search_field.text() == ""
    assert [a.title for a in view.selected_activities()] == ["FilMart opening", "HAF meeting: 山中的河"]


def test_cancel_from_the_menu_goes_through_the_undo_stack(opened: MainWindow, sample_plan_path: Path):
    view = opened.activities_view
    lunch = next(a for a in opened.document.plan.activities if a.title == "Buyers lunch")
    view.select_activities([lunch.id])
    cancel = next(a for a in opened.menuBar().actions()[1].menu().actions() if a.text() == "Ca&ncel")

    cancel.trigger()

    row = shown_titles(opened).index("Buyers lunch")
    assert view.proxy.index(row, Column.STATUS).data() == "Cancelled ✕"
    assert opened.conflict_count_label.text() == "1 conflict · 0 warnings"  # the clash went with it
    assert [a.title for a in view.selected_activities()] == ["Buyers lunch"]  # selection survives
    assert opened.undo_action.isEnabled() and opened.undo_action.text() == "&Undo Cancel 'Buyers lunch'"
    with PlanStore.open(sample_plan_path) as store:
        assert store.read().activity_by_id[lunch.id].status is ActivityStatus.CANCELLED

    opened.undo_action.trigger()

    assert view.proxy.index(row, Column.STATUS).data() == "Confirmed"
    assert opened.conflict_count_label.text() == "1 conflict · 1 warning"


def test_moving_changes_the_shown_time_and_conflicts(opened: MainWindow):
    view = opened.activities_view
    haf = next(a for a in opened.document.plan.activities if a.title.startswith("HAF meeting"))
    view.select_activities([haf.id])

    opened.move_activities([haf], timedelta(minutes=30))

    row = shown_titles(opened).index("HAF meeting: 山中的河")
    assert view.proxy.index(row, Column.START).data() == "11:00"
    assert opened.conflict_count_label.text() == "0 conflicts · 1 warning"  # no longer overlaps the opening
    opened.undo_stack.undo()
    assert view.proxy.index(row, Column.START).data() == "10:30"
    assert [a.title for a in view.selected_activities()] == ["HAF meeting: 山中的河"]


def test_the_selection_survives_an_edit_that_reorders_the_day(opened: MainWindow):
    view = opened.activities_view
    haf = next(a for a in opened.document.plan.activities if a.title.startswith("HAF meeting"))
    view.select_activities([haf.id])

    opened.move_activities([haf], timedelta(hours=4))

    assert shown_titles(opened) == ["FilMart opening", "Producers Connect panel", "HAF meeting: 山中的河",
                                    "Buyers lunch"]  # 14:30–15:00 before the 14:30–15:30 lunch
    assert [a.title for a in view.selected_activities()] == ["HAF meeting: 山中的河"]


def test_a_file_that_is_not_a_plan_is_refused_with_one_line(window: MainWindow, tmp_path: Path, warnings_shown):
    not_a_plan = tmp_path / "notes.dplan"
    not_a_plan.write_text("shopping list\n", encoding="utf-8")
    before = not_a_plan.read_bytes()

    window.open_plan(not_a_plan)

    assert len(warnings_shown) == 1
    title, message = warnings_shown[0]
    assert title == "Cannot open the plan" and "\n" not in message and "notes.dplan" in message
    assert not window.document.is_open
    assert not_a_plan.read_bytes() == before


def test_a_plan_from_a_newer_version_is_refused(window: MainWindow, sample_plan_path: Path, warnings_shown):
    with sqlite3.connect(sample_plan_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    window.open_plan(sample_plan_path)
    assert len(warnings_shown) == 1 and "newer" in warnings_shown[0][1]


def test_a_missing_remembered_plan_is_forgotten(window: MainWindow, tmp_path: Path, warnings_shown):
    gone = tmp_path / "gone.dplan"
    window.settings.remember_plan(gone)
    window.open_plan(gone)
    assert len(warnings_shown) == 1
    assert gone not in window.settings.recent_plans()


def test_a_failed_open_keeps_the_plan_already_open(opened: MainWindow, tmp_path: Path, warnings_shown):
    opened.open_plan(tmp_path / "missing.dplan")
    assert opened.document.is_open and opened.document.plan.settings.name == "FilMart sample"


def test_closing_remembers_the_layout(opened: MainWindow, app_settings):
    opened.close()
    from desktop_app.ui import settings as keys

    assert not app_settings.get(keys.WINDOW_GEOMETRY).isEmpty()
    assert not opened.document.is_open


def test_delete_key_removes_the_selected_activity_and_undo_brings_it_back(opened: MainWindow, qtbot):
    view = opened.activities_view
    lunch = next(a for a in opened.document.plan.activities if a.title == "Buyers lunch")
    view.select_activities([lunch.id])
    view.table.setFocus()

    delete = view.edit_actions[2][0]
    delete.trigger()

    assert "Buyers lunch" not in shown_titles(opened)
    assert opened.counts_label.text().startswith("5 activities (3 this day)")
    opened.undo_action.trigger()
    assert "Buyers lunch" in shown_titles(opened)


def test_context_menu_offers_the_edit_actions(opened: MainWindow):
    view = opened.activities_view
    view.table.clearSelection()
    assert view.context_menu() is None  # nothing selected: no menu

    view.select_activities([opened.document.plan.activities[0].id])
    menu = view.context_menu()
    assert [a.text() for a in menu.actions()] == [
        "&Confirm", "Mark &tentative", "Ca&ncel", "", "Move 15 min &earlier", "Move 15 min &later", "", "&Delete"]


def test_long_work_shows_progress_and_a_cancel_button(window: MainWindow):
    assert window.progress_bar.isHidden() and window.cancel_button.isHidden()
    window.document.busy_changed.emit(True)
    window.document.progressed.emit(1, 3, "Looking for conflicts…")
    assert not window.progress_bar.isHidden() and not window.cancel_button.isHidden()
    assert (window.progress_bar.value(), window.progress_bar.maximum()) == (1, 3)
    assert window.progress_bar.format() == "Looking for conflicts…"
    window.document.busy_changed.emit(False)
    assert window.progress_bar.isHidden()


def test_previous_and_next_day_stop_at_the_ends(opened: MainWindow):
    view = opened.activities_view
    opened._step_day(-1)
    assert view.current_day == date(2025, 3, 17)
    for _ in range(5):
        opened._step_day(1)
    assert view.current_day == date(2025, 3, 20)


@pytest.fixture
def threaded_writes(qtbot, app_settings, sync_runner, sample_plan_path: Path):
    """Reads at once, writes on a one-thread pool, as in the running app."""
    pool = serial_pool()
    window = build_main_window(app_settings, sync_runner, TaskRunner(pool))
    qtbot.addWidget(window)
    window.open_plan(sample_plan_path)
    yield window
    assert pool.waitForDone(10_000)  # pytest-qt has closed the window (and its file) by now


def edit_action(window: MainWindow, text: str):
    return next(a for group in window.activities_view.edit_actions for a in group if a.text() == text)


def test_edits_wait_while_a_write_is_pending(threaded_writes: MainWindow, qtbot, warnings_shown):
    window = threaded_writes
    view = window.activities_view
    lunch = next(a for a in window.document.plan.activities if a.title == "Buyers lunch")
    view.select_activities([lunch.id])
    later, delete = edit_action(window, "Move 15 min &later"), edit_action(window, "&Delete")
    assert later.isEnabled() and delete.isEnabled()

    later.trigger()
    assert not later.isEnabled() and not delete.isEnabled()  # the view still shows the old time
    delete.trigger()  # a quick second press does nothing instead of acting on a stale row
    assert not any(a.isEnabled() for a in window.export_actions.values())

    qtbot.waitUntil(lambda: later.isEnabled(), timeout=5000)
    row = shown_titles(window).index("Buyers lunch")
    assert view.proxy.index(row, Column.START).data() == "14:45"
    assert window.undo_stack.count() == 1 and warnings_shown == []


def test_a_failed_write_on_the_worker_is_shown_and_leaves_no_undo_step(threaded_writes: MainWindow, qtbot,
                                                                       warnings_shown, monkeypatch):
    window = threaded_writes
    lunch = next(a for a in window.document.plan.activities if a.title == "Buyers lunch")

    def locked(*_args, **_kwargs):
        raise OSError("database is locked")

    monkeypatch.setattr(activity_service, "shift_activities", locked)
    window.move_activities([lunch], timedelta(minutes=15))
    assert window.undo_stack.count() == 1  # pushed; the worker has not answered yet

    qtbot.waitUntil(lambda: window.undo_stack.count() == 0, timeout=5000)
    assert warnings_shown == [("The change was not made",  # the environment's failure, not a bug
                               "the computer could not complete it: database is locked")]
    assert not window.undo_action.isEnabled()
    assert window.document.is_settled
