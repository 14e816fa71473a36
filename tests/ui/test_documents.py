"""Plans as documents in the window: New, Open recent, Save a copy, Close and the welcome page."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop_app.app import build_main_window
from desktop_app.services import app_data, plan_service
from desktop_app.storage.plan_store import PlanStore
from desktop_app.ui.documents.document_actions import recent_menu_text
from desktop_app.ui.documents.new_plan_dialog import NewPlanDialog, NewPlanRequest, file_name_for
from desktop_app.ui.main_window import MainWindow


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


def test_without_a_plan_the_window_welcomes_with_new_open_and_the_demo(window: MainWindow):
    assert window.pages.currentWidget() is window.documents.welcome
    assert window.windowTitle() == "Delegation Planner" and window.windowFilePath() == ""
    assert not window.documents.save_copy_action.isEnabled() and not window.documents.close_action.isEnabled()
    welcome = window.documents.welcome
    assert [b.text() for b in (welcome.new_button, welcome.open_button, welcome.demo_button)] == [
        "&New plan…", "&Open…", "Open the &demo plan"]
    assert all(b.toolTip() for b in (welcome.new_button, welcome.open_button, welcome.demo_button))


def test_the_title_names_the_plan_and_the_file_path_is_the_windows(opened: MainWindow, sample_plan_path: Path):
    assert opened.windowTitle() == "FilMart sample — Delegation Planner"
    assert opened.windowFilePath() == str(sample_plan_path)
    assert opened.pages.currentWidget() is opened.splitter
    assert opened.documents.save_copy_action.isEnabled() and opened.documents.close_action.isEnabled()


def test_close_shows_the_welcome_page_with_the_plan_among_the_recent(opened: MainWindow, sample_plan_path: Path):
    opened.activities_view.select_activities([opened.document.plan.activities[0].id])
    opened.documents.close_action.trigger()

    assert not opened.document.is_open
    assert opened.pages.currentWidget() is opened.documents.welcome
    assert opened.windowTitle() == "Delegation Planner" and opened.windowFilePath() == ""
    assert opened.undo_stack.count() == 0 and opened.activities_view.model.rowCount() == 0
    assert opened.plan_label.text() == "No plan open"
    recent = opened.documents.welcome.recent_list
    assert recent.count() == 1 and str(sample_plan_path) in recent.item(0).text()

    recent.itemActivated.emit(recent.item(0))  # Enter or a double-click

    assert opened.document.path == sample_plan_path
    assert opened.pages.currentWidget() is opened.splitter


def test_the_docks_step_aside_for_the_welcome_page_and_come_back(opened: MainWindow):
    opened.documents.close_plan()
    assert opened.conflicts_dock.isHidden() and opened.inspector_dock.isHidden()
    opened.documents.welcome.recent_list.itemActivated.emit(opened.documents.welcome.recent_list.item(0))
    assert not opened.conflicts_dock.isHidden() and not opened.inspector_dock.isHidden()


def test_a_plan_that_fails_to_open_leaves_the_welcome_page_saying_why(window: MainWindow, tmp_path: Path,
                                                                      warnings_shown):
    broken = tmp_path / "notes.dplan"
    broken.write_text("shopping list\n", encoding="utf-8")
    window.open_plan(broken)
    assert window.pages.currentWidget() is window.documents.welcome
    note = window.documents.welcome.note_label
    assert not note.isHidden() and note.text().startswith("The plan could not be opened: ")
    assert "notes.dplan" in note.text()
    assert warnings_shown and warnings_shown[0][0] == "Cannot open the plan"


def test_the_demo_button_builds_and_opens_the_demo_plan(window: MainWindow, isolated_user_files: Path):
    window.documents.welcome.demo_button.click()
    assert window.document.path == isolated_user_files / app_data.DEMO_PLAN_FILE
    assert len(window.document.plan.activities) > 100


def test_recent_menu_numbers_the_plans_opened(opened: MainWindow, sample_plan_path: Path, tmp_path: Path):
    menu = opened.documents.recent_menu
    menu.aboutToShow.emit()
    assert [a.text() for a in menu.actions()] == [f"&1 {sample_plan_path}"]
    assert recent_menu_text(2, Path("/plans/Lee & Partners.dplan")) == "&2 /plans/Lee && Partners.dplan"

    opened.documents.close_plan()
    menu.aboutToShow.emit()
    menu.actions()[0].trigger()
    assert opened.document.path == sample_plan_path


# --- New plan -------------------------------------------------------------------------------


def test_the_new_plan_file_follows_the_name_until_one_is_chosen(qtbot, tmp_path: Path):
    dialog = NewPlanDialog(tmp_path)
    qtbot.addWidget(dialog)
    assert dialog.path_field.text() == str(tmp_path / "New plan.dplan")
    dialog.name_field.setText("Cannes: Marché du Film")
    dialog.name_field.textEdited.emit("Cannes: Marché du Film")
    assert dialog.path_field.text() == str(tmp_path / "Cannes- Marché du Film.dplan")
    assert dialog.zone_picker.zone() == "Asia/Hong_Kong"

    dialog.set_path(tmp_path / "elsewhere.dplan")
    dialog.name_field.textEdited.emit("Renamed")
    assert dialog.path_field.text() == str(tmp_path / "elsewhere.dplan")
    assert file_name_for("  ") == "New plan.dplan"


def test_the_new_plan_dialog_says_what_is_wrong_and_stays_open(qtbot, tmp_path: Path, sample_plan_path: Path):
    dialog = NewPlanDialog(tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_path(sample_plan_path)
    dialog.accept()
    assert dialog.isVisible() and "already exists" in dialog.error_label.text()

    dialog.set_path(tmp_path / "missing" / "plan.dplan")
    dialog.accept()
    assert "There is no folder" in dialog.error_label.text()

    dialog.set_path(tmp_path / "Spring trip")
    dialog.zone_picker.set_zone("Atlantis/Capital")
    dialog.accept()
    assert dialog.isVisible() and not dialog.error_label.isHidden()

    dialog.zone_picker.set_zone("paris")
    dialog.accept()
    assert not dialog.isVisible()
    assert dialog.request() == NewPlanRequest(tmp_path / "Spring trip.dplan", "Spring trip", "Europe/Paris", False)


def test_new_plan_from_the_menu_creates_and_opens_it(window: MainWindow, tmp_path: Path, monkeypatch):
    monkeypatch.setattr(NewPlanDialog, "open", lambda self: None)  # no event loop for a modal dialog
    window.document.path = None
    dialog = window.documents.new_plan_dialog()
    dialog.set_path(tmp_path / "Spring trip.dplan")
    dialog.name_field.setText("Spring trip to Cannes")
    dialog.zone_picker.set_zone("Europe/Paris")
    dialog.accept()

    assert window.document.path == tmp_path / "Spring trip.dplan"
    assert window.windowTitle() == "Spring trip to Cannes — Delegation Planner"
    assert window.document.plan.settings.timezone == "Europe/Paris"
    assert window.activities_view.model.rowCount() == 0


def test_new_plan_from_the_demo_keeps_the_demo_data(window: MainWindow, tmp_path: Path):
    window.documents.create_plan(NewPlanRequest(tmp_path / "ours.dplan", "Our FilMart", "Asia/Hong_Kong", demo=True))
    assert window.windowTitle() == "Our FilMart — Delegation Planner"
    assert len(window.document.plan.activities) > 100


def test_a_plan_that_cannot_be_created_is_reported(window: MainWindow, sample_plan_path: Path, warnings_shown):
    window.documents.create_plan(NewPlanRequest(sample_plan_path, "Twice", "Asia/Hong_Kong"))
    assert warnings_shown == [("Cannot create the plan", f"{sample_plan_path} already exists; choose another name")]


# --- Save a copy as --------------------------------------------------------------------------


def test_save_a_copy_writes_the_plan_as_it_is_and_keeps_working_here(opened: MainWindow, sample_plan_path: Path,
                                                                     tmp_path: Path, warnings_shown):
    lunch = next(a for a in opened.document.plan.activities if a.title == "Buyers lunch")
    from datetime import timedelta

    opened.move_activities([lunch], timedelta(minutes=15))
    opened.documents.save_copy(tmp_path / "copy")

    target = tmp_path / "copy.dplan"
    with PlanStore.open(target) as copy:
        assert copy.read().activity_by_id[lunch.id].start == lunch.start + timedelta(minutes=15)
    assert opened.statusBar().currentMessage() == f"Saved a copy as {target}"
    assert opened.document.path == sample_plan_path and opened.windowFilePath() == str(sample_plan_path)
    assert warnings_shown == []


def test_save_a_copy_over_the_plan_itself_is_refused(opened: MainWindow, sample_plan_path: Path, warnings_shown):
    before = opened.document.plan
    opened.documents.save_copy(sample_plan_path)
    [(title, message)] = warnings_shown
    assert title == "Cannot save the copy" and "is the plan itself" in message
    with plan_service.open_plan(sample_plan_path) as store:
        assert store.read() == before
