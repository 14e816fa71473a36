"""The fast content-line path writes exactly the bytes icalendar writes.

``ics_lines.fold``/``escape_text`` replace icalendar's per-character folding and its escaping, and
``CalendarWriter`` assembles files from cached lines; each is checked here against the library's
own output: its private ``_foldline``/``_escape_char`` (what ``to_ical`` runs) and, end to end,
``Event.add(...).to_ical()`` and ``build_calendar(...).to_ical()``.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Alarm, Event
from icalendar.parser.string import _escape_char, _foldline

from desktop_app.domain.people import Delegate
from desktop_app.formats.ics_export import CalendarSpec, CalendarWriter, build_calendar
from desktop_app.formats.ics_lines import LineCache, escape_text, fold, text_line
from desktop_app.formats.ics_timezones import vtimezone
from tests.formats.ics_fixtures import HOSTILE_TITLE, LONG_TITLE, NOW, sample_plan

# Strings that sit a multi-byte character (2, 3 and 4 octets) across the 74/75-octet fold for
# every offset, escapes right at the fold, and the usual hostile text.
_BOUNDARY = [prefix * n + tail for prefix in ("a", "ab") for n in range(60, 80)
             for tail in ("é", "黃", "🎬", "é黃🎬" * 9, "\\", "\\,", ",", ";", "^", "\\\\x", "x\\N")]
CORPUS = [
    "", "a", "x" * 73, "x" * 74, "x" * 75, "x" * 148, "x" * 149, "x" * 1000,
    HOSTILE_TITLE, LONG_TITLE, "黃" * 200, "🎬" * 100, "é" * 150, "한국어 ภาษาไทย 中文 🎬" * 8,
    "a,b;c\\d\ne\r\nf\rg", "\\N literal", "\\n \\, \\; \\\\", "^^^" * 40, '"quoted", <b>&amp;</b>',
    "Lee & Partners <HK> Ltd, 1 Harbour Road; Wan Chai\\Admiralty",
    *_BOUNDARY,
]


@pytest.mark.parametrize("text", CORPUS)
def test_escape_and_fold_give_icalendars_bytes(text: str) -> None:
    assert escape_text(text) == _escape_char(text)
    line = f"DESCRIPTION:{_escape_char(text)}"
    assert fold(line) == _foldline(line).encode("utf-8")


@pytest.mark.parametrize("text", CORPUS)
def test_a_text_line_is_what_event_add_writes(text: str) -> None:
    for name in ("SUMMARY", "DESCRIPTION", "LOCATION", "UID"):
        event = Event()
        event.add(name, text)
        assert text_line(name, text) == event.content_line(name, event[name]).to_ical()


def test_folded_lines_stay_within_75_octets_and_never_split_a_character() -> None:
    for text in CORPUS:
        for piece in fold(f"SUMMARY:{escape_text(text)}").split(b"\r\n"):
            assert len(piece) <= 75
            piece.decode("utf-8")


def test_cached_lines_keep_apart_equal_instants_in_different_zones() -> None:
    lines = LineCache(Event)
    hong_kong = datetime(2025, 3, 17, 9, tzinfo=UTC).astimezone(ZoneInfo("Asia/Hong_Kong"))
    utc = hong_kong.astimezone(UTC)
    assert hong_kong == utc  # what would fool a cache keyed by the datetime itself
    assert lines.line("DTSTART", hong_kong) == b"DTSTART;TZID=Asia/Hong_Kong:20250317T170000"
    assert lines.line("DTSTART", utc) == b"DTSTART:20250317T090000Z"
    assert LineCache(Alarm).line("TRIGGER", timedelta(minutes=-15)) == b"TRIGGER:-PT15M"


def _specs() -> list[CalendarSpec]:
    plan = sample_plan()
    everything = list(plan.activities)
    specs = [CalendarSpec(f"{d.name} · week", plan.activities_of(d.id), d.id,  # type: ignore[arg-type]
                          departed=plan.departed_activities_of(d.id))  # type: ignore[arg-type]
             for d in plan.delegates]
    specs.append(CalendarSpec("Everyone, everything; \\ 黃 🎬 " * 4, everything))
    specs.append(CalendarSpec("Departed", [], departed=everything[:3]))
    specs.append(CalendarSpec("Nobody", []))
    return specs


@pytest.mark.parametrize("alarm_minutes", [15, 0, None])
def test_the_writer_gives_the_librarys_calendar_byte_for_byte(alarm_minutes: int | None) -> None:
    plan = sample_plan()
    writer = CalendarWriter(plan, now=NOW, alarm_minutes=alarm_minutes)
    for spec in [*_specs(), *_specs()]:  # the second round comes from the writer's caches
        expected = build_calendar(plan, spec, now=NOW, alarm_minutes=alarm_minutes).to_ical()
        assert writer.calendar_bytes(spec) == expected


def test_a_home_zone_that_differs_changes_only_that_files_description() -> None:
    plan = sample_plan()
    anna = plan.delegates[0]
    assert anna.id is not None
    moved: Delegate = replace(anna, home_timezone="Asia/Tokyo")
    other = replace(plan, delegates=(moved, *plan.delegates[1:]))
    spec = CalendarSpec("Anna", other.activities_of(anna.id), anna.id)
    assert CalendarWriter(other, now=NOW).calendar_bytes(spec) == build_calendar(other, spec, now=NOW).to_ical()


def test_each_vtimezone_is_written_once_per_export() -> None:
    plan = sample_plan()
    writer = CalendarWriter(plan, now=NOW)
    first = [writer.calendar_bytes(spec) for spec in _specs()]
    zones = writer._zones  # the cache: one entry per zone and range of years
    assert len(zones) == len({key[0] for key in zones})
    assert bytes(vtimezone("Europe/Paris", 2025, 2025).to_ical()) in b"".join(first)
