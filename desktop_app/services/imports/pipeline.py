"""Importing CSV, XLSX and iCalendar files into a plan: all or nothing, reported change by change.

A file is imported whole or not at all: every problem of every row is collected first and the
file is rejected with all of them (``ImportRejected``), writing nothing. A good file's changes
are written in one transaction. A dry run takes exactly the same path and rolls the
transaction back at the end, so what it reports is what a real import would do.

A re-issued programme that no longer lists activities an earlier version brought would cancel
them. That is never done silently: without ``cancel_missing`` such an import is refused with
``RemovalsNeedConfirmation`` naming them (nothing written), and with ``partial`` the file is
taken as a correction of some rows only and nothing it does not list is touched.

Per kind, see ``kinds/`` and the table in ``catalogue``; cell formats are described in
``desktop_app.formats.import_rows``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from desktop_app.domain.errors import DomainError, ValidationError
from desktop_app.formats.import_rows import CellProblem, ColumnLayout, layout_for
from desktop_app.formats.tabular import Table
from desktop_app.services.editing.journal import journaled
from desktop_app.services.errors import UserError

from .catalogue import KIND_NAMES, kind_named
from .context import ImportContext
from .mapping import check_mapping, read_import_table
from .report import ChangeKind, ImportChange, ImportRejected, ImportReport, RowProblem

if TYPE_CHECKING:
    from desktop_app.storage.plan_store import PlanStore

CALENDAR_SUFFIXES = (".ics", ".ical", ".ifb")
T = TypeVar("T")


class ImportStage(StrEnum):
    CHECKING = "checking"  # reading each row and what it names
    WRITING = "writing"    # writing each row's changes (a dry run too: some rules only the database checks)


ImportProgress = Callable[[int, int, ImportStage], None]
"""(done, total, stage), after each row of a table; it may raise to stop the import, which then
rolls back whole (how the window's Cancel stops a dry run)."""


@dataclass(frozen=True, slots=True)
class ImportOptions:
    dry_run: bool = False
    partial: bool = False
    """The file corrects some rows: add and update them, leave everything else alone."""
    cancel_missing: bool = False
    """Cancel the activities an earlier version of the file brought and this one no longer lists."""
    delegate: str | None = None
    """For a delegate's own .ics calendar imported as availability: whose it is."""


class RemovalsNeedConfirmation(UserError):
    """The import would cancel activities the file no longer lists; nothing was written."""

    def __init__(self, report: ImportReport) -> None:
        self.report = report
        removed = [change for change in report.changes if change.kind is ChangeKind.REMOVED]
        self.removals = removed
        listed = "\n".join(f"  {change.description}" for change in removed[:50])
        more = f"\n  ... and {len(removed) - 50} more" if len(removed) > 50 else ""
        super().__init__(
            f"{report.file} no longer lists {len(removed)} activit{'y' if len(removed) == 1 else 'ies'} that an "
            f"earlier version brought; importing it would cancel:\n{listed}{more}\n"
            "Nothing was imported. Import it again with --partial to leave them alone (a file of corrections), "
            "or with --cancel-missing to cancel them."
        )


class _RollBack(Exception):
    """Raised inside the transaction to undo a dry run."""


def import_file(store: PlanStore, path: Path, as_kind: str, options: ImportOptions | None = None, *,
                dry_run: bool = False, partial: bool = False, cancel_missing: bool = False,
                delegate: str | None = None, mapping: Mapping[str, str | None] | None = None,
                progress: ImportProgress | None = None) -> ImportReport:
    """Import ``path`` as ``as_kind``; returns what changed (or, for a dry run, would change).

    Give either ``options`` or the same settings as keywords. Raises ``ImportRejected`` listing
    every bad cell (nothing written), ``RemovalsNeedConfirmation`` and ``UserError`` for a file
    that cannot be read at all. ``mapping`` and ``progress`` are those of ``import_table``
    (for CSV and XLSX files; a calendar has no columns to map).
    """
    options = options or ImportOptions(dry_run, partial, cancel_missing, delegate)
    path = Path(path)
    kind = kind_named(as_kind)
    if kind is None:
        raise UserError(f"cannot import as '{as_kind}'; choose one of: {', '.join(KIND_NAMES)}")
    if path.suffix.lower() in CALENDAR_SUFFIXES:
        from .calendar import import_ics

        return import_ics(store, path, as_kind, options)
    if options.delegate is not None:
        raise UserError("--delegate applies to .ics files only; a table names its people in its columns")
    table = read_import_table(path)
    return import_table(store, table, path.name, as_kind, options, mapping=mapping, progress=progress)


def import_table(store: PlanStore, table: Table, file: str, as_kind: str,
                 options: ImportOptions | None = None, *, dry_run: bool = False,
                 mapping: Mapping[str, str | None] | None = None,
                 progress: ImportProgress | None = None) -> ImportReport:
    """Import the rows of ``table`` (read from the file named ``file``) as ``as_kind``.

    ``mapping`` (normalised header → column or None, see ``imports.mapping``) says which header
    holds which column instead of their names; problems still name the file's headers.
    ``progress`` hears of each row checked and written.
    """
    options = options or ImportOptions(dry_run=dry_run)
    kind = kind_named(as_kind)
    if kind is None:
        raise UserError(f"cannot import as '{as_kind}'; choose one of: {', '.join(KIND_NAMES)}")
    if mapping is not None:
        check = check_mapping(table, as_kind, mapping)
        if check.doubled or check.unknown:
            raise UserError(f"{file} cannot be imported with this mapping: " + "; ".join(check.describe()))
    layout = layout_for(table, as_kind, kind.columns, mapping)
    report = ImportReport(file=file, as_kind=as_kind, dry_run=options.dry_run,
                          ignored_columns=list(layout.ignored), partial=options.partial)
    header_problems = [
        RowProblem(file, table.header_row, column, layout.missing_reason(column))
        for column in layout.missing_required
    ] + [
        RowProblem(file, table.header_row, table.original_headers.get(column, column),
                   "this column appears twice; the first one was read")
        for column in table.duplicate_columns
    ] + [_row_problem(file, problem, layout) for problem in table.problems]  # values with no header above them
    if layout.missing_required:  # rows cannot be read meaningfully without these columns
        raise ImportRejected(file, header_problems)
    report.warnings.extend(table.notes)
    if not table.rows:
        report.warnings.append(f"{file} has a header but no rows")
    try:
        with store.write() as tx:
            context = ImportContext(file, tx.snapshot(), layout, report, partial=options.partial)
            kind.read(context, _reported(table.rows, progress, ImportStage.CHECKING))
            problems = header_problems + [_row_problem(file, problem, layout) for problem in context.problems]
            if problems:
                raise ImportRejected(file, sorted(problems, key=lambda p: p.row))
            confirm_removals(report, options)
            for pending in _reported(context.pending, progress, ImportStage.WRITING):
                try:
                    pending.write(tx)
                except DomainError as error:  # a rule only the database can check
                    column = context.column_for(error.field) if isinstance(error, ValidationError) else ""
                    raise ImportRejected(file, [RowProblem(file, pending.row, layout.file_header(column),
                                                           _reason(error))]) from None
            if options.dry_run:
                raise _RollBack
            report.plan_changes = journaled(tx)
    except _RollBack:
        pass
    return report


def confirm_removals(report: ImportReport, options: ImportOptions) -> None:
    """Refuse, before anything is written, an import that would cancel what its file left out."""
    if options.dry_run or options.cancel_missing or options.partial:
        return
    if any(change.kind is ChangeKind.REMOVED and change.entity == "activity" for change in report.changes):
        raise RemovalsNeedConfirmation(report)


def _reported(items: list[T], progress: ImportProgress | None, stage: ImportStage) -> Iterable[T]:
    if progress is None:
        return items

    def each() -> Iterator[T]:
        total = len(items)
        for done, item in enumerate(items):
            progress(done, total, stage)
            yield item
        progress(total, total, stage)

    return each()


def _row_problem(file: str, problem: CellProblem, layout: ColumnLayout) -> RowProblem:
    """The problem where the person looks for it: the column under the file's own header."""
    column = layout.file_header(problem.column) if problem.column else ""
    return RowProblem(file, problem.row, column, problem.reason)


def _reason(error: DomainError) -> str:
    return error.reason if isinstance(error, ValidationError) else str(error)


__all__ = ["ImportChange", "ImportOptions", "ImportProgress", "ImportStage", "RemovalsNeedConfirmation",
           "import_file", "import_table"]
