"""The wizard's mapping page: which of the kind's columns each header of the file holds.

The file is read off the GUI thread (a big workbook takes a while). Each header gets a combo
of the kind's columns (required ones starred) or "Ignore"; the first guess is the mapping
remembered for files with the same headers, else ``suggest_mapping``'s. What still stops the
import (a required column nobody holds, a column chosen twice) is listed under the table.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from desktop_app.services.imports import (
    check_mapping,
    fitting_mapping,
    mapping_identity,
    read_import_table,
    suggest_mapping,
)
from desktop_app.ui.appearance import mark_as_error, mark_in_colour
from desktop_app.ui.commands import describe_failure
from desktop_app.ui.imports.callbacks import while_alive
from desktop_app.ui.imports.import_request import ImportRequest
from desktop_app.ui.settings import AppSettings
from desktop_app.ui.workers import TaskRunner

HEADER_COLUMN, EXAMPLE_COLUMN, COLUMN_COLUMN = range(3)
_EXAMPLES = 3


class MappingPage(QWizardPage):
    def __init__(self, request: ImportRequest, runner: TaskRunner, settings: AppSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.request = request
        self._runner = runner
        self._settings = settings
        self._read_for: tuple[object, ...] | None = None  # (path, kind, size, mtime) the table was read for
        self.remembered = False
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(self.tr("Check which column of the file is which. Columns set to Ignore are not "
                                 "imported; * marks the columns every row needs."))
        self.file_label = QLabel(self)
        self.file_label.setWordWrap(True)
        self.notes_label = QLabel(self)
        self.notes_label.setWordWrap(True)
        mark_in_colour(self.notes_label, "warning_text")
        self.remembered_label = QLabel(self)
        self.suggest_button = QPushButton(self.tr("Use the suggested columns"), self)
        self.suggest_button.clicked.connect(self.use_suggestion)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("Examples"),
                                              self.tr("Import as")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(HEADER_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(EXAMPLE_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COLUMN_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        self.problems_label = QLabel(self)
        self.problems_label.setWordWrap(True)
        self.problems_label.setTextFormat(Qt.TextFormat.RichText)
        self.combos: dict[str, QComboBox] = {}
        """Normalised header → its combo."""

        remembered_row = QHBoxLayout()
        remembered_row.addWidget(self.remembered_label, 1)
        remembered_row.addWidget(self.suggest_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addWidget(self.notes_label)
        layout.addLayout(remembered_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problems_label)

    # --- reading the file ---------------------------------------------------------------

    def initializePage(self) -> None:
        path, kind = self.request.path, self.request.kind
        assert path is not None and kind is not None
        stat = path.stat()
        source = (path, kind.name, stat.st_size, stat.st_mtime_ns)
        if source == self._read_for and self.request.table is not None:
            return  # back and forth: keep the person's corrections
        self._read_for = None
        self.request.table = None
        self._show_reading()
        self._runner.run(lambda _context: read_import_table(path),
                         while_alive(self, lambda table: self._show_table(table, source)),
                         on_error=while_alive(self, self._show_unreadable))

    def _show_reading(self) -> None:
        self.table.setRowCount(0)
        self.combos.clear()
        for label in (self.notes_label, self.remembered_label):
            label.clear()
        self.suggest_button.hide()
        self.file_label.setText(self.tr("Reading {file}…").format(file=self.request.file_name))
        self.problems_label.clear()
        self.completeChanged.emit()

    def _show_unreadable(self, error: BaseException) -> None:
        self.file_label.setText(self.tr("{file} cannot be read.").format(file=self.request.file_name))
        self._set_problems([describe_failure(error)])
        self.completeChanged.emit()

    def _show_table(self, table: Any, source: tuple[object, ...]) -> None:
        if source[:2] != (self.request.path, self.request.kind and self.request.kind.name):
            return  # the person chose another file or kind meanwhile
        self._read_for = source
        self.request.table = table
        self.file_label.setText(self._file_summary(table))
        self.notes_label.setText("\n".join(table.notes))
        self.notes_label.setVisible(bool(table.notes))
        self._fill(table)
        assert self.request.kind is not None
        remembered = self._settings.remembered_mapping(mapping_identity(self.request.kind.name, table))
        fitting = fitting_mapping(table, self.request.kind.name, remembered) if remembered else None
        self.remembered = fitting is not None
        self.remembered_label.setText(self.tr("The columns chosen when a file with these headers was last "
                                              "imported as {kind}.").format(kind=self.request.kind.name)
                                      if fitting else "")
        self.suggest_button.setVisible(fitting is not None)
        self.apply_mapping(fitting or suggest_mapping(table, self.request.kind.name))

    def _file_summary(self, table: Any) -> str:
        rows = self.tr("{count} row(s)").format(count=len(table.rows))
        if not table.encoding:
            return self.tr("{file}: a workbook, first sheet, {rows}.").format(file=self.request.file_name, rows=rows)
        separators = {",": self.tr("comma"), ";": self.tr("semicolon"), "\t": self.tr("tab")}
        return self.tr("{file}: {encoding} text, {separator}-separated, {rows}.").format(
            file=self.request.file_name, encoding=table.encoding,
            separator=separators.get(table.delimiter, table.delimiter), rows=rows)

    def _fill(self, table: Any) -> None:
        kind = self.request.kind
        assert kind is not None
        self.table.setRowCount(len(table.columns))
        self.combos.clear()
        for row, header in enumerate(table.columns):
            self.table.setItem(row, HEADER_COLUMN, QTableWidgetItem(table.original_headers[header]))
            examples = [str(r.cells[header]) for r in table.rows if header in r.cells][:_EXAMPLES]
            self.table.setItem(row, EXAMPLE_COLUMN, QTableWidgetItem(" · ".join(examples)))
            combo = QComboBox(self.table)
            combo.addItem(self.tr("Ignore"), None)
            for column in kind.columns:
                combo.addItem(column.name + (" *" if column.required else ""), column.name)
            combo.currentIndexChanged.connect(lambda _index, header=header: self._column_chosen(header))
            self.table.setCellWidget(row, COLUMN_COLUMN, combo)
            self.combos[header] = combo

    # --- the mapping --------------------------------------------------------------------

    def apply_mapping(self, mapping: dict[str, str | None]) -> None:
        for header, combo in self.combos.items():
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(mapping.get(header)), 0))
            combo.blockSignals(False)
        self.request.mapping = {header: mapping.get(header) for header in self.combos}
        self._check()

    def use_suggestion(self) -> None:
        assert self.request.kind is not None
        self.apply_mapping(suggest_mapping(self.request.table, self.request.kind.name))
        self.remembered_label.setText(self.tr("Suggested from the headers."))
        self.suggest_button.hide()

    def set_column(self, header: str, column: str | None) -> None:
        """Map the file's ``header`` (as written or normalised) to ``column``, as a person would."""
        table = self.request.table
        normalised = next((h for h, written in table.original_headers.items() if header in (h, written)), header)
        combo = self.combos[normalised]
        combo.setCurrentIndex(combo.findData(column) if column else 0)

    def _column_chosen(self, header: str) -> None:
        self.request.mapping[header] = self.combos[header].currentData()
        self._check()

    def _check(self) -> None:
        assert self.request.kind is not None
        check = check_mapping(self.request.table, self.request.kind.name, self.request.mapping)
        lines = []
        for column in check.missing:
            nearest = check.nearest.get(column)
            lines.append(self.tr("No column is imported as {column}, which is required; perhaps '{header}'?")
                         .format(column=column, header=nearest) if nearest else
                         self.tr("No column is imported as {column}, which is required.").format(column=column))
        lines += [self.tr("{column} is chosen for several columns: {headers}.").format(
            column=column, headers=", ".join(headers)) for column, headers in check.doubled.items()]
        self._set_problems(lines)
        self.completeChanged.emit()

    def _set_problems(self, lines: list[str]) -> None:
        mark_as_error(self.problems_label)
        self.problems_label.setText("<br>".join(f"• {escape(line, quote=False)}" for line in lines))

    def isComplete(self) -> bool:
        if self.request.table is None or self.request.kind is None:
            return False
        return check_mapping(self.request.table, self.request.kind.name, self.request.mapping).ok
