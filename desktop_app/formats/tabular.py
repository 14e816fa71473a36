"""Reading CSV and XLSX files into rows of cells keyed by normalised header names.

CSV: UTF-8 with or without a byte-order mark; the delimiter (comma, semicolon or tab) is
sniffed from the header line; quoted fields may hold delimiters and newlines. XLSX: the first sheet;
cells keep their spreadsheet types (datetime, time, int, float) so dates are never re-guessed
from text. Row numbers are those a spreadsheet shows (the header is row 1); rows with no
value at all are skipped but still counted, so a reported row number is where the user looks.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.domain.errors import DomainError

Cell = object
"""A cell value: ``str`` from CSV; from XLSX also int, float, bool, datetime, date or time."""

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy .xls (and .doc)
_SEPARATORS = re.compile(r"[\s\-]+")


class UnreadableFile(DomainError):
    """The file is empty, not UTF-8, or not a CSV/XLSX file at all; the message says which."""


@dataclass(frozen=True, slots=True)
class TableRow:
    number: int
    """The row number a spreadsheet shows for this row (the header is row 1)."""
    cells: dict[str, Cell]
    """Normalised header name → value; blank cells are absent."""

    def get(self, column: str) -> Cell | None:
        return self.cells.get(column)


@dataclass(frozen=True, slots=True)
class Table:
    columns: tuple[str, ...]
    """Normalised header names, in file order."""
    original_headers: dict[str, str]
    """Normalised name → the header as written in the file (for messages)."""
    rows: list[TableRow]
    header_row: int = 1
    duplicate_columns: tuple[str, ...] = field(default=())

    def has(self, column: str) -> bool:
        return column in self.original_headers


def normalise_header(header: object) -> str:
    """'Native Name ' → 'native_name': case-insensitive, trimmed, spaces and dashes as '_'."""
    text = "" if header is None else str(header)
    return _SEPARATORS.sub("_", text.strip().lower()).strip("_")


def read_table(path: Path) -> Table:
    """The first sheet of an XLSX file or the rows of a CSV file at ``path``."""
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        raise UnreadableFile(f"{path} is a folder, not a CSV or XLSX file") from None
    except FileNotFoundError:
        raise UnreadableFile(f"{path} does not exist") from None
    return read_table_bytes(data, path.name)


def read_table_bytes(data: bytes, name: str) -> Table:
    if not data.strip():
        raise UnreadableFile(f"{name} is empty")
    if data.startswith(_ZIP_MAGIC):
        return read_xlsx(data, name)
    if data.startswith(_OLE_MAGIC):
        raise UnreadableFile(f"{name} is an old Excel (.xls) workbook; save it as .xlsx or CSV UTF-8")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UnreadableFile(f"{name} is UTF-16 text (Excel's 'Unicode Text'); save it as 'CSV UTF-8' or .xlsx")
    if b"\x00" in data[:4096]:
        raise UnreadableFile(f"{name} is not a CSV or XLSX file (it holds binary data)")
    return read_csv(data, name)


# --- CSV ---------------------------------------------------------------------------------

def read_csv(data: bytes, name: str) -> Table:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise UnreadableFile(
            f"{name} is not UTF-8 text (first bad byte on line {line}); "
            "save it as 'CSV UTF-8' or as an .xlsx workbook"
        ) from None
    delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        records = list(reader)
    except csv.Error as error:
        raise UnreadableFile(
            f"{name} is not a well-formed CSV file (line {reader.line_num}: {error})"
        ) from None
    return _table(records, name)


def sniff_delimiter(text: str) -> str:
    """Comma, semicolon or tab: whichever separates more fields of the header line (outside quotes)."""
    header = _first_logical_line(text)
    counts = {",": 0, ";": 0, "\t": 0}
    quoted = False
    for char in header:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(counts, key=lambda separator: counts[separator])
    return best if counts[best] > counts[","] else ","


def _first_logical_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line
    return ""


# --- XLSX --------------------------------------------------------------------------------

def read_xlsx(data: bytes, name: str) -> Table:
    # Imported here so reading a CSV never pays for openpyxl's import.
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as error:
        raise UnreadableFile(f"{name} is not an XLSX workbook ({type(error).__name__})") from None
    try:
        if not workbook.worksheets:
            raise UnreadableFile(f"{name} has no worksheet")
        sheet = workbook.worksheets[0]
        records = [list(values) for values in sheet.iter_rows(min_row=1, values_only=True)]
    finally:
        workbook.close()
    return _table(records, name)


# --- shared ------------------------------------------------------------------------------

def _is_blank(value: Cell | None) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _clean(value: Cell) -> Cell:
    return value.strip() if isinstance(value, str) else value


def _table(records: Sequence[Sequence[Cell | None]], name: str) -> Table:
    numbered = list(enumerate(records, start=1))
    header_index = next((i for i, (_, cells) in enumerate(numbered) if not all(map(_is_blank, cells))), None)
    if header_index is None:
        raise UnreadableFile(f"{name} is empty")
    header_row, header_cells = numbered[header_index]
    names = [normalise_header(cell) for cell in header_cells]
    original: dict[str, str] = {}
    duplicates: list[str] = []
    for normalised, cell in zip(names, header_cells, strict=True):
        if not normalised:
            continue
        if normalised in original:
            duplicates.append(normalised)
        else:
            original[normalised] = str(cell).strip()
    rows = [
        TableRow(number, _cells(names, cells))
        for number, cells in numbered[header_index + 1:]
        if not all(map(_is_blank, cells))
    ]
    return Table(tuple(original), original, rows, header_row, tuple(duplicates))


def _cells(names: Iterable[str], values: Sequence[Cell | None]) -> dict[str, Cell]:
    cells: dict[str, Cell] = {}
    for column, value in zip(names, values, strict=False):
        # Values under a blank header, and blank values, carry nothing; the first of two
        # same-named columns wins (the duplicate is reported by the importer).
        if column and not _is_blank(value) and column not in cells:
            cells[column] = _clean(value)
    return cells
