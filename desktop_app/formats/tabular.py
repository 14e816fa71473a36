"""Reading CSV and XLSX files into rows of cells keyed by normalised header names.

CSV: UTF-8 with or without a byte-order mark, UTF-16 with one (Excel's "Unicode Text"), or a
legacy encoding such as Big5 or Windows-1252 when it can be told for sure (``text_encoding``;
the table then carries a note saying so). The delimiter (comma, semicolon or tab) is sniffed
from the header line; quoted fields may hold delimiters and newlines. XLSX: the first sheet;
cells keep their spreadsheet types (datetime, time, int, float) so dates are never re-guessed
from text; a formula is read as the result Excel saved with it, and one without a saved result
(a workbook written by a program and never opened in Excel) is a problem, not a blank cell.
Row numbers are those a spreadsheet shows (the header is row 1); rows with no value at all are
skipped but still counted, so a reported row number is where the user looks.

A value with no header above it (an unquoted ';' inside a cell splits it into one field too
many) is never dropped silently: each such row is a problem in ``Table.problems``.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from desktop_app.domain.errors import DomainError

from .text_encoding import UndecodableText, decode_text, has_utf16_bom

Cell = object
"""A cell value: ``str`` from CSV; from XLSX also int, float, bool, datetime, date or time."""

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy .xls (and .doc)
_SEPARATORS = re.compile(r"[\s\-]+")
_SHOWN_EXTRA_VALUES = 3


class UnreadableFile(DomainError):
    """The file is empty, of an unknown encoding, or not a CSV/XLSX file at all; the message says which."""


@dataclass(frozen=True, slots=True)
class CellProblem:
    row: int
    column: str
    """The column's name, or "" for a problem of the whole row."""
    reason: str


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
    problems: tuple[CellProblem, ...] = field(default=())
    """Rows whose values do not fit under the header; the file cannot be imported as it is."""
    notes: tuple[str, ...] = field(default=())
    """What the user should know although nothing is wrong (e.g. the encoding was guessed)."""
    encoding: str = ""
    """How a CSV file's text was read ("UTF-8", "UTF-16", "Big5" ...); empty for XLSX."""
    delimiter: str = ""
    """A CSV file's field separator; empty for XLSX."""

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
    if b"\x00" in data[:4096] and not has_utf16_bom(data):
        raise UnreadableFile(f"{name} is not a CSV or XLSX file (it holds binary data)")
    return read_csv(data, name)


_OverflowReason = Callable[[int, Sequence[Cell | None], Sequence[tuple[int, Cell]]], str]
"""(row number, header cells, [(1-based position, value)] right of the header) → the reason shown."""


# --- CSV ---------------------------------------------------------------------------------

def read_csv(data: bytes, name: str) -> Table:
    try:
        decoded = decode_text(data)
    except UndecodableText as error:
        raise UnreadableFile(f"{name} {error.reason}; save it as 'CSV UTF-8' or as an .xlsx workbook") from None
    text = decoded.text
    delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        records = list(reader)
    except csv.Error as error:
        raise UnreadableFile(
            f"{name} is not a well-formed CSV file (line {reader.line_num}: {error})"
        ) from None
    notes = (f"{name} was read as {decoded.guessed_encoding} text, not UTF-8; if names look wrong, "
             "save it as 'CSV UTF-8' and import it again",) if decoded.guessed_encoding else ()
    return replace(_table(records, name, _csv_overflow(delimiter), notes), encoding=decoded.encoding,
                   delimiter=delimiter)


def _csv_overflow(delimiter: str) -> _OverflowReason:
    quote_hint = "a tab" if delimiter == "\t" else f"'{delimiter}'"

    def reason(row: int, header: Sequence[Cell | None], extras: Sequence[tuple[int, Cell]]) -> str:
        fields = extras[-1][0]  # the last non-blank field
        cells = [(str(position), value) for position, value in extras]
        return (f"this row has {fields} fields but the header has {_width(header)}: "
                f"{_listed('field', cells)} no column; quote cells that contain {quote_hint}")

    return reason


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
    table = _table(records, name, _xlsx_overflow)
    if not _has_formulas(data):
        return table
    return replace(table, problems=table.problems + _unsaved_formulas(data, records, table.header_row))


_FORMULA_TAG = re.compile(rb"<f[ >/]")


def _has_formulas(data: bytes) -> bool:
    """Whether a sheet of the workbook holds a formula (the sheets are compressed inside the file)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return any(_FORMULA_TAG.search(archive.read(item)) for item in archive.namelist()
                   if item.startswith("xl/worksheets/") and item.endswith(".xml"))


def _unsaved_formulas(data: bytes, records: Sequence[Sequence[Cell | None]],
                      header_row: int) -> tuple[CellProblem, ...]:
    """Formula cells with no saved result (a workbook written by a program, never opened in Excel):
    they read as blank, so each is a problem rather than a silently empty cell."""
    from openpyxl import load_workbook
    from openpyxl.utils import get_column_letter

    workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    try:
        formulas = [list(values) for values in workbook.worksheets[0].iter_rows(min_row=1, values_only=True)]
    finally:
        workbook.close()
    header = records[header_row - 1]
    problems = []
    for number, (values, cells) in enumerate(zip(records, formulas, strict=False), start=1):
        for position, (value, formula) in enumerate(zip(values, cells, strict=False), start=1):
            if (number > header_row and value is None and isinstance(formula, str) and formula.startswith("=")
                    and position <= len(header) and not _is_blank(header[position - 1])):
                problems.append(CellProblem(number, str(header[position - 1]).strip(), (
                    f"cell {get_column_letter(position)}{number} holds a formula ({_shown(formula)}) whose result "
                    "was never saved; open the file in Excel and save it again, or paste the values")))
    return tuple(problems)


def _xlsx_overflow(row: int, header: Sequence[Cell | None], extras: Sequence[tuple[int, Cell]]) -> str:
    from openpyxl.utils import get_column_letter

    last = _width(header)
    cells = [(f"{get_column_letter(position)}{row}", value) for position, value in extras]
    them = "them" if len(cells) > 1 else "it"
    return (f"{_listed('cell', cells)} no column (the last header is '{_shown(header[last - 1])}', in column "
            f"{get_column_letter(last)}); give the column a header or clear {them}")


# --- shared ------------------------------------------------------------------------------

def _is_blank(value: Cell | None) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _clean(value: Cell) -> Cell:
    return value.strip() if isinstance(value, str) else value


def _width(cells: Sequence[Cell | None]) -> int:
    """How many fields the row spans: up to its last non-blank one."""
    return next((i + 1 for i in range(len(cells) - 1, -1, -1) if not _is_blank(cells[i])), 0)


def _shown(value: Cell | None) -> str:
    text = str(value).strip()
    return text if len(text) <= 40 else text[:39] + "…"


def _listed(noun: str, cells: Sequence[tuple[str, Cell]]) -> str:
    """"field 13 ('Lee Min-jung') has", or "fields 13 ('a'), 14 ('b'), 15 ('c') and 2 more have"."""
    shown = ", ".join(f"{label} ('{_shown(value)}')" for label, value in cells[:_SHOWN_EXTRA_VALUES])
    if len(cells) == 1:
        return f"{noun} {shown} has"
    more = f" and {len(cells) - _SHOWN_EXTRA_VALUES} more" if len(cells) > _SHOWN_EXTRA_VALUES else ""
    return f"{noun}s {shown}{more} have"


def _table(records: Sequence[Sequence[Cell | None]], name: str, overflow_reason: _OverflowReason,
           notes: tuple[str, ...] = ()) -> Table:
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
    width = _width(header_cells)
    rows: list[TableRow] = []
    problems: list[CellProblem] = []
    for number, cells in numbered[header_index + 1:]:
        if all(map(_is_blank, cells)):
            continue
        rows.append(TableRow(number, _cells(names, cells)))
        extras = [(position, value) for position, value in enumerate(cells[width:], start=width + 1)
                  if not _is_blank(value)]
        if extras:
            problems.append(CellProblem(number, "", overflow_reason(number, header_cells, extras)))
    return Table(tuple(original), original, rows, header_row, tuple(duplicates), tuple(problems), notes)


def _cells(names: Iterable[str], values: Sequence[Cell | None]) -> dict[str, Cell]:
    cells: dict[str, Cell] = {}
    for column, value in zip(names, values, strict=False):
        # Values under a blank header, and blank values, carry nothing; the first of two
        # same-named columns wins (the duplicate is reported by the importer).
        if column and not _is_blank(value) and column not in cells:
            cells[column] = _clean(value)
    return cells
