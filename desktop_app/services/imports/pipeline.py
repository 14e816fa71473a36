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

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.domain.errors import DomainError, ValidationError
from desktop_app.formats.import_rows import CellProblem, layout_for
from desktop_app.formats.tabular import Table, UnreadableFile, read_table
from desktop_app.services.editing.journal import journaled
from desktop_app.services.errors import UserError

from .catalogue import KIND_NAMES, kind_named
from .context import ImportContext
from .report import ChangeKind, ImportChange, ImportRejected, ImportReport, RowProblem

if TYPE_CHECKING:
    from desktop_app.storage.plan_store import PlanStore

CALENDAR_SUFFIXES = (".ics", ".ical", ".ifb")


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
                delegate: str | None = None) -> ImportReport:
    """Import ``path`` as ``as_kind``; returns what changed (or, for a dry run, would change).

    Give either ``options`` or the same settings as keywords. Raises ``ImportRejected`` listing
    every bad cell (nothing written), ``RemovalsNeedConfirmation`` and ``UserError`` for a file
    that cannot be read at all.
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
    try:
        table = read_table(path)
    except UnreadableFile as error:
        raise UserError(str(error)) from None
    return import_table(store, table, path.name, as_kind, options)


def import_table(store: PlanStore, table: Table, file: str, as_kind: str,
                 options: ImportOptions | None = None, *, dry_run: bool = False) -> ImportReport:
    options = options or ImportOptions(dry_run=dry_run)
    kind = kind_named(as_kind)
    if kind is None:
        raise UserError(f"cannot import as '{as_kind}'; choose one of: {', '.join(KIND_NAMES)}")
    layout = layout_for(table, as_kind, kind.columns)
    report = ImportReport(file=file, as_kind=as_kind, dry_run=options.dry_run,
                          ignored_columns=list(layout.ignored), partial=options.partial)
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
            context = ImportContext(file, tx.snapshot(), layout, report, partial=options.partial)
            kind.read(context, table.rows)
            problems = header_problems + [_row_problem(file, problem) for problem in context.problems]
            if problems:
                raise ImportRejected(file, sorted(problems, key=lambda p: p.row))
            confirm_removals(report, options)
            for pending in context.pending:
                try:
                    pending.write(tx)
                except DomainError as error:  # a rule only the database can check
                    column = context.column_for(error.field) if isinstance(error, ValidationError) else ""
                    raise ImportRejected(file, [RowProblem(file, pending.row, column, _reason(error))]) from None
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


def _row_problem(file: str, problem: CellProblem) -> RowProblem:
    return RowProblem(file, problem.row, problem.column, problem.reason)


def _reason(error: DomainError) -> str:
    return error.reason if isinstance(error, ValidationError) else str(error)


__all__ = ["ImportChange", "ImportOptions", "RemovalsNeedConfirmation", "import_file", "import_table"]
