"""The font files the app ships, so that every script in a name renders on screen as in PDFs."""

from __future__ import annotations

import logging
from pathlib import Path

from desktop_app.formats import font_files as font_list
from desktop_app.resources import fonts_dir

FONT_SUFFIXES = (".ttf", ".otf", ".ttc")

log = logging.getLogger(__name__)


def font_files() -> list[Path]:
    """The PDF font chain's files (one source of truth for paper and screen).

    A missing file must not keep the window from starting: then whatever fonts are shipped
    are used, and Qt's own fallback does the rest.
    """
    try:
        return font_list.font_files()
    except FileNotFoundError as error:
        log.warning("%s; using the fonts found in %s", error, fonts_dir())
        return resource_font_files(fonts_dir())


def resource_font_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(path for path in folder.rglob("*") if path.suffix.lower() in FONT_SUFFIXES)
