"""Colours and icons shared by views, drawn in code so no image files need shipping yet.

Our own colours come in two sets, one for a light palette and one for a dark one, each chosen
so that text in it reads at WCAG contrast 4.5:1 or more on the palette's base, alternate-row and
window colours (``tests/ui/test_appearance.py`` measures it). Views ask ``colours()`` when they
paint, so a change of the system's scheme repaints them right.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QApplication


@dataclass(frozen=True, slots=True)
class Colours:
    conflict_text: str
    """A conflict's mark in a table cell."""
    warning_text: str
    """A warning's mark, and warnings in the conflicts list."""
    error_text: str
    """Validation messages beside a field."""
    muted_text: str
    """Cancelled activities (struck out, but still to be read)."""
    conflict_fill: str
    warning_fill: str
    conflict_glyph: str
    warning_glyph: str


LIGHT = Colours(conflict_text="#c62828", warning_text="#8f5600", error_text="#b71c1c", muted_text="#6b6b6b",
                conflict_fill="#c62828", warning_fill="#e08600", conflict_glyph="#ffffff", warning_glyph="#1a1a1a")
DARK = Colours(conflict_text="#ff8a80", warning_text="#ffb74d", error_text="#ff8a80", muted_text="#a3a3a3",
               conflict_fill="#e53935", warning_fill="#ffa726", conflict_glyph="#ffffff", warning_glyph="#1a1a1a")


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether ``palette`` (the application's by default) draws light text on a dark window."""
    palette = palette if palette is not None else QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def colours(palette: QPalette | None = None) -> Colours:
    return DARK if is_dark(palette) else LIGHT


def severity_icon(*, warning: bool, dark: bool | None = None) -> QIcon:
    """A red disc with '!' for a conflict, an amber triangle for a warning, in the scheme's shades."""
    return _severity_icon(warning, is_dark() if dark is None else dark)


@cache
def _severity_icon(warning: bool, dark: bool) -> QIcon:
    scheme = DARK if dark else LIGHT
    size = 32
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    if warning:
        painter.setBrush(QColor(scheme.warning_fill))
        painter.drawPolygon(QPolygonF([QPointF(16, 2), QPointF(31, 29), QPointF(1, 29)]))
    else:
        painter.setBrush(QColor(scheme.conflict_fill))
        painter.drawEllipse(QRectF(1, 1, 30, 30))
    glyph = scheme.warning_glyph if warning else scheme.conflict_glyph  # dark on amber: white read at 2.8:1
    pen = QPen(QColor(glyph), 4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    top, bottom = (11, 20) if warning else (8, 18)
    path = QPainterPath(QPointF(16, top))
    path.lineTo(QPointF(16, bottom))
    painter.drawPath(path)
    painter.drawPoint(QPointF(16, bottom + 5))
    painter.end()
    return QIcon(pixmap)
