"""Columns of an import file, and typed, error-collecting access to their cells.

Which columns each import kind reads is the services' table of kinds
(``services.imports.catalogue``); this module only reads cells.

Cell conventions (shared by every kind):

- Header names are case-insensitive and trimmed; spaces and dashes count as ``_``
  ("Native Name" is ``native_name``). Common spellings are accepted as aliases (``ALIASES``):
  "Organization" and "Company" for ``organisation``; "E-mail", "Mail" and "Email address" for
  ``email``; "Full name" for ``name``; "Phone number" and "Mobile" for ``phone``; "Start time"
  and "Start date" for ``start``; "End time" and "End date" for ``end``; "Time zone" and
  "Zone" for ``timezone``; "Duration" for ``duration_minutes``; "UID" for ``external_id``.
  A missing required column is reported with the file's headers and the closest of them.
- Times are ISO 8601: ``2025-03-17T10:00``, ``2025-03-17 10:00``, ``2025-03-17T10:00+08:00``,
  ``2025-03-17T02:00Z``; a bare date means midnight. A time without an offset is local
  wall-clock time; the importer decides in which zone (row, venue, market). XLSX date cells
  are used as they are. A number from 20000 to 80000 (a number cell, or text such as
  "45735.5" in a CSV saved from one) is an Excel serial date, 1954 to 2119: days since
  1899-12-30, the fraction being the time of day.
- Clock times (``opens``/``closes``) are ``HH:MM`` (``9:00``, ``09:00``, ``09:00:00``).
- Numbers accept a decimal comma ("22,28") as semicolon-separated CSV files from European
  spreadsheets write them. Whole numbers must be whole ("30" or "30.0", not "30.5").
- Lists (``attendees``, ``contacts``) are ``;``-separated: ``anna@x.com; Wong Ka-man``.
- Enumerations (``kind``, ``status``) are case-insensitive; spaces count as ``_``
  ("HAF meeting" is ``haf_meeting``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from difflib import get_close_matches
from enum import StrEnum
from typing import TypeVar

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.timezones import validate_zone

from .tabular import Cell, Table, TableRow
from .tabular import CellProblem as CellProblem  # re-exported: the services know it from here


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    required: bool = False


def columns_from_spec(spec: str) -> tuple[Column, ...]:
    """'name*, email' → (Column('name', True), Column('email'))."""
    names = [part.strip() for part in spec.split(",")]
    return tuple(Column(name.rstrip("*"), name.endswith("*")) for name in names)


ALIASES: dict[str, str] = {
    "organization": "organisation",
    "company": "organisation",
    "e_mail": "email",
    "mail": "email",
    "email_address": "email",
    "full_name": "name",
    "phone_number": "phone",
    "mobile": "phone",
    "start_time": "start",
    "start_date": "start",
    "end_time": "end",
    "end_date": "end",
    "duration": "duration_minutes",
    "uid": "external_id",
    "zone": "timezone",
    "time_zone": "timezone",
    "home_time_zone": "home_timezone",
    "native_title": "native_name",
}


@dataclass(frozen=True, slots=True)
class ColumnLayout:
    """Which of a kind's columns a file has, under which of its headers."""

    kind: str
    present: dict[str, str]
    """Canonical column → normalised header in the file."""
    missing_required: tuple[str, ...]
    ignored: tuple[str, ...]
    """Headers (as written) the kind does not read."""
    headers: tuple[str, ...] = ()
    """Every header of the file, as written, in file order."""
    nearest: dict[str, str] = field(default_factory=dict)
    """Missing required column → the unread header (as written) that looks most like it."""
    written: dict[str, str] = field(default_factory=dict)
    """Canonical column → its header as written in the file."""

    def has(self, column: str) -> bool:
        return column in self.present

    def file_header(self, column: str) -> str:
        """The column as the file names it ('Full name' for ``name``); a column it lacks by its own name."""
        return self.written.get(column, column)

    def missing_reason(self, column: str) -> str:
        """"this required column is missing (the file's headers: Titel, Start; did you mean 'Titel'?)"."""
        shown = ", ".join(self.headers[:_SHOWN_HEADERS]) or "none"
        if len(self.headers) > _SHOWN_HEADERS:
            shown += f" and {len(self.headers) - _SHOWN_HEADERS} more"
        guess = f"; did you mean '{self.nearest[column]}'?" if column in self.nearest else ""
        return f"this required column is missing (the file's headers: {shown}{guess})"


_SHOWN_HEADERS = 15


def layout_for(table: Table, kind: str, columns: tuple[Column, ...],
               mapping: Mapping[str, str | None] | None = None) -> ColumnLayout:
    """Which of ``columns`` (those of the import kind ``kind``) ``table`` has.

    Without ``mapping`` a header is a column by its name or an alias; with one (normalised
    header → column or None, as ``column_mapping`` suggests and a person corrects) exactly as
    it says, and a header it does not name is ignored.
    """
    known = {column.name for column in columns}
    present = _mapped(table, known, mapping) if mapping is not None else _by_name(table, known)
    unread = [header for header in table.columns if header not in present.values()]
    missing = tuple(c.name for c in columns if c.required and c.name not in present)
    nearest = {column: table.original_headers[close] for column in missing
               if (close := _nearest_header(column, unread))}
    written = {column: table.original_headers[header] for column, header in present.items()}
    return ColumnLayout(kind, present, missing, tuple(table.original_headers[h] for h in unread),
                        tuple(table.original_headers.values()), nearest, written)


def _by_name(table: Table, known: set[str]) -> dict[str, str]:
    present: dict[str, str] = {}
    for header in table.columns:
        canonical = header if header in known else ALIASES.get(header, header)
        if canonical in known and canonical not in present:
            present[canonical] = header
    return present


def _mapped(table: Table, known: set[str], mapping: Mapping[str, str | None]) -> dict[str, str]:
    present: dict[str, str] = {}
    for header in table.columns:
        column = mapping.get(header)
        if column is None:
            continue
        if column not in known:
            raise ValueError(f"'{column}' is not a column of this kind")
        if column in present:
            raise ValueError(f"two headers are mapped to '{column}'")
        present[column] = header
    return present


def _nearest_header(column: str, headers: list[str]) -> str | None:
    """The normalised header closest to the column's name or one of its aliases ("titel" for "title")."""
    spellings = [column, *(alias for alias, canonical in ALIASES.items() if canonical == column)]
    for spelling in spellings:
        if close := get_close_matches(spelling, headers, n=1):
            return close[0]
    return None


# --- cell parsers (raise CellError with a reason for the user) ----------------------------

class CellError(ValueError):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


_CLOCK = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2}))?$")
_NUMBER_WITH_DECIMAL_COMMA = re.compile(r"^[+-]?\d+,\d+$")
_UNSIGNED_NUMBER = re.compile(r"^\d+(?:[.,]\d+)?$")
_EXCEL_EPOCH = datetime(1899, 12, 30)  # day 0 of Excel's 1900 date system (after its 1900 leap-year bug)
_EXCEL_SERIALS = (20_000, 80_000)
"""Serial days read as dates: 1954-10-03 to 2119-01-11. Smaller numbers are more likely counts or years."""


def parse_text(value: Cell) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a phone number typed into a number cell
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return str(value).strip()


def parse_float(value: Cell) -> float:
    if isinstance(value, bool):
        raise CellError(f"'{value}' is not a number")
    if isinstance(value, int | float):
        return float(value)
    text = str(value).strip()
    if _NUMBER_WITH_DECIMAL_COMMA.match(text):
        text = text.replace(",", ".")
    try:
        return float(text)
    except ValueError:
        raise CellError(f"'{text}' is not a number") from None


def parse_int(value: Cell) -> int:
    number = parse_float(value)
    if not number.is_integer():
        raise CellError(f"'{parse_text(value)}' is not a whole number")
    return int(number)


def parse_datetime(value: Cell) -> datetime:
    """An instant (with an offset) or a wall-clock time (naive) from ISO 8601 text, a date cell
    or an Excel serial date."""
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime.combine(value, time.min)
    if isinstance(value, time):
        raise CellError(f"'{value.isoformat(timespec='minutes')}' has no date (e.g. 2025-03-17T10:00)")
    serial = _excel_serial(value)
    if serial is not None:
        return _EXCEL_EPOCH + timedelta(seconds=round(serial * 86_400))
    text = parse_text(value)
    try:
        return datetime.fromisoformat(text)  # also "20250317", which is no serial date
    except ValueError:
        pass
    if _number(value) is not None:
        first, last = (_EXCEL_EPOCH + timedelta(days=days) for days in _EXCEL_SERIALS)
        raise CellError(
            f"'{text}' is a number, not a date; as an Excel date it would have to be from {_EXCEL_SERIALS[0]} "
            f"({first:%Y-%m-%d}) to {_EXCEL_SERIALS[1]} ({last:%Y-%m-%d}); or give e.g. 2025-03-17T10:00"
        )
    raise CellError(
        f"'{text}' is not an ISO 8601 date and time (e.g. 2025-03-17T10:00 or 2025-03-17T10:00+08:00)"
    )


def is_date_only(value: Cell | None) -> bool:
    """A day without a time ('2025-03-20', a date cell, a whole serial day): for a stay, the whole day counts."""
    if isinstance(value, datetime):
        return False
    if isinstance(value, date):
        return True
    serial = _excel_serial(value)
    if serial is not None:
        return serial.is_integer()
    return value is not None and len(str(value).strip()) == 10 and str(value).strip()[4] == "-"


def _number(value: Cell | None) -> float | None:
    """A number cell, or text that is only digits with at most one decimal point or comma."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    text = "" if value is None else str(value).strip()
    return float(text.replace(",", ".")) if _UNSIGNED_NUMBER.match(text) else None


def _excel_serial(value: Cell | None) -> float | None:
    number = _number(value)
    return number if number is not None and _EXCEL_SERIALS[0] <= number <= _EXCEL_SERIALS[1] else None


def parse_clock(value: Cell) -> time:
    if isinstance(value, datetime):  # Excel stores a bare time as a time on 1899-12-30
        return value.time()
    if isinstance(value, time):
        return value
    text = parse_text(value)
    match = _CLOCK.match(text)
    if match:
        hours, minutes, seconds = (int(part or 0) for part in match.groups())
        if hours < 24 and minutes < 60 and seconds < 60:
            return time(hours, minutes, seconds)
    raise CellError(f"'{text}' is not a time of day as HH:MM (e.g. 09:00)")


def parse_zone(value: Cell) -> str:
    text = parse_text(value)
    try:
        return validate_zone(text)
    except ValidationError as error:
        raise CellError(error.reason) from None


_YES = frozenset({"yes", "y", "true", "1", "x", "remove", "removed", "withdraw", "withdrawn"})
_NO = frozenset({"no", "n", "false", "0", "-"})


def parse_flag(value: Cell) -> bool:
    """'yes'/'no' and the usual spellings of them (a spreadsheet's TRUE, a ticked 'x')."""
    if isinstance(value, bool):
        return value
    text = parse_text(value).casefold()
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise CellError(f"'{parse_text(value)}' is neither yes nor no")


def parse_list(value: Cell) -> list[str]:
    return [part.strip() for part in parse_text(value).split(";") if part.strip()]


E = TypeVar("E", bound=StrEnum)
T = TypeVar("T")


def parse_choice(enum: type[E], value: Cell) -> E:
    text = parse_text(value)
    try:
        return enum(re.sub(r"[\s\-]+", "_", text.lower()))
    except ValueError:
        allowed = ", ".join(member.value for member in enum)
        raise CellError(f"'{text}' is not one of: {allowed}") from None


# --- one row ----------------------------------------------------------------------------

class RowReader:
    """Typed access to one row's cells. A bad or missing cell is recorded, never raised:
    the importer lists every problem of a file at once."""

    def __init__(self, row: TableRow, layout: ColumnLayout, problems: list[CellProblem]) -> None:
        self.row = row
        self.layout = layout
        self._problems = problems
        self.ok = True

    @property
    def number(self) -> int:
        return self.row.number

    def problem(self, column: str, reason: str) -> None:
        self.ok = False
        self._problems.append(CellProblem(self.row.number, column, reason))

    def raw(self, column: str) -> Cell | None:
        header = self.layout.present.get(column)
        return None if header is None else self.row.get(header)

    def given(self, column: str) -> bool:
        return self.raw(column) is not None

    def text(self, column: str, *, required: bool = False) -> str:
        value = self.raw(column)
        if value is None:
            if required:
                self.problem(column, "is empty; a value is required")
            return ""
        return parse_text(value)

    def integer(self, column: str, *, required: bool = False) -> int | None:
        return self._parsed(column, parse_int, required)

    def decimal(self, column: str) -> float | None:
        return self._parsed(column, parse_float, False)

    def moment(self, column: str, *, required: bool = False) -> datetime | None:
        return self._parsed(column, parse_datetime, required)

    def clock(self, column: str) -> time | None:
        return self._parsed(column, parse_clock, False)

    def zone(self, column: str = "timezone") -> str:
        return self._parsed(column, parse_zone, False) or ""

    def flag(self, column: str) -> bool:
        return bool(self._parsed(column, parse_flag, False))

    def names(self, column: str) -> list[str]:
        value = self.raw(column)
        return [] if value is None else parse_list(value)

    def choice(self, enum: type[E], column: str) -> E | None:
        value = self.raw(column)
        if value is None:
            return None
        try:
            return parse_choice(enum, value)
        except CellError as error:
            self.problem(column, error.reason)
            return None

    def _parsed(self, column: str, parse: Callable[[Cell], T], required: bool) -> T | None:
        value = self.raw(column)
        if value is None:
            if required:
                self.problem(column, "is empty; a value is required")
            return None
        try:
            return parse(value)
        except CellError as error:
            self.problem(column, error.reason)
            return None
