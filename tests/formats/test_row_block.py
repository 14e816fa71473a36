"""RowBlock lays out and splits its rows exactly as reportlab's Table does the same rows."""

from __future__ import annotations

import io

import pdfplumber
import pytest
from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Table

from desktop_app.formats.pdf.rich import Paragraph, span
from desktop_app.formats.pdf.row_block import BlockStyle, RowBlock
from desktop_app.formats.pdf.styles import styles, table_style

BAR, RULE = Color(0.8, 0.2, 0.2), Color(0.5, 0.5, 0.5)
STYLE = BlockStyle(left_width=30 * mm, left_padding=(0, 7), right_padding=6, row_padding=0.6, top_padding=5,
                   bottom_padding=6, bar_width=2.5, bar_colour=BAR, rule_width=0.4, rule_colour=RULE)
WIDTH = 170 * mm


def texts() -> list[tuple[str | None, str]]:
    return [
        ("10:00–10:30", "HAF meeting: 山中的河 & <The Salt Road> 소금길 🎬"),
        ("HKT", "Where HKCEC, HAF Hall (S421)<br/>1 Expo Drive, Wan Chai 灣仔博覽道1號"),
        (None, "With Kim Ji-woo 김지우, Wong Ka-man 黃嘉敏 (optional)"),
        (None, "Notes " + "a long note that wraps over several lines in the small style; " * 6),
        (None, "Link https://example.org/haf"),
    ]


def cells(rows: list[tuple[str | None, str]]) -> list[tuple[Paragraph | None, Paragraph]]:
    st = styles()
    return [(Paragraph(span(left), st.time) if left else None, Paragraph(span(right), st.small))
            for left, right in rows]


def as_table(rows: list[tuple[str | None, str]]) -> Table:
    table = Table([[left or "", right] for left, right in cells(rows)], colWidths=[30 * mm, None], splitByRow=1)
    table.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
        ("LEFTPADDING", (1, 0), (1, -1), 7),
        ("TOPPADDING", (0, 0), (-1, -1), 0.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0.6),
        ("TOPPADDING", (0, 0), (-1, 0), 5),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
        ("LINEBEFORE", (1, 0), (1, -1), 2.5, BAR),
        ("LINEBELOW", (0, -1), (-1, -1), 0.4, RULE),
    ]))
    return table


def drawn_characters(flowable: Flowable) -> list[tuple[str, float, float]]:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(WIDTH + 20, 800))
    _, height = flowable.wrapOn(canvas, WIDTH, 800)
    flowable.drawOn(canvas, 10, 790 - height)
    canvas.save()
    with pdfplumber.open(io.BytesIO(buffer.getvalue())) as pdf:
        return [(c["text"], round(c["x0"], 2), round(c["top"], 2)) for c in pdf.pages[0].chars]


def test_a_block_is_as_high_as_the_table_and_puts_every_character_where_the_table_does() -> None:
    block, table = RowBlock(cells(texts()), STYLE), as_table(texts())
    assert block.wrap(WIDTH, 800) == pytest.approx(table.wrap(WIDTH, 800))
    block_chars, table_chars = drawn_characters(block), drawn_characters(as_table(texts()))
    assert "山" in "".join(c[0] for c in block_chars) and "<" in "".join(c[0] for c in block_chars)
    assert block_chars == table_chars


@pytest.mark.parametrize("height", [40, 60, 90])
def test_it_splits_between_the_same_rows_as_the_table(height: float) -> None:
    block_parts = RowBlock(cells(texts()), STYLE).split(WIDTH, height)
    table_parts = as_table(texts()).split(WIDTH, height)
    assert [len(part.rows) for part in block_parts] == [len(part._cellvalues) for part in table_parts]
    for ours, theirs in zip(block_parts, table_parts, strict=True):
        assert ours.wrap(WIDTH, 800)[1] == pytest.approx(theirs.wrap(WIDTH, 800)[1])


def test_a_first_row_higher_than_the_space_left_does_not_split() -> None:
    assert RowBlock(cells(texts()), STYLE).split(WIDTH, 10) == []
