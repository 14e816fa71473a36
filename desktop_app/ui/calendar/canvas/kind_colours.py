"""Block colours by kind of activity, one set for a light palette and one for a dark one.

Text on every fill reads at WCAG 4.5:1 or more (dark text on the light set's pastel fills, light
text on the dark set's deep ones); ``tests/ui/calendar`` measures it. A cancelled block is painted
in the faded fill, struck through.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from PySide6.QtGui import QColor

from desktop_app.domain.activities import ActivityKind
from desktop_app.ui.style import is_dark


@dataclass(frozen=True, slots=True)
class BlockColours:
    fills: dict[ActivityKind, QColor]
    text: QColor
    faded_fill: QColor
    faded_text: QColor
    border: QColor
    grid: QColor
    grid_faint: QColor
    off_hours: QColor
    now: QColor
    selection: QColor
    conflict: QColor
    warning: QColor
    ghost: QColor
    hatch: QColor


_LIGHT_FILLS = {
    ActivityKind.WORKSHOP: "#d7e8fb", ActivityKind.PANEL: "#dcd6f7", ActivityKind.NETWORKING: "#fde2c8",
    ActivityKind.HAF_MEETING: "#cfeede", ActivityKind.MEETING: "#d4ecf7", ActivityKind.BOOTH_MEETING: "#e3f1c9",
    ActivityKind.SCREENING: "#f7d6e4", ActivityKind.RECEPTION: "#fbefc4", ActivityKind.TRAVEL: "#e4e4e4",
    ActivityKind.PERSONAL: "#eadfd6",
}
_DARK_FILLS = {
    ActivityKind.WORKSHOP: "#1f4e7a", ActivityKind.PANEL: "#463a82", ActivityKind.NETWORKING: "#7a4416",
    ActivityKind.HAF_MEETING: "#1d6146", ActivityKind.MEETING: "#19566f", ActivityKind.BOOTH_MEETING: "#4b6420",
    ActivityKind.SCREENING: "#7a2a4b", ActivityKind.RECEPTION: "#6b5510", ActivityKind.TRAVEL: "#4a4a4a",
    ActivityKind.PERSONAL: "#5b4636",
}


@cache
def _colours(dark: bool) -> BlockColours:
    fills = {kind: QColor(value) for kind, value in (_DARK_FILLS if dark else _LIGHT_FILLS).items()}
    if dark:
        return BlockColours(fills, QColor("#f2f2f2"), QColor("#333333"), QColor("#a3a3a3"), QColor("#101010"),
                            QColor("#4a4a4a"), QColor("#383838"), QColor(255, 255, 255, 10), QColor("#ff5252"),
                            QColor("#82b1ff"), QColor("#ff8a80"), QColor("#ffb74d"), QColor("#9fa8da"),
                            QColor(255, 255, 255, 70))
    return BlockColours(fills, QColor("#1a1a1a"), QColor("#f0f0f0"), QColor("#6b6b6b"), QColor("#7a7a7a"),
                        QColor("#d0d0d0"), QColor("#ececec"), QColor(0, 0, 0, 10), QColor("#d32f2f"),
                        QColor("#1565c0"), QColor("#c62828"), QColor("#8f5600"), QColor("#3949ab"),
                        QColor(0, 0, 0, 60))


def block_colours() -> BlockColours:
    """The set for the application's palette now (asked at paint time: a scheme switch repaints right)."""
    return _colours(is_dark())


def light_and_dark() -> tuple[BlockColours, BlockColours]:
    return _colours(False), _colours(True)
