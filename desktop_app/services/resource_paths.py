"""Where the files the app ships (demo plan, fonts, translations) are: light to import."""

from __future__ import annotations

import os
from pathlib import Path

RESOURCES_ENV = "DELEGATION_PLANNER_RESOURCES"
"""Points at a ``resources/`` folder elsewhere (a frozen build, a test's copy)."""


def resources_dir() -> Path:
    override = os.environ.get(RESOURCES_ENV)
    if override:
        return Path(override)
    return Path(__file__).resolve().parents[2] / "resources"
