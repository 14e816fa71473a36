"""The guards ``conftest.py`` sets up for every test really hold."""

from __future__ import annotations

import os
import time
from datetime import datetime
from pathlib import Path

import platformdirs


def test_the_process_runs_in_a_zone_far_from_utc() -> None:
    assert time.strftime("%Z", time.localtime(0)) in {"NST", "NDT"}  # Newfoundland: -3:30, not UTC
    assert datetime(2025, 3, 17, 12).astimezone().utcoffset() is not None
    assert datetime(2025, 7, 1).astimezone().strftime("%z") == "-0230"


def test_the_app_writes_into_a_test_folder_never_the_users() -> None:
    from desktop_app.services import app_data

    data = app_data.user_data_dir()
    assert data == Path(os.environ["DELEGATION_PLANNER_DATA_DIR"])
    assert data != platformdirs.user_data_path("delegation-planner", appauthor=False)
    assert app_data.user_log_dir().is_relative_to(data) and app_data.user_config_dir().is_relative_to(data)
