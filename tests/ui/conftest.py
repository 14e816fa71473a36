"""GUI test fixtures: offscreen Qt, throwaway settings and data folder, a small plan with CJK names."""

from __future__ import annotations

import os

# Before anything imports Qt: no window ever appears, and CI needs no display.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QThreadPool

from desktop_app.services import app_data
from desktop_app.ui.i18n import ENGLISH, current_language, install_language
from desktop_app.ui.settings import AppSettings
from desktop_app.ui.workers import TaskRunner
from tests.ui.sample_plan import build_sample_plan


@pytest.fixture(autouse=True)
def isolated_user_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data folder and settings: the developer's own are never touched."""
    data_dir = tmp_path / "user-data"
    monkeypatch.setenv(app_data.DATA_DIR_VARIABLE, str(data_dir))
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(tmp_path / "qsettings"))
        QSettings.setPath(QSettings.Format.NativeFormat, scope, str(tmp_path / "qsettings"))
    return data_dir


@pytest.fixture(autouse=True)
def english_window(qapp: object) -> Iterator[None]:
    """The window in English, as the app installs it at start (its catalogue holds the plural
    forms); a test that switches language gets English back afterwards."""
    install_language(qapp, ENGLISH)  # type: ignore[arg-type]
    yield
    if current_language() != ENGLISH:
        install_language(qapp, ENGLISH)  # type: ignore[arg-type]


@pytest.fixture(autouse=True)
def no_background_work_left(qapp: object) -> Iterator[None]:
    """A test that leaves work running in the global pool fails instead of leaking into the next."""
    yield
    pool = QThreadPool.globalInstance()
    assert pool.waitForDone(10_000), "a background task was still running after the test"


@pytest.fixture
def app_settings(tmp_path: Path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def sync_runner(qapp: object) -> TaskRunner:
    return TaskRunner(synchronous=True)


@pytest.fixture
def threaded_runner(qapp: object) -> Iterator[TaskRunner]:
    """A real pool; the test fails if it leaves work running."""
    pool = QThreadPool()
    runner = TaskRunner(pool)
    yield runner
    assert pool.waitForDone(10_000), "a background task was still running after the test"
    assert runner.active_count == 0, "a background task's result was never delivered"


@pytest.fixture
def sample_plan_path(tmp_path: Path) -> Path:
    return build_sample_plan(tmp_path / "sample.dplan")
