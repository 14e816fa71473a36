"""Issue 8's trip in the PDFs: Hong Kong in March, a Seoul → Nice flight, Cannes in May. Every
document shows each activity in its own local time, on the local days it covers there."""

from __future__ import annotations

import io
import re
from datetime import date
from functools import cache

import pdfplumber

from desktop_app.formats.pdf import render_itinerary, render_overview, render_run_sheet
from desktop_app.formats.pdf.days import DayZones
from tests.formats.pdf_sample import fonts_of, pdf_pages_text, pdf_text, squash
from tests.trip_sample import HOSTILE_TITLE, NOW, trip_plan

PLAN = trip_plan()
HAN, LEE = PLAN.delegates
DAY_LINE = re.compile(r"\n((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day \d+ (?:March|May) 2025)\n")


@cache
def itinerary(delegate_index: int) -> bytes:
    return render_itinerary(PLAN, PLAN.delegates[delegate_index], now=NOW)


@cache
def overview_pages() -> dict[str, str]:
    """Each overview page's text by its day."""
    pages = pdf_pages_text(render_overview(PLAN, now=NOW))
    return {re.search(r"\w+day \d+ \w+ 2025", page).group(0): page for page in pages}  # type: ignore[union-attr]


def sections(data: bytes) -> dict[str, str]:
    parts = DAY_LINE.split("\n".join(pdf_pages_text(data)))
    return {parts[i]: parts[i + 1] for i in range(1, len(parts) - 1, 2)}


def test_korean_night_is_on_friday_in_cannes_time_and_continues_on_saturday() -> None:
    for index in (0, 1):
        days = sections(itinerary(index))
        friday, saturday = days["Friday 16 May 2025"], days["Saturday 17 May 2025"]
        assert "Korean Night" in friday and "19:30–01:30" in friday and "ends Sat 17 May" in friday
        assert "Korean Night" in saturday and "00:00–01:30" in saturday and "from Fri 16 May" in saturday
        assert "01:30–07:30" not in pdf_text(itinerary(index))  # its Hong Kong time, the bug


def test_each_day_heading_names_the_zone_it_is_shown_in() -> None:
    days = sections(itinerary(0))
    assert "FilMart 2025 · times in HKT" in days["Tuesday 18 March 2025"]
    assert "Marché du Film 2025 · times in CEST" in days["Friday 16 May 2025"]
    assert "Marché du Film 2025 · times in CEST" in days["Tuesday 13 May 2025"]  # nothing planned: the market's


def test_a_travel_day_outside_every_market_is_shown_in_its_zones_and_rows_name_their_own() -> None:
    han = sections(itinerary(0))["Monday 12 May 2025"]  # the flight, then a dinner in Cannes
    assert han.splitlines()[0] == "times in KST / CEST"
    assert squash("00:30–14:30 Flight ICN → NCE") in squash(han)
    assert re.search(r"00:30–14:30 .*\nKST", han) and re.search(r"20:00–22:00 .*\nCEST", han)
    assert "03:00–05:00 KST" in han  # the dinner at home in Seoul, the next morning
    lee = sections(itinerary(1))["Monday 12 May 2025"]  # the flight only
    assert lee.splitlines()[0] == "times in KST" and "CEST" not in lee


def test_the_itinerary_shows_every_stay_with_its_hotel_in_its_own_zone() -> None:
    han = squash(pdf_text(itinerary(0)))
    assert squash("FilMart 2025; arrives Sun 16 Mar 2025, 14:00 HKT; departs Thu 20 Mar 2025, 22:00 HKT; "
                  "hotel: Grand Hyatt Hong Kong") in han
    assert squash("Marché du Film 2025; arrives Mon 12 May 2025, 18:00 CEST; departs Wed 21 May 2025, 12:00 CEST; "
                  "hotel: Hôtel Barrière Le Majestic") in han
    lee = squash(pdf_text(itinerary(1)))
    assert squash("hotel: Five Seas Hotel") in lee and "GrandHyatt" not in lee


def test_the_days_shown_are_the_days_with_activities_and_the_market_days_of_a_stay() -> None:
    lee = list(sections(itinerary(1)))  # in Cannes only, until Sunday 18 May
    assert lee == ["Monday 12 May 2025", "Tuesday 13 May 2025", "Wednesday 14 May 2025", "Thursday 15 May 2025",
                   "Friday 16 May 2025", "Saturday 17 May 2025", "Sunday 18 May 2025"]
    han = list(sections(itinerary(0)))
    assert han[:4] == ["Monday 17 March 2025", "Tuesday 18 March 2025", "Wednesday 19 March 2025",
                       "Thursday 20 March 2025"]
    assert han[-1] == "Wednesday 21 May 2025" and len(han) == 4 + 1 + 9


def test_home_time_names_its_own_zone_beside_the_local_time() -> None:
    friday = sections(itinerary(0))["Friday 16 May 2025"]
    assert "02:30–08:30 KST" in friday  # Seoul, home, is 7 hours ahead of Cannes


def test_the_venue_directory_gives_no_travel_time_between_cities() -> None:
    text = pdf_text(itinerary(0))
    assert "HKCEC 30 min" not in text and "Palais des Festivals 30 min" in text


def test_hostile_text_korean_names_and_fonts_survive() -> None:
    for data in (itinerary(0), render_overview(PLAN, now=NOW), render_run_sheet(PLAN, date(2025, 5, 14), now=NOW)):
        text = squash(pdf_text(data))
        assert squash("Han So-hee 한소희") in text or squash("한소희") in text
        fonts = fonts_of(data)
        assert fonts and all(fonts.values())
    assert squash(HOSTILE_TITLE) in squash(pdf_text(itinerary(0)))
    assert squash(HOSTILE_TITLE) in squash(pdf_text(render_run_sheet(PLAN, date(2025, 5, 14), now=NOW)))


def test_page_counts_stay_reasonable() -> None:
    assert len(pdf_pages_text(itinerary(0))) <= 3
    assert len(overview_pages()) == 14  # 4 FilMart days, the flight day, 9 Cannes days: one page each


def test_the_overview_of_a_cannes_day_runs_in_cest_and_places_korean_night_at_19_30() -> None:
    friday = overview_pages()["Friday 16 May 2025"]
    assert "Marché du Film 2025 · times in CEST" in friday and "Hours in CEST" in friday
    data = render_overview(PLAN, now=NOW)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        page = next(p for p in pdf.pages if "Friday 16 May" in (p.extract_text() or ""))
        words = page.extract_words()
    x = {w["text"]: w["x0"] for w in words}
    night = min(w["x0"] for w in words if w["text"] == "Korean")
    assert x["19:00"] < night < x["20:00"]  # the block starts half-way through the 19:00 hour
    saturday = overview_pages()["Saturday 17 May 2025"]
    assert "Hours in CEST" in saturday and "00:00" in saturday and "Korean" in saturday


def test_the_overview_of_the_flight_day_says_it_mixes_zones_and_runs_in_the_first() -> None:
    monday = overview_pages()["Monday 12 May 2025"]
    assert "times in KST / CEST, hours in KST" in monday
    assert "Tue 13" in monday  # the grid runs past Seoul's midnight to the Cannes dinner
    assert "20:00 CE" in monday  # the dinner's block names its own time (cut to its width)


def test_the_run_sheet_of_a_cannes_day_is_in_cest() -> None:
    text = pdf_text(render_run_sheet(PLAN, date(2025, 5, 16), now=NOW))
    assert "times in CEST (Europe/Paris)" in text
    assert "19:30–01:30" in text and "ends Sat 17 May" in text
    assert "KST" not in text and "HKT" in text  # HKT only in the footer's "generated on"


def test_the_run_sheet_of_a_mixed_day_lists_by_instant_and_names_each_row_s_zone() -> None:
    text = pdf_text(render_run_sheet(PLAN, date(2025, 5, 12), now=NOW))  # pypdf: a cell's lines in turn
    assert squash("times in KST / CEST (Asia/Seoul, Europe/Paris), each row in its own zone") in squash(text)
    assert re.findall(r"^(\d\d:\d\d–\d\d:\d\d)", text, flags=re.MULTILINE) == ["00:30–14:30", "20:00–22:00"]
    assert "00:30–14:30\nKST\nFlight ICN → NCE" in text and "20:00–22:00\nCEST\nWelcome dinner" in text


def test_zones_that_print_alike_do_not_make_a_mixed_day() -> None:
    day = date(2025, 5, 16)
    assert not DayZones(day, ("Europe/Paris", "Europe/Berlin")).mixed
    assert DayZones(day, ("Asia/Seoul", "Asia/Tokyo")).mixed  # same clock, but each names its own
    assert DayZones(day, ("Asia/Seoul", "Europe/Paris")).label == "KST / CEST"
