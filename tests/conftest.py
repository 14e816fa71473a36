"""Fixtures shared by every test: fixed clocks and fresh plan files, never the user's own."""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

# Tests never depend on the machine's zone: a zone far from UTC, with DST and a half-hour offset,
# exposes naive-time bugs. Setting TZ changes nothing until tzset() makes the C library re-read it.
os.environ["TZ"] = "America/St_Johns"
time.tzset()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Nothing a test runs writes into the user's own data or log folders.
os.environ["DELEGATION_PLANNER_DATA_DIR"] = tempfile.mkdtemp(prefix="delegation-planner-tests-")

FIXED_NOW = datetime(2025, 3, 1, 9, 30, tzinfo=UTC)


@pytest.fixture
def fixed_now() -> datetime:
    return FIXED_NOW


@pytest.fixture
def plan_path(tmp_path: Path) -> Path:
    return tmp_path / "plan.dplan"


@pytest.fixture
def store(plan_path: Path) -> Iterator[object]:
    from desktop_app.domain.plan import PlanSettings
    from desktop_app.storage.plan_store import PlanStore

    plan_store = PlanStore.create(plan_path, PlanSettings(name="Test plan"), clock=lambda: FIXED_NOW)
    yield plan_store
    plan_store.close()


@pytest.fixture(scope="session")
def demo_plan_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The FilMart 2025 demo plan, built once per run through the real loader: read it, don't change it."""
    from desktop_app.services import plan_service

    path = tmp_path_factory.mktemp("demo") / "demo.dplan"
    plan_service.create_plan(path, demo=True).close()  # closing checkpoints the WAL: one file to copy
    return path


@pytest.fixture
def demo_plan_copy(demo_plan_file: Path, tmp_path: Path) -> Path:
    """A private copy of the demo plan for a test that changes it."""
    copy = tmp_path / "demo.dplan"
    copy.write_bytes(demo_plan_file.read_bytes())
    return copy


CliResult = tuple[int, str, str]
Cli = Callable[..., CliResult]


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Cli:
    """Run the command line in-process: ``code, out, err = cli("show", path, "--json")``."""
    from desktop_app.__main__ import main

    def run(*argv: str) -> CliResult:
        code = main(list(argv))
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run
