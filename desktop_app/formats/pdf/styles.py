"""Paper sizes, colours and paragraph styles shared by every document."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER, landscape, portrait
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import TableStyle

from desktop_app.domain.activities import ActivityKind, ActivityStatus
from desktop_app.domain.errors import ValidationError

from .fonts import font_chain

PAPER_SIZES = {"a4": A4, "letter": LETTER}

INK = colors.HexColor("#1d2330")
MUTED = colors.HexColor("#5b6475")
RULE = colors.HexColor("#c9ced8")
BAND = colors.HexColor("#eef1f6")
ACCENT = colors.HexColor("#1f4e8c")
TENTATIVE = colors.HexColor("#b26a00")
CANCELLED = colors.HexColor("#b3261e")

KIND_COLOURS = {
    ActivityKind.WORKSHOP: "#4c78a8",
    ActivityKind.PANEL: "#6f5aa8",
    ActivityKind.NETWORKING: "#2f9e8f",
    ActivityKind.HAF_MEETING: "#d0583b",
    ActivityKind.MEETING: "#e08a2c",
    ActivityKind.BOOTH_MEETING: "#c9a227",
    ActivityKind.SCREENING: "#3b8bd0",
    ActivityKind.RECEPTION: "#b1568f",
    ActivityKind.TRAVEL: "#8c96a5",
    ActivityKind.PERSONAL: "#a7adb8",
    ActivityKind.BOOTH_DUTY: "#5b8c3a",
}

STATUS_LABELS = {
    ActivityStatus.PROPOSED: "Proposed",
    ActivityStatus.TENTATIVE: "Tentative",
    ActivityStatus.CONFIRMED: "Confirmed",
    ActivityStatus.CANCELLED: "Cancelled",
}

MARGIN = 16 * mm


def kind_colour(kind: ActivityKind) -> colors.Color:
    return colors.HexColor(KIND_COLOURS[kind])


def page_size(paper: str, *, wide: bool = False) -> tuple[float, float]:
    """The page size for ``paper`` ('a4' or 'letter'), portrait or landscape."""
    size = PAPER_SIZES.get((paper or "").strip().lower())
    if size is None:
        raise ValidationError("paper", f"'{paper}' is not a paper size; use a4 or letter")
    width, height = landscape(size) if wide else portrait(size)
    return float(width), float(height)


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    day: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    time: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle


@lru_cache(maxsize=1)
def styles() -> Styles:
    chain = font_chain()
    base = ParagraphStyle("base", fontName=chain.base, fontSize=9.5, leading=12.5, textColor=INK)

    def derive(name: str, **changes: object) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **changes)

    return Styles(
        title=derive("title", fontName=chain.base_bold, fontSize=20, leading=25, textColor=INK),
        subtitle=derive("subtitle", fontSize=12, leading=16, textColor=MUTED),
        heading=derive("heading", fontName=chain.base_bold, fontSize=12.5, leading=16, textColor=ACCENT,
                       spaceBefore=10, spaceAfter=4),
        day=derive("day", fontName=chain.base_bold, fontSize=12.5, leading=16, textColor=colors.white),
        body=base,
        small=derive("small", fontSize=8.5, leading=11),
        muted=derive("muted", fontSize=8.5, leading=11, textColor=MUTED),
        time=derive("time", fontName=chain.base_bold, fontSize=10, leading=13),
        cell=derive("cell", fontSize=8, leading=10),
        cell_head=derive("cell_head", fontName=chain.base_bold, fontSize=8, leading=10, textColor=colors.white),
    )


def table_style(commands: list[tuple[object, ...]]) -> TableStyle:
    """A TableStyle whose cells default to our font: reportlab's default, Helvetica, is never
    embedded, and it would be used even for an empty cell."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), font_chain().base), *commands])
