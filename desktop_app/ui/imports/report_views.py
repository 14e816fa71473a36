"""How the wizard shows an import's outcome: the changes it would make, or every problem by row and column."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from desktop_app.services.imports import ChangeKind, ImportChange, ImportReport, RowProblem


def change_name(kind: ChangeKind) -> str:
    translate = QCoreApplication.translate
    names = {
        ChangeKind.ADDED: translate("ImportReport", "added"),
        ChangeKind.UPDATED: translate("ImportReport", "updated"),
        ChangeKind.MOVED: translate("ImportReport", "moved"),
        ChangeKind.REROOMED: translate("ImportReport", "re-roomed"),
        ChangeKind.CANCELLED: translate("ImportReport", "cancelled"),
        ChangeKind.REMOVED: translate("ImportReport", "removed"),
        ChangeKind.WITHDRAWN: translate("ImportReport", "withdrawn"),
        ChangeKind.UNCHANGED: translate("ImportReport", "unchanged"),
    }
    return names[kind]


def counts_text(report: ImportReport) -> str:
    """'3 added · 1 moved · 12 unchanged', in the order of ``ChangeKind``; counts by kind of change."""
    counted = QCoreApplication.translate("ImportReport", "%1 %2")  # count, kind of change
    parts = [counted.replace("%1", str(report.count(kind))).replace("%2", change_name(kind))
             for kind in ChangeKind if report.count(kind)]
    return " · ".join(parts) or QCoreApplication.translate("ImportReport", "nothing to change")


def shown_changes(report: ImportReport) -> list[ImportChange]:
    """What a person reads through: every change but the rows that change nothing."""
    return [change for change in report.changes if change.kind is not ChangeKind.UNCHANGED]


class _ReadOnlyTable(QTableWidget):
    def __init__(self, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(0, len(headers), parent)
        self.setHorizontalHeaderLabels(headers)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setWordWrap(True)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        for column in range(len(headers) - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

    def _set_rows(self, rows: Iterable[tuple[str, ...]]) -> None:
        rows = list(rows)
        self.setRowCount(len(rows))
        for row, cells in enumerate(rows):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.setItem(row, column, item)

    def rows(self) -> list[tuple[str, ...]]:
        columns = range(self.columnCount())
        return [tuple(self._text(row, column) for column in columns) for row in range(self.rowCount())]

    def _text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text() if item is not None else ""


class ChangesTable(_ReadOnlyTable):
    """One line per change: what kind of change, to what, and the sentence the command line prints."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([self.tr("Change"), self.tr("Item"), self.tr("Details")], parent)

    def set_changes(self, changes: Iterable[ImportChange]) -> None:
        self._set_rows((change_name(c.kind), c.entity, c.description) for c in changes)


class ProblemsTable(_ReadOnlyTable):
    """Every problem of the file: the row and column as the file names them, and why."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([self.tr("Row"), self.tr("Column"), self.tr("Problem")], parent)

    def set_problems(self, problems: Iterable[RowProblem]) -> None:
        line = self.tr("line {number}")
        self._set_rows((str(p.row) if p.unit == "row" else line.format(number=p.row), p.column, p.reason)
                       for p in problems)
