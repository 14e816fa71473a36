"""Itineraries re-read with pypdf and pdfplumber: text in every script, hostile text printed as
itself, fonts embedded, paper sizes, wrapping, and activities across midnight."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date
from functools import cache

import pdfplumber
import pytest
from reportlab.lib.pagesizes import A4, LETTER

from desktop_app.domain.activities import Activity, Attendance
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.places import Market
from desktop_app.domain.stays import Stay
from desktop_app.formats.pdf import render_itinerary
from tests.formats.pdf_sample import (
    EMOJI_TITLE,
    HOSTILE_TITLE,
    IMG_TITLE,
    LONG_NOTES,
    MARKUP_TITLE,
    MIDNIGHT_TITLE,
    NAMES,
    NOW,
    at,
    fonts_of,
    page_sizes,
    pdf_pages_text,
    pdf_text,
    sample_plan,
    squash,
)

PLAN = sample_plan()
FIRST = PLAN.delegates[0]  # Søren, home zone Paris, in most activities


@cache
def itinerary(delegate_index: int = 0, paper: str = "a4", home_time: bool = True) -> bytes:
    return render_itinerary(PLAN, PLAN.delegates[delegate_index], paper=paper, now=NOW, home_time=home_time)


def test_it_is_a_pdf_with_the_delegate_name_as_title() -> None:
    data = itinerary()
    assert data.startswith(b"%PDF-")
    from pypdf import PdfReader

    assert PdfReader(io.BytesIO(data)).metadata.title == f"Itinerary — {FIRST.display_name}"


@pytest.mark.parametrize("script", sorted(NAMES))
def test_names_in_every_script_come_back_as_text_with_both_extractors(script: str) -> None:
    name, native = NAMES[script]
    data = itinerary()  # Søren's activities include every other delegate
    for extracted in (pdf_text(data), "\n".join(pdf_pages_text(data))):
        assert squash(name) in squash(extracted)
        if native:
            assert squash(native) in squash(extracted)


def test_each_delegate_sees_their_own_name_in_their_own_script_in_the_header() -> None:
    for index, (name, native) in enumerate(NAMES.values()):
        first_page = pdf_pages_text(itinerary(index))[0]
        assert squash(name) in squash(first_page)
        if native:
            assert squash(native) in squash(first_page)


@pytest.mark.parametrize("title", [HOSTILE_TITLE, MARKUP_TITLE, IMG_TITLE, EMOJI_TITLE])
def test_hostile_and_emoji_titles_print_as_themselves(title: str) -> None:
    data = itinerary()
    assert squash(title) in squash(pdf_text(data))
    assert squash(title) in squash("\n".join(pdf_pages_text(data)))


def test_markup_in_notes_is_printed_not_interpreted() -> None:
    assert squash("Ask about <b>bold</b> & <i>terms</i>") in squash(pdf_text(itinerary()))


def test_every_font_is_an_embedded_truetype_subset() -> None:
    fonts = fonts_of(itinerary())
    assert fonts, "no fonts found"
    assert all(fonts.values()), fonts
    assert not any("Helvetica" in name or "Times" in name for name in fonts)
    used = {re.sub(r"^[A-Z]{6}\+", "", name) for name in fonts}
    assert {"DejaVuSans", "DejaVuSans-Bold", "Loma", "Symbola"} <= used
    assert any(name.startswith("WenQuanYiMicroHei") for name in used)


@pytest.mark.parametrize(("paper", "size"), [("a4", A4), ("letter", LETTER), ("Letter", LETTER)])
def test_page_size_follows_the_paper_choice(paper: str, size: tuple[float, float]) -> None:
    sizes = page_sizes(itinerary(0, paper))
    assert sizes and all(s == (round(size[0], 1), round(size[1], 1)) for s in sizes)


def test_unknown_paper_is_refused() -> None:
    with pytest.raises(ValidationError, match="paper size"):
        render_itinerary(PLAN, FIRST, paper="a3", now=NOW)


def test_page_count_and_footer_page_numbers_agree() -> None:
    pages = pdf_pages_text(itinerary())
    assert len(pages) >= 2
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in text
        assert "FilMart 2025 — test plan" in text
        assert "Generated on 1 Mar 2025, 17:30 HKT" in text


def test_long_notes_wrap_inside_the_page_and_keep_every_word() -> None:
    wong = 1  # Wong Ka-man attends the HAF meeting with the long notes
    data = itinerary(wong)
    assert squash(LONG_NOTES) in squash(pdf_text(data))
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            assert page.chars
            assert max(c["x1"] for c in page.chars) <= page.width - 40  # within the right margin
            assert min(c["x0"] for c in page.chars) >= 40


def _day_sections(pages: list[str]) -> dict[str, str]:
    text = "\n".join(pages)
    parts = re.split(r"\n((?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \d+ March 2025)\n", text)
    return {parts[i]: parts[i + 1] for i in range(1, len(parts) - 1, 2)}


def test_an_activity_across_midnight_is_on_both_days_with_the_right_times() -> None:
    sections = _day_sections(pdf_pages_text(itinerary()))
    assert MIDNIGHT_TITLE in sections["Wednesday 19 March 2025"]
    assert "23:00–01:30" in sections["Wednesday 19 March 2025"]
    assert "ends Thu 20 Mar" in sections["Wednesday 19 March 2025"]
    assert MIDNIGHT_TITLE in sections["Thursday 20 March 2025"]
    assert "00:00–01:30" in sections["Thursday 20 March 2025"]
    assert "from Wed 19 Mar" in sections["Thursday 20 March 2025"]
    assert MIDNIGHT_TITLE not in sections["Tuesday 18 March 2025"]


def test_days_are_in_order_and_market_days_without_activities_say_so() -> None:
    sections = _day_sections(pdf_pages_text(itinerary(6)))  # Nguyễn: activities on the 17th–19th only
    assert list(sections) == [f"{d} March 2025" for d in
                              ("Monday 17", "Tuesday 18", "Wednesday 19", "Thursday 20")]
    assert "Nothing planned." in sections["Thursday 20 March 2025"]


def test_home_time_is_shown_beside_market_time_only_when_the_zones_differ() -> None:
    paris = pdf_text(itinerary(0))
    assert "10:00–11:00" in paris and "03:00–04:00 CET" in paris
    hong_kong = pdf_text(itinerary(1))
    assert "CET" not in hong_kong and "HKT)" not in hong_kong
    assert "03:00–04:00 CET" not in pdf_text(itinerary(0, "a4", False))


def test_status_is_marked_and_cancelled_activities_are_still_listed() -> None:
    text = pdf_text(itinerary())
    assert "TENTATIVE" in text
    assert "Cancelled lunch" in text and "CANCELLED" in text


def test_header_venue_directory_and_manager_are_present() -> None:
    text = pdf_text(itinerary())
    for expected in ("Grand Hyatt Hong Kong 君悅酒店", "Sun 16 Mar 2025, 15:00 HKT", "Fri 21 Mar 2025, 11:00 HKT",
                     "European Sales", "FilMart 2025, Hong Kong: 17–20 March 2025", "Venues",
                     "1 Expo Drive, Wan Chai, Hong Kong", "香港灣仔博覽道1號", "Claire Dubois",
                     "+33 6 12 34 56 78", "Chan Tai-man 陳大文", "+852 5555 0101", "Rosewood Hong Kong 25 min"):
        assert squash(expected) in squash(text), expected


def test_contacts_and_project_are_listed_for_a_meeting() -> None:
    text = squash(pdf_text(itinerary(1)))
    assert squash("Park Soo-jin 박수진") in text
    assert squash("The Harbour Ferry · 天星小輪 · Development") in text


def test_a_second_market_in_another_zone_is_shown_in_its_own_local_time() -> None:
    lille = Market(2, "Series Mania Forum 2025", "Lille", "Europe/Paris", date(2025, 3, 25), date(2025, 3, 27))
    pitch = Activity(id=99, title="Series pitch in Lille", start=at(2025, 3, 25, 10, 0, "Europe/Paris"),
                     end=at(2025, 3, 25, 11, 0, "Europe/Paris"), timezone="Europe/Paris",
                     attendees=(Attendance(2),), uid="lille@test")
    wong = PLAN.delegates[1]
    in_lille = Stay(50, 2, at(2025, 3, 24, 9, 0, "Europe/Paris"), at(2025, 3, 28, 12, 0, "Europe/Paris"),
                    "Europe/Paris", hotel="Hermitage Gantois", market_id=2)
    plan = replace(PLAN, markets=(*PLAN.markets, lille), activities=(*PLAN.activities, pitch),
                   stays=(*PLAN.stays, in_lille))
    sections = _day_sections(pdf_pages_text(render_itinerary(plan, wong, now=NOW)))
    lille_day = sections["Tuesday 25 March 2025"]
    assert "Series Mania Forum 2025 · times in CET" in lille_day
    assert "10:00–11:00" in lille_day and "17:00–18:00 HKT" in lille_day  # Wong's home time
    assert "times in HKT" in sections["Monday 17 March 2025"]
    assert squash("departs Fri 28 Mar 2025, 12:00 CET; hotel: Hermitage Gantois") in squash(
        pdf_text(render_itinerary(plan, wong, now=NOW)))


def test_across_a_clock_change_each_end_names_its_own_zone() -> None:
    # Sunday 30 March: Paris clocks go forward at 02:00 (CET to CEST).
    lille = Market(2, "Series Mania Forum 2025", "Lille", "Europe/Paris", date(2025, 3, 29), date(2025, 3, 31))
    night = Activity(id=98, title="Night shoot visit", start=at(2025, 3, 30, 1, 30, "Europe/Paris"),
                     end=at(2025, 3, 30, 4, 0, "Europe/Paris"), timezone="Europe/Paris",
                     attendees=(Attendance(2),), uid="night@test")
    plan = replace(PLAN, markets=(*PLAN.markets, lille), activities=(*PLAN.activities, night))
    wong = squash(pdf_text(render_itinerary(plan, plan.delegates[1], now=NOW)))  # home Hong Kong, in Lille
    assert squash("01:30–04:00 Night shoot visit") in wong
    assert squash("01:30 CET–04:00 CEST") in wong and squash("08:30–10:00 HKT") in wong
    # Søren (home Paris) still in Hong Kong that Sunday: 08:30–11:30 HKT is 01:30 CET–05:30 CEST at home.
    call = Activity(id=99, title="Call from Hong Kong", start=at(2025, 3, 30, 8, 30), end=at(2025, 3, 30, 11, 30),
                    timezone=PLAN.settings.timezone, attendees=(Attendance(1),), uid="call@test")
    soren = squash(pdf_text(render_itinerary(replace(PLAN, activities=(*PLAN.activities, call)), FIRST, now=NOW)))
    assert squash("08:30–11:30 Call from Hong Kong") in soren and squash("01:30 CET–05:30 CEST") in soren


def test_notes_longer_than_a_page_break_across_pages_instead_of_failing() -> None:
    huge = " ".join(f"Point {n}: confirm the delivery schedule, materials and Asian rights." for n in range(300))
    plan = replace(PLAN, activities=tuple(
        replace(a, notes=huge) if a.id == 5 else a for a in PLAN.activities))
    data = render_itinerary(plan, plan.delegates[1], now=NOW)
    pages = pdf_pages_text(data)
    assert len(pages) >= 4
    footer = re.compile(r"^(FilMart 2025 — test plan|Generated on .*|Page \d+ of \d+)$")
    body = [line for line in pdf_text(data).splitlines() if not footer.match(line)]
    assert squash(huge) in squash("\n".join(body))


def test_unbroken_cjk_titles_and_long_links_wrap_within_the_margins() -> None:
    cjk = "香港國際影視展電影融資論壇合拍項目洽談會議" * 8
    url = "https://example.org/" + "x" * 300
    plan = replace(PLAN, activities=tuple(
        replace(a, title=cjk, url=url) if a.id == 5 else a for a in PLAN.activities))
    data = render_itinerary(plan, plan.delegates[1], now=NOW)
    text = squash(pdf_text(data))
    assert squash(cjk) in text and squash(url) in text
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            assert max(c["x1"] for c in page.chars) <= page.width - 40
