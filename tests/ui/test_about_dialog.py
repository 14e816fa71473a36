"""Help → About: the versions a bug report needs, copied with one button."""

from __future__ import annotations

from importlib import metadata

from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication

from desktop_app import __version__
from desktop_app.app import build_main_window
from desktop_app.ui.about_dialog import AboutDialog


def test_the_help_menu_opens_about(qtbot, app_settings, sync_runner, monkeypatch):
    window = build_main_window(app_settings, sync_runner)
    qtbot.addWidget(window)
    opened: list[AboutDialog] = []
    monkeypatch.setattr(AboutDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    menus = {action.text(): action.menu() for action in window.menuBar().actions()}
    (about,) = menus["&Help"].actions()
    about.trigger()
    assert about.text() == "&About Delegation Planner" and len(opened) == 1


def test_about_lists_python_qt_pyside_and_the_libraries_and_copies_them(qtbot):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    lines = dict(line.split(": ", 1) for line in dialog.versions.toPlainText().splitlines())
    assert lines["Delegation Planner"] == __version__
    assert lines["Qt"] == qVersion() and lines["PySide6-Essentials"] == metadata.version("PySide6-Essentials")
    assert lines["Python"].startswith("3.") and lines["ortools"] == metadata.version("ortools")
    assert {"SQLAlchemy", "alembic", "icalendar", "reportlab", "openpyxl"} <= set(lines)

    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == dialog.versions.toPlainText()
    assert dialog.copy_button.text() == "Copied"
