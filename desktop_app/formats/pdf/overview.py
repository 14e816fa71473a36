"""Delegation overview: per day, one landscape grid of delegates × hours, readable at 30+ rows."""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from desktop_app.domain.activities import ActivityKind, ActivityStatus
from desktop_app.domain.dates_text import short_weekday
from desktop_app.domain.local_time import plan_days, zone_label
from desktop_app.domain.people import Delegate
from desktop_app.domain.plan import Plan
from desktop_app.domain.timezones import abbreviation_of, to_local

from .days import DayPiece, DayZones, day_heading, pieces_by_day, zones_caption, zones_of_day
from .document import Footer, build_pdf
from .fonts import font_chain
from .rich import Paragraph, span
from .styles import BAND, INK, MARGIN, MUTED, RULE, kind_colour, page_size, styles

NAME_COLUMN = 50 * mm
HEADING_HEIGHT = 14 * mm
AXIS_HEIGHT = 12
LEGEND_HEIGHT = 16
MIN_ROW = 12.5
MAX_ROW = 20
LABEL_SIZE = 6.6
NAME_SIZE = 7.4


@dataclass(frozen=True, slots=True)
class Row:
    """A grid row: a delegation's heading (delegate None) or one delegate and their pieces."""

    label: str
    delegate: Delegate | None
    pieces: tuple[DayPiece, ...] = ()


def render_overview(plan: Plan, *, paper: str = "a4", now: datetime) -> bytes:
    """One grid per day (and per page of delegates). A day's hours run in the zone of its
    earliest activity; on a day in several zones each block sits at its instant on that axis
    and names its own local time when that is another zone's."""
    pagesize = page_size(paper, wide=True)
    shown_activities = [a for a in plan.activities if a.attendees and not a.is_cancelled]
    days = pieces_by_day(plan, shown_activities)
    usable_height = pagesize[1] - 2 * MARGIN - HEADING_HEIGHT
    story: list[Flowable] = []
    for day in plan_days(plan, shown_activities):
        pieces = days.get(day, [])
        zones = zones_of_day(plan, day, pieces)
        rows = _rows(plan, pieces)
        per_page = page_rows(pagesize)
        chunks = [rows[i:i + per_page] for i in range(0, len(rows), per_page)] or [[]]
        first, last = _hours(pieces, day, zones.axis)
        for number, chunk in enumerate(chunks, start=1):
            if story:
                story.append(PageBreak())
            story.append(_heading(plan, zones, number, len(chunks)))
            story.append(Spacer(1, 2 * mm))
            story.append(DayGrid(zones, chunk, first, last, usable_height))
    if not story:
        story.append(Paragraph(span("The plan has no activities yet."), styles().body))
    footer = Footer(plan.settings.name, now, plan.market_timezone)
    return build_pdf(story, pagesize=pagesize, title=f"Delegation overview — {plan.settings.name}",
                     subject=plan.settings.name, footer=footer)


def _heading(plan: Plan, zones: DayZones, number: int, count: int) -> Paragraph:
    st = styles()
    day = zones.day
    market = plan.market_on(day)
    parts = [span("Delegation overview  ", colour=MUTED), span(day_heading(day), bold=True)]
    if market:
        parts.append(span(f"  ·  {market.name}"))
    parts.append(span(f"  ·  {zones_caption(zones)}", colour=MUTED))
    if zones.mixed:
        parts.append(span(f", hours in {zone_label(day, zones.axis)}", colour=MUTED))
    if count > 1:
        parts.append(span(f"  ·  part {number} of {count}", colour=MUTED))
    return Paragraph("".join(parts), st.heading)


def _rows(plan: Plan, pieces: list[DayPiece]) -> list[Row]:
    by_delegate: dict[int, list[DayPiece]] = defaultdict(list)
    for piece in pieces:
        for delegate_id in piece.activity.delegate_ids:
            by_delegate[delegate_id].append(piece)
    rows: list[Row] = []
    delegations = sorted(plan.delegations, key=lambda d: d.name.casefold())
    groups = [(d.name, plan.delegates_of(d.id)) for d in delegations]  # type: ignore[arg-type]
    groups.append(("Other delegates", [d for d in plan.delegates if d.delegation_id is None]))
    for name, members in groups:
        if not members:
            continue
        rows.append(Row(name, None))
        for delegate in sorted(members, key=lambda d: d.name.casefold()):
            pieces = by_delegate.get(delegate.id, []) if delegate.id is not None else []  # unsaved: none
            rows.append(Row(delegate.display_name, delegate, tuple(pieces)))
    return rows


def axis_hours(moment: datetime, day: date, axis_zone: str) -> float:
    """Where ``moment`` lies on the wall clock of ``day`` in ``axis_zone``, in hours from its
    midnight: 24 is the next midnight, and on a day in several zones another zone's activity may
    lie before 0 or after 24."""
    local = to_local(moment, axis_zone)
    return (local.date() - day).days * 24 + local.hour + local.minute / 60 + local.second / 3600


def _hours(pieces: list[DayPiece], day: date, axis_zone: str) -> tuple[int, int]:
    """The hours the grid spans: at least 08–20, widened to every piece of the day."""
    first, last = 8, 20
    for piece in pieces:
        first = min(first, math.floor(axis_hours(piece.start, day, axis_zone)))
        last = max(last, math.ceil(axis_hours(piece.end, day, axis_zone)))
    return first, last


def _lanes(pieces: tuple[DayPiece, ...]) -> list[tuple[DayPiece, int, int]]:
    """(piece, lane, lane count): overlapping pieces share the row height side by side."""
    placed: list[tuple[DayPiece, int]] = []
    lane_ends: list[datetime] = []
    for piece in sorted(pieces, key=lambda p: (p.start, p.end)):
        lane = next((i for i, end in enumerate(lane_ends) if end <= piece.start), None)
        if lane is None:
            lane = len(lane_ends)
            lane_ends.append(piece.end)
        else:
            lane_ends[lane] = piece.end
        placed.append((piece, lane))
    count = max(len(lane_ends), 1)
    return [(piece, lane, count) for piece, lane in placed]


def _text_colour(colour: colors.Color) -> colors.Color:
    luminance = 0.299 * colour.red + 0.587 * colour.green + 0.114 * colour.blue
    return INK if luminance > 0.6 else colors.white


def _tint(colour: colors.Color, amount: float) -> colors.Color:
    """``colour`` mixed with white (amount 1 is white)."""
    return colors.Color(*(c + (1 - c) * amount for c in (colour.red, colour.green, colour.blue)))


class DayGrid(Flowable):
    """Delegates down the side, hours across; each activity a coloured block with its title."""

    def __init__(self, zones: DayZones, rows: list[Row], first_hour: int, last_hour: int,
                 max_height: float) -> None:
        super().__init__()
        self.zones, self.day, self.rows = zones, zones.day, rows
        self.first_hour, self.last_hour = first_hour, last_hour
        space = max_height - AXIS_HEIGHT - LEGEND_HEIGHT
        self.row_height = min(MAX_ROW, space / max(len(rows), 1))

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.height = AXIS_HEIGHT + self.row_height * len(self.rows) + LEGEND_HEIGHT
        return self.width, self.height

    def _x(self, moment: datetime) -> float:
        """Position on the day's axis; the end of a piece cut at midnight is hour 24 of its day."""
        return float(NAME_COLUMN + (axis_hours(moment, self.day, self.zones.axis) - self.first_hour) * self.hour_width)

    def _hour_label(self, hour: int) -> str:
        """'09:00'; a midnight other than the day's own names its day ('Tue 13'), on a grid that
        runs into the next day."""
        if hour % 24 == 0 and hour != 0:
            other = self.day + timedelta(days=hour // 24)
            return f"{short_weekday(other)} {other.day}"
        return f"{hour % 24:02d}:00"

    def draw(self) -> None:
        canvas = self.canv
        chain = font_chain()
        self.hour_width = (self.width - NAME_COLUMN) / (self.last_hour - self.first_hour)
        top = self.height - AXIS_HEIGHT
        canvas.saveState()
        # hour axis and vertical lines
        canvas.setFillColor(MUTED)
        chain.draw(canvas, 3, top + 3, f"Hours in {zone_label(self.day, self.zones.axis)}", 6.8)
        # a label every hour while they fit (a grid past midnight has more), else every few hours
        step = next((n for n in (1, 2, 3, 4) if n * self.hour_width >= chain.string_width("Wed 30", 6.8) + 3), 6)
        for index, hour in enumerate(range(self.first_hour, self.last_hour + 1)):
            x = NAME_COLUMN + index * self.hour_width
            if hour < self.last_hour and (hour % step == 0 or step == 1):
                chain.draw(canvas, x + 2, top + 3, self._hour_label(hour), 6.8)
            midnight = hour % 24 == 0 and self.first_hour < hour < self.last_hour
            canvas.setStrokeColor(MUTED if midnight else RULE)
            canvas.setLineWidth(1.0 if midnight else 0.6)
            canvas.line(x, LEGEND_HEIGHT, x, top)
            if hour < self.last_hour:
                canvas.setLineWidth(0.25)
                canvas.setDash(1, 2)
                canvas.line(x + self.hour_width / 2, LEGEND_HEIGHT, x + self.hour_width / 2, top)
                canvas.setDash()
        for index, row in enumerate(self.rows):
            y = top - (index + 1) * self.row_height
            self._draw_row(row, y, index)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(0, LEGEND_HEIGHT, self.width, LEGEND_HEIGHT)
        self._draw_legend()
        canvas.restoreState()

    def _draw_row(self, row: Row, y: float, index: int) -> None:
        canvas, chain, h = self.canv, font_chain(), self.row_height
        baseline = y + (h - NAME_SIZE) / 2 + 1.2
        if row.delegate is None:  # a delegation's heading row
            canvas.setFillColor(BAND)
            canvas.rect(0, y, self.width, h, stroke=0, fill=1)
            canvas.setFillColor(INK)
            chain.draw(canvas, 3, baseline, chain.fit(row.label, NAME_SIZE, self.width / 2, True), NAME_SIZE,
                       bold=True)
            return
        if index % 2 == 0:
            canvas.setFillColor(colors.HexColor("#f7f8fb"))
            canvas.rect(0, y, self.width, h, stroke=0, fill=1)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.25)
        canvas.line(0, y, self.width, y)
        canvas.setFillColor(INK)
        chain.draw(canvas, 6, baseline, chain.fit(row.label, NAME_SIZE, NAME_COLUMN - 10), NAME_SIZE)
        for piece, lane, lanes in _lanes(row.pieces):
            self._draw_block(piece, y + h - (lane + 1) * h / lanes, h / lanes)

    def _draw_block(self, piece: DayPiece, y: float, height: float) -> None:
        canvas, chain = self.canv, font_chain()
        x0, x1 = self._x(piece.start), self._x(piece.end)
        x0, x1 = max(x0, NAME_COLUMN), min(x1, self.width)
        if x1 <= x0:
            return
        colour = kind_colour(piece.activity.kind)
        tentative = piece.activity.status in (ActivityStatus.TENTATIVE, ActivityStatus.PROPOSED)
        fill = _tint(colour, 0.55) if tentative else colour
        canvas.setFillColor(fill)
        canvas.setStrokeColor(colour if tentative else colors.white)
        canvas.setLineWidth(0.7 if tentative else 0.4)
        if tentative:
            canvas.setDash(2, 1.5)
        canvas.rect(x0 + 0.4, y + 0.8, x1 - x0 - 0.8, height - 1.6, stroke=1, fill=1)
        canvas.setDash()
        size = min(LABEL_SIZE, height - 3)
        if x1 - x0 > 10 and size >= 4.5:
            label = chain.fit(self._block_text(piece), size, x1 - x0 - 4)
            canvas.setFillColor(INK if tentative else _text_colour(colour))
            chain.draw(canvas, x0 + 2, y + (height - size) / 2 + 1, label, size)

    def _block_text(self, piece: DayPiece) -> str:
        """The title; on a mixed day an activity of another zone than the axis's starts with its
        own local time: '00:30 KST · Flight ICN → NCE'."""
        if not self.zones.mixed or zone_label(self.day, piece.zone_name) == zone_label(self.day, self.zones.axis):
            return piece.activity.title
        return f"{piece.start:%H:%M} {abbreviation_of(piece.start)} · {piece.activity.title}"

    def _draw_legend(self) -> None:
        canvas, chain = self.canv, font_chain()
        x, y = NAME_COLUMN, 3
        for kind in ActivityKind:
            canvas.setFillColor(kind_colour(kind))
            canvas.rect(x, y, 7, 7, stroke=0, fill=1)
            canvas.setFillColor(MUTED)
            x += 9 + chain.draw(canvas, x + 9, y + 1, kind.label, 6.5) + 8
        canvas.setFillColor(_tint(kind_colour(ActivityKind.MEETING), 0.55))
        canvas.setStrokeColor(kind_colour(ActivityKind.MEETING))
        canvas.setDash(2, 1.5)
        canvas.rect(x, y, 14, 7, stroke=1, fill=1)
        canvas.setDash()
        canvas.setFillColor(MUTED)
        chain.draw(canvas, x + 17, y + 1, "tentative or proposed", 6.5)


def page_rows(pagesize: tuple[float, float]) -> int:
    """How many grid rows fit on one page of ``pagesize`` (used by tests and the GUI preview)."""
    usable = pagesize[1] - 2 * MARGIN - HEADING_HEIGHT - AXIS_HEIGHT - LEGEND_HEIGHT
    rows: int = math.floor(usable / MIN_ROW)
    return max(1, rows)
