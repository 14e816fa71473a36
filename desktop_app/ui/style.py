"""Colours and icons shared by views, drawn in code so no image files need shipping yet."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

CONFLICT_COLOUR = "#c62828"
WARNING_COLOUR = "#e08600"


@cache
def severity_icon(*, warning: bool) -> QIcon:
    """A red disc with '!' for a conflict, an amber triangle for a warning."""
    size = 32
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    if warning:
        painter.setBrush(QColor(WARNING_COLOUR))
        painter.drawPolygon(QPolygonF([QPointF(16, 2), QPointF(31, 29), QPointF(1, 29)]))
    else:
        painter.setBrush(QColor(CONFLICT_COLOUR))
        painter.drawEllipse(QRectF(1, 1, 30, 30))
    pen = QPen(QColor("white"), 4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    top, bottom = (11, 20) if warning else (8, 18)
    path = QPainterPath(QPointF(16, top))
    path.lineTo(QPointF(16, bottom))
    painter.drawPath(path)
    painter.drawPoint(QPointF(16, bottom + 5))
    painter.end()
    return QIcon(pixmap)
