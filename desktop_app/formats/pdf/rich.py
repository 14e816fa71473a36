"""Building paragraphs from user text (always escaped, font runs applied) and our own labels.

A pack repeats the same pieces of text thousands of times: venue names and addresses, contact
lines, labels, and the same activity in every attendee's itinerary. So the markup of a piece of
text (its font runs) is made once per process (``span``), and :class:`Paragraph` parses each
distinct markup once and breaks it into lines once per width; a document then differs from a
serial, uncached rendering in no byte (``tests/formats/test_pdf_cache.py``).
"""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import paragraph as reportlab_paragraph

from .fonts import font_chain

MAX_CACHED = 50_000
"""Entries each cache holds before it starts afresh (a 5,000-activity pack needs ~25,000)."""

_parsed: dict[tuple[str, int], tuple[Any, ParagraphStyle]] = {}
_broken: dict[tuple[str, int, float], tuple[Any, float, list[float], ParagraphStyle]] = {}
_spans: dict[tuple[str, bool, str | None, float | None, bool], str] = {}
_min_widths: dict[tuple[str, int], tuple[float, ParagraphStyle]] = {}


def _remember(cache: dict[Any, Any], key: Any, value: Any) -> None:
    if len(cache) >= MAX_CACHED:
        cache.clear()
    if MAX_CACHED:  # 0 turns caching off (the tests' reference rendering)
        cache[key] = value


class Paragraph(reportlab_paragraph.Paragraph):
    """reportlab's Paragraph, parsing and line-breaking each distinct (markup, style, width) once.

    Parsed fragments, broken lines and minimum widths are only read when the paragraph is laid out and drawn,
    so instances share them. ``split`` (a paragraph cut at a frame's foot) rewrites them, so it
    runs on a fresh, uncached paragraph. Styles are keyed by identity and kept alive by the
    cache, so an id is never reused while its entries live.
    """

    blPara: Any  # what reportlab's wrap sets
    height: float
    _wrapWidths: list[float]

    def __init__(self, text: str, style: ParagraphStyle) -> None:
        key = (text, id(style))
        cached = _parsed.get(key)
        if cached is None:
            super().__init__(text, style)
            _remember(_parsed, key, (self.frags, style))
        else:
            super().__init__(text, style, frags=cached[0])
            self.text = text

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        key = (self.text, id(self.style), availWidth)
        cached = _broken.get(key)
        if cached is None:
            width, height = super().wrap(availWidth, availHeight)
            if width:  # 0: it cannot fit here, nothing was broken into lines
                _remember(_broken, key, (self.blPara, self.height, self._wrapWidths, self.style))
            return width, height
        self.width = availWidth
        blocks, height, widths, _style = cached
        self.blPara, self.height, self._wrapWidths = blocks, height, widths
        return availWidth, height

    def minWidth(self) -> float:
        """What a table asks of every cell in a column without a width: once per distinct text."""
        key = (self.text, id(self.style))
        cached = _min_widths.get(key)
        if cached is None:
            width = float(super().minWidth())
            _remember(_min_widths, key, (width, self.style))
            return width
        return cached[0]

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        fresh = reportlab_paragraph.Paragraph(self.text, self.style)
        return list(fresh.split(availWidth, availHeight))


def span(text: str, *, bold: bool = False, colour: colors.Color | None = None, size: float | None = None,
         strike: bool = False) -> str:
    """Markup for one piece of text; user text is escaped and never read as markup."""
    hexval = colour.hexval() if colour is not None else None
    key = (text, bold, hexval, size, strike)
    cached = _spans.get(key)
    if cached is not None:
        return cached
    inner = font_chain().markup(text, bold)
    if inner:
        if strike:
            inner = f"<strike>{inner}</strike>"
        attributes = []
        if hexval is not None:
            attributes.append(f'color="#{hexval[2:]}"')
        if size is not None:
            attributes.append(f'size="{size:g}"')
        if attributes:
            inner = f"<font {' '.join(attributes)}>{inner}</font>"
    _remember(_spans, key, inner)
    return inner


def para(style: ParagraphStyle, *pieces: str, separator: str = "") -> Paragraph:
    """A paragraph of markup pieces made with :func:`span`; empty pieces are skipped."""
    return Paragraph(separator.join(piece for piece in pieces if piece), style)


def text_para(text: str, style: ParagraphStyle, **span_options: object) -> Paragraph:
    return Paragraph(span(text, **span_options), style)  # type: ignore[arg-type]


def joined(*parts: str, separator: str = " · ") -> str:
    """Non-empty plain-text parts joined, e.g. 'Producer · Golden Harbour Films'."""
    return separator.join(part.strip() for part in parts if part and part.strip())


def unbroken(text: str) -> str:
    """``text`` with no-break spaces, so a phone number never wraps in the middle."""
    return text.strip().replace(" ", "\u00a0")
