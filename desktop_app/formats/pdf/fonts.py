"""The font chain: which embeddable TrueType font draws each character.

reportlab neither falls back between fonts nor warns: a character missing from the current
font is drawn as an empty box. So every piece of user text is split into runs, each run in
the first font of the chain that has a glyph for all of its characters, and every font is a
TrueType-outline font that reportlab embeds as a subset (CFF/OpenType-outline fonts such as
Debian's Noto CJK cannot be embedded by reportlab).

Chain (see resources/fonts/README.md for sources and licences):
  DejaVu Sans      Latin incl. Vietnamese, Greek, Cyrillic, many symbols
  WenQuanYi Micro Hei  Han (traditional and simplified), Japanese kana, Korean Hangul
  Loma (TLWG)      Thai
  Symbola          emoji and other pictographs (monochrome outlines)
A character no font covers is drawn as U+FFFD '�' so that the loss is visible and never a
silent gap; variation selectors and joiners, which carry no glyph of their own, are dropped.
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from desktop_app.formats.font_files import FONT_CHAIN, locate_font

REPLACEMENT = "\ufffd"
# Characters that only modify their neighbours (emoji presentation selectors, joiners):
# no font here has a glyph for them, and they would otherwise print as boxes.
_INVISIBLE = frozenset("\ufe0e\ufe0f\u200d\u200c\u200b\u2060\ufeff")
_MAX_CACHED_RUNS = 50_000


@dataclass(frozen=True, slots=True)
class _Face:
    regular: str  # reportlab font names as registered
    bold: str
    cmap: frozenset[int]
    bold_cmap: frozenset[int]


class FontChain:
    """Registered fonts plus the per-character choice between them."""

    def __init__(self, faces: tuple[_Face, ...]) -> None:
        self._faces = faces
        self._choice: dict[str, int] = {}
        # The same names, venues and labels come back thousands of times in a pack (and the
        # overview measures each title again and again to fit it): split each text once.
        self._runs: dict[tuple[str, bool], tuple[tuple[str, str], ...]] = {}

    @property
    def base(self) -> str:
        return self._faces[0].regular

    @property
    def base_bold(self) -> str:
        return self._faces[0].bold

    def font_index(self, char: str) -> int:
        """Index of the first font with a glyph for ``char``; -1 when none has one."""
        index = self._choice.get(char)
        if index is None:
            code = ord(char)
            index = next((i for i, face in enumerate(self._faces) if code in face.cmap), -1)
            self._choice[char] = index
        return index

    def runs(self, text: str, bold: bool = False) -> list[tuple[str, str]]:
        """``text`` as (font name, text) runs; a space stays in the run it falls in."""
        key = (text, bold)
        cached = self._runs.get(key)
        if cached is None:
            if len(self._runs) >= _MAX_CACHED_RUNS:
                self._runs.clear()
            cached = self._runs[key] = tuple(self._split(text, bold))
        return list(cached)

    def _split(self, text: str, bold: bool) -> list[tuple[str, str]]:
        runs: list[tuple[str, str]] = []
        current = ""
        chunk: list[str] = []
        for char in printable_text(text):
            if char in _INVISIBLE:
                continue
            if char in " \n":  # no font needs a glyph for these: keep the run going
                font: str | None = current or self._faces[0].regular
            else:
                font = self._font_for(char, bold)
            if font is None:
                char, font = REPLACEMENT, self._faces[0].regular
            if font != current and chunk:
                runs.append((current, "".join(chunk)))
                chunk = []
            current = font
            chunk.append(char)
        if chunk:
            runs.append((current, "".join(chunk)))
        return runs

    def _font_for(self, char: str, bold: bool) -> str | None:
        index = self.font_index(char)
        if index < 0:
            return None
        face = self._faces[index]
        # A bold face may lack a glyph its regular face has: then regular beats a box.
        return face.bold if bold and ord(char) in face.bold_cmap else face.regular

    def markup(self, text: str, bold: bool = False) -> str:
        """Paragraph markup for user text: escaped, never interpreted, every run in its font.

        ``<``, ``&`` and ``>`` are escaped, so ``<img src=…>`` or ``<a href=…>`` in a title
        print as themselves instead of opening files or making links; newlines become breaks.
        """
        parts = []
        for font, chunk in self.runs(text, bold):
            escaped = escape(chunk).replace("\n", "<br/>")
            parts.append(f'<font face="{font}">{escaped}</font>')
        return "".join(parts)

    def string_width(self, text: str, size: float, bold: bool = False) -> float:
        return float(sum(pdfmetrics.stringWidth(chunk, font, size) for font, chunk in self.runs(text, bold)))

    def draw(self, canvas: Canvas, x: float, y: float, text: str, size: float, *, bold: bool = False,
             align: str = "left") -> float:
        """Draw ``text`` on a canvas at baseline ``y``; returns its width."""
        runs = self.runs(text, bold)
        width = float(sum(pdfmetrics.stringWidth(chunk, font, size) for font, chunk in runs))
        if align == "right":
            x -= width
        elif align == "centre":
            x -= width / 2
        for font, chunk in runs:
            canvas.setFont(font, size)
            canvas.drawString(x, y, chunk)
            x += pdfmetrics.stringWidth(chunk, font, size)
        return width

    def fit(self, text: str, size: float, width: float, bold: bool = False) -> str:
        """``text`` cut with an ellipsis so that it fits in ``width`` points."""
        if self.string_width(text, size, bold) <= width:
            return text
        low, high = 0, len(text)
        while low < high:  # longest prefix that fits together with the ellipsis
            middle = (low + high + 1) // 2
            if self.string_width(text[:middle].rstrip() + "…", size, bold) <= width:
                low = middle
            else:
                high = middle - 1
        return text[:low].rstrip() + "…" if low else ""


def printable_text(text: str) -> str:
    """NFC (precomposed Vietnamese letters exist in the fonts; combining marks misplace);
    tabs and other control characters become spaces, line breaks stay."""
    text = unicodedata.normalize("NFC", text or "").replace("\r\n", "\n").replace("\r", "\n")
    return "".join(" " if (unicodedata.category(c) == "Cc" and c != "\n") else c for c in text)


def markup(text: str, bold: bool = False) -> str:
    return font_chain().markup(text, bold)


def _utf16_hex(code_point: int) -> str:
    return chr(code_point).encode("utf-16-be", "surrogatepass").hex().upper()


_reportlab_to_unicode = ttfonts.makeToUnicodeCMap


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap with characters beyond U+FFFF written as UTF-16 surrogate pairs.

    reportlab 4/5 writes 🎬 as ``<1F3AC>``, an odd-length hex string that PDF readers reject, so
    emoji would not come back when text is copied or searched; the PDF spec wants ``<D83CDFAC>``.
    """
    cmap: str = _reportlab_to_unicode(fontname, subset)
    for index, code in enumerate(subset):
        if code > 0xFFFF:  # a no-op should a future reportlab write these lines correctly
            cmap = cmap.replace(f"<{index:02X}> <{code:04X}>\n", f"<{index:02X}> <{_utf16_hex(code)}>\n")
    return cmap


ttfonts.makeToUnicodeCMap = _to_unicode_cmap

_lock = threading.Lock()


@lru_cache(maxsize=1)
def _registered_chain() -> FontChain:
    faces = []
    for spec in FONT_CHAIN:
        regular = TTFont(spec.name, locate_font(spec.regular, spec.system_dirs),
                         subfontIndex=spec.subfont_index)
        pdfmetrics.registerFont(regular)
        bold_name, bold = spec.name, regular
        if spec.bold != spec.regular:
            bold_name = f"{spec.name}-Bold"
            bold = TTFont(bold_name, locate_font(spec.bold, spec.system_dirs), subfontIndex=spec.subfont_index)
            pdfmetrics.registerFont(bold)
        for is_bold in (0, 1):  # so that <b> inside a run of this font finds a face
            for italic in (0, 1):
                addMapping(spec.name, is_bold, italic, bold_name if is_bold else spec.name)
                if bold_name != spec.name:
                    addMapping(bold_name, is_bold, italic, bold_name if is_bold else spec.name)
        faces.append(_Face(spec.name, bold_name, frozenset(regular.face.charToGlyph),
                           frozenset(bold.face.charToGlyph)))
    return FontChain(tuple(faces))


def font_chain() -> FontChain:
    """The chain, registering its fonts with reportlab on first use."""
    with _lock:
        return _registered_chain()
