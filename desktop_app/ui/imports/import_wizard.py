"""File → Import…: kind and file, columns, a checked preview, then the import as one undo step.

The wizard never writes. Finish emits ``import_requested(text, work)`` like any section's
``edit_requested``; the window runs it as one ``JournalCommand`` ("Import programme.csv"), so
Edit → Undo takes the whole import back. A calendar (.ics) has no columns: its page is skipped.
The columns chosen are remembered for the next file with the same headers and kind.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget, QWizard

from desktop_app.domain.plan import Plan
from desktop_app.services.imports import mapping_identity
from desktop_app.ui.imports.import_request import ImportRequest, import_work
from desktop_app.ui.imports.kind_file_page import KindFilePage
from desktop_app.ui.imports.mapping_page import MappingPage
from desktop_app.ui.imports.preview_page import PreviewPage
from desktop_app.ui.settings import AppSettings
from desktop_app.ui.workers import TaskRunner

KIND_FILE_PAGE, MAPPING_PAGE, PREVIEW_PAGE = range(3)


class ImportWizard(QWizard):
    import_requested = Signal(str, object)
    """(undo text, ``Work``): the import, for ``MainWindow.run_edit``."""

    def __init__(self, store: Any, plan: Plan, runner: TaskRunner, settings: AppSettings,
                 parent: QWidget | None = None, *, kind: str = "", path: Path | None = None) -> None:
        super().__init__(parent)
        self.request = ImportRequest()
        self._settings = settings
        self.setWindowTitle(self.tr("Import"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)  # the same on every platform, and in screenshots
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Import"))
        self.kind_file_page = KindFilePage(self.request, plan, settings, self)
        self.mapping_page = MappingPage(self.request, runner, settings, self)
        self.preview_page = PreviewPage(self.request, store, runner, self)
        self.setPage(KIND_FILE_PAGE, self.kind_file_page)
        self.setPage(MAPPING_PAGE, self.mapping_page)
        self.setPage(PREVIEW_PAGE, self.preview_page)
        self.resize(820, 600)
        if kind:
            self.kind_file_page.choose_kind(kind)
        if path is not None:
            self.kind_file_page.set_path(path)

    def nextId(self) -> int:
        current = self.currentId()
        if current == KIND_FILE_PAGE:
            return PREVIEW_PAGE if self.request.is_calendar else MAPPING_PAGE
        if current == MAPPING_PAGE:
            return PREVIEW_PAGE
        return -1

    def accept(self) -> None:
        if not self.preview_page.isComplete():
            return
        if not self.request.is_calendar:
            assert self.request.kind is not None
            self._settings.remember_mapping(mapping_identity(self.request.kind.name, self.request.table),
                                            self.request.mapping)
        text = self.tr("Import {file}").format(file=self.request.file_name)
        self.import_requested.emit(text, import_work(self.request))
        super().accept()

    def reject(self) -> None:
        self.preview_page.cancel_check()
        super().reject()
