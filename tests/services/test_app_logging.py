"""The log file rotates in the log folder; crash reports land beside it with the versions."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from desktop_app import __version__
from desktop_app.services import app_data, app_logging
from desktop_app.services.version_report import LIBRARIES, component_versions, version_text


def test_the_log_folders_follow_the_data_folder_override(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(app_data.DATA_DIR_VARIABLE, str(tmp_path))
    assert app_data.user_log_dir() == tmp_path / "logs"
    assert app_data.user_config_dir() == tmp_path / "config"
    monkeypatch.delenv(app_data.DATA_DIR_VARIABLE)
    assert app_data.user_log_dir().parts[-2:] == ("delegation-planner", "log")


def test_the_log_file_rotates_and_keeps_a_bounded_history(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app_logging, "MAX_BYTES", 2_000)
    log_file = app_logging.start_log_file(tmp_path)
    assert log_file is not None
    logger = logging.getLogger("desktop_app.services.example")
    try:
        for number in range(400):
            logger.info("line %d with some words to fill the file", number)
    finally:
        app_logging.stop_log_file(log_file)
    names = sorted(path.name for path in tmp_path.iterdir())
    assert names == ["delegation-planner.log", *(f"delegation-planner.log.{n}" for n in range(1, 5))]
    assert all(path.stat().st_size <= 2_100 for path in tmp_path.iterdir())
    assert "line 399" in (tmp_path / "delegation-planner.log").read_text(encoding="utf-8")
    assert logging.getLogger("desktop_app").handlers == []  # stopped: nothing left writing there


def test_an_unwritable_log_folder_leaves_the_app_without_a_log(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    assert app_logging.start_log_file(blocker / "logs") is None


def test_a_crash_report_holds_the_details_and_the_versions(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(app_data.DATA_DIR_VARIABLE, str(tmp_path))
    report = app_data.write_crash_report("Traceback: KeyError 'x'")
    assert report is not None and report.parent == tmp_path / "logs"
    text = report.read_text(encoding="utf-8")
    assert text.startswith("Traceback: KeyError 'x'\n\n")
    assert f"Delegation Planner: {__version__}" in text and "\nPython: 3." in text and "\nreportlab: " in text


def test_the_version_report_names_every_main_library_with_its_installed_version() -> None:
    from importlib import metadata

    rows = dict(component_versions((("Qt", "6.x"),)))
    assert rows["Qt"] == "6.x" and rows["Delegation Planner"] == __version__
    for name in LIBRARIES:
        assert rows[name] == metadata.version(name)
    assert version_text().count("\n") == len(LIBRARIES) + 2
