"""File → Export → For chosen delegates: their files only, with progress and Show in folder at the end."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

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
    return window


def delegates(window: MainWindow, *names: str):
    return [d for d in window.document.plan.delegates if d.name in names]


def written(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*.*"))


def test_the_delegates_selected_are_chosen_and_only_their_files_written(window: MainWindow, tmp_path: Path,
                                                                        opened_urls):
    window.show_section("delegates").select(delegates(window, "Kim Ji-woo", "Somchai"))
    dialog = window.tools.show_export()
    assert dialog.some.isChecked()
    assert [window.document.plan.delegate_by_id[d].name for d in dialog.people.chosen_ids()] == ["Kim Ji-woo",
                                                                                                "Somchai"]
    dialog.kind_buttons[ExportKind.ITINERARIES].setChecked(True)
    dialog.folder.setText(str(tmp_path / "out"))

    dialog.export_button.click()

    assert written(tmp_path / "out") == ["Kim Ji-woo 김지우.pdf", "Somchai สมชาย.pdf"]
    assert "Kim Ji-woo" in PdfReader(tmp_path / "out" / "Kim Ji-woo 김지우.pdf").pages[0].extract_text()
    box = window.exports.result_box
    assert box.text() == f"2 files written to {tmp_path / 'out'}."
    assert window.exports.open_folder_button.text() == "Show in folder"
    window.exports.open_folder_button.click()
    assert opened_urls == [QUrl.fromLocalFile(str(tmp_path / "out"))]


def test_a_delegations_members_can_be_added_and_calendars_written_for_them(window: MainWindow, tmp_path: Path):
    dialog = window.tools.show_export()
    assert dialog.everyone.isChecked() and not dialog.people.isEnabled()
    dialog.some.setChecked(True)
    dialog.add_delegation()  # "Hong Kong producers": all four
    assert len(dialog.people.chosen_ids()) == 4
    dialog.people.remove(delegates(window, "Anna Müller")[0].id)
    dialog.kind_buttons[ExportKind.CALENDARS].setChecked(True)
    dialog.folder.setText(str(tmp_path / "ics"))

    dialog.export()

    assert written(tmp_path / "ics") == ["delegates/Kim Ji-woo 김지우.ics", "delegates/Somchai สมชาย.ics",
                                         "delegates/Wong Ka-man 黃嘉敏.ics"]  # no delegation calendar either


def test_the_pack_is_everyones_and_needs_a_folder(window: MainWindow, tmp_path: Path):
    dialog = window.tools.show_export()
    dialog.kind_buttons[ExportKind.PACK].setChecked(True)
    assert not dialog.some.isEnabled() and dialog.delegate_ids() is None
    assert not dialog.export_button.isEnabled()  # no folder yet

    dialog.folder.setText(str(tmp_path / "pack"))
    dialog.export()

    assert len(written(tmp_path / "pack")) == 9  # 4 itineraries, 4 calendars, the overview
