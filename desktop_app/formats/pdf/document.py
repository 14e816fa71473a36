"""Page template shared by the documents: margins, footer with plan name, date and page x of y."""

from __future__ import annotations

import io
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from desktop_app.domain.dates_text import day_month_year
from desktop_app.domain.timezones import to_local, zone_abbreviation

from .fonts import font_chain
from .styles import MARGIN, MUTED, RULE

FOOTER_SIZE = 7.5


@dataclass(frozen=True, slots=True)
class Footer:
    plan_name: str
    generated: datetime  # UTC instant
    timezone: str  # zone the "generated on" time is shown in

    def generated_text(self) -> str:
        local = to_local(self.generated, self.timezone)
        return f"Generated on {day_month_year(local)}, {local:%H:%M} {zone_abbreviation(self.generated, self.timezone)}"


def _numbered_canvas(footer: Footer) -> type[Canvas]:
    """A canvas that keeps every page until the end, so the footer can say 'page 3 of 7'."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, object]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._draw_footer(number, total)
                super().showPage()
            super().save()

        def _draw_footer(self, number: int, total: int) -> None:
            width, _height = self._pagesize
            chain = font_chain()
            y = MARGIN - 8 * mm
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN, y + 3.2 * mm, width - MARGIN, y + 3.2 * mm)
            self.setFillColor(MUTED)
            generated = footer.generated_text()
            room = width / 2 - chain.string_width(generated, FOOTER_SIZE) / 2 - MARGIN - 12
            chain.draw(self, MARGIN, y, chain.fit(footer.plan_name, FOOTER_SIZE, room), FOOTER_SIZE)
            chain.draw(self, width / 2, y, generated, FOOTER_SIZE, align="centre")
            chain.draw(self, width - MARGIN, y, f"Page {number} of {total}", FOOTER_SIZE, align="right")
            self.restoreState()

    return NumberedCanvas


def build_pdf(story: Sequence[Flowable], *, pagesize: tuple[float, float], title: str, subject: str,
              footer: Footer) -> bytes:
    """Lay ``story`` out on pages of ``pagesize`` and return the PDF."""
    buffer = io.BytesIO()
    width, height = pagesize
    frame = Frame(MARGIN, MARGIN, width - 2 * MARGIN, height - 2 * MARGIN, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc = BaseDocTemplate(
        buffer, pagesize=pagesize, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=MARGIN, title=title, subject=subject, author=footer.plan_name,
        creator="Delegation Planner",
        # reportlab starts every page in Helvetica, a font it never embeds: start in ours.
        initialFontName=font_chain().base, pageTemplates=[PageTemplate(id="page", frames=[frame])],
    )
    with _binary_streams():
        doc.build(list(story), canvasmaker=_numbered_canvas(footer))
    return buffer.getvalue()


_streams_lock = threading.Lock()


@contextmanager
def _binary_streams() -> Iterator[None]:
    """Compressed streams without reportlab's ASCII85 layer on top (its encoder is pure Python
    without the rl_accel extension: 9 % of a pack, and 5 % larger files). reportlab reads the
    switch from its global config while it writes streams, so it is set for our builds only and
    put back after (and our builds take turns at it; documents are built one per process)."""
    with _streams_lock:
        previous = rl_config.useA85
        rl_config.useA85 = 0
        try:
            yield
        finally:
            rl_config.useA85 = previous
