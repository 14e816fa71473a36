"""The user data folder and the first-run demo plan, built whole or not at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.domain.plan import PlanSettings
from desktop_app.services import app_data
from desktop_app.storage.plan_store import PlanStore


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv(app_data.DATA_DIR_VARIABLE, str(folder))
    return folder


def fake_demo(path: Path) -> None:
    PlanStore.create(path, PlanSettings(name="Demo")).close()


def test_the_data_folder_is_created_where_the_override_says(data_dir: Path):
    assert app_data.user_data_dir() == data_dir
    assert data_dir.is_dir()
    assert app_data.first_run_plan_path() == data_dir / app_data.DEMO_PLAN_FILE


def test_first_start_builds_the_demo_plan_once(data_dir: Path):
    calls: list[Path] = []

    def counting_demo(path: Path) -> None:
        calls.append(path)
        fake_demo(path)

    first = app_data.ensure_demo_plan(data_dir, create=counting_demo)
    second = app_data.ensure_demo_plan(data_dir, create=counting_demo)

    assert first == second == app_data.first_run_plan_path(data_dir)
    assert len(calls) == 1 and calls[0] != first  # built under another name, then moved into place
    with PlanStore.open(first) as store:
        assert store.read().settings.name == "Demo"
    assert sorted(p.name for p in data_dir.iterdir()) == [app_data.DEMO_PLAN_FILE]


def test_an_interrupted_build_leaves_no_plan_behind(data_dir: Path):
    def failing_demo(path: Path) -> None:
        fake_demo(path)
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        app_data.ensure_demo_plan(data_dir, create=failing_demo)

    assert list(data_dir.iterdir()) == []
    assert app_data.ensure_demo_plan(data_dir, create=fake_demo).exists()


def test_the_real_demo_plan_is_a_plan_with_activities(data_dir: Path):
    path = app_data.ensure_demo_plan(data_dir)
    with PlanStore.open(path) as store:
        plan = store.read()
    assert plan.activities and plan.markets
