"""Another window or program writing the open plan: noticed, read again, the view kept; our own
writes never mistaken for it; a write refused by a lock said to be the computer's, not a bug."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop_app.app import build_main_window
from desktop_app.services.editing import activities as activity_service
from desktop_app.storage import sqlite_backend as plan_store_module
from desktop_app.storage.plan_store import PlanStore
from desktop_app.ui import plan_document
from desktop_app.ui.activities.activity_table_model import Column
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.workers import TaskRunner, serial_pool

NOTE = "Lau Mei-ling moved 1 activity"
"""Who changed what, from the plan's history (not the window's own changes)."""


@pytest.fixture
def warnings_shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text, *args: shown.append((title, text)))
    return shown


@pytest.fixture
def opened(qtbot, app_settings, sync_runner, sample_plan_path: Path) -> MainWindow:
    window = build_main_window(app_settings, sync_runner)
    qtbot.addWidget(window)
    window.open_plan(sample_plan_path)
    return window


def activity(window: MainWindow, title: str):
    return next(a for a in window.document.plan.activities if a.title == title)


def start_shown(window: MainWindow, title: str) -> str:
    proxy = window.activities_view.proxy
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, Column.TITLE).data() == title)
    return proxy.index(row, Column.START).data()


def test_a_write_through_another_connection_is_noticed_and_the_view_kept(opened: MainWindow,
                                                                         sample_plan_path: Path):
    view = opened.activities_view
    view.day_tabs.setCurrentIndex(0)
    lunch, opening = activity(opened, "Buyers lunch"), activity(opened, "FilMart opening")
    view.select_activities([opening.id])
    assert not opened.document.check_outside_changes()  # nothing yet

    with PlanStore.open(sample_plan_path, author="Lau Mei-ling") as other:  # another window, program or manager
        activity_service.shift_activities(other, [lunch.id], timedelta(minutes=30))

    assert opened.document.check_outside_changes()
    assert start_shown(opened, "Buyers lunch") == "15:00"
    assert opened.statusBar().currentMessage() == NOTE
    assert opened.current_section.key == "activities" and view.current_day == opening.start.date()
    assert [a.title for a in view.selected_activities()] == ["FilMart opening"]
    assert not opened.document.check_outside_changes()  # once per change


def test_our_own_edits_are_not_outside_changes(opened: MainWindow):
    lunch = activity(opened, "Buyers lunch")
    opened.move_activities([lunch], timedelta(minutes=15))
    opened.undo_stack.undo()
    opened.undo_stack.redo()
    assert not opened.document.check_outside_changes()
    assert opened.statusBar().currentMessage() == ""


def test_a_table_section_keeps_its_selection_and_scroll_through_the_reload(opened: MainWindow,
                                                                           sample_plan_path: Path):
    markets = opened.show_section("markets")
    market = opened.document.plan.markets[0]
    markets.select([market])
    with sqlite3.connect(sample_plan_path) as connection:  # a plain SQLite tool counts too
        connection.execute("UPDATE plan_settings SET name = 'Renamed elsewhere'")
    connection.close()

    assert opened.document.check_outside_changes()
    assert opened.current_section is markets
    assert [m.name for m in markets.selected()] == [market.name]
    assert opened.windowTitle() == "Renamed elsewhere — Delegation Planner"


def test_the_scroll_position_survives_the_reload(qtbot, app_settings, sync_runner, demo_plan_copy: Path):
    window = build_main_window(app_settings, sync_runner)
    qtbot.addWidget(window)
    window.resize(1200, 500)
    window.show()
    window.open_plan(demo_plan_copy)
    bar = window.activities_view.table.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum() // 2)
    kept = bar.value()
    with PlanStore.open(demo_plan_copy) as other:
        last = max(other.read().activities, key=lambda a: a.start)
        activity_service.shift_activities(other, [last.id], timedelta(minutes=15))

    assert window.document.check_outside_changes()
    assert bar.value() == kept


def test_the_check_waits_while_a_write_of_ours_is_pending(qtbot, app_settings, sync_runner,
                                                          sample_plan_path: Path):
    pool = serial_pool()
    window = build_main_window(app_settings, sync_runner, TaskRunner(pool))
    qtbot.addWidget(window)
    window.open_plan(sample_plan_path)
    lunch = activity(window, "Buyers lunch")
    with PlanStore.open(sample_plan_path) as other:
        activity_service.shift_activities(other, [activity(window, "FilMart opening").id], timedelta(minutes=5))
    window.move_activities([lunch], timedelta(minutes=15))
    if not window.document.is_settled:
        assert not window.document.check_outside_changes()
    qtbot.waitUntil(lambda: window.document.is_settled, timeout=5000)
    assert window.document.check_outside_changes()  # the outside edit was not lost meanwhile
    assert start_shown(window, "Buyers lunch") == "14:45" and start_shown(window, "FilMart opening") == "10:05"
    assert pool.waitForDone(10_000)


def test_another_process_editing_the_plan_is_noticed_by_the_timer(qtbot, app_settings, threaded_runner,
                                                                  sample_plan_path: Path, monkeypatch):
    monkeypatch.setattr(plan_document, "OUTSIDE_CHECK_MS", 100)
    window = build_main_window(app_settings, threaded_runner)
    qtbot.addWidget(window)
    window.open_plan(sample_plan_path)
    qtbot.waitUntil(lambda: window.document.is_settled, timeout=10_000)
    lunch = activity(window, "Buyers lunch")

    subprocess.run([sys.executable, "-m", "desktop_app", "edit", str(sample_plan_path), lunch.uid,
                    "--shift", "15", "--by", "Lau Mei-ling"],
                   check=True, capture_output=True, cwd=Path(__file__).parents[2])

    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == NOTE, timeout=10_000)
    assert start_shown(window, "Buyers lunch") == "14:45"
    assert window.document.plan.activity_by_id[lunch.id].sequence == lunch.sequence + 1
    window.document.close()


def test_a_write_refused_because_the_plan_stays_locked_says_so(qtbot, app_settings, sync_runner,
                                                               sample_plan_path: Path, warnings_shown,
                                                               monkeypatch):
    monkeypatch.setattr(plan_store_module, "BUSY_TIMEOUT_MS", 200)  # before the file is opened
    window = build_main_window(app_settings, sync_runner)
    qtbot.addWidget(window)
    window.open_plan(sample_plan_path)
    lunch = activity(window, "Buyers lunch")
    holder = sqlite3.connect(sample_plan_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program in the middle of a long write
    try:
        window.move_activities([lunch], timedelta(minutes=15))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    [(title, message)] = warnings_shown
    assert title == "The change was not made"
    assert message.startswith("the computer could not complete it: ")  # the environment's, not a bug
    assert "another window or program" in message and "try again" in message
    assert window.undo_stack.count() == 0 or window.undo_stack.command(0).isObsolete()
    assert start_shown(window, "Buyers lunch") == "14:30"


def test_a_file_that_moved_without_new_content_is_read_quietly(opened: MainWindow, sample_plan_path: Path,
                                                               qtbot):
    with sqlite3.connect(sample_plan_path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # moves data_version, changes no row
    connection.close()
    with qtbot.assertNotEmitted(opened.document.changed):
        assert opened.document.check_outside_changes()
    assert opened.statusBar().currentMessage() == ""
