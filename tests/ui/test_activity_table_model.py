"""The activities table model: a thin adapter over rows; no widget needed."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSortFilterProxyModel, Qt

from desktop_app.domain.activities import ActivityStatus
from desktop_app.domain.conflicts import find_conflicts
from desktop_app.storage.plan_store import PlanStore
from desktop_app.ui.activities.activity_rows import build_day_rows
from desktop_app.ui.activities.activity_table_model import (
    ACTIVITY_ID_ROLE,
    ACTIVITY_ROLE,
    SORT_ROLE,
    ActivityTableModel,
    Column,
)


@pytest.fixture
def plan(sample_plan_path: Path):
    with PlanStore.open(sample_plan_path) as store:
        return store.read()


@pytest.fixture
def model(qapp, plan) -> ActivityTableModel:
    table = ActivityTableModel()
    table.set_rows(build_day_rows(plan, date(2025, 3, 17), find_conflicts(plan)))
    return table


def cell(model: ActivityTableModel, row: int, column: Column, role=Qt.ItemDataRole.DisplayRole):
    return model.index(row, column).data(role)


def test_model_passes_the_model_tester(qtmodeltester, model):
    qtmodeltester.check(model)


def test_rows_show_market_time_titles_names_and_conflicts(model):
    assert model.rowCount() == 4
    assert [cell(model, r, Column.START) for r in range(4)] == ["10:00", "10:30", "14:00", "14:30"]
    assert cell(model, 1, Column.TITLE) == "HAF meeting: 山中的河"
    assert cell(model, 1, Column.PLACE) == "HKCEC, HAF Hall"
    assert "黃嘉敏" in cell(model, 0, Column.ATTENDEES)
    assert cell(model, 2, Column.ATTENDEES) == "Kim Ji-woo 김지우, (Somchai สมชาย)"  # optional in brackets
    assert cell(model, 0, Column.CONFLICTS) == "1"
    assert "at once" in cell(model, 0, Column.CONFLICTS, Qt.ItemDataRole.ToolTipRole)
    assert cell(model, 0, Column.CONFLICTS, Qt.ItemDataRole.DecorationRole) is not None
    assert model.headerData(Column.STATUS, Qt.Orientation.Horizontal) == "Status"
    assert cell(model, 0, Column.ZONE) == "HKT"
    assert cell(model, 0, Column.ZONE, Qt.ItemDataRole.ToolTipRole) == "Asia/Hong Kong"


def test_tentative_and_cancelled_are_visibly_marked(qapp, plan):
    table = ActivityTableModel()
    table.set_rows(build_day_rows(plan, date(2025, 3, 18), []))
    cancelled = next(r for r in range(table.rowCount())
                     if cell(table, r, Column.TITLE) == "Sales screening")
    assert cell(table, cancelled, Column.STATUS) == "Cancelled ✕"
    assert cell(table, cancelled, Column.TITLE, Qt.ItemDataRole.FontRole).strikeOut()
    assert cell(table, cancelled, Column.TITLE, Qt.ItemDataRole.ForegroundRole) is not None


def test_tentative_is_italic(model):
    assert cell(model, 2, Column.STATUS) == "Tentative ?"
    assert cell(model, 2, Column.TITLE, Qt.ItemDataRole.FontRole).italic()
    assert cell(model, 0, Column.TITLE, Qt.ItemDataRole.FontRole) is None


def test_roles_give_the_backing_activity_and_sortable_values(model):
    activity = cell(model, 1, Column.TITLE, ACTIVITY_ROLE)
    assert activity.title == "HAF meeting: 山中的河"
    assert cell(model, 1, Column.END, ACTIVITY_ID_ROLE) == activity.id
    assert cell(model, 1, Column.START, SORT_ROLE).startswith(f"{activity.start:%Y%m%d%H%M%S}")
    assert cell(model, 0, Column.START, SORT_ROLE) < cell(model, 1, Column.START, SORT_ROLE)
    assert cell(model, 2, Column.ATTENDEES, SORT_ROLE) == 2


def test_sorting_and_filtering_through_a_proxy_keep_the_backing_activity(model):
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setFilterKeyColumn(-1)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.sort(Column.START, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, Column.TITLE).data() == "Buyers lunch"

    proxy.setFilterFixedString("김지우")
    assert proxy.rowCount() == 2
    assert {proxy.index(r, 0).data(ACTIVITY_ROLE).title for r in range(2)} == {
        "FilMart opening", "Producers Connect panel"}


def test_same_rows_with_one_change_repaint_only_that_row(model, plan, qtbot):
    rows = model.rows()
    edited = rows[2].activity.revised(status=ActivityStatus.CONFIRMED)
    new_rows = [*rows[:2], replace(rows[2], activity=edited), rows[3]]
    changed: list[tuple[int, int, int, int]] = []
    model.dataChanged.connect(lambda tl, br, _roles=(): changed.append((tl.row(), tl.column(), br.row(), br.column())))
    with qtbot.assertNotEmitted(model.modelReset):
        model.set_rows(new_rows)
    assert changed == [(2, 0, 2, len(Column) - 1)]
    assert cell(model, 2, Column.STATUS) == "Confirmed"


def test_rows_leaving_are_removed_narrowly_and_another_day_resets(model, qtbot):
    rows = model.rows()
    with qtbot.waitSignal(model.rowsRemoved, timeout=0):
        model.set_rows(rows[:2])  # the same day, two rows gone: the others keep their selection
    assert model.rowCount() == 2
    with qtbot.waitSignal(model.modelReset, timeout=0):
        model.set_rows(rows[2:])  # nothing in common: another day
    with qtbot.assertNotEmitted(model.modelReset):
        model.set_rows(rows[:2] + rows[2:])
    assert model.rowCount() == len(rows)
    model.set_rows(rows[:2])
    assert model.row_of(model.rows()[1].activity_id) == 1
    assert model.row_of(-5) is None
