"""File → Plan history…: who changed the plan, when (UTC), and how many of what; Export CSV…."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.change_log import ChangeEntry
from desktop_app.services import history_service, plan_service
from desktop_app.ui.commands import describe_failure
from desktop_app.ui.documents.change_note import describe_counts
from desktop_app.ui.workers import TaskRunner

SHOWN = 500
"""The newest changes shown; the CSV export holds them all."""


class HistoryDialog(QDialog):
    def __init__(self, store: Any, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._runner = runner
        self.entries: list[ChangeEntry] = []
        self.setWindowTitle(self.tr("Plan history"))
        self.resize(720, 420)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("When (UTC)"), self.tr("Who"), self.tr("What")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.status_label = QLabel(self.tr("Reading the history…"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.export_button = QPushButton(self.tr("&Export CSV…"), self)
        self.export_button.setEnabled(False)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(self.choose_csv)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(buttons)
        self._runner.run(lambda _context: plan_service.history(store), self._show,
                         on_error=lambda error: self.status_label.setText(describe_failure(error)))

    def _show(self, entries: list[ChangeEntry]) -> None:
        self.entries = entries
        shown = entries[:SHOWN]
        self.table.setRowCount(len(shown))
        for row, entry in enumerate(shown):
            cells = (f"{entry.at:%Y-%m-%d %H:%M}", entry.who, describe_counts(entry.counts))
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.status_label.setText(self.tr("%n change(s) recorded", "", len(entries)))
        self.export_button.setEnabled(bool(entries))

    def choose_csv(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("Export the history"),
                                                      str(Path.home() / "plan-history.csv"),
                                                      self.tr("CSV files (*.csv)"))
        if chosen:
            self.export_csv(Path(chosen))

    def export_csv(self, target: Path) -> None:
        entries = self.entries
        self._runner.run(lambda _context: history_service.write_csv(entries, target),
                         lambda written: self.status_label.setText(self.tr("Wrote %1").replace("%1", str(written))),
                         on_error=lambda error: self.status_label.setText(describe_failure(error)))
