"""The versions a bug report needs: the app, Python, the platform and the main libraries.

Read from the installed distributions' metadata, so nothing heavy is imported to answer. The
window adds the Qt it runs on (only the GUI layer may ask Qt).
"""

from __future__ import annotations

import platform
import sys
from importlib import metadata

from desktop_app import __version__

LIBRARIES = ("PySide6-Essentials", "SQLAlchemy", "alembic", "icalendar", "reportlab", "ortools", "openpyxl",
             "qrcode", "platformdirs", "tzdata")
"""Distribution names, as pip lists them."""


def component_versions(extra: tuple[tuple[str, str], ...] = ()) -> list[tuple[str, str]]:
    """(name, version) rows: the app, Python, the platform, ``extra`` (e.g. Qt), then the libraries."""
    frozen = " (standalone build)" if getattr(sys, "frozen", False) else ""
    rows = [("Delegation Planner", __version__ + frozen),
            ("Python", f"{platform.python_version()} ({platform.python_implementation()})"),
            ("Platform", platform.platform()),
            *extra]
    for name in LIBRARIES:
        try:
            rows.append((name, metadata.version(name)))
        except metadata.PackageNotFoundError:
            rows.append((name, "not installed"))
    return rows


def version_text(extra: tuple[tuple[str, str], ...] = ()) -> str:
    """The rows as plain text, one ``name: version`` a line (what the About box's Copy puts on the
    clipboard and every crash report ends with)."""
    return "\n".join(f"{name}: {version}" for name, version in component_versions(extra))
