"""Reading CSV and XLSX files into numbered rows of cells."""

from __future__ import annotations

import io
from datetime import datetime, time
from pathlib import Path

import openpyxl
import pytest

from desktop_app.formats.tabular import (
    UnreadableFile,
    normalise_header,
    read_table,
    read_table_bytes,
    sniff_delimiter,
)


def xlsx_bytes(rows: list[list[object]]) -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def test_comma_csv_with_quoted_delimiters_and_newlines() -> None:
    data = 'Name,Email,Notes\n"Wong, Ka-man",kaman@example.hk,"line one\nline two"\nMüller,m@example.de,\n'
    table = read_table_bytes(data.encode(), "people.csv")
    assert table.columns == ("name", "email", "notes")
    assert [row.number for row in table.rows] == [2, 3]
    assert table.rows[0].cells == {
        "name": "Wong, Ka-man", "email": "kaman@example.hk", "notes": "line one\nline two"
    }
    assert table.rows[1].cells == {"name": "Müller", "email": "m@example.de"}  # blank cell absent


def test_semicolon_csv_with_bom_is_sniffed() -> None:
    data = "\ufeffname;organisation;attendees\n黃嘉敏;Golden Harbour, Ltd;\"a@x.com;b@x.com\"\n"
    table = read_table_bytes(data.encode("utf-8"), "people.csv")
    assert table.columns == ("name", "organisation", "attendees")  # no BOM in the first header
    assert table.rows[0].cells["organisation"] == "Golden Harbour, Ltd"
    assert table.rows[0].cells["attendees"] == "a@x.com;b@x.com"


def test_sniffing_ignores_separators_inside_quotes() -> None:
    assert sniff_delimiter('"a;b;c",d\n') == ","
    assert sniff_delimiter('a;"b,c,d";e\n') == ";"
    assert sniff_delimiter("\n\nname\n") == ","
    assert sniff_delimiter("name\temail\tphone, mobile\n") == "\t"


def test_row_numbers_count_blank_rows_and_multiline_records_as_a_spreadsheet_does() -> None:
    data = 'title,notes\nA,"x\ny\nz"\n\n,\nB,\n'
    table = read_table_bytes(data.encode(), "p.csv")
    assert [(row.number, row.cells["title"]) for row in table.rows] == [(2, "A"), (5, "B")]


def test_headers_are_case_insensitive_and_trimmed() -> None:
    table = read_table_bytes(b" Native Name ,E-Mail,HOME_TIMEZONE\nx,y,z\n", "p.csv")
    assert table.columns == ("native_name", "e_mail", "home_timezone")
    assert table.original_headers["native_name"] == "Native Name"
    assert normalise_header("  Duration Minutes") == "duration_minutes"


def test_cells_are_trimmed_and_duplicate_headers_reported() -> None:
    table = read_table_bytes(b"name,name,email\n  Anna  ,Other, \n", "p.csv")
    assert table.duplicate_columns == ("name",)
    assert table.rows[0].cells == {"name": "Anna"}


def test_xlsx_keeps_cell_types_and_numbers_rows_like_the_sheet(tmp_path: Path) -> None:
    path = tmp_path / "programme.xlsx"
    path.write_bytes(xlsx_bytes([
        ["Title", "Start", "Opens", "Capacity", None],
        ["HAF opening", datetime(2025, 3, 17, 10, 0), time(9, 0), 30],
        [],
        [None, None],
        ["Networking", "2025-03-17T18:00+08:00", None, 12.0],
    ]))
    table = read_table(path)
    assert table.columns == ("title", "start", "opens", "capacity")
    assert [row.number for row in table.rows] == [2, 5]
    first, second = table.rows
    assert first.cells == {"title": "HAF opening", "start": datetime(2025, 3, 17, 10, 0), "opens": time(9, 0),
                           "capacity": 30}
    assert second.cells["start"] == "2025-03-17T18:00+08:00"


def test_header_may_start_below_blank_rows() -> None:
    table = read_table_bytes(b"\n\nname\nAnna\n", "p.csv")
    assert table.header_row == 3
    assert table.rows[0].number == 4


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "p.csv is empty"),
        (b"  \n\n ", "p.csv is empty"),
        (b"name,email\n\xe9l\xe8ve,x@y.z\n", "not UTF-8 text (first bad byte on line 2)"),
        (b"%PDF-1.4\x00\x00binary", "not a CSV or XLSX file"),
        ("name\temail\n".encode("utf-16"), "is UTF-16 text"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest", "old Excel (.xls)"),
        (b"PK\x03\x04not really a zip", "not an XLSX workbook"),
        (b'name,notes\nA,"never closed\n', "not a well-formed CSV file (line 2: unexpected end of data"),
    ],
)
def test_unreadable_files_give_one_clear_message(data: bytes, message: str) -> None:
    with pytest.raises(UnreadableFile) as caught:
        read_table_bytes(data, "p.csv")
    assert message in str(caught.value)


def test_a_zip_that_is_not_a_workbook_is_rejected(tmp_path: Path) -> None:
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "hello")
    with pytest.raises(UnreadableFile, match="not an XLSX workbook"):
        read_table_bytes(buffer.getvalue(), "x.xlsx")


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFile, match="does not exist"):
        read_table(tmp_path / "nope.csv")
    with pytest.raises(UnreadableFile, match="is a folder"):
        read_table(tmp_path)
