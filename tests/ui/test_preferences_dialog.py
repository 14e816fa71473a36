"""Preferences: shows the declared settings, saves them on OK only, and is reachable from the menu."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from desktop_app.app import build_main_window
from desktop_app.ui.preferences_dialog import PreferencesDialog
from desktop_app.ui.settings import NO_REMINDER, AppSettings


def test_the_dialog_shows_the_defaults(qtbot, app_settings: AppSettings):
    dialog = PreferencesDialog(app_settings)
    qtbot.addWidget(dialog)
    assert dialog.paper_combo.currentData() == "a4"
    assert dialog.home_time_check.isChecked()
    assert dialog.reminder_spin.value() == 15 and dialog.reminder_spin.text() == "15 min before"


def test_ok_saves_every_preference(qtbot, app_settings: AppSettings):
    dialog = PreferencesDialog(app_settings)
    qtbot.addWidget(dialog)
    dialog.paper_combo.setCurrentIndex(dialog.paper_combo.findData("letter"))
    dialog.home_time_check.setChecked(False)
    dialog.reminder_spin.setValue(NO_REMINDER)
    assert dialog.reminder_spin.text() == "No reminder"

    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    assert (app_settings.paper_size, app_settings.show_home_time, app_settings.reminder_minutes) == (
        "letter", False, None)
    again = PreferencesDialog(app_settings)
    qtbot.addWidget(again)
    assert again.paper_combo.currentData() == "letter" and not again.home_time_check.isChecked()
    assert again.reminder_spin.value() == NO_REMINDER


def test_cancel_keeps_the_saved_preferences(qtbot, app_settings: AppSettings):
    app_settings.reminder_minutes = 0  # a reminder at the start is not "no reminder"
    dialog = PreferencesDialog(app_settings)
    qtbot.addWidget(dialog)
    assert dialog.reminder_spin.value() == 0
    dialog.paper_combo.setCurrentIndex(dialog.paper_combo.findData("letter"))

    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel).click()

    assert app_settings.paper_size == "a4" and app_settings.reminder_minutes == 0


def test_edit_menu_opens_the_preferences(qtbot, app_settings: AppSettings, sync_runner):
    window = build_main_window(app_settings, sync_runner)
    qtbot.addWidget(window)
    edit_menu = window.menuBar().actions()[1].menu()
    assert window.preferences_action in edit_menu.actions()

    window.preferences_action.trigger()

    dialog = window.findChild(PreferencesDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()
