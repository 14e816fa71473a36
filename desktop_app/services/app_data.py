"""Where the app keeps its own files (platformdirs): plans it makes in the data folder, settings and
recent files in the config folder, logs and crash reports in the log folder.

``DELEGATION_PLANNER_DATA_DIR`` moves all three under one folder (``config/`` and ``logs/`` inside
it): a portable install on a USB stick, and tests that never touch the user's own files.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import platformdirs

from .errors import PlanFileError, StorageError

APP_NAME = "delegation-planner"
DATA_DIR_VARIABLE = "DELEGATION_PLANNER_DATA_DIR"
"""Overrides the data folder: for portable installs, and so tests never touch the user's own."""

DEMO_PLAN_FILE = "filmart-2025-demo.dplan"

DemoCreator = Callable[[Path], object]


def user_data_dir() -> Path:
    """The per-user data folder (e.g. ~/.local/share/delegation-planner), created if missing."""
    override = os.environ.get(DATA_DIR_VARIABLE)
    folder = Path(override) if override else platformdirs.user_data_path(APP_NAME, appauthor=False)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def user_config_dir() -> Path:
    """Settings and the recent plans (e.g. ~/.config/delegation-planner); not created here."""
    override = os.environ.get(DATA_DIR_VARIABLE)
    return Path(override) / "config" if override else platformdirs.user_config_path(APP_NAME, appauthor=False)


def user_log_dir() -> Path:
    """The log and crash reports (e.g. ~/.local/state/delegation-planner/log); not created here."""
    override = os.environ.get(DATA_DIR_VARIABLE)
    return Path(override) / "logs" if override else platformdirs.user_log_path(APP_NAME, appauthor=False)


def write_crash_report(details: str, *, versions: str = "") -> Path | None:
    """Keep a bug's details, and the versions a report needs, in the log folder; None when even that
    cannot be written (the caller still shows the details)."""
    from datetime import datetime

    from .version_report import version_text

    text = f"{details.rstrip()}\n\n{versions or version_text()}\n"
    try:
        folder = user_log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"crash-{datetime.now():%Y%m%d-%H%M%S-%f}.txt"
        path.write_text(text, encoding="utf-8")
    except OSError:
        return None
    return path


def first_run_plan_path(data_dir: Path | None = None) -> Path:
    """The plan opened when the user has not opened any plan yet: the demo plan."""
    return (data_dir or user_data_dir()) / DEMO_PLAN_FILE


def _create_demo(path: Path) -> object:
    from . import plan_service  # the database layer, loaded only when a plan is made (not at start)

    store = plan_service.create_plan(path, demo=True)
    store.close()
    return store


def ensure_demo_plan(data_dir: Path | None = None, *, create: DemoCreator = _create_demo) -> Path:
    """The demo plan's path, creating the plan first if it does not exist yet.

    The plan is built under a temporary name and moved into place whole, so an interrupted
    first start never leaves a half-filled demo plan behind that later starts would open.
    """
    target = first_run_plan_path(data_dir)
    if target.exists():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.building")
    _remove_with_sidecars(partial)
    try:
        create(partial)
        wal = Path(f"{partial}-wal")
        if wal.exists() and wal.stat().st_size:  # closing the store should have checkpointed it
            raise StorageError(f"{partial}: the new demo plan was not completely written")
        partial.replace(target)
    except PlanFileError:
        if target.exists():  # another instance finished first
            return target
        raise
    finally:
        _remove_with_sidecars(partial)
    return target


def _remove_with_sidecars(path: Path) -> None:
    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        leftover.unlink(missing_ok=True)
