"""The Roster section: who is on duty and which places are empty, the roster run with its
readout and Cancel, accepting part of it, swapping two people by menu and by drag, each one undo step."""

from __future__ import annotations

import threading
import time
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from desktop_app.app import build_main_window
from desktop_app.domain.activities import ActivityKind, ActivityStatus
from desktop_app.services.errors import UserError
from desktop_app.services.roster import RosterProgress
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.roster import roster_run_panel
from desktop_app.ui.roster.needs_table_model import Column
from desktop_app.ui.roster.roster_rows import ShiftCell
from desktop_app.ui.roster.roster_section import RosterSection
from desktop_app.ui.roster.shift_cell_delegate import SeatKind

TIME_LIMIT = 10  # the demo roster is proven optimal in well under a second
MONDAY, TUESDAY, WEDNESDAY = date(2025, 3, 17), date(2025, 3, 18), date(2025, 3, 19)


@pytest.fixture
def window(qtbot, app_settings, sync_runner, demo_plan_copy: Path) -> MainWindow:
    window = build_main_window(app_settings, sync_runner)
    qtbot.addWidget(window)
    window.open_plan(demo_plan_copy)
    assert window.document.is_settled
    return window


def roster(window: MainWindow) -> RosterSection:
    section = window.show_section("roster")
    assert isinstance(section, RosterSection)
    return section


def proposed(section: RosterSection) -> None:
    section.run_panel.time_limit.setValue(TIME_LIMIT)
    section.run_panel.start()
    assert section.run_panel.state == section.run_panel.PROPOSED, section.run_panel.error.text()


def rostered(window: MainWindow) -> RosterSection:
    """The section after the whole demo roster was accepted."""
    section = roster(window)
    proposed(section)
    section.run_panel.accept_all_button.click()
    assert window.undo_stack.undoText() == "Accept the roster"
    return section


def cells(section: RosterSection) -> list[ShiftCell]:
    return sorted(section.grid.cells(), key=lambda c: c.start)


def shifts_in_plan(window: MainWindow) -> dict[tuple[int, object], tuple[int, ...]]:
    return {(a.duty_id, a.start): a.delegate_ids for a in window.document.plan.activities
            if a.kind is ActivityKind.BOOTH_DUTY and a.status is not ActivityStatus.CANCELLED}


def names(window: MainWindow, people: tuple[int, ...]) -> list[str]:
    return [window.document.plan.delegate_by_id[p].name for p in people]


def find_action(menu: QMenu, *path: str) -> QAction:
    """The action reached through submenus whose texts start with each of ``path``."""
    *submenus, last = path
    for title in submenus:
        menu = next(a.menu() for a in menu.actions() if a.menu() is not None and a.text().startswith(title))
    return next(a for a in menu.actions() if a.text().startswith(last))


def test_the_grid_shows_who_is_on_duty_and_the_empty_places(window: MainWindow, qtmodeltester):
    section = roster(window)
    assert [section.day_tabs.tabText(i) for i in range(section.day_tabs.count())] == [
        "Mon 17 Mar", "Tue 18 Mar", "Wed 19 Mar", "Thu 20 Mar"]
    assert section.grid.rowCount() == 1 and section.grid.columnCount() == 4  # one stand, 10:00–18:00 by 2 h
    assert section.grid.headerData(0, Qt.Orientation.Vertical) == "Hong Kong Pavilion Stand A10"
    assert [section.grid.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "10:00–12:00", "12:00–14:00", "14:00–16:00", "16:00–18:00"]
    assert [section.grid.index(0, c).data() for c in range(4)] == ["1 empty"] * 4  # nothing rostered yet
    assert window.navigator.item(list(window.sections).index("roster")).text() == "Roster  (16)"

    section = rostered(window)
    section.show_day(MONDAY)
    monday = cells(section)
    assert monday[0].staff == () and monday[0].empty_places == 1  # the opening ceremony takes everyone
    assert section.grid.index(0, 0).data() == "1 empty"
    assert names(window, monday[1].staff) == ["Wong Ka-man", "Chan Tsz-hin"]
    assert section.grid.index(0, 1).data() == "Wong Ka-man · Chan Tsz-hin"
    assert [s.kind for s in _seats(section, monday[0])] == [SeatKind.EMPTY, SeatKind.FREE]
    assert [s.kind for s in _seats(section, monday[2])] == [SeatKind.PERSON, SeatKind.FREE]
    assert "Tentative (the roster may change it)" in section.grid.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)

    section.show_day(TUESDAY)
    assert [section.needs.index(r, Column.INTERPRETER).data() for r in range(section.needs.rowCount())] == [
        "Nattaya Boonmee", "Yoon Ha-eun", "Nattaya Boonmee"]
    assert section.needs.index(1, Column.LANGUAGES).data() == "ko/yue"
    assert window.navigator.item(list(window.sections).index("roster")).text() == "Roster  (2)"
    qtmodeltester.check(section.grid)
    qtmodeltester.check(section.needs)


def _seats(section: RosterSection, cell: ShiftCell):
    from desktop_app.ui.roster.shift_cell_delegate import seats

    view = section.grid_view
    return seats(view.visualRect(section.grid.index_of(cell.key)), cell, view.fontMetrics())


def test_running_the_roster_and_accepting_part_of_it_is_one_undo_step(window: MainWindow):
    section = roster(window)
    panel = section.run_panel
    before = len(window.document.plan.activities)
    proposed(section)

    assert panel.stage_label.text().startswith("Done in")
    assert panel.objective_label.text() == "unfilled 2 (optimal) · spread 0 min (optimal) · changes 0 (optimal)"
    assert len(window.document.plan.activities) == before  # nothing written yet
    section.show_day(MONDAY)
    ghosts = cells(section)
    assert ghosts[1].proposed is not None and names(window, ghosts[1].proposed) == ["Wong Ka-man", "Chan Tsz-hin"]
    assert section.grid.index(0, 1).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert not section.grid_view.editing_allowed  # nothing dragged under a proposal

    panel.tick_none_button.click()
    assert section.grid.index(0, 1).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    section.grid.setData(section.grid.index(0, 1), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    section.show_day(WEDNESDAY)
    row = open_need_row(section)  # the demo's one need without an interpreter
    assert section.needs.index(row, Column.PROPOSED).data() == "→ Nattaya Boonmee"
    section.needs.setData(section.needs.index(row, Column.PROPOSED), Qt.CheckState.Checked.value,
                          Qt.ItemDataRole.CheckStateRole)
    assert panel.accept_ticked_button.text() == "Accept &ticked (2)"
    need_id = section.needs.row_at(row).activity.id
    panel.accept_ticked_button.click()

    assert window.undo_stack.undoText() == "Accept 2 of the roster's changes"
    assert panel.message.text() == "2 changes written, shifts as tentative (Edit → Undo takes them back)."
    assert list(shifts_in_plan(window).values()) == [ghosts[1].proposed]  # that shift alone
    assert names(window, (window.document.plan.activity_by_id[need_id].interpreter_id,)) == ["Nattaya Boonmee"]
    assert section.proposal is None and section.grid_view.editing_allowed

    window.undo_stack.undo()

    assert shifts_in_plan(window) == {}
    assert window.document.plan.activity_by_id[need_id].interpreter_id is None


def test_a_refused_accept_keeps_the_proposal(window: MainWindow, qtbot, monkeypatch: pytest.MonkeyPatch):
    shown: list[str] = []
    monkeypatch.setattr(window, "show_error", lambda _title, message: shown.append(message))

    def refused(_store, _result, **_part):
        raise UserError("Accepting this part alone would put Kim Ji-woo on two things at once")

    monkeypatch.setattr(roster_run_panel, "apply_roster", refused)
    section = roster(window)
    proposed(section)
    section.run_panel.accept_all_button.click()

    assert shown == ["Accepting this part alone would put Kim Ji-woo on two things at once"]
    assert section.run_panel.message.text() == ("Nothing was written (the window said why); the proposal is "
                                                "still here.")
    assert section.proposal is not None and section.run_panel.accept_all_button.isEnabled()
    assert shifts_in_plan(window) == {}
    qtbot.waitUntil(lambda: window.undo_stack.count() == 0)  # the failed step leaves on the next turn


def test_swapping_two_people_by_the_menu_then_undo_restores_them(window: MainWindow):
    section = rostered(window)
    section.show_day(MONDAY)
    noon, afternoon = cells(section)[1], cells(section)[2]
    wong, chan = noon.staff
    kim = cells(section)[3].staff[0]
    before = shifts_in_plan(window)

    menu = section.shift_menu_for(cells(section)[3])
    find_action(menu, "Kim Ji-woo", "&Swap with", "Chan Tsz-hin").trigger()

    assert window.undo_stack.undoText() == "Swap Kim Ji-woo and Chan Tsz-hin"
    after = shifts_in_plan(window)
    assert after[(noon.duty.id, noon.start)] == (wong, kim)
    assert after[(afternoon.duty.id, afternoon.start)] == afternoon.staff
    assert after[(noon.duty.id, cells(section)[3].start)] == (chan,)

    window.undo_stack.undo()
    assert shifts_in_plan(window) == before
    window.undo_stack.redo()
    assert shifts_in_plan(window) == after


def test_swapping_and_moving_by_drag(window: MainWindow, qtbot):
    section = rostered(window)
    section.show_day(MONDAY)
    view = section.grid_view
    window.resize(1800, 900)
    window.show()
    qtbot.waitExposed(window)
    view.horizontalHeader().setDefaultSectionSize(100)  # the four shifts side by side in the viewport
    assert view.viewport().rect().contains(view.visualRect(section.grid.index(0, 3)))
    noon, late = cells(section)[1], cells(section)[3]
    chan, kim = noon.staff[1], late.staff[0]
    before = shifts_in_plan(window)

    _drag(qtbot, view, view.seat_centre(late, SeatKind.PERSON, kim), view.seat_centre(noon, SeatKind.PERSON, chan))

    assert window.undo_stack.undoText() == "Swap Kim Ji-woo and Chan Tsz-hin"
    assert shifts_in_plan(window)[(noon.duty.id, noon.start)] == (noon.staff[0], kim)
    window.undo_stack.undo()
    assert shifts_in_plan(window) == before

    afternoon = cells(section)[2]  # Wong Ka-man alone, one free place
    _drag(qtbot, view, view.seat_centre(late, SeatKind.PERSON, kim), view.seat_centre(afternoon, SeatKind.FREE))
    assert window.undo_stack.undoText() == "Move Kim Ji-woo to another shift"
    assert shifts_in_plan(window)[(afternoon.duty.id, afternoon.start)] == (*afternoon.staff, kim)
    assert (late.duty.id, late.start) not in shifts_in_plan(window)  # the last one off: the shift is cancelled
    window.undo_stack.undo()
    assert shifts_in_plan(window) == before


def _drag(qtbot, view, start: QPoint, end: QPoint) -> None:
    viewport = view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    middle = QPoint((start.x() + end.x()) // 2, (start.y() + end.y()) // 2)
    for point in (middle, end):
        qtbot.mouseMove(viewport, point)
    assert view.dragging
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    assert not view.dragging


def open_need_row(section: RosterSection) -> int:
    return next(r for r in range(section.needs.rowCount()) if section.needs.row_at(r).interpreter_id is None)


def test_a_need_gets_its_interpreter_from_the_menu(window: MainWindow):
    section = roster(window)
    section.show_day(WEDNESDAY)
    row = open_need_row(section)
    need = section.needs.row_at(row).activity
    assert section.needs.index(row, Column.LANGUAGES).data() == "th/en"
    assert section.needs.index(row, Column.INTERPRETER).data() == "none"

    menu = section.need_menu_for(need)
    assert [a.text() for a in menu.actions() if not a.isSeparator()] == [
        "Nattaya Boonmee", "&No interpreter", "&Open the meeting"]  # Yoon Ha-eun speaks no Thai
    find_action(menu, "Nattaya Boonmee").trigger()

    assert window.undo_stack.undoText() == f"Make Nattaya Boonmee the interpreter of '{need.title}'"
    assert section.needs.index(row, Column.INTERPRETER).data() == "Nattaya Boonmee"
    window.undo_stack.undo()
    assert section.needs.index(row, Column.INTERPRETER).data() == "none"


def test_a_running_roster_can_be_cancelled(qtbot, app_settings, threaded_runner, demo_plan_copy: Path,
                                           monkeypatch: pytest.MonkeyPatch):
    """A solver that reports until it is stopped: Cancel stops it at its next report."""
    reports = threading.Event()

    def endless(plan, *, time_limit, progress, **_options):
        began = time.monotonic()
        while True:
            progress(RosterProgress("unfilled", 3, None, time.monotonic() - began))
            reports.set()
            time.sleep(0.01)

    monkeypatch.setattr(roster_run_panel, "propose_roster", endless)
    window = build_main_window(app_settings, threaded_runner)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.document.opened, timeout=10_000):
        window.open_plan(demo_plan_copy)
    qtbot.waitUntil(lambda: window.document.is_settled, timeout=10_000)
    section = roster(window)
    panel = section.run_panel

    panel.start()
    assert panel.state == panel.RUNNING and not panel.start_button.isEnabled() and panel.cancel_button.isEnabled()
    qtbot.waitUntil(reports.is_set, timeout=10_000)
    qtbot.waitUntil(lambda: panel.objective_label.text() == "unfilled 3 (so far)", timeout=10_000)
    panel.cancel_button.click()

    assert panel.state == panel.CANCELLING and not panel.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: panel.state == panel.IDLE, timeout=10_000)
    assert panel.message.text() == "Cancelled; nothing was proposed."
    assert section.proposal is None and panel.start_button.isEnabled()
    assert window.undo_stack.count() == 0
    window.close()
