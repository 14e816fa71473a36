"""What an import did (or, in a dry run, would do): the manager must see the difference."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from desktop_app.domain.errors import DomainError
from desktop_app.services.changes import Changes


class ChangeKind(StrEnum):
    ADDED = "added"
    UPDATED = "updated"
    MOVED = "moved"            # start or end changed
    REROOMED = "re-roomed"     # venue or room changed
    CANCELLED = "cancelled"
    REMOVED = "removed"        # no longer in the file (activities), or removed by a row (people)
    WITHDRAWN = "withdrawn"    # a meeting request
    UNCHANGED = "unchanged"


@dataclass(frozen=True, slots=True)
class RowProblem:
    """One bad cell (or row): reported as file, row, column and reason."""

    file: str
    row: int          # 1-based line/row number as a spreadsheet shows it (header is row 1)
    column: str       # header name (an iCalendar property for .ics), or "" for a whole-row problem
    reason: str
    unit: str = "row"  # "line" for iCalendar files, whose problems sit on a line, not in a cell

    def __str__(self) -> str:
        field = "column" if self.unit == "row" else "property"
        where = f"{self.file}, {self.unit} {self.row}" + (f", {field} '{self.column}'" if self.column else "")
        return f"{where}: {self.reason}"


@dataclass(frozen=True, slots=True)
class ImportChange:
    kind: ChangeKind
    entity: str       # "activity", "delegate", ...
    key: str          # what matched it: email, external_id, request id, name
    description: str  # a sentence: "moved 'HAF opening' from 17 Mar 10:00 to 17 Mar 11:00 HKT"


@dataclass(slots=True)
class ImportReport:
    file: str
    as_kind: str
    dry_run: bool
    changes: list[ImportChange] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    partial: bool = False
    plan_changes: Changes = field(default_factory=Changes)
    """What the import wrote, entity by entity (empty for a dry run): one undo step in the window."""

    def count(self, kind: ChangeKind) -> int:
        return sum(1 for change in self.changes if change.kind is kind)

    @property
    def summary(self) -> str:
        counts = [f"{self.count(kind)} {kind.value}" for kind in ChangeKind if self.count(kind)]
        verb = "would change" if self.dry_run else "changed"
        return f"{self.file}: {verb}: " + (", ".join(counts) if counts else "nothing")

    def to_json(self) -> dict[str, object]:
        return {
            "file": self.file,
            "as": self.as_kind,
            "dry_run": self.dry_run,
            "partial": self.partial,
            "counts": {kind.value: self.count(kind) for kind in ChangeKind},
            "changes": [
                {"change": c.kind.value, "entity": c.entity, "key": c.key, "description": c.description}
                for c in self.changes
            ],
            "ignored_columns": self.ignored_columns,
            "warnings": self.warnings,
        }


class ImportRejected(DomainError):
    """The file was rejected whole; nothing was written. ``problems`` lists every bad cell."""

    def __init__(self, file: str, problems: list[RowProblem]) -> None:
        self.file = file
        self.problems = problems
        lines = "\n".join(f"  {problem}" for problem in problems[:200])
        more = f"\n  ... and {len(problems) - 200} more" if len(problems) > 200 else ""
        super().__init__(f"{file} was not imported ({len(problems)} problem(s)):\n{lines}{more}")
