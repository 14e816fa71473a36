"""Reading CSV and XLSX files into numbered rows of cells."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime, time
from pathlib import Path

import openpyxl
import pytest

from desktop_app.formats.tabular import (
    CellProblem,
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
        ("name\nAnna\n".encode("utf-16") + b"\x00\xd8" + "Ben\n".encode("utf-16-le"),  # a lone surrogate
         "is not valid UTF-16 text although it starts with a UTF-16 byte-order mark (first bad byte on line 3)"),
        (b"\xef\xbb\xbfname\nM\xfcller\n", "is not valid UTF-8 text although it starts with a UTF-8 byte-order mark"
                                        " (first bad byte on line 2)"),
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


# --- values with no header above them ---------------------------------------------------

def test_an_unquoted_delimiter_inside_a_cell_is_a_problem_of_its_row_not_a_lost_name() -> None:
    header = "external_id;title;kind;start;end;timezone;venue;room;contacts;status;notes;attendees"
    data = (f"{header}\n"
            "FM-1;HAF opening;panel;2025-03-17T10:00;2025-03-17T11:00;;HKCEC;S421;;confirmed;;kaman@example.hk\n"
            "FM-2;Dinner;networking;2025-03-17T19:00;2025-03-17T21:00;;HKCEC;;;;;Han So-hee;Lee Min-jung\n"
            "FM-3;Lunch;networking;2025-03-18T12:00;2025-03-18T13:00;;;;;;;Kim Ji-woo;;\n")  # blank extras: fine
    table = read_table_bytes(data.encode(), "programme.csv")
    assert [row.number for row in table.rows] == [2, 3, 4]  # the row is still read, for its other problems
    assert table.rows[1].cells["attendees"] == "Han So-hee"
    assert table.problems == (CellProblem(
        3, "", "this row has 13 fields but the header has 12: field 13 ('Lee Min-jung') has no column; "
               "quote cells that contain ';'"),)


def test_several_extra_values_are_listed_briefly_with_the_files_delimiter() -> None:
    table = read_table_bytes(b"name\temail\nAnna\ta@x.com\tone\ttwo\tthree\tfour\tfive\n", "people.txt")
    assert [problem.reason for problem in table.problems] == [
        "this row has 7 fields but the header has 2: fields 3 ('one'), 4 ('two'), 5 ('three') and 2 more "
        "have no column; quote cells that contain a tab"]
    long_value = "x" * 60
    table = read_table_bytes(f"name,email\nAnna,a@x.com,{long_value}\n".encode(), "people.csv")
    assert f"field 3 ('{'x' * 39}…') has no column; quote cells that contain ','" in table.problems[0].reason


def test_a_header_with_trailing_blank_cells_counts_up_to_its_last_name() -> None:
    table = read_table_bytes(b"name,email,,\nAnna,a@x.com,,\nBen,b@x.com,,stray\n", "people.csv")
    assert [(problem.row, problem.reason.split(":")[0]) for problem in table.problems] == [
        (3, "this row has 4 fields but the header has 2")]


def test_xlsx_values_right_of_the_last_header_cell_are_problems() -> None:
    data = xlsx_bytes([
        ["Name", "Email", None],
        ["Anna", "a@x.com", None],
        ["Ben", "b@x.com", None, "Lee Min-jung"],
        ["Chan", "c@x.com", "x", 42],
    ])
    table = read_table_bytes(data, "people.xlsx")
    assert [row.number for row in table.rows] == [2, 3, 4]
    assert table.problems == (
        CellProblem(3, "", "cell D3 ('Lee Min-jung') has no column (the last header is 'Email', in column B); "
                           "give the column a header or clear it"),
        CellProblem(4, "", "cells C4 ('x'), D4 ('42') have no column (the last header is 'Email', in column B); "
                           "give the column a header or clear them"),
    )


# --- encodings --------------------------------------------------------------------------

PEOPLE = ("name\tnative_name\torganisation\r\n"
          "Wong Ka-man\t黃嘉敏\t金港影業有限公司\r\n"
          "Chan Tsz-hin\t陳子軒\t天星電影發行\r\n"
          "Anna Müller\t\tNordlicht Film\r\n")


@pytest.mark.parametrize("encoded", [
    PEOPLE.encode("utf-16"),  # what Excel's "Unicode Text" writes: BOM FF FE, little-endian, tabs
    b"\xfe\xff" + PEOPLE.encode("utf-16-be"),
])
def test_utf16_with_a_byte_order_mark_is_read_tab_separated(encoded: bytes) -> None:
    table = read_table_bytes(encoded, "people.txt")
    assert table.columns == ("name", "native_name", "organisation")
    assert [row.cells.get("native_name") for row in table.rows] == ["黃嘉敏", "陳子軒", None]
    assert table.rows[2].cells["name"] == "Anna Müller"
    assert table.notes == ()  # a byte-order mark is certain: nothing to warn about
    assert (table.encoding, table.delimiter) == ("UTF-16", "\t")  # the wizard says how it was read


def test_utf8_is_never_guessed_at() -> None:
    text = "name,native_name\nWong Ka-man,黃嘉敏\nKim Ji-woo,김지우\nSato Haruka,佐藤遥\nAnna Müller,\n"
    for data in (text.encode(), b"\xef\xbb\xbf" + text.encode()):
        table = read_table_bytes(data, "people.csv")
        assert [row.cells.get("native_name") for row in table.rows] == ["黃嘉敏", "김지우", "佐藤遥", None]
        assert table.notes == () and table.encoding == "UTF-8"


def test_big5_names_from_a_hong_kong_office_are_read_with_a_note() -> None:
    data = PEOPLE.replace("\t", ",").replace("Anna Müller,,Nordlicht Film\r\n", "").encode("big5")
    table = read_table_bytes(data, "delegates.csv")
    assert [(row.cells["native_name"], row.cells["organisation"]) for row in table.rows] == [
        ("黃嘉敏", "金港影業有限公司"), ("陳子軒", "天星電影發行")]
    assert table.notes == ("delegates.csv was read as Big5 text, not UTF-8; if names look wrong, "
                           "save it as 'CSV UTF-8' and import it again",)
    assert (table.encoding, table.delimiter) == ("Big5", ",")


@pytest.mark.parametrize(("text", "codec", "label"), [
    ("name;email\nAnna Müller;anna@example.de\nÉlodie Marchand;elodie@example.fr\n", "cp1252", "Windows-1252"),
    ("name,email\nMüller,m@x.de\n", "cp1252", "Windows-1252"),
    ("name,native_name,organisation\nSato Haruka,佐藤遥,東宝株式会社\nTanaka Yuki,田中由紀,松竹株式会社\n"
     "Suzuki Ken,鈴木健,角川映画\n", "shift_jis", "Shift_JIS"),
    ("name,native_name,organisation\nLi Wei,李伟,北京电影制片厂\nZhang Min,张敏,上海电影集团\n", "gb18030", "GB18030"),
    ("name,native_name,organisation\nPark Min-jun,박민준,한빛 영화사\nKim Ji-woo,김지우,바른손 이앤에이\n"
     "Lee Seo-yeon,이서연,씨제이 이엔엠\n", "euc_kr", "EUC-KR"),
])
def test_legacy_encodings_are_detected_when_unambiguous(text: str, codec: str, label: str) -> None:
    table = read_table_bytes(text.encode(codec), "people.csv")
    expected = read_table_bytes(text.encode(), "people.csv")
    assert [row.cells for row in table.rows] == [row.cells for row in expected.rows]
    assert table.notes[0].startswith(f"people.csv was read as {label} text, not UTF-8")


@pytest.mark.parametrize(("data", "line"), [
    # Six characters decode flawlessly as Big5, EUC-KR and Shift_JIS alike: no guess is safe.
    ("name,native_name\nWong Ka-man,黃嘉敏\nChan Tsz-hin,陳子軒\n".encode("big5"), 2),
    (b"name,email\n\xe9l\xe8ve,x@y.z\n", 2),  # Latin-1 "élève", or two Big5 characters
    ("name\nJürgen Köhler\n".encode() + "Müller\n".encode("cp1252"), 3),  # UTF-8 with Windows-1252 pasted in
    (b"name\n" + bytes(range(0x80, 0x100)) + b"\n", 2),
])
def test_text_whose_encoding_cannot_be_told_for_sure_is_refused(data: bytes, line: int) -> None:
    with pytest.raises(UnreadableFile) as caught:
        read_table_bytes(data, "people.csv")
    assert str(caught.value) == (
        f"people.csv is not UTF-8 text (first bad byte on line {line}), and which encoding it is cannot be "
        "told for sure; save it as 'CSV UTF-8' or as an .xlsx workbook")


def _with_saved_results(data: bytes, results: dict[str, bytes]) -> bytes:
    """The workbook as Excel would save it: each formula's result stored beside it."""
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for item in source.namelist():
            content = source.read(item)
            if item == "xl/worksheets/sheet1.xml":
                for cell, value in results.items():
                    empty = rb"(?:<v */>|<v></v>)"  # as et_xmlfile or lxml writes it
                    content = re.sub(rb'(<c r="' + cell.encode() + rb'"[^>]*><f>[^<]*</f>)' + empty,
                                     rb"\1<v>" + value + rb"</v>", content)
            target.writestr(item, content)
    return buffer.getvalue()


def test_a_formula_reads_as_its_saved_result_and_one_without_is_a_problem() -> None:
    data = xlsx_bytes([["title", "start", "end"],
                       ["Opening", 45733.4166666667, "=B2+1/24"],
                       ["=A2&\" (repeat)\"", 45734.5, 45734.5625]])
    unsaved = read_table_bytes(data, "programme.xlsx")
    assert unsaved.rows[0].cells == {"title": "Opening", "start": 45733.4166666667}  # a serial date stays a number
    assert [(p.row, p.column) for p in unsaved.problems] == [(2, "end"), (3, "title")]
    assert unsaved.problems[0].reason == (
        "cell C2 holds a formula (=B2+1/24) whose result was never saved; open the file in Excel and save it "
        "again, or paste the values")

    saved = read_table_bytes(_with_saved_results(data, {"C2": b"45733.4583333333"}), "programme.xlsx")
    assert saved.rows[0].cells["end"] == pytest.approx(45733.4583333333)
    assert [(p.row, p.column) for p in saved.problems] == [(3, "title")]
    assert read_table_bytes(xlsx_bytes([["title"], ["Opening"]]), "plain.xlsx").problems == ()
