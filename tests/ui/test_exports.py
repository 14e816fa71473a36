"""File → Export: files written off the GUI thread with the preferences, progress, cancel, outcome."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QPushButton

from desktop_app.app import build_main_window
from desktop_app.ui.exports.export_jobs import ExportKind
from desktop_app.ui.main_window import MainWindow


@pytest.fixture
def opened_urls(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", urls.append)
    return urls


@pytest.fixture
def window(qtbot, app_settings, sync_runner, sample_plan_path: Path) -> MainWindow:
    window = build_main_window(app_settings, sync_runner)
    qtbot.addWidget(window)
    window.open_plan(sample_plan_path)
    assert window.document.is_settled
    return window


def outcomes(window: MainWindow) -> list[tuple[str, object]]:
    seen: list[tuple[str, object]] = []
    window.exports.finished.connect(lambda outcome, value: seen.append((outcome, value)))
    return seen


def test_the_file_menu_offers_the_three_exports_and_one_for_chosen_delegates(window: MainWindow):
    assert [a.text() for a in window.export_menu.actions() if not a.isSeparator()] == [
        "Delegation &pack…", "&Itineraries (PDF)…", "&Calendars (.ics)…", "For chosen &delegates…"]
    assert all(a.isEnabled() for a in window.export_menu.actions())


def test_the_pack_is_written_and_the_folder_can_be_opened(window: MainWindow, tmp_path: Path, opened_urls):
    seen = outcomes(window)
    folder = tmp_path / "pack"

    window.export(ExportKind.PACK, folder)

    (outcome, files), = seen
    assert outcome == "done" and len(files) == 9  # 4 itineraries, 4 delegate calendars, the overview
    assert all(path.is_file() for path in files)
    assert (folder / "delegates" / "Wong Ka-man 黃嘉敏.pdf").is_file()
    assert window.exports.result_box.text() == f"9 files written to {folder}."
    window.exports.open_folder_button.click()
    assert opened_urls == [QUrl.fromLocalFile(str(folder))]
    assert window.settings.export_folder == folder  # the next export starts there


def test_itineraries_use_the_paper_size_from_preferences(window: MainWindow, tmp_path: Path):
    seen = outcomes(window)
    window.settings.paper_size = "letter"

    window.export(ExportKind.ITINERARIES, tmp_path / "pdf")

    (outcome, files), = seen
    assert outcome == "done" and len(files) == 4
    page = PdfReader(files[0]).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (612, 792)


@pytest.mark.parametrize(("reminder", "expected"), [(30, "TRIGGER:-PT30M"), (None, None)])
def test_calendars_carry_the_reminder_from_preferences(window: MainWindow, tmp_path: Path, reminder, expected):
    seen = outcomes(window)
    window.settings.reminder_minutes = reminder

    window.export(ExportKind.CALENDARS, tmp_path / "ics")

    (outcome, files), = seen
    assert outcome == "done" and len(files) == 5  # 4 delegates and their delegation
    text = files[0].read_text(encoding="utf-8")
    if expected is None:
        assert "BEGIN:VALARM" not in text
    else:
        assert expected in text


def test_cancel_stops_between_files_and_says_what_was_kept(window: MainWindow, tmp_path: Path):
    seen = outcomes(window)

    def cancel_after_first_file(*_args: object) -> None:  # the user presses Cancel then
        window.exports.progress_dialog.findChild(QPushButton).click()

    window.document.runner.task_progressed.connect(cancel_after_first_file)
    window.export(ExportKind.ITINERARIES, tmp_path / "pdf")

    assert seen == [("cancelled", [])]
    assert len(list((tmp_path / "pdf").glob("*.pdf"))) == 1
    assert window.exports.result_box.text() == (
        "Itineraries export cancelled. The file written before you cancelled was kept.")
    assert window.exports.open_folder_button is not None
    assert not window.exports.running and window.exports.progress_dialog is None


def test_a_folder_that_is_a_file_is_refused_with_its_reason(window: MainWindow, tmp_path: Path):
    seen = outcomes(window)
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("", encoding="utf-8")

    window.export(ExportKind.PACK, not_a_folder)

    (outcome, message), = seen
    assert outcome == "failed" and "is a file" in message
    assert window.exports.result_box.text() == message and window.exports.open_folder_button is None
    assert all(a.isEnabled() for a in window.export_actions.values())


def test_an_export_runs_in_the_pool_and_blocks_a_second_until_done(qtbot, app_settings, threaded_runner,
                                                                    sample_plan_path: Path, tmp_path: Path):
    window = build_main_window(app_settings, threaded_runner)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.document.opened, timeout=10_000):
        window.open_plan(sample_plan_path)
    qtbot.waitUntil(lambda: window.document.is_settled, timeout=5000)
    seen = outcomes(window)

    with qtbot.waitSignal(window.exports.finished, timeout=20_000):
        window.export(ExportKind.PACK, tmp_path / "pack")
        assert window.exports.running
        assert not any(a.isEnabled() for a in window.export_actions.values())
        window.export(ExportKind.CALENDARS, tmp_path / "other")  # ignored while one runs

    assert [outcome for outcome, _files in seen] == ["done"]
    assert not (tmp_path / "other").exists()
    # the pack was recorded (the next one says what changed since): the plan is read again first
    qtbot.waitUntil(lambda: window.document.is_settled, timeout=5000)
    assert all(a.isEnabled() for a in window.export_actions.values())
    window.document.close()
