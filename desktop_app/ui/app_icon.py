"""The app's icon for its windows: the theme's copy when the desktop has it installed (so an
icon theme may restyle it), else the shipped SVG and PNG sizes."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from desktop_app.resources import icons_dir

ICON_NAME = "delegation-planner"


def shipped_icon() -> QIcon:
    icon = QIcon()
    for png in sorted(icons_dir().glob(f"hicolor/*/apps/{ICON_NAME}.png")):
        icon.addFile(str(png))
    icon.addFile(str(icons_dir() / f"{ICON_NAME}.svg"))
    return icon


def application_icon() -> QIcon:
    return QIcon.fromTheme(ICON_NAME, shipped_icon())
