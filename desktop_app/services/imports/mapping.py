"""Which column of the kind each header of a file holds: suggested, checked, remembered.

Spreadsheets come with their own headers ("Full name", "開始時間", "이메일"); the wizard shows
``suggest_mapping``'s guess, the person corrects it, ``check_mapping`` says what still stops the
import, and ``import_table(..., mapping=...)`` reads the file through it, so problems and
report are the same as for a file with the kind's own headers (problems name the file's
headers). ``mapping_identity`` is what a remembered mapping is filed under: the kind and the
file's set of headers, so next week's file with the same headers gets the same mapping.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.formats.column_mapping import ColumnMapping, column_candidates, suggest_columns
from desktop_app.formats.import_rows import layout_for
from desktop_app.formats.tabular import Table, UnreadableFile, read_table
from desktop_app.services.errors import UserError

from .catalogue import ImportKind, kind_named


def read_import_table(path: Path) -> Table:
    """The rows of a CSV or XLSX file, for mapping and importing; ``UserError`` when unreadable."""
    try:
        return read_table(Path(path))
    except UnreadableFile as error:
        raise UserError(str(error)) from None


def suggest_mapping(table: Table, kind: str) -> ColumnMapping:
    """Each header of ``table`` (normalised, file order) → the column of ``kind`` it most likely holds."""
    return suggest_columns(table, _kind(kind).columns)


def mapping_identity(kind: str, table: Table) -> str:
    """What a mapping is remembered under: the kind and the set of the file's normalised headers."""
    return json.dumps([kind, *sorted(table.columns)], ensure_ascii=False)


@dataclass(frozen=True, slots=True)
class MappingCheck:
    missing: tuple[str, ...] = ()
    """Required columns no header is mapped to."""
    nearest: dict[str, str] = field(default_factory=dict)
    """Missing column → the ignored header (as written) most likely to hold it."""
    doubled: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Column → the headers (as written) mapped to it, when more than one is."""
    unknown: tuple[str, ...] = ()
    """Columns the mapping names that the kind does not have (a stale remembered mapping)."""

    @property
    def ok(self) -> bool:
        return not (self.missing or self.doubled or self.unknown)

    def describe(self) -> list[str]:
        """One sentence per problem, for messages."""
        lines = [f"no column is mapped to '{column}', which is required"
                 + (f" (perhaps '{self.nearest[column]}'?)" if column in self.nearest else "")
                 for column in self.missing]
        lines += [f"'{column}' is mapped from several columns: {', '.join(headers)}"
                  for column, headers in self.doubled.items()]
        lines += [f"'{column}' is not a column of this kind" for column in self.unknown]
        return lines


def check_mapping(table: Table, kind: str, mapping: Mapping[str, str | None]) -> MappingCheck:
    """What stops ``table`` from being imported as ``kind`` through ``mapping``."""
    import_kind = _kind(kind)
    known = {column.name for column in import_kind.columns}
    chosen: dict[str, str] = {}
    for header in table.columns:
        column = mapping.get(header)
        if column is not None:
            chosen[header] = column
    unknown = tuple(sorted({column for column in chosen.values() if column not in known}))
    by_column: dict[str, list[str]] = {}
    for header, column in chosen.items():
        by_column.setdefault(column, []).append(table.original_headers[header])
    doubled = {column: tuple(headers) for column, headers in by_column.items() if len(headers) > 1}
    missing = tuple(c.name for c in import_kind.columns if c.required and c.name not in chosen.values())
    ignored = [header for header in table.columns if header not in chosen]
    nearest = {column: table.original_headers[likeliest] for column in missing
               if (likeliest := _likeliest_header(column, ignored, table))}
    if not unknown and not doubled:  # the formats layer's spelling guess for the rest
        layout = layout_for(table, kind, import_kind.columns, mapping)
        nearest = layout.nearest | nearest
    return MappingCheck(missing, nearest, doubled, unknown)


def fitting_mapping(table: Table, kind: str, remembered: Mapping[str, object]) -> ColumnMapping | None:
    """A remembered mapping made usable for ``table``: None unless it covers exactly its headers
    with columns the kind still has."""
    if set(remembered) != set(table.columns):
        return None
    known = {column.name for column in _kind(kind).columns}
    mapping: ColumnMapping = {}
    for header in table.columns:
        column = remembered[header]
        if column is not None and column not in known:
            return None
        mapping[header] = column if isinstance(column, str) else None
    return mapping


def _likeliest_header(column: str, headers: list[str], table: Table) -> str | None:
    return next((header for header in headers if column in column_candidates(table.original_headers[header])), None)


def _kind(kind: str) -> ImportKind:
    found = kind_named(kind)
    if found is None:
        raise UserError(f"there is no import kind '{kind}'")
    return found


__all__ = ["ColumnMapping", "MappingCheck", "check_mapping", "fitting_mapping", "mapping_identity",
           "read_import_table", "suggest_mapping"]
