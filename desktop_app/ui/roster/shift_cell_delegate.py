"""How one shift is drawn in the roster grid, and where its parts are (for clicks and drags).

A cell has a status line (confirmed, tentative, open, or proposed with its tick box) and a place
per person the duty allows: people on duty as chips; places still needed below the minimum as
red dashed "empty" outlines; optional places up to the maximum as dotted "free" ones. While a
proposal is shown, the people it would put on are ghost chips (dashed, italic) and those it
would take off are struck through, so a proposal never reads as what the plan holds.
``seats`` is the one layout both painting and hit-testing use.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionButton, QStyleOptionViewItem, QWidget

from desktop_app.ui.roster.roster_grid_model import CELL_ROLE
from desktop_app.ui.roster.roster_rows import ShiftCell
from desktop_app.ui.style import colours, is_dark

Index = QModelIndex | QPersistentModelIndex

PADDING = 4
SPACING = 3
TICK = 16
DUTY_COLOUR = "#5b8c3a"
"""Booth duty's colour in the itineraries: the cells' tint."""


class SeatKind(StrEnum):
    PERSON = "person"
    """On duty (in the plan, and in the proposal when one is shown)."""
    GHOST = "ghost"
    """The proposal puts them on; the plan does not (yet)."""
    LEAVING = "leaving"
    """On duty in the plan; the proposal takes them off."""
    EMPTY = "empty"
    """A place below the minimum that nobody fills."""
    FREE = "free"
    """An optional place, up to the maximum."""


@dataclass(frozen=True, slots=True)
class Seat:
    kind: SeatKind
    rect: QRect
    person_id: int | None = None

    @property
    def takes_a_person(self) -> bool:
        """A place someone dragged here can take (an empty or free one)."""
        return self.kind in (SeatKind.EMPTY, SeatKind.FREE)


def chip_height(metrics: QFontMetrics) -> int:
    return metrics.height() + 6


def cell_height(metrics: QFontMetrics, places: int) -> int:
    """Tall enough for the status line and ``places`` chips."""
    return 2 * PADDING + metrics.height() + SPACING + places * (chip_height(metrics) + SPACING)


def tick_rect(rect: QRect) -> QRect:
    return QRect(rect.right() - PADDING - TICK + 1, rect.top() + PADDING, TICK, TICK)


def seats(rect: QRect, cell: ShiftCell, metrics: QFontMetrics) -> list[Seat]:
    """Every place of ``cell`` drawn in ``rect``, top to bottom."""
    found: list[tuple[SeatKind, int | None]] = []
    on_duty = set(cell.staff)
    for person in cell.shown_staff:
        kind = SeatKind.GHOST if cell.proposed is not None and person not in on_duty else SeatKind.PERSON
        found.append((kind, person))
    if cell.proposed is not None:
        found += [(SeatKind.LEAVING, p) for p in cell.staff if p not in cell.proposed]
    shown = len(cell.shown_staff)
    found += [(SeatKind.EMPTY, None)] * max(cell.least - shown, 0)
    found += [(SeatKind.FREE, None)] * max(cell.most - max(shown, cell.least), 0)
    top = rect.top() + PADDING + metrics.height() + SPACING
    height = chip_height(metrics)
    width = rect.width() - 2 * PADDING
    placed = []
    for kind, occupant in found:
        placed.append(Seat(kind, QRect(rect.left() + PADDING, top, width, height), occupant))
        top += height + SPACING
    return placed


class ShiftCellDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names: dict[int, str] = {}
        """Short names by delegate id, set by the view for each day."""
        self.drop_target: tuple[QPersistentModelIndex, int] | None = None
        """(cell, seat number) a drag would drop on: outlined while dragging."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        cell = index.data(CELL_ROLE)
        places = cell.most if isinstance(cell, ShiftCell) else 1
        return QSize(170, cell_height(option.fontMetrics, places))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        cell = index.data(CELL_ROLE)
        palette = option.palette
        rect = option.rect.adjusted(1, 1, -1, -1)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not isinstance(cell, ShiftCell):
            painter.restore()
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        self._paint_frame(painter, rect, cell, palette, selected)
        self._paint_status(painter, rect, cell, option, index)
        metrics = option.fontMetrics
        for number, seat in enumerate(seats(option.rect, cell, metrics)):
            target = self.drop_target is not None and self.drop_target[0] == index and self.drop_target[1] == number
            self._paint_seat(painter, seat, palette, option.font, target)
        painter.restore()

    # --- parts ----------------------------------------------------------------------------

    def _paint_frame(self, painter: QPainter, rect: QRect, cell: ShiftCell, palette: QPalette, selected: bool) -> None:
        tint = QColor(DUTY_COLOUR)
        fill = QColor(palette.color(QPalette.ColorRole.Base))
        share = 0.0 if cell.activity is None else (0.30 if cell.confirmed else 0.12)
        if is_dark(palette):
            share *= 0.8
        fill = _mix(fill, tint, share)
        pen = QPen(palette.color(QPalette.ColorRole.Highlight) if selected else _mix(
            palette.color(QPalette.ColorRole.Mid), tint, 0.5), 2 if selected else 1)
        pen.setStyle(Qt.PenStyle.SolidLine if cell.confirmed or selected else Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 4, 4)

    def _paint_status(self, painter: QPainter, rect: QRect, cell: ShiftCell, option: QStyleOptionViewItem,
                      index: Index) -> None:
        small = QFont(option.font)
        small.setPointSizeF(max(small.pointSizeF() * 0.85, 6.0))
        painter.setFont(small)
        muted = QColor(colours(option.palette).muted_text)
        painter.setPen(muted)
        if cell.proposed is not None:
            text = self.tr("Proposed")
        elif cell.activity is None:
            text = self.tr("Open")
        elif cell.confirmed:
            text = self.tr("✔ Confirmed")
        else:
            text = self.tr("Tentative")
        line = QRect(rect.left() + PADDING, rect.top() + PADDING - 1, rect.width() - 2 * PADDING - TICK,
                     option.fontMetrics.height())
        painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        if cell.proposed is not None:
            box = QStyleOptionButton()
            box.rect = tick_rect(option.rect)
            box.state = QStyle.StateFlag.State_Enabled | (
                QStyle.StateFlag.State_On if index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
                else QStyle.StateFlag.State_Off)
            widget = option.widget
            style = widget.style() if widget is not None else None
            if style is not None:
                style.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorCheckBox, box, painter, widget)

    def _paint_seat(self, painter: QPainter, seat: Seat, palette: QPalette, font: QFont, target: bool) -> None:
        text_colour = palette.color(QPalette.ColorRole.Text)
        chip_font = QFont(font)
        if seat.kind in (SeatKind.PERSON, SeatKind.GHOST, SeatKind.LEAVING):
            name = self.names.get(seat.person_id or 0, f"#{seat.person_id}")
            pen = QPen(palette.color(QPalette.ColorRole.Mid), 1)
            brush = palette.color(QPalette.ColorRole.Button)
            if seat.kind is SeatKind.GHOST:
                pen = QPen(palette.color(QPalette.ColorRole.Highlight), 1.5, Qt.PenStyle.DashLine)
                brush = _mix(palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Highlight),
                             0.10)
                chip_font.setItalic(True)
                name = "+ " + name
            elif seat.kind is SeatKind.LEAVING:
                brush = QColor(Qt.GlobalColor.transparent)
                chip_font.setStrikeOut(True)
                text_colour = QColor(colours(palette).muted_text)
        elif seat.kind is SeatKind.EMPTY:
            name = self.tr("empty")
            pen = QPen(QColor(colours(palette).conflict_text), 1.2, Qt.PenStyle.DashLine)
            brush = QColor(Qt.GlobalColor.transparent)
            text_colour = QColor(colours(palette).conflict_text)
        else:
            name = self.tr("free")
            pen = QPen(palette.color(QPalette.ColorRole.Mid), 1, Qt.PenStyle.DotLine)
            brush = QColor(Qt.GlobalColor.transparent)
            text_colour = QColor(colours(palette).muted_text)
        if target:
            pen = QPen(palette.color(QPalette.ColorRole.Highlight), 2.5)
        painter.setPen(pen)
        painter.setBrush(brush)
        painter.drawRoundedRect(seat.rect, 3, 3)
        painter.setFont(chip_font)
        painter.setPen(text_colour)
        metrics = QFontMetrics(chip_font)
        inner = seat.rect.adjusted(6, 0, -6, 0)
        painter.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         metrics.elidedText(name, Qt.TextElideMode.ElideRight, inner.width()))


def _mix(base: QColor, tint: QColor, share: float) -> QColor:
    return QColor(round(base.red() + (tint.red() - base.red()) * share),
                  round(base.green() + (tint.green() - base.green()) * share),
                  round(base.blue() + (tint.blue() - base.blue()) * share))
