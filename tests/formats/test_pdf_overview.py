"""The delegation overview (landscape grid per day) and the daily run sheet."""

from __future__ import annotations

import io
import itertools
import re
from datetime import date

import pdfplumber
import pytest
from reportlab.lib.pagesizes import A4, LETTER, landscape

from desktop_app.formats.pdf import render_overview, render_run_sheet
from desktop_app.formats.pdf.overview import page_rows
from tests.formats.pdf_sample import (
    EMOJI_TITLE,
    HOSTILE_TITLE,
    MIDNIGHT_TITLE,
    NAMES,
    NOW,
    fonts_of,
    page_sizes,
    pdf_pages_text,
    pdf_text,
    sample_plan,
    squash,
)

MARKET_DAYS = ("Monday 17 March 2025", "Tuesday 18 March 2025", "Wednesday 19 March 2025",
               "Thursday 20 March 2025")


def _size(size: tuple[float, float]) -> tuple[float, float]:
    return round(size[0], 1), round(size[1], 1)


@pytest.mark.parametrize(("paper", "size"), [("a4", A4), ("letter", LETTER)])
def test_thirty_delegates_fit_one_landscape_page_per_day(paper: str, size: tuple[float, float]) -> None:
    plan = sample_plan(extra_delegates=23)  # 7 + 23 = 30 delegates in two delegations
    data = render_overview(plan, paper=paper, now=NOW)
    pages = pdf_pages_text(data)
    assert len(pages) == len(MARKET_DAYS)
    assert set(page_sizes(data)) == {_size(landscape(size))}
    for page, day in zip(pages, MARKET_DAYS, strict=True):
        assert day in page
        for delegate in plan.delegates:
            assert squash(delegate.display_name) in squash(page)


def test_rows_stay_readable_with_thirty_delegates() -> None:
    data = render_overview(sample_plan(extra_delegates=23), paper="a4", now=NOW)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        names = [c for c in pdf.pages[0].chars  # the "D" of each "Delegate NN" in the name column
                 if c["text"] == "D" and c["x0"] < 60 and c["size"] < 10]
        assert len(names) == 23
        assert min(c["size"] for c in names) >= 7
        tops = sorted(c["top"] for c in names)
        assert min(b - a for a, b in itertools.pairwise(tops)) >= 12  # points between rows


def test_more_delegates_than_a_page_holds_continue_on_a_second_page_of_the_day() -> None:
    plan = sample_plan(extra_delegates=40)
    rows = len(plan.delegates) + len(plan.delegations)  # each delegation has a heading row
    assert page_rows(landscape(A4)) < rows <= 2 * page_rows(landscape(A4))
    pages = pdf_pages_text(render_overview(plan, paper="a4", now=NOW))
    assert len(pages) == 2 * len(MARKET_DAYS)
    assert "part 1 of 2" in pages[0] and "part 2 of 2" in pages[1]
    together = squash(pages[0] + pages[1])
    for delegate in plan.delegates:
        assert squash(delegate.display_name) in together


def test_every_script_and_emoji_survive_in_the_grid_and_fonts_are_embedded() -> None:
    data = render_overview(sample_plan(), paper="a4", now=NOW)
    text = squash(pdf_text(data))
    for name, native in NAMES.values():
        assert squash(name + native) in text
    assert "🎬" in text  # the block label is cut to its width, but starts with the title
    fonts = fonts_of(data)
    assert fonts and all(fonts.values())


def test_an_activity_across_midnight_is_drawn_on_both_days() -> None:
    pages = pdf_pages_text(render_overview(sample_plan(), paper="a4", now=NOW))
    by_day = dict(zip(MARKET_DAYS, pages, strict=True))
    # the label is cut to the block's width: an hour on the 19th, 90 minutes on the 20th
    assert "Late-" in by_day["Wednesday 19 March 2025"]
    assert "Late-" in by_day["Thursday 20 March 2025"]
    assert "Late-" not in by_day["Tuesday 18 March 2025"]
    assert "23:00" in by_day["Wednesday 19 March 2025"]  # the axis widens to the late activity


def test_cancelled_activities_are_left_out_of_the_grid() -> None:
    pages = pdf_pages_text(render_overview(sample_plan(), paper="a4", now=NOW))
    assert "Cancelled" not in pages[1]


def test_run_sheet_lists_the_day_by_time_with_rooms_people_and_phones() -> None:
    data = render_run_sheet(sample_plan(), date(2025, 3, 18), paper="letter", now=NOW)
    assert set(page_sizes(data)) == {_size(LETTER)}
    text = pdf_text(data)
    squashed = squash(text)
    assert "Tuesday 18 March 2025" in text
    times = re.findall(r"^(\d\d:\d\d)–\d\d:\d\d", text, flags=re.MULTILINE)
    assert times == sorted(times) and times[:2] == ["09:30", "12:30"]
    for expected in (EMOJI_TITLE, "HAF Hall", "HKCEC", "+852 5555 0101", "Park Soo-jin 박수진",
                     "+82 10 1234 5678", "CANCELLED", "Kim Ji-woo 김지우"):
        assert squash(expected) in squashed, expected
    assert HOSTILE_TITLE not in text  # that one is on the 17th


def test_run_sheet_shows_an_activity_across_midnight_on_both_days() -> None:
    plan = sample_plan()
    first = pdf_text(render_run_sheet(plan, date(2025, 3, 19), now=NOW))
    second = pdf_text(render_run_sheet(plan, date(2025, 3, 20), now=NOW))
    assert squash(MIDNIGHT_TITLE) in squash(first) and squash("ends Thu 20 Mar") in squash(first)
    assert squash(MIDNIGHT_TITLE) in squash(second) and squash("from Wed 19 Mar") in squash(second)


def test_run_sheet_of_a_day_without_activities_says_so() -> None:
    text = pdf_text(render_run_sheet(sample_plan(), date(2025, 3, 25), now=NOW))
    assert "Nothing is planned on this day." in text
