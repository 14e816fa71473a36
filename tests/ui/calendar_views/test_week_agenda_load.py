"""The week, the agenda and the load matrix in the window; the date navigator across several
markets, each day in its own market's zone (a clock-change day 23 hours long); a second time
axis in a delegate's home zone, Kolkata's half hours included."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt

from desktop_app.app import build_main_window
from desktop_app.domain.activities import Activity, ActivityKind, Attendance
from desktop_app.domain.places import Market, Venue
from desktop_app.domain.timezones import localize
from desktop_app.storage.plan_store import PlanStore
from desktop_app.ui.calendar.sections import AgendaSection, DaySection, LoadSection, WeekSection
from desktop_app.ui.calendar.views.agenda_model import Column
from desktop_app.ui.main_window import MainWindow
from tests.ui.sample_plan import FIXED_NOW, HK

PARIS = "Europe/Paris"
SPRING_FORWARD = date(2025, 3, 30)  # Paris: 02:00 → 03:00


@pytest.fixture
def two_markets_path(sample_plan_path: Path) -> Path:
    """The sample plan, with a Paris market over the spring clock change and Somchai at home in Kolkata."""
    store = PlanStore.open(sample_plan_path, clock=lambda: FIXED_NOW)
    somchai = next(d for d in store.read().delegates if d.name == "Somchai")
    with store.write() as tx:
        tx.add(Market(None, "Series Mania 2025", "Lille", PARIS, date(2025, 3, 28), date(2025, 3, 31)))
        venue = tx.add(Venue(None, "Lille Grand Palais", PARIS))
        tx.update(dataclasses.replace(somchai, home_timezone="Asia/Kolkata"))
        tx.add(Activity(None, "Series Mania pitch", localize(datetime(2025, 3, 30, 11), PARIS),
                        localize(datetime(2025, 3, 30, 12), PARIS), PARIS, attendees=(Attendance(somchai.id),),
                        kind=ActivityKind.PANEL, venue_id=venue.id))
    store.close()
    return sample_plan_path


@pytest.fixture
def window(qtbot, app_settings, sync_runner, two_markets_path: Path) -> MainWindow:
    window = build_main_window(app_settings, sync_runner)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.open_plan(two_markets_path)
    window.show()
    qtbot.waitExposed(window)
    return window


def delegate_id(window: MainWindow, name: str) -> int:
    return next(d.id for d in window.document.plan.delegates if d.name == name)  # type: ignore[misc]


def test_the_navigator_spans_every_market_each_day_in_its_own_zone(window: MainWindow):
    day = window.show_section("day")
    assert isinstance(day, DaySection)
    entries = {e.day: e for e in day.day_view.navigator.entries}
    assert (entries[date(2025, 3, 17)].market, entries[date(2025, 3, 17)].zone) == ("FilMart 2025", HK)
    assert (entries[SPRING_FORWARD].market, entries[SPRING_FORWARD].zone) == ("Series Mania 2025", PARIS)
    assert entries[date(2025, 3, 28)].zone_label == "CET" and entries[date(2025, 3, 31)].zone_label == "CEST"
    assert "Series Mania 2025" in day.day_view.navigator.combo.itemText(
        day.day_view.navigator.combo.findText("Series Mania", Qt.MatchFlag.MatchContains))

    assert day.show_day(SPRING_FORWARD)
    axis = day.day_view.canvas.base_layout.columns[0].axis
    assert (axis.zone, axis.minutes) == (PARIS, 23 * 60)  # elapsed time: the hour that never was is not there
    labels = [t.label for t in axis.ticks]
    assert "02:00" not in labels and labels[:4] == ["00:00", "01:00", "03:00 CEST", "04:00"]
    assert day.day_view.canvas.grid.minutes == 23 * 60  # one mapping: the grid is as long as the axis
    pitch = [b for b in day.day_view.canvas.base_layout.blocks if b.activity.title == "Series Mania pitch"]
    assert [b.start for b in pitch] == [10 * 60]  # 11:00 CEST is ten hours after midnight CET
    day.show_day(date(2025, 3, 17))
    assert day.day_view.canvas.base_layout.columns[0].axis.zone == HK


def test_a_second_axis_in_a_delegates_home_zone_labels_the_half_hours(window: MainWindow):
    day = window.show_section("day")
    assert isinstance(day, DaySection)
    view = day.day_view
    field = view.second_zone_field
    assert [field.itemText(i) for i in range(field.count())] == ["No second time",
                                                                  "Somchai's home time (Asia/Kolkata)"]
    field.setCurrentIndex(1)
    assert view.canvas.second_zone == "Asia/Kolkata"
    axis = view.canvas.base_layout.columns[0].axis
    kolkata = {t.label: t.minute for t in axis.ticks_in("Asia/Kolkata")}
    assert kolkata["08:00"] == 10 * 60 + 30  # 08:00 in Kolkata is 10:30 in Hong Kong: +5:30 against +8
    assert all(minute % 60 == 30 for minute in kolkata.values())
    view.canvas.grab()  # the gutter paints both axes
    field.setCurrentIndex(0)
    assert view.canvas.second_zone == ""


def test_the_week_of_one_delegate_shows_only_theirs_and_a_day_title_opens_the_day(window: MainWindow):
    week = window.show_section("week")
    assert isinstance(week, WeekSection)
    view = week.week_view
    assert week.show_day(date(2025, 3, 17))
    assert view.week == [date(2025, 3, 17 + n) for n in range(7)]
    assert len(view.canvas.base_layout.columns) == 7
    everyone = {b.activity.title for b in view.canvas.base_layout.blocks}
    assert {"FilMart opening", "Buyers lunch", "Sales screening"} <= everyone

    view.set_group(("delegate", delegate_id(window, "Somchai")))
    assert {b.activity.title for b in view.canvas.base_layout.blocks} == {"Producers Connect panel", "Buyers lunch"}
    monday = view.canvas.base_layout.blocks[0].column
    assert monday == 0

    view.canvas.column_title_clicked.emit(1)  # Tuesday's title
    assert window.current_section.key == "day"
    day = window.current_section
    assert isinstance(day, DaySection) and day.day_view.current_day == date(2025, 3, 18)


def test_the_agenda_groups_by_day_searches_and_follows_an_edit(window: MainWindow, qtmodeltester):
    agenda = window.show_section("agenda")
    assert isinstance(agenda, AgendaSection)
    model = agenda.view.model
    qtmodeltester.check(model)
    days = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert len(days) == 3 and "17" in days[0] and "18" in days[1] and "30" in days[2]
    monday = model.index(0, 0)
    titles = [model.index(row, Column.TITLE, monday).data() for row in range(model.rowCount(monday))]
    assert titles[:2] == ["FilMart opening", "HAF meeting: 山中的河"]

    agenda.view.search_field.setText("lunch")
    assert model.rowCount() == 1 and model.rowCount(model.index(0, 0)) == 1
    lunch_index = model.index(0, Column.TITLE, model.index(0, 0))
    assert lunch_index.data() == "Buyers lunch"
    assert "Somchai" in model.index(0, Column.PEOPLE, model.index(0, 0)).data()

    agenda.view.search_field.clear()
    agenda.view.group_field.setCurrentIndex(agenda.view.group_field.findText("Anna Müller"))
    assert sum(model.rowCount(model.index(r, 0)) for r in range(model.rowCount())) == 2  # screening, booth
    assert model.rowCount(QModelIndex()) == 1  # one day only


def test_the_load_matrix_counts_hours_and_conflicts_and_opens_a_delegates_day(window: MainWindow, qtmodeltester):
    load = window.show_section("matrix")
    assert isinstance(load, LoadSection)
    model = load.view.model
    qtmodeltester.check(model)
    matrix = model.matrix
    kim_row = [d.id for d in matrix.delegates].index(delegate_id(window, "Kim Ji-woo"))
    monday = matrix.days.index(date(2025, 3, 17))
    cell = model.cell(model.index(kim_row, monday))
    assert (cell.minutes, cell.activities) == (120, 2)  # the opening and the panel
    text = model.index(kim_row, monday).data()
    assert text.startswith("2:00 · 2")

    load.view.table.doubleClicked.emit(model.index(kim_row, monday))
    day = window.current_section
    assert isinstance(day, DaySection) and day.day_view.current_day == date(2025, 3, 17)
    kim_column = day.day_view.canvas.base_layout.column_of(("delegate", delegate_id(window, "Kim Ji-woo")))
    assert kim_column is not None
