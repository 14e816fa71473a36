"""Importing CSV, XLSX (and, through ics_service, iCalendar) files into a plan.

A file is imported whole or not at all: every problem of every row is collected first and
the file is rejected with all of them (``ImportRejected``), writing nothing. A good file's
changes are written in one transaction. A dry run takes exactly the same path and rolls
the transaction back at the end, so what it reports is what a real import would do.

Per kind, see ``import_people`` (delegates, contacts), ``import_places`` (venues, travel),
``import_programme`` (programme) and ``import_scheduling`` (availability, requests); cell
formats are described in ``desktop_app.formats.import_rows``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.domain.errors import DomainError, ValidationError
from desktop_app.formats.import_rows import TABULAR_KINDS, CellProblem, layout_for
from desktop_app.formats.tabular import Table, TableRow, UnreadableFile, read_table

from .errors import UserError
from .import_context import ImportContext
from .import_people import import_contacts, import_delegates
from .import_places import import_travel, import_venues
from .import_programme import import_programme
from .import_report import ImportRejected, ImportReport, RowProblem
from .import_scheduling import import_availability, import_requests

if TYPE_CHECKING:
    from desktop_app.storage.plan_store import PlanStore

IMPORT_KINDS = TABULAR_KINDS
"""delegates, contacts, venues, travel, programme, availability, requests."""

_IMPORTERS: dict[str, Callable[[ImportContext, Iterable[TableRow]], None]] = {
    "delegates": import_delegates,
    "contacts": import_contacts,
    "venues": import_venues,
    "travel": import_travel,
    "programme": import_programme,
    "availability": import_availability,
    "requests": import_requests,
}


class _RollBack(Exception):
    """Raised inside the transaction to undo a dry run."""


def import_file(store: PlanStore, path: Path, as_kind: str, *, dry_run: bool = False,
                delegate: str | None = None) -> ImportReport:
    """Import ``path`` as ``as_kind``; returns what changed (or, with ``dry_run``, would change).

    Raises ``ImportRejected`` listing every bad cell (nothing written) and ``UserError`` for a
    file that cannot be read at all.
    """
    path = Path(path)
    if as_kind not in _IMPORTERS:
        raise UserError(f"cannot import as '{as_kind}'; choose one of: {', '.join(IMPORT_KINDS)}")
    if path.suffix.lower() in (".ics", ".ical", ".ifb"):
        from .ics_service import import_ics

        return import_ics(store, path, as_kind, delegate=delegate, dry_run=dry_run)
    if delegate is not None:
        raise UserError("--delegate applies to .ics files only; a table names its people in its columns")
    try:
        table = read_table(path)
    except UnreadableFile as error:
        raise UserError(str(error)) from None
    return import_table(store, table, path.name, as_kind, dry_run=dry_run)


def import_table(store: PlanStore, table: Table, file: str, as_kind: str, *, dry_run: bool = False
                 ) -> ImportReport:
    layout = layout_for(table, as_kind)
    report = ImportReport(file=file, as_kind=as_kind, dry_run=dry_run, ignored_columns=list(layout.ignored))
    header_problems = [
        RowProblem(file, table.header_row, column, layout.missing_reason(column))
        for column in layout.missing_required
    ] + [
        RowProblem(file, table.header_row, column, "this column appears twice; the first one was read")
        for column in table.duplicate_columns
    ] + [_row_problem(file, problem) for problem in table.problems]  # values with no header above them
    if layout.missing_required:  # rows cannot be read meaningfully without these columns
        raise ImportRejected(file, header_problems)
    report.warnings.extend(table.notes)
    if not table.rows:
        report.warnings.append(f"{file} has a header but no rows")
    try:
        with store.write() as tx:
            context = ImportContext(file, tx.snapshot(), layout, report)
            _IMPORTERS[as_kind](context, table.rows)
            problems = header_problems + [_row_problem(file, problem) for problem in context.problems]
            if problems:
                raise ImportRejected(file, sorted(problems, key=lambda p: p.row))
            for pending in context.pending:
                try:
                    pending.write(tx)
                except DomainError as error:  # a rule only the database can check
                    column = context.column_for(error.field) if isinstance(error, ValidationError) else ""
                    raise ImportRejected(file, [RowProblem(file, pending.row, column, _reason(error))]) from None
            if dry_run:
                raise _RollBack
    except _RollBack:
        pass
    return report


def _row_problem(file: str, problem: CellProblem) -> RowProblem:
    return RowProblem(file, problem.row, problem.column, problem.reason)


def _reason(error: DomainError) -> str:
    return error.reason if isinstance(error, ValidationError) else str(error)
