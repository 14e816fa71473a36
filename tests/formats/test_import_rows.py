"""Column layouts per import kind and the cell parsers behind them."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone

import pytest

from desktop_app.domain.activities import ActivityKind, ActivityStatus
from desktop_app.formats.import_rows import (
    CellError,
    CellProblem,
    RowReader,
    columns_from_spec,
    layout_for,
    parse_choice,
    parse_clock,
    parse_datetime,
    parse_float,
    parse_int,
    parse_list,
    parse_text,
    parse_zone,
)
from desktop_app.formats.tabular import read_table_bytes

PROGRAMME = columns_from_spec("title*, kind, start*, end*, timezone, venue, room, attendees, optional_attendees, "
                              "contacts, status, notes, url, external_id, priority, project")
DELEGATES = columns_from_spec("name*, native_name, email, phone, organisation, role, delegation, home_timezone, "
                              "arrival, departure, hotel, notes")


def test_layout_maps_aliases_and_reports_unknown_and_missing_columns() -> None:
    table = read_table_bytes(b"Name,Organization,Shoe size,E-Mail\nAnna,X,42,a@x.com\n", "d.csv")
    layout = layout_for(table, "delegates", DELEGATES)
    assert layout.present == {"name": "name", "organisation": "organization", "email": "e_mail"}
    assert layout.ignored == ("Shoe size",)
    assert layout.missing_required == ()
    programme = layout_for(read_table_bytes(b"title,venue\nA,B\n", "p.csv"), "programme", PROGRAMME)
    assert programme.missing_required == ("start", "end")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-03-17T10:00", datetime(2025, 3, 17, 10, 0)),
        ("2025-03-17 10:00", datetime(2025, 3, 17, 10, 0)),
        ("2025-03-17", datetime(2025, 3, 17, 0, 0)),
        ("2025-03-17T10:00+08:00", datetime(2025, 3, 17, 10, 0, tzinfo=timezone(timedelta(hours=8)))),
        ("2025-03-17T02:00Z", datetime(2025, 3, 17, 2, 0, tzinfo=UTC)),
    ],
)
def test_iso_datetimes_with_or_without_offset(text: str, expected: datetime) -> None:
    parsed = parse_datetime(text)
    assert parsed == expected
    assert (parsed.tzinfo is None) == (expected.tzinfo is None)


def test_datetime_cells_from_spreadsheets() -> None:
    assert parse_datetime(datetime(2025, 3, 17, 10, 0)) == datetime(2025, 3, 17, 10, 0)
    assert parse_datetime(date(2025, 3, 17)) == datetime(2025, 3, 17)
    with pytest.raises(CellError, match="has no date"):
        parse_datetime(time(10, 0))


@pytest.mark.parametrize("text", ["17/03/2025 10:00", "tomorrow", "2025-13-01T10:00", "2025-03-17T25:00"])
def test_bad_datetimes_explain_the_format(text: str) -> None:
    with pytest.raises(CellError, match="is not an ISO 8601 date and time"):
        parse_datetime(text)


def test_clock_times() -> None:
    assert parse_clock("09:00") == time(9, 0)
    assert parse_clock("9:30") == time(9, 30)
    assert parse_clock("21:15:30") == time(21, 15, 30)
    assert parse_clock(time(8, 0)) == time(8, 0)
    assert parse_clock(datetime(1899, 12, 30, 18, 0)) == time(18, 0)
    for bad in ("24:00", "9h", "09:60", "nine"):
        with pytest.raises(CellError, match="HH:MM"):
            parse_clock(bad)


def test_numbers() -> None:
    assert parse_int("30") == 30
    assert parse_int("30.0") == 30
    assert parse_int(45.0) == 45
    assert parse_float("22,2833") == pytest.approx(22.2833)
    assert parse_float("-114.17") == pytest.approx(-114.17)
    with pytest.raises(CellError, match=r"'30\.5' is not a whole number"):
        parse_int("30.5")
    with pytest.raises(CellError, match="'thirty' is not a number"):
        parse_int("thirty")
    with pytest.raises(CellError, match="is not a number"):
        parse_float(True)
    with pytest.raises(CellError, match="is not a number"):
        parse_float("1,234,5")


def test_text_of_typed_cells() -> None:
    assert parse_text(85291234567.0) == "85291234567"
    assert parse_text(" x ") == "x"
    assert parse_text(2.5) == "2.5"


def test_zone_list_and_choice() -> None:
    assert parse_zone("Europe/Paris") == "Europe/Paris"
    with pytest.raises(CellError, match="not an IANA time zone"):
        parse_zone("Hong Kong")
    assert parse_list(" a@x.com ;; Wong Ka-man ;") == ["a@x.com", "Wong Ka-man"]
    assert parse_choice(ActivityKind, "HAF meeting") is ActivityKind.HAF_MEETING
    assert parse_choice(ActivityKind, "Booth-Meeting") is ActivityKind.BOOTH_MEETING
    assert parse_choice(ActivityStatus, "Cancelled") is ActivityStatus.CANCELLED
    with pytest.raises(CellError, match="'maybe' is not one of: proposed, tentative, confirmed, cancelled"):
        parse_choice(ActivityStatus, "maybe")


def test_row_reader_collects_every_problem_with_row_and_column() -> None:
    table = read_table_bytes(
        b"title,start,end,priority,timezone,kind\n,2025-03-17x,2025-03-17T11:00,high,Mars/Base,gala\n", "p.csv"
    )
    problems: list[CellProblem] = []
    reader = RowReader(table.rows[0], layout_for(table, "programme", PROGRAMME), problems)
    assert reader.text("title", required=True) == ""
    assert reader.moment("start", required=True) is None
    assert reader.moment("end", required=True) == datetime(2025, 3, 17, 11, 0)
    assert reader.integer("priority") is None
    assert reader.zone() == ""
    assert reader.choice(ActivityKind, "kind") is None
    assert reader.integer("venue") is None  # absent column, not required: no problem
    assert not reader.ok
    assert [(p.row, p.column) for p in problems] == [
        (2, "title"), (2, "start"), (2, "priority"), (2, "timezone"), (2, "kind")
    ]
    assert problems[0].reason == "is empty; a value is required"
