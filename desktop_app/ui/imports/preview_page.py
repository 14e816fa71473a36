"""The wizard's last page: a dry run of the import, off the GUI thread, and what it found.

The dry run takes the real import's path and rolls back, so its report is what Finish would
do. It shows the changes (counts by kind of change and each change's sentence) with the
file's notes and warnings, or every problem by row and column; a file with problems cannot be
imported. A re-issued programme that would cancel activities it no longer lists shows them
and asks: leave them alone (the file corrects some rows only) or cancel them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from desktop_app.services.imports import ChangeKind, ImportChange, ImportRejected, ImportReport, ImportStage
from desktop_app.ui.appearance import mark_in_colour
from desktop_app.ui.commands import describe_failure
from desktop_app.ui.imports.callbacks import while_alive
from desktop_app.ui.imports.import_request import ImportRequest, Removals, check_job
from desktop_app.ui.imports.report_views import ChangesTable, ProblemsTable, counts_text, shown_changes
from desktop_app.ui.style import colours
from desktop_app.ui.workers import TaskHandle, TaskRunner


class PreviewPage(QWizardPage):
    def __init__(self, request: ImportRequest, store: Any, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.request = request
        self._store = store
        self._runner = runner
        self._check: TaskHandle | None = None
        self._running = False
        self._stop = threading.Event()
        self._generation = 0
        self.report: ImportReport | None = None
        self.problems: list[Any] = []
        self.removed: list[ImportChange] = []
        """Activities the file no longer lists (from the check that would cancel them)."""
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(self.tr("What importing the file would change. Nothing is written until you "
                                 "press Import."))
        self.headline = QLabel(self)
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(Qt.TextFormat.RichText)
        self.progress_bar = QProgressBar(self)
        self.cancel_button = QPushButton(self.tr("Stop the check"), self)
        self.cancel_button.clicked.connect(self.cancel_check)
        self.again_button = QPushButton(self.tr("Check again"), self)
        self.again_button.clicked.connect(self.start_check)
        self.warnings_label = QLabel(self)
        self.warnings_label.setWordWrap(True)
        mark_in_colour(self.warnings_label, "warning_text")
        self.removals_box = self._removals_box()
        self.changes_table = ChangesTable(self)
        self.problems_table = ProblemsTable(self)
        self.results = QStackedWidget(self)
        self.results.addWidget(self.changes_table)
        self.results.addWidget(self.problems_table)
        self.one_step_note = QLabel(self.tr(
            "The import is written in one go, as one step that Edit → Undo takes back whole; once started it "
            "cannot be stopped. Stopping the check above leaves the plan untouched."), self)
        self.one_step_note.setWordWrap(True)

        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress_bar, 1)
        progress_row.addWidget(self.cancel_button)
        progress_row.addStretch(0)
        progress_row.addWidget(self.again_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addLayout(progress_row)
        layout.addWidget(self.warnings_label)
        layout.addWidget(self.removals_box)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.one_step_note)

    def _removals_box(self) -> QGroupBox:
        box = QGroupBox(self)
        self.removals_list = QListWidget(box)
        self.removals_list.setMaximumHeight(90)
        self.leave_button = QRadioButton(self.tr("Leave them alone (partial: the file corrects some rows only)"), box)
        self.cancel_them_button = QRadioButton(self.tr("Cancel them (their calendars are told)"), box)
        self.removal_choice = QButtonGroup(box)
        for button in (self.leave_button, self.cancel_them_button):
            self.removal_choice.addButton(button)
            button.toggled.connect(self._removal_toggled)
        layout = QVBoxLayout(box)
        layout.addWidget(self.removals_list)
        layout.addWidget(self.leave_button)
        layout.addWidget(self.cancel_them_button)
        box.hide()
        return box

    # --- the check ----------------------------------------------------------------------

    def initializePage(self) -> None:
        self.request.removals = Removals.UNASKED
        self.removed = []
        self.removals_box.hide()
        self.removal_choice.setExclusive(False)
        for button in (self.leave_button, self.cancel_them_button):
            button.setChecked(False)
        self.removal_choice.setExclusive(True)
        self.start_check()

    def cleanupPage(self) -> None:
        self.cancel_check()

    @property
    def checking(self) -> bool:
        return self._running

    def start_check(self) -> None:
        self.cancel_check()
        self.report, self.problems = None, []
        self.headline.setText(escape(self.tr("Checking {file}…").format(file=self.request.file_name), quote=False))
        self.warnings_label.clear()
        self.warnings_label.hide()
        self.changes_table.set_changes([])
        self.results.setCurrentWidget(self.changes_table)
        self.progress_bar.setRange(0, 0)
        self._set_running(True)
        self._generation += 1
        generation = self._generation

        def latest(callback: Callable[..., None]) -> Callable[..., None]:
            """Only the newest check speaks: a stopped one must not overwrite what replaced it."""
            def call(*args: Any) -> None:
                if generation == self._generation:
                    callback(*args)

            return while_alive(self, call)

        self._stop = threading.Event()
        handle = self._runner.run(
            check_job(self._store, self.request, self.request.options(dry_run=True), self._stop),
            latest(self._checked), on_error=latest(self._failed), on_progress=latest(self._progressed),
            on_cancelled=latest(self._stopped))
        self._check = None if handle.done else handle

    def cancel_check(self) -> None:
        self._stop.set()
        if self._check is not None:
            self._check.cancel()

    def _set_running(self, running: bool) -> None:
        self._running = running
        self.progress_bar.setVisible(running)
        self.cancel_button.setVisible(running)
        self.again_button.setVisible(not running)
        self.completeChanged.emit()

    def _progressed(self, done: int, total: int, stage: str) -> None:
        self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(done)
        text = (self.tr("Checking row {done} of {total}") if stage == ImportStage.CHECKING.value else
                self.tr("Checking the changes against the plan: {done} of {total}"))
        self.progress_bar.setFormat(text.format(done=done, total=total))

    def _stopped(self) -> None:
        self._check = None
        self._set_running(False)
        self.headline.setText(escape(self.tr("The check was stopped; nothing was written. Check again to import.")))

    def _failed(self, error: BaseException) -> None:
        self._check = None
        self._set_running(False)
        if isinstance(error, ImportRejected):
            self.problems = list(error.problems)
            self.problems_table.set_problems(self.problems)
            self.results.setCurrentWidget(self.problems_table)
            self._headline_problem(self.tr(
                "{file} cannot be imported: {count} problem(s), listed by row and column below. Nothing was "
                "written; correct the file and check again.").format(file=error.file, count=len(self.problems)))
        else:
            self._headline_problem(describe_failure(error))

    def _headline_problem(self, text: str) -> None:
        colour = colours(self.palette()).error_text  # this scheme's, as the page is shown
        self.headline.setText(f"<span style='color:{colour}'>{escape(text, quote=False)}</span>")

    def _checked(self, report: ImportReport) -> None:
        self._check = None
        self.report = report
        if self.request.removals is not Removals.LEAVE:
            self.removed = [c for c in report.changes if c.kind is ChangeKind.REMOVED and c.entity == "activity"]
        self._show_removals()
        self.headline.setText(self.tr("Importing {file} would change: <b>{counts}</b>.").format(
            file=escape(report.file, quote=False), counts=escape(counts_text(report), quote=False)))
        notes = [self.tr("Column '{header}' is not imported.").format(header=h) for h in report.ignored_columns]
        self.warnings_label.setText("\n".join([*report.warnings, *notes]))
        self.warnings_label.setVisible(bool(report.warnings or notes))
        self.changes_table.set_changes(shown_changes(report))
        self.results.setCurrentWidget(self.changes_table)
        self._set_running(False)

    # --- activities the file no longer lists --------------------------------------------

    def _show_removals(self) -> None:
        self.removals_box.setVisible(bool(self.removed))
        if not self.removed:
            return
        self.removals_box.setTitle(self.tr("{file} no longer lists {count} activity(ies) that an earlier version "
                                           "brought. What should happen to them?").format(
            file=self.request.file_name, count=len(self.removed)))
        self.removals_list.clear()
        self.removals_list.addItems([change.description for change in self.removed])

    def _removal_toggled(self, checked: bool) -> None:
        if checked:  # the button switched on; the other one's "off" says nothing new
            self._removals_chosen()

    def _removals_chosen(self) -> None:
        chosen = Removals.LEAVE if self.leave_button.isChecked() else Removals.CANCEL
        if chosen is not self.request.removals:
            self.request.removals = chosen
            self.start_check()  # the report of exactly what Finish will do

    def choose_removals(self, choice: Removals) -> None:
        (self.leave_button if choice is Removals.LEAVE else self.cancel_them_button).setChecked(True)

    def isComplete(self) -> bool:
        if self.report is None or self.checking:
            return False
        return not self.removed or self.request.removals is not Removals.UNASKED
