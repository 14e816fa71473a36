"""Tools → Re-plan: the preview from the snapshot, one undoable step, re-issuing to the delegates affected."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from desktop_app.app import build_main_window
from desktop_app.domain.conflicts import ConflictKind
from desktop_app.domain.timezones import localize
from desktop_app.storage.plan_store import PlanStore
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.tools.replan_dialog import VENUE, ReplanDialog
from tests.ui.trip_plan_file import build_trip_plan

HK = "Asia/Hong_Kong"


@pytest.fixture
def window(qtbot, app_settings, sync_runner, sample_plan_path: Path) -> MainWindow:
    window = build_main_window(app_settings, sync_runner)
    qtbot.addWidget(window)
    window.open_plan(sample_plan_path)
    assert window.document.is_settled
    return window


@pytest.fixture
def opened_urls(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", urls.append)
    return urls


def titled(window: MainWindow, title: str):
    return next(a for a in window.document.plan.activities if a.title == title)


def morning_at_hkcec(window: MainWindow) -> ReplanDialog:
    dialog = window.tools.show_replan()
    dialog.from_edit.set_wall(date(2025, 3, 17), time(9))
    dialog.to_edit.set_wall(date(2025, 3, 17), time(12))
    dialog.tick_place(VENUE, next(v.id for v in window.document.plan.venues if v.name == "HKCEC"))
    dialog.shift_choice.setChecked(True)
    dialog.shift_minutes.setValue(240)
    dialog.refresh_preview()
    return dialog


def test_the_tools_menu_offers_the_three_tools(window: MainWindow):
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Tools")
    assert [a.text() for a in menu.actions()] == ["&Re-plan a time range…", "&Schedule meetings…", "&Find a time…"]
    assert all(a.isEnabled() for a in menu.actions())
    assert window.tools.export_action in window.export_menu.actions()


def test_the_preview_shows_what_would_change_and_the_conflicts_it_creates(window: MainWindow, qtmodeltester):
    dialog = morning_at_hkcec(window)

    rows = dialog.model.rows()
    assert [row.after.title for row in rows] == ["FilMart opening", "HAF meeting: 山中的河"]
    assert rows[0].was.endswith("10:00–11:00 HKT") and rows[0].now.endswith("14:00–15:00 HKT")
    assert rows[0].people == "Wong Ka-man 黃嘉敏, Kim Ji-woo 김지우"
    created = dialog.outcome.conflicts_created
    assert [(c.kind, c.subject) for c in created] == [(ConflictKind.DOUBLE_BOOKED, "Kim Ji-woo")]  # the panel at 14:00
    assert dialog.summary.text() == ("Activities that would change: 2 (shift by +240 min) · new conflicts: 1 · "
                                     "resolved: 0 · delegates affected: 2")
    assert dialog.apply_button.isEnabled()
    assert titled(window, "FilMart opening").start == localize(datetime(2025, 3, 17, 10), HK)  # nothing written
    qtmodeltester.check(dialog.model)


def test_applying_is_one_undo_step_and_offers_the_affected_delegates_files(window: MainWindow, tmp_path: Path,
                                                                          sample_plan_path: Path, opened_urls):
    dialog = morning_at_hkcec(window)

    dialog.apply()

    assert window.undo_stack.count() == 1
    assert window.undo_stack.undoText() == "Re-plan 2 activities: shift by +240 min"
    assert titled(window, "FilMart opening").start == localize(datetime(2025, 3, 17, 14), HK)
    with PlanStore.open(sample_plan_path) as store:
        on_disk = {a.title: a for a in store.read().activities}
    assert on_disk["HAF meeting: 山中的河"].start == localize(datetime(2025, 3, 17, 14, 30), HK)
    assert not dialog.apply_button.isEnabled()  # a second press would shift them again
    assert dialog.reissue_button.isVisibleTo(dialog)
    assert dialog.reissue_button.text() == "&Re-issue calendars and itineraries to 2 delegates…"

    dialog.reissue(tmp_path / "out")

    files = sorted(p.relative_to(tmp_path / "out").as_posix() for p in (tmp_path / "out").rglob("*.*"))
    assert files == ["delegates/Kim Ji-woo 김지우.ics", "delegates/Kim Ji-woo 김지우.pdf",
                     "delegates/Wong Ka-man 黃嘉敏.ics", "delegates/Wong Ka-man 黃嘉敏.pdf"]
    calendar = Calendar.from_ical((tmp_path / "out" / "delegates" / "Kim Ji-woo 김지우.ics").read_bytes())
    opening = next(e for e in calendar.walk("VEVENT") if "FilMart opening" in str(e["SUMMARY"]))
    assert opening.decoded("DTSTART") == localize(datetime(2025, 3, 17, 14), HK) and int(opening["SEQUENCE"]) == 1
    window.exports.open_folder_button.click()
    assert opened_urls == [QUrl.fromLocalFile(str(tmp_path / "out"))]

    window.undo_stack.undo()

    back = titled(window, "FilMart opening")
    assert back.start == localize(datetime(2025, 3, 17, 10), HK) and back.sequence == 2
    assert titled(window, "HAF meeting: 山中的河").start == localize(datetime(2025, 3, 17, 10, 30), HK)
    assert dialog.apply_button.isEnabled()  # undone: it may be applied again


def test_cancelling_and_re_rooming_from_the_dialog(window: MainWindow):
    dialog = morning_at_hkcec(window)
    dialog.cancel_choice.setChecked(True)
    dialog.refresh_preview()
    assert [row.now for row in dialog.model.rows()] == ["cancelled", "cancelled"]

    dialog.move_choice.setChecked(True)
    dialog.move_venue.set_key(next(v.id for v in window.document.plan.venues if v.name == "Rosewood"))
    dialog.refresh_preview()
    assert [row.place for row in dialog.model.rows()] == ["HKCEC → Rosewood", "HKCEC, HAF Hall → Rosewood"]
    dialog.apply()
    assert titled(window, "FilMart opening").venue_id == titled(window, "Buyers lunch").venue_id


def test_bad_choices_are_said_in_the_dialog_and_nothing_can_be_applied(window: MainWindow):
    dialog = morning_at_hkcec(window)
    dialog.to_edit.set_wall(date(2025, 3, 17), time(8))
    dialog.refresh_preview()
    assert dialog.error.text() == "The range must end after it starts."
    assert not dialog.apply_button.isEnabled()

    dialog.to_edit.set_wall(date(2025, 3, 19), time(12))
    dialog.people.add(next(d.id for d in window.document.plan.delegates if d.name == "Anna Müller"))
    dialog.refresh_preview()
    assert [row.after.title for row in dialog.model.rows()] == ["Booth meeting with 김 대표"]  # not her cancelled one


def test_the_range_is_read_in_the_market_time_of_its_day(qtbot, app_settings, sync_runner, tmp_path: Path):
    window = build_main_window(app_settings, sync_runner)
    qtbot.addWidget(window)
    window.open_plan(build_trip_plan(tmp_path / "trip.dplan"))
    dialog = window.tools.show_replan()

    dialog.from_edit.set_wall_time(datetime(2025, 3, 18, 9))
    assert dialog.from_edit.abbreviation.text() == "HKT"
    dialog.from_edit.set_wall_time(datetime(2025, 5, 15, 9))  # the Marché du Film: Cannes time
    assert dialog.from_edit.abbreviation.text() == "CEST"
    assert dialog.from_edit.value("start") == localize(datetime(2025, 5, 15, 9), "Europe/Paris")


def test_with_writes_on_their_own_thread_the_dialog_hears_what_the_re_plan_did(qtbot, app_settings, threaded_runner,
                                                                              sample_plan_path: Path):
    window = build_main_window(app_settings, threaded_runner)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.document.opened, timeout=10_000):
        window.open_plan(sample_plan_path)
    qtbot.waitUntil(lambda: window.document.is_settled, timeout=10_000)
    dialog = morning_at_hkcec(window)

    dialog.apply()

    qtbot.waitUntil(lambda: dialog.applied is not None, timeout=10_000)
    qtbot.waitUntil(lambda: window.document.is_settled, timeout=10_000)
    assert list(dialog.applied.delegate_ids) == [d.id for d in window.document.plan.delegates
                                                 if d.name in ("Wong Ka-man", "Kim Ji-woo")]
    assert titled(window, "FilMart opening").start == localize(datetime(2025, 3, 17, 14), HK)
    assert not dialog.apply_button.isEnabled()
    window.close()
