"""QR codes as vector drawings (sharp at any zoom, a few hundred bytes each)."""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import quote, urlencode

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab.lib import colors
from reportlab.pdfgen.pathobject import PDFPathObject
from reportlab.platypus import Flowable

from desktop_app.domain.places import Venue


def map_url(venue: Venue) -> str | None:
    """A maps link that phones open in their map app; None when nothing locates the venue."""
    if venue.latitude is not None and venue.longitude is not None:
        query = f"{venue.latitude:.6f},{venue.longitude:.6f}"
    elif venue.address:
        query = venue.address
    else:
        return None
    return "https://www.google.com/maps/search/?" + urlencode({"api": "1", "query": query}, quote_via=quote)


@lru_cache(maxsize=512)
def _matrix(data: str) -> tuple[tuple[bool, ...], ...]:
    """The modules of the code; cached, as choosing the mask takes ~15 ms and every itinerary of
    a pack shows the same venues."""
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=2)
    code.add_data(data)
    code.make(fit=True)
    return tuple(tuple(row) for row in code.get_matrix())


class QrCode(Flowable):
    """A square QR code of ``size`` points encoding ``data``, quiet zone included.

    Drawn straight on the canvas rather than as a reportlab Drawing, whose renderer selects
    Helvetica, a font that would then be listed in the PDF without being embedded.
    """

    def __init__(self, data: str, size: float) -> None:
        super().__init__()
        self.matrix = _matrix(data)
        self.size = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        canvas, size = self.canv, self.size
        canvas.saveState()
        canvas.setFillColor(colors.white)
        canvas.rect(0, 0, size, size, stroke=0, fill=1)
        canvas.setFillColor(colors.black)
        canvas.drawPath(_modules_path(self.matrix, size), stroke=0, fill=1)
        canvas.restoreState()


@lru_cache(maxsize=512)
def _modules_path(matrix: tuple[tuple[bool, ...], ...], size: float) -> PDFPathObject:
    """The dark modules as one path, built once per code and size: every itinerary of a pack
    draws the same venues' codes (a canvas only reads a path it draws)."""
    module = size / len(matrix)
    path = PDFPathObject()
    for row_index, row in enumerate(matrix):
        y = size - (row_index + 1) * module
        column = 0
        while column < len(row):  # one rectangle per horizontal run of dark modules
            if not row[column]:
                column += 1
                continue
            start = column
            while column < len(row) and row[column]:
                column += 1
            # a hair taller than a module so that viewers draw no seams between rows
            path.rect(start * module, y - 0.05, (column - start) * module, module + 0.1)
    return path
