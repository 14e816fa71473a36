"""Building paragraphs from user text (always escaped, font runs applied) and our own labels."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from .fonts import font_chain


def span(text: str, *, bold: bool = False, colour: colors.Color | None = None, size: float | None = None,
         strike: bool = False) -> str:
    """Markup for one piece of text; user text is escaped and never read as markup."""
    inner = font_chain().markup(text, bold)
    if not inner:
        return ""
    if strike:
        inner = f"<strike>{inner}</strike>"
    attributes = []
    if colour is not None:
        attributes.append(f'color="#{colour.hexval()[2:]}"')
    if size is not None:
        attributes.append(f'size="{size:g}"')
    return f"<font {' '.join(attributes)}>{inner}</font>" if attributes else inner


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
