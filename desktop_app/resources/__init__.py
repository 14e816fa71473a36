"""The files the app ships (demo plan, fonts with their licences, translations, icons): in an
installed wheel or a PyInstaller bundle inside this package (found through ``importlib.resources``),
in a checkout (and an editable install) in the repository's top-level ``resources/``, which the
build copies in here (``setup.py``).

Standard library only and light to import, so every layer may ask it where a file is. Callers
get real paths: reportlab, Qt and the CSV importer open files by name.
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

RESOURCES_ENV = "DELEGATION_PLANNER_RESOURCES"
"""Points at a whole resources folder elsewhere (a test's changed copy, a distribution's own)."""


def resources_dir() -> Path:
    """The folder holding ``demo/``, ``fonts/``, ``icons/`` and ``translations/``."""
    override = os.environ.get(RESOURCES_ENV)
    if override:
        return Path(override)
    shipped = resources.files(__name__)
    if not isinstance(shipped, Path):  # a zipped install: nothing this app is shipped as
        raise RuntimeError(f"{__name__} must be installed as files, not inside {shipped}")
    if (shipped / "fonts").is_dir():  # a wheel or a bundle
        return shipped
    return CHECKOUT_RESOURCES


CHECKOUT_RESOURCES = Path(__file__).resolve().parents[2] / "resources"
"""The repository's ``resources/``, where a checkout keeps them."""


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def demo_dir() -> Path:
    return resources_dir() / "demo"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def icons_dir() -> Path:
    return resources_dir() / "icons"
