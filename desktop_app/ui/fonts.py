"""Load the shipped fonts and give the whole app a fallback chain that covers CJK and Thai."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

# Families commonly present on desktops, tried after the shipped ones for scripts the UI font lacks.
SYSTEM_FALLBACKS = (
    "Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans CJK HK", "Noto Sans CJK KR",
    "Source Han Sans", "WenQuanYi Micro Hei", "Microsoft JhengHei UI", "Microsoft YaHei UI",
    "Malgun Gothic", "PingFang HK", "PingFang SC", "Apple SD Gothic Neo", "Hiragino Sans",
    "Noto Sans Thai", "Leelawadee UI", "Thonburi",
)


def install_application_fonts(files: Iterable[Path]) -> list[str]:
    """Register font files with Qt; returns the families they provide, in file order."""
    families: list[str] = []
    for path in files:
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            continue  # unreadable file: the fallback chain still has system fonts
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    return families


def fallback_chain(primary: str, shipped: Iterable[str]) -> list[str]:
    """The UI family first, then shipped families, then system fallbacks that are installed."""
    installed = set(QFontDatabase.families())
    chain = [primary]
    for family in [*shipped, *SYSTEM_FALLBACKS]:
        if family in installed and family not in chain:
            chain.append(family)
    return chain


def apply_fallback_chain(app: QApplication, shipped_families: Iterable[str]) -> list[str]:
    font = QFont(app.font())
    chain = fallback_chain(font.family(), shipped_families)
    font.setFamilies(chain)
    app.setFont(font)
    return chain
