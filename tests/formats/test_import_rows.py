"""Column layouts per import kind and the cell parsers behind them."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone

import pytest

from desktop_app.domain.activities import ActivityKind, ActivityStatus
from desktop_app.formats.import_rows import (
    CellError,
    CellProblem,
    Column,
    RowReader,
    columns_from_spec,
    is_date_only,
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
from desktop_app.services.imports.catalogue import kind_named


def columns(kind: str) -> tuple[Column, ...]:
    """The columns the import kind reads, from the one table of kinds."""
    found = kind_named(kind)
    assert found is not None
    return found.columns


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


def test_headers_people_really_write_are_read() -> None:
    table = read_table_bytes(b"Full name,E-mail,Company,Phone number,Time zone\nA,a@x.com,X,1,UTC\n", "c.csv")
    assert layout_for(table, "delegates", columns("delegates")).present == {
        "name": "full_name", "email": "e_mail", "organisation": "company", "phone": "phone_number"}
    assert layout_for(table, "venues", columns("venues")).present == {"timezone": "time_zone"}
    table = read_table_bytes(b"Title,Start time,End time\nA,2025-03-17T10:00,2025-03-17T11:00\n", "p.csv")
    layout = layout_for(table, "programme", PROGRAMME)
    assert layout.present == {"title": "title", "start": "start_time", "end": "end_time"}
    table = read_table_bytes(b"Participant,Start date,End date,Email address\nA,2025-03-17,2025-03-18,x\n", "a.csv")
    layout = layout_for(table, "availability", columns("availability"))
    assert (layout.present["start"], layout.present["end"], layout.ignored) == (
        "start_date", "end_date", ("Email address",))  # availability has no email column


def test_a_missing_column_is_explained_with_the_files_headers_and_the_closest_one() -> None:
    typo = layout_for(read_table_bytes(b"Titel,strat,Ende,Raum\nA,B,C,D\n", "p.csv"), "programme", columns("programme"))
    assert typo.missing_required == ("title", "start", "end")
    assert typo.nearest == {"title": "Titel", "start": "strat", "end": "Ende"}
    assert typo.missing_reason("title") == (
        "this required column is missing (the file's headers: Titel, strat, Ende, Raum; did you mean 'Titel'?)")
    korean = layout_for(read_table_bytes("제목,시작,종료\nA,B,C\n".encode(), "p.csv"), "programme", PROGRAMME)
    assert korean.nearest == {}
    assert korean.missing_reason("start") == "this required column is missing (the file's headers: 제목, 시작, 종료)"
    # An alias counts as a spelling of its column: "Strat time" is near "start_time", not "start".
    aliased = layout_for(read_table_bytes(b"Title,Strat time,End\nA,B,C\n", "p.csv"), "programme", PROGRAMME)
    assert aliased.nearest == {"start": "Strat time"}


def test_a_wide_files_headers_are_listed_briefly() -> None:
    headers = ",".join(f"col{n}" for n in range(20))
    layout = layout_for(read_table_bytes(f"{headers}\n{'x,' * 19}x\n".encode(), "t.csv"), "travel", columns("travel"))
    assert layout.missing_reason("from") == (
        "this required column is missing (the file's headers: " + ", ".join(f"col{n}" for n in range(15))
        + " and 5 more)")


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


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (45735.5, datetime(2025, 3, 19, 12, 0)),  # a date-and-time cell formatted as a number
        (45735, datetime(2025, 3, 19)),
        (45735.0, datetime(2025, 3, 19)),
        (45735 + 10 / 24, datetime(2025, 3, 19, 10, 0)),  # 0.41666... rounds to the exact second
        (45735 + (13 * 60 + 45) / 1440 + 1e-7, datetime(2025, 3, 19, 13, 45)),
        ("45735.5", datetime(2025, 3, 19, 12, 0)),  # the same cell saved as CSV
        ("45735,5", datetime(2025, 3, 19, 12, 0)),  # ... by a spreadsheet using a decimal comma
        (" 45736 ", datetime(2025, 3, 20)),
        (20000, datetime(1954, 10, 3)),
        (80000, datetime(2119, 1, 11)),
        ("20250317", datetime(2025, 3, 17)),  # ISO 8601 basic format, not a serial
    ],
)
def test_excel_serial_dates_are_wall_clock_datetimes(value: object, expected: datetime) -> None:
    parsed = parse_datetime(value)
    assert parsed == expected
    assert parsed.tzinfo is None


@pytest.mark.parametrize("value", [19999, 80001.5, "2025", 12.5, "123"])
def test_numbers_outside_the_serial_date_range_are_explained(value: object) -> None:
    with pytest.raises(CellError) as caught:
        parse_datetime(value)
    text = str(int(value)) if isinstance(value, int) else str(value)
    assert caught.value.reason == (
        f"'{text}' is a number, not a date; as an Excel date it would have to be from 20000 (1954-10-03) "
        "to 80000 (2119-01-11); or give e.g. 2025-03-17T10:00")


def test_date_only_values_include_whole_serial_days() -> None:
    assert is_date_only("2025-03-20")
    assert is_date_only(date(2025, 3, 20))
    assert not is_date_only(datetime(2025, 3, 20, 18, 0))
    assert is_date_only(45736)
    assert is_date_only(45736.0)
    assert is_date_only("45736")
    assert not is_date_only(45736.75)
    assert not is_date_only("45736.75")
    assert not is_date_only(True)
    assert not is_date_only("2025-03-20T18:00")


@pytest.mark.parametrize("text", ["17/03/2025 10:00", "tomorrow", "2025-13-01T10:00", "2025-03-17T25:00", "-45735"])
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
