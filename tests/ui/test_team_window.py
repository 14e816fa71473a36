"""The window on a plan that several managers share: a plan on a real PostgreSQL server opened
by its address, another manager's change shown with who made it and the selection kept, a
refused overwrite offering to reload, the server going away and coming back, the history, and
the manager's name from Preferences."""

from __future__ import annotations

import csv
import dataclasses
import itertools
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from desktop_app.app import build_main_window
from desktop_app.domain.plan_location import ServerPlan, parse_server_url
from desktop_app.services import credentials_service, manager, plan_service
from desktop_app.services.editing import activities as activity_service
from desktop_app.storage.plan_store import PlanStore
from desktop_app.ui.documents.history_dialog import HistoryDialog
from desktop_app.ui.documents.server_plan_dialog import ServerPlanDialog
from desktop_app.ui.main_window import MainWindow
from tests.memory_keyring import KEYRING_SERVICE, TEST_KEYRING
from tests.pg_server import DATABASE, PASSWORD, PostgresServer

_numbers = itertools.count(1)


@pytest.fixture(autouse=True)
def no_manager_name_left(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(manager, "_manager_name", "")


@pytest.fixture
def server_plan(postgres: PostgresServer, sample_plan_path: Path) -> Iterator[ServerPlan]:
    """The sample plan copied onto the test server; its address as typed (no password in it)."""
    schema = f"window_{next(_numbers)}"
    typed = parse_server_url(postgres.url(schema))
    plan_service.copy_plan(sample_plan_path, typed)
    yield typed
    postgres.sql(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE', DATABASE)


@pytest.fixture
def window(qtbot, app_settings, sync_runner) -> Iterator[MainWindow]:
    main_window = build_main_window(app_settings, sync_runner)
    qtbot.addWidget(main_window)
    yield main_window
    main_window.document.close()


def activity(window: MainWindow, title: str):
    return next(a for a in window.document.plan.activities if a.title == title)


def other_manager(location: ServerPlan | Path, name: str = "Lau Mei-ling") -> PlanStore:
    return PlanStore.open(credentials_service.with_stored_password(location), author=name)


def test_another_managers_change_on_the_server_is_shown_with_their_name_and_the_view_kept(
        window: MainWindow, server_plan: ServerPlan, qtbot):
    window.open_plan(server_plan)
    assert window.document.is_open and window.windowTitle().endswith("Delegation Planner")
    view = window.activities_view
    view.day_tabs.setCurrentIndex(0)
    lunch, opening = activity(window, "Buyers lunch"), activity(window, "FilMart opening")
    view.select_activities([opening.id])
    assert not window.document.check_outside_changes()

    with other_manager(server_plan) as other:  # another manager, in another city
        activity_service.shift_activities(other, [lunch.id], timedelta(minutes=30))

    qtbot.waitUntil(window.document.check_outside_changes, timeout=10_000)  # the NOTIFY arrives
    assert window.document.plan.activity_by_id[lunch.id].start == lunch.start + timedelta(minutes=30)
    assert window.statusBar().currentMessage() == "Lau Mei-ling moved 1 activity"
    assert [a.title for a in view.selected_activities()] == ["FilMart opening"]
    assert window.settings.recent_plans()[0] == server_plan
    assert PASSWORD not in str(window.settings.recent_plans()[0])


def test_an_overwrite_refused_says_who_changed_it_and_offers_to_reload(window: MainWindow, sample_plan_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch):
    window.open_plan(sample_plan_path)
    read = activity(window, "Buyers lunch")
    with other_manager(sample_plan_path, "Chan Tsz-hin") as other:
        activity_service.save_activity(other, dataclasses.replace(read, title="Buyers lunch (moved upstairs)"),
                                       expected=read)
    window.run_edit("Rename", lambda store: activity_service.save_activity(
        store, dataclasses.replace(read, title="Sellers lunch"), expected=read))

    box = window.conflict_box
    assert box.isVisible() and "was changed by Chan Tsz-hin at " in box.text() and "(title)" in box.text()
    reload = next(b for b in box.buttons() if box.buttonRole(b) is QMessageBox.ButtonRole.AcceptRole)
    reload.click()
    assert [a.title for a in window.document.plan.activities if a.id == read.id] == ["Buyers lunch (moved upstairs)"]


def test_a_server_that_goes_away_leaves_the_plan_on_screen_read_only_until_it_is_back(
        window: MainWindow, sample_plan_path: Path, qtbot):
    server = PostgresServer()
    try:
        server.start().sql(f"CREATE DATABASE {DATABASE}")
        typed = parse_server_url(server.url("away"))
        TEST_KEYRING.passwords[(KEYRING_SERVICE, credentials_service.login_of(typed))] = PASSWORD
        plan_service.copy_plan(sample_plan_path, typed)
        window.open_plan(typed)
        shown = len(window.document.plan.activities)
        assert window.document.is_settled and window.import_action.isEnabled()

        server.stop()
        qtbot.waitUntil(lambda: (window.document.check_outside_changes() or True) and bool(window.document.offline),
                        timeout=10_000)
        assert "cannot be reached" in window.document.offline
        assert window.connection_label.isVisibleTo(window) and window.connection_label.text().startswith("Read-only")
        assert not window.document.is_settled and not window.import_action.isEnabled()
        assert len(window.document.plan.activities) == shown  # what was on screen stays

        server.start()
        qtbot.waitUntil(lambda: window.document.check_outside_changes() or not window.document.offline,
                        timeout=20_000)
        qtbot.waitUntil(lambda: not window.document.offline, timeout=10_000)
        assert window.document.is_settled and window.import_action.isEnabled()
        assert not window.connection_label.isVisibleTo(window)
    finally:
        window.document.close()
        TEST_KEYRING.passwords.pop((KEYRING_SERVICE, credentials_service.login_of(parse_server_url(server.url()))),
                                   None)
        server.remove()


def test_open_from_a_server_checks_the_address_and_keeps_the_password_in_the_keyring(
        window: MainWindow, server_plan: ServerPlan, qtbot):
    from desktop_app.delivery.credentials import PASSWORDS

    dialog = ServerPlanDialog("", window)
    qtbot.addWidget(dialog)
    open_button = dialog.buttons.button(QDialogButtonBox.StandardButton.Open)
    dialog.url_field.setText("/plans/FilMart.dplan")
    assert not open_button.isEnabled() and "postgresql://" in dialog.problem_label.text()
    dialog.url_field.setText(str(server_plan).replace("window_", "Window-"))
    assert not open_button.isEnabled() and "cannot name a plan" in dialog.problem_label.text()
    dialog.url_field.setText(str(server_plan))
    dialog.password_field.setText(PASSWORD)
    assert open_button.isEnabled() and dialog.remember
    location = dialog.location()
    assert location == server_plan and PASSWORD not in str(location)

    saved = dict(TEST_KEYRING.passwords)
    TEST_KEYRING.passwords.clear()
    PASSWORDS._memory.clear()
    try:
        window.documents.open_server_plan(location, remember=True)
        assert window.document.is_open and window.document.path == server_plan
        assert TEST_KEYRING.passwords == {(KEYRING_SERVICE, credentials_service.login_of(server_plan)): PASSWORD}
        window.documents.close_plan()
        item = window.documents.welcome.recent_list.item(0)
        assert item.text() == f"{server_plan.name}\n{server_plan}"
        PASSWORDS._memory.clear()
        window.documents.welcome.recent_list.itemActivated.emit(item)  # Open recent: the keyring's password
        assert window.document.is_open and window.document.path == server_plan
    finally:
        TEST_KEYRING.passwords.update(saved)


def test_the_history_lists_who_changed_what_and_exports_csv(window: MainWindow, sample_plan_path: Path,
                                                             sync_runner, tmp_path: Path):
    with other_manager(sample_plan_path, "Wong Ka-man 黃嘉敏") as other:
        lunch = next(a for a in other.read().activities if a.title == "Buyers lunch")
        activity_service.shift_activities(other, [lunch.id], timedelta(minutes=15))
    window.open_plan(sample_plan_path)
    assert window.documents.history_action.isEnabled()
    dialog = HistoryDialog(window.document.store, sync_runner, window)
    assert dialog.table.item(0, 1).text() == "Wong Ka-man 黃嘉敏"
    assert dialog.table.item(0, 2).text() == "moved 1 activity"
    dialog.export_csv(tmp_path / "history.csv")
    with (tmp_path / "history.csv").open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert len(rows) == dialog.table.rowCount() and "Wong Ka-man 黃嘉敏" in rows[0].values()
    dialog.close()


def test_the_name_in_preferences_is_whose_changes_the_history_records(window: MainWindow, sample_plan_path: Path):
    window.open_plan(sample_plan_path)
    dialog = window.show_preferences()
    dialog.manager_field.setText("  Chan Tsz-hin ")
    dialog.accept()
    assert window.settings.manager_name == "Chan Tsz-hin"
    lunch = activity(window, "Buyers lunch")
    window.move_activities([lunch], timedelta(minutes=15))
    assert window.document.store is not None
    assert window.document.store.history(limit=1)[0].author == "Chan Tsz-hin"  # type: ignore[attr-defined]
