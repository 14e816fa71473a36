"""Printing the day (or week) grid and the agenda, through Qt's print dialog or straight to PDF.

The grid is painted by the same ``BlockScene`` as on screen, in the light colours, on pages of
as many columns as stay readable, covering the hours that hold blocks; the agenda is an HTML
document of the days and rows shown (search applied).
"""

from __future__ import annotations

import html
import math
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPen, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from desktop_app.ui.activities.labels import kind_label, status_label
from desktop_app.ui.calendar.canvas.block_scene import BlockScene, PaintState
from desktop_app.ui.calendar.canvas.calendar_canvas import CalendarCanvas
from desktop_app.ui.calendar.canvas.grid_geometry import GridGeometry
from desktop_app.ui.calendar.canvas.kind_colours import light_and_dark
from desktop_app.ui.calendar.model.agenda_rows import AgendaDay
from desktop_app.ui.calendar.model.layout import CalendarLayout
from desktop_app.ui.calendar.views.date_navigator import day_text

PRINT_COLUMN_WIDTH = 120.0
GUTTER = 44.0
HEADER = 34.0
TITLE = 26.0


def pdf_printer(path: Path, *, landscape: bool = True) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation,
                                      QMarginsF(10, 10, 10, 10), QPageLayout.Unit.Millimeter))
    return printer


def ask_printer(parent: QWidget, *, landscape: bool = True) -> QPrinter | None:
    """Qt's print dialog (which offers PDF too); None when cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait)
    dialog = QPrintDialog(printer, parent)
    return printer if dialog.exec() == QDialog.DialogCode.Accepted else None


def hours_in_use(layout: CalendarLayout) -> tuple[int, int]:
    """Whole hours (axis minutes) from the first block to the last, at least 08:00-20:00's span."""
    blocks = layout.blocks
    minutes = layout.axis_minutes
    if not blocks:
        return 8 * 60, min(20 * 60, minutes)
    first = min(min(b.start for b in blocks), 8 * 60)
    last = max(max(b.end for b in blocks), min(20 * 60, minutes))
    return (first // 60) * 60, min(math.ceil(last / 60) * 60, minutes)


def print_grid(canvas: CalendarCanvas, printer: QPrinter, title: str) -> int:
    """Every column of ``canvas``'s layout over the hours in use; returns the pages printed."""
    layout = canvas.base_layout
    if not layout.columns:
        return 0
    painter = QPainter(printer)
    page = printer.pageLayout().paintRectPixels(printer.resolution())
    scale = printer.resolution() / 96.0  # lay out in screen pixels, print at the printer's resolution
    width, height = page.width() / scale, page.height() / scale
    per_page = max(1, int((width - GUTTER) // PRINT_COLUMN_WIDTH))
    first_minute, last_minute = hours_in_use(layout)
    ppm = (height - HEADER - TITLE) / max(last_minute - first_minute, 60)
    column_width = (width - GUTTER) / min(per_page, len(layout.columns))
    geometry = GridGeometry(len(layout.columns), layout.axis_minutes, column_width, ppm)
    font = QFont(canvas.font())
    font.setPixelSize(_pixels(7))  # in the 96-dpi layout's pixels: a point size would be scaled twice
    scene = BlockScene()
    shown_minimum = layout.minimum_minutes
    layout.set_minimum(max(1, round(11 / ppm)))  # put back below: the screen shares these blocks
    scene.prepare(layout, geometry, font)
    colours = light_and_dark()[0]
    pages = 0
    for first in range(0, len(layout.columns), per_page):
        if pages:
            printer.newPage()
        columns = range(first, min(first + per_page, len(layout.columns)))
        painter.save()
        painter.scale(scale, scale)
        painter.setFont(font)
        heading = QFont(font)
        heading.setPixelSize(_pixels(11))
        heading.setBold(True)
        painter.setFont(heading)
        painter.setPen(Qt.GlobalColor.black)
        painter.drawText(QRectF(0, 0, width, TITLE), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
        painter.setFont(font)
        left = geometry.column_left(first)
        top = geometry.y_of(first_minute)
        for column in columns:
            x = GUTTER + geometry.column_left(column) - left
            box = QRectF(x + 2, TITLE, column_width - 4, HEADER)
            text = f"{canvas.column_title(column)}\n{layout.columns[column].subtitle}"
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                             text)
        axis = layout.columns[first].axis
        for tick in axis.ticks:
            if first_minute <= tick.minute <= last_minute:
                y = TITLE + HEADER + geometry.y_of(tick.minute) - top
                painter.drawText(QRectF(0, y - 6, GUTTER - 4, 12), Qt.AlignmentFlag.AlignRight, tick.label)
        area = QRectF(left, top, geometry.column_width * len(columns), geometry.y_of(last_minute) - top)
        painter.translate(GUTTER - left, TITLE + HEADER - top)
        painter.setClipRect(area)
        scene.paint(painter, area, colours, PaintState())
        painter.setClipping(False)
        painter.setPen(QPen(colours.grid, 0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(area)
        painter.restore()
        pages += 1
    painter.end()
    layout.set_minimum(shown_minimum)
    return pages


def _pixels(points: float) -> int:
    return round(points * 96 / 72)


def agenda_html(days: list[AgendaDay], title: str, headers: list[str]) -> str:
    parts = [f"<h2>{html.escape(title)}</h2>"]
    for day in days:
        heading = " · ".join([day_text(day.day), *([day.market] if day.market else []), day.zone_label])
        parts.append(f"<h3>{html.escape(heading)}</h3>")
        parts.append('<table width="100%" cellspacing="0" cellpadding="3" border="0">')
        parts.append("<tr>" + "".join(f"<th align='left'>{html.escape(h)}</th>" for h in headers) + "</tr>")
        for row in day.rows:
            style = " style='color:#6b6b6b; text-decoration: line-through'" if row.activity.is_cancelled else ""
            cells = (row.time_text, row.title, kind_label(row.activity.kind), row.place, row.people,
                     status_label(row.status))
            parts.append(f"<tr{style}>" + "".join(f"<td>{html.escape(c)}</td>" for c in cells) + "</tr>")
        parts.append("</table>")
    return "\n".join(parts)


def print_agenda(days: list[AgendaDay], printer: QPrinter, title: str, headers: list[str]) -> None:
    document = QTextDocument()
    font = QFont()
    font.setPointSizeF(8)
    document.setDefaultFont(font)
    document.setHtml(agenda_html(days, title, headers))
    document.print_(printer)


def grid_title(parts: list[str]) -> str:
    return " · ".join(part for part in parts if part)

