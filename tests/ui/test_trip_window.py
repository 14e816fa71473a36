"""Issue 8's trip in the window: day tabs and rows by the domain's local-time rule, each row in
its own zone, and a conflict that opens the day it happens on there."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from benchmarks.generate_plan import write_plan_file
from desktop_app.app import build_main_window
from desktop_app.domain.activities import Activity, Attendance
from desktop_app.ui.activities.activity_table_model import Column
from desktop_app.ui.main_window import MainWindow
from tests.trip_sample import CANNES, local, trip_plan


@pytest.fixture
def trip_window(qtbot, app_settings, sync_runner, tmp_path: Path) -> MainWindow:
    start = local("2025-05-16T19:00", CANNES)  # overlaps Korean Night for Han: a double booking
    interview = Activity(None, "Press interview", start, start + timedelta(hours=1), CANNES, venue_id=2,
                         attendees=(Attendance(1),), uid="interview@test")
    plan = trip_plan()
    path = tmp_path / "trip.dplan"
    write_plan_file(replace(plan, activities=(*plan.activities, interview)), path)
    window = build_main_window(app_settings, sync_runner)
    qtbot.addWidget(window)
    window.open_plan(path)
    assert window.document.is_open
    return window


def tab_texts(window: MainWindow) -> list[str]:
    tabs = window.activities_view.day_tabs
    return [tabs.tabText(i) for i in range(tabs.count())]


def shown(window: MainWindow, *columns: Column) -> list[tuple[str, ...]]:
    proxy = window.activities_view.proxy
    return [tuple(proxy.index(row, column).data() for column in columns) for row in range(proxy.rowCount())]


def test_day_tabs_are_the_domain_s_days_each_with_its_zones(trip_window: MainWindow) -> None:
    texts = tab_texts(trip_window)
    assert texts[:4] == ["Mon 17 Mar · HKT", "Tue 18 Mar · HKT", "Wed 19 Mar · HKT", "Thu 20 Mar · HKT"]
    assert texts[4] == "Mon 12 May · KST / CEST"  # a day outside every market: the flight, then a dinner
    assert "Fri 16 May · CEST" in texts and "Sat 17 May · CEST" in texts and texts[-1] == "Wed 21 May · CEST"
    assert len(texts) == 4 + 1 + 9


def test_the_cannes_day_lists_korean_night_in_cannes_time(trip_window: MainWindow) -> None:
    view = trip_window.activities_view
    view.show_day(date(2025, 5, 16))
    rows = shown(trip_window, Column.TITLE, Column.START, Column.END, Column.ZONE)
    assert ("Korean Night", "19:30", rows[-1][2], "CEST") == rows[-1] and rows[-1][2].endswith("01:30")
    assert view.zone_label.text() == "Times in Europe/Paris (CEST)"
    view.show_day(date(2025, 5, 17))  # it continues after midnight; its start carries its date
    [(title, start, end)] = shown(trip_window, Column.TITLE, Column.START, Column.END)
    assert title == "Korean Night" and start.endswith("19:30") and end == "01:30"


def test_a_mixed_day_names_each_row_s_zone(trip_window: MainWindow) -> None:
    view = trip_window.activities_view
    view.show_day(date(2025, 5, 12))
    assert shown(trip_window, Column.TITLE, Column.START, Column.END, Column.ZONE) == [
        ("Flight ICN → NCE", "00:30", "14:30", "KST"), ("Welcome dinner", "20:00", "22:00", "CEST")]
    assert view.zone_label.text() == (
        "Times in Asia/Seoul (KST) and Europe/Paris (CEST): each row in its own zone")


def test_selecting_a_conflict_opens_the_local_day_it_happens_on(trip_window: MainWindow) -> None:
    view = trip_window.activities_view
    panel = trip_window.conflicts_panel
    [row] = [r for r in range(panel.model.rowCount()) if "Press interview" in panel.model.index(r).data()]
    panel.list_view.setCurrentIndex(panel.model.index(row))
    assert view.current_day == date(2025, 5, 16)  # 19:30 in Cannes; in Hong Kong it is already the 17th
    assert sorted(a.title for a in view.selected_activities()) == ["Korean Night", "Press interview"]


def test_an_edit_that_moves_an_activity_to_another_day_relabels_the_tabs(trip_window: MainWindow) -> None:
    view = trip_window.activities_view
    dinner = next(a for a in trip_window.document.plan.activities if a.title == "Welcome dinner")
    trip_window.move_activities([dinner], timedelta(days=1))
    assert tab_texts(trip_window)[4:6] == ["Mon 12 May · KST", "Tue 13 May · CEST"]
    view.show_day(date(2025, 5, 13))
    assert shown(trip_window, Column.TITLE, Column.ZONE) == [("Welcome dinner", "CEST")]
    trip_window.undo_stack.undo()
    assert tab_texts(trip_window)[4] == "Mon 12 May · KST / CEST"
