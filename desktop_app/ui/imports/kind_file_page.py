"""The wizard's first page: what the file holds (one of ``catalogue.KINDS``) and which file it is."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from desktop_app.domain.plan import Plan
from desktop_app.services.imports import CALENDAR_SUFFIXES, KINDS, ImportKind
from desktop_app.ui.imports.import_request import ImportRequest
from desktop_app.ui.settings import AppSettings

TABLE_SUFFIXES = (".csv", ".tsv", ".txt", ".xlsx", ".xlsm")


def columns_text(kind: ImportKind) -> str:
    """'<b>name</b>*, email, …': required columns bold and starred, as the README writes them."""
    return ", ".join(f"<b>{escape(c.name)}</b>*" if c.required else escape(c.name) for c in kind.columns)


class KindFilePage(QWizardPage):
    def __init__(self, request: ImportRequest, plan: Plan, settings: AppSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.request = request
        self._settings = settings
        self.setTitle(self.tr("What to import"))
        self.setSubTitle(self.tr("Choose what the file holds, then the file: a spreadsheet (CSV or XLSX), "
                                 "or for a programme or availability also a calendar (.ics)."))
        self.kind_list = QListWidget(self)
        for kind in KINDS:
            item = QListWidgetItem(kind.name, self.kind_list)
            item.setData(Qt.ItemDataRole.UserRole, kind)
            item.setToolTip(kind.summary)
        self.kind_list.setMaximumWidth(160)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.columns_label = QLabel(self)
        self.columns_label.setWordWrap(True)
        self.columns_label.setTextFormat(Qt.TextFormat.RichText)

        self.path_edit = QLineEdit(self)
        self.path_edit.setPlaceholderText(self.tr("programme.csv, delegates.xlsx …"))
        self.browse_button = QPushButton(self.tr("Browse…"), self)
        self.delegate_combo = QComboBox(self)
        self.delegate_combo.addItem(self.tr("Choose the delegate whose calendar it is"), "")
        for delegate in sorted(plan.delegates, key=lambda d: d.name.casefold()):
            label = f"{delegate.name} <{delegate.email}>" if delegate.email else delegate.name
            self.delegate_combo.addItem(label, delegate.email or delegate.name)
        self.delegate_label = QLabel(self.tr("Whose calendar:"), self)
        self.file_problem = QLabel(self)
        self.file_problem.setWordWrap(True)

        self._lay_out()
        self.kind_list.currentItemChanged.connect(lambda _now, _before: self._kind_changed())
        self.path_edit.textChanged.connect(lambda _text: self._file_changed())
        self.browse_button.clicked.connect(self.browse)
        self.delegate_combo.currentIndexChanged.connect(lambda _index: self._file_changed())
        self.kind_list.setCurrentRow(0)

    def _lay_out(self) -> None:
        about = QVBoxLayout()
        about.addWidget(self.summary_label)
        about.addWidget(QLabel(self.tr("Columns (* required):"), self))
        about.addWidget(self.columns_label)
        about.addStretch(1)
        kinds = QHBoxLayout()
        kinds.addWidget(self.kind_list)
        kinds.addLayout(about, 1)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.tr("File:"), file_row)
        form.addRow(self.delegate_label, self.delegate_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(kinds, 1)
        layout.addLayout(form)
        layout.addWidget(self.file_problem)

    # --- state --------------------------------------------------------------------------

    @property
    def kind(self) -> ImportKind | None:
        item = self.kind_list.currentItem()
        kind = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return kind if isinstance(kind, ImportKind) else None

    def choose_kind(self, name: str) -> None:
        for row, kind in enumerate(KINDS):
            if kind.name == name:
                self.kind_list.setCurrentRow(row)

    def set_path(self, path: Path) -> None:
        self.path_edit.setText(str(path))

    def set_delegate(self, wanted: str) -> None:
        index = self.delegate_combo.findData(wanted)
        self.delegate_combo.setCurrentIndex(max(index, 0))

    @property
    def needs_delegate(self) -> bool:
        return self.request.is_calendar and self.kind is not None and self.kind.name == "availability"

    def browse(self) -> None:
        kind = self.kind
        patterns = " ".join(f"*{suffix}" for suffix in TABLE_SUFFIXES)
        filters = [self.tr("Spreadsheets ({patterns})").format(patterns=patterns)]
        if kind is not None and kind.from_calendar:
            filters.append(self.tr("Calendars ({patterns})").format(
                patterns=" ".join(f"*{suffix}" for suffix in CALENDAR_SUFFIXES)))
        filters.append(self.tr("All files (*)"))
        start = self._settings.import_folder or Path.home()
        chosen, _filter = QFileDialog.getOpenFileName(self, self.tr("Import file"), str(start), ";;".join(filters))
        if chosen:
            self._settings.import_folder = Path(chosen).parent
            self.set_path(Path(chosen))

    def _kind_changed(self) -> None:
        kind = self.kind
        self.request.kind = kind
        if kind is not None:
            self.summary_label.setText(f"<b>{escape(kind.name)}</b>: {escape(kind.summary)}")
            self.columns_label.setText(columns_text(kind))
        self._file_changed()

    def _file_changed(self) -> None:
        text = self.path_edit.text().strip()
        self.request.path = Path(text).expanduser() if text else None
        self.request.delegate = self.delegate_combo.currentData() or ""
        visible = self.needs_delegate
        self.delegate_label.setVisible(visible)
        self.delegate_combo.setVisible(visible)
        self.file_problem.setText(self._problem())
        self.completeChanged.emit()

    def _problem(self) -> str:
        path, kind = self.request.path, self.kind
        if path is None or kind is None:
            return ""
        if not path.is_file():
            return self.tr("There is no file {path}.").format(path=path)
        if self.request.is_calendar and not kind.from_calendar:
            return self.tr("A calendar imports as programme or availability; {kind} needs a CSV or XLSX file."
                           ).format(kind=kind.name)
        if self.needs_delegate and not self.request.delegate:
            return self.tr("Choose whose calendar this is: its events become that delegate's busy time.")
        return ""

    def isComplete(self) -> bool:
        return self.request.path is not None and self.kind is not None and not self._problem()
