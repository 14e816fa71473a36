"""Tools → Schedule meetings: the HAF scheduler in the background, its proposal to take in part or whole.

The solver runs through the window's ``TaskRunner`` on the settled snapshot, off the GUI thread
(``solver_run.SolverRun``, shared with the Roster section). Its reports (``SolveProgress``:
stage, best total priority, proven bound) arrive queued and show as a live readout beside a
clock; Cancel stops it at its next report (a MIP stage that is running finishes its own time
slice first: HiGHS cannot be interrupted, see the stack notes).
The proposal is listed with a tick box per meeting; ``proposal_changed`` carries the ticked
meetings as activities (no id) so calendar views can draw them as ghosts. Accepting writes the
ticked ones through ``schedule_service.apply_proposal`` in one transaction: one undo step.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
)

from desktop_app.domain.requests import RequestStatus
from desktop_app.services.changes import Changes
from desktop_app.services.errors import FailureKind, classify_failure
from desktop_app.services.schedule_defaults import DEFAULT_TIME_LIMIT
from desktop_app.services.schedule_service import (
    ScheduleResult,
    SolveProgress,
    apply_proposal,
    meeting_parties,
    propose_schedule,
)
from desktop_app.ui.appearance import mark_as_error
from desktop_app.ui.tools.proposal_table_model import (
    PLACE,
    SORT_ROLE,
    WHEN,
    WHO,
    ProposalTableModel,
    proposal_rows,
)
from desktop_app.ui.tools.solver_run import Report, SolverRun, TimeLimitBar

if TYPE_CHECKING:
    from desktop_app.domain.plan import Plan
    from desktop_app.ui.main_window import MainWindow

PLACE_WIDTH = 280


class SchedulerDialog(QDialog):
    proposal_changed = Signal(list)
    """list[Activity]: the ticked meetings of the proposal shown ([] when there is none)."""

    IDLE, RUNNING, CANCELLING, PROPOSED = "idle", "running", "cancelling", "proposed"

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.main_window = window
        self.document = window.document
        self.setWindowTitle(self.tr("Schedule meetings"))
        self.setObjectName("schedulerDialog")
        self.solver = "highs"
        self.state = self.IDLE
        self.proposal: ScheduleResult | None = None
        self._plan_solved: Plan | None = None
        self.run = SolverRun(lambda: self.document.runner, self)
        self.run.ticked.connect(self._show_readout)
        self._build()
        self.document.changed.connect(self._on_plan_changed)
        self.document.settled_changed.connect(self._on_settled)
        self._on_plan_changed(Changes())
        self._set_state(self.IDLE)

    # --- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.pending_label = QLabel(self)
        self.time_limit = QDoubleSpinBox(self)
        self.time_limit.setRange(1, 600)
        self.time_limit.setDecimals(0)
        self.time_limit.setValue(DEFAULT_TIME_LIMIT)
        self.time_limit.setSuffix(self.tr(" s"))
        self.time_limit.setAccessibleName(self.tr("Time limit for the solver, in seconds"))
        limit_label = QLabel(self.tr("Time &limit"), self)
        limit_label.setBuddy(self.time_limit)
        self.start_button = QPushButton(self.tr("&Start"), self)
        self.start_button.setToolTip(self.tr("Place the pending meeting requests (nothing is written yet)"))
        self.start_button.clicked.connect(lambda _checked=False: self.start())
        self.cancel_button = QPushButton(self.tr("&Cancel"), self)
        self.cancel_button.setToolTip(self.tr("Stop the scheduler; nothing is proposed"))
        self.cancel_button.clicked.connect(lambda _checked=False: self.cancel())
        top = QHBoxLayout()
        top.addWidget(self.pending_label, 1)
        top.addWidget(limit_label)
        top.addWidget(self.time_limit)
        top.addWidget(self.start_button)
        top.addWidget(self.cancel_button)

        self.stage_label = QLabel(self)
        self.progress = TimeLimitBar(self)
        self.objective_label = QLabel(self)
        self.bound_label = QLabel(self)
        self.gap_label = QLabel(self)
        for label in (self.objective_label, self.bound_label, self.gap_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        readout = QGridLayout()
        readout.addWidget(self.stage_label, 0, 0, 1, 2)
        readout.addWidget(self.progress, 0, 2, 1, 2)
        readout.addWidget(QLabel(self.tr("Total priority placed:"), self), 1, 0)
        readout.addWidget(self.objective_label, 1, 1)
        readout.addWidget(QLabel(self.tr("Upper bound:"), self), 1, 2)
        readout.addWidget(self.bound_label, 1, 3)
        readout.addWidget(self.gap_label, 2, 0, 1, 4)
        readout.setColumnStretch(1, 1)
        readout.setColumnStretch(3, 1)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        mark_as_error(self.error)
        self.error.hide()

        self.model = ProposalTableModel(self)
        self.model.ticks_changed.connect(self._on_ticks)
        self.sorted = QSortFilterProxyModel(self)
        self.sorted.setSourceModel(self.model)
        self.sorted.setSortRole(SORT_ROLE)
        self.table = QTableView(self)
        self.table.setModel(self.sorted)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(WHEN, Qt.SortOrder.AscendingOrder)
        self.table.setAccessibleName(self.tr("Proposed meetings; tick those to accept"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WHO, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PLACE, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.unplaced = QListWidget(self)
        self.unplaced.setWordWrap(True)
        self.unplaced.setAccessibleName(self.tr("Requests the scheduler could not place, with the reason"))
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.table, "")
        self.tabs.addTab(self.unplaced, "")

        self.tick_all = QPushButton(self.tr("Tick &all"), self)
        self.tick_all.clicked.connect(lambda _checked=False: self.model.set_all_ticked(True))
        self.tick_none = QPushButton(self.tr("Tick &none"), self)
        self.tick_none.clicked.connect(lambda _checked=False: self.model.set_all_ticked(False))
        self.buttons = QDialogButtonBox(self)
        self.accept_all_button = self.buttons.addButton(self.tr("Accept a&ll"), QDialogButtonBox.ButtonRole.ActionRole)
        self.accept_all_button.setToolTip(self.tr("Write every proposed meeting as a tentative HAF meeting"))
        self.accept_all_button.clicked.connect(lambda _checked=False: self.accept_proposal(everything=True))
        self.accept_ticked_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.accept_ticked_button.setToolTip(self.tr("Write only the ticked meetings; the others stay pending"))
        self.accept_ticked_button.clicked.connect(lambda _checked=False: self.accept_proposal())
        self.discard_button = self.buttons.addButton(self.tr("&Discard"), QDialogButtonBox.ButtonRole.ActionRole)
        self.discard_button.setToolTip(self.tr("Forget this proposal; nothing is written"))
        self.discard_button.clicked.connect(lambda _checked=False: self.discard())
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.tick_all)
        bottom.addWidget(self.tick_none)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(readout)
        layout.addWidget(self.message)
        layout.addWidget(self.error)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self.resize(1060, 660)

    # --- running ----------------------------------------------------------------------------

    def start(self) -> None:
        """Run the scheduler on the plan as it is now, in the background."""
        if self.state in (self.RUNNING, self.CANCELLING) or not self.document.is_settled:
            return
        self.discard()
        plan = self._plan_solved = self.document.plan
        limit = float(self.time_limit.value())
        solver = self.solver

        def solve(report: Report) -> ScheduleResult:
            return propose_schedule(plan, time_limit=limit, solver=solver, progress=report)

        self.error.hide()
        self.message.setText(self.tr("Looking for the best schedule…"))
        self._set_state(self.RUNNING)
        self.run.start(solve, limit, self._on_result, self._on_error, self._on_cancelled)

    def cancel(self) -> None:
        if self.run.cancel():
            self.message.setText(self.tr("Cancelling… the solver stops at the end of its current step."))
            self._set_state(self.CANCELLING)

    def _on_result(self, result: ScheduleResult) -> None:
        self.run.latest = SolveProgress("done", result.objective, result.bound, result.seconds)
        self._show_readout()
        self.show_proposal(result)

    def _on_error(self, error: BaseException) -> None:
        failure = classify_failure(error)
        message = failure.message if failure.kind is not FailureKind.BUG else self.tr(
            "An unexpected error stopped the scheduler (%1).").replace("%1", failure.message)
        self.error.setText(message)
        self.error.show()
        self.message.clear()
        self._set_state(self.IDLE)

    def _on_cancelled(self) -> None:
        self.message.setText(self.tr("Cancelled; nothing was proposed."))
        self._set_state(self.IDLE)

    # --- the readout ------------------------------------------------------------------------

    def _show_readout(self) -> None:
        report = self.run.latest
        elapsed = report.elapsed if report is not None and report.stage == "done" else (
            self.run.elapsed() if self.run.running else 0.0)
        self.progress.show_elapsed(elapsed, self.run.limit or float(self.time_limit.value()))
        if report is None:
            self.stage_label.setText(self.tr("Starting…") if self.state == self.RUNNING else "")
            for label in (self.objective_label, self.bound_label, self.gap_label):
                label.setText("—" if self.state == self.RUNNING else "")
            return
        self.stage_label.setText(self._stage_text(report))
        self.objective_label.setText(str(report.objective) if report.objective is not None else "—")
        self.bound_label.setText(f"{report.bound:g}" if report.bound is not None else "—")
        gap = report.gap
        if gap is None:
            self.gap_label.setText("")
        elif gap == 0:
            self.gap_label.setText(self.tr("Proven optimal: no schedule places more priority."))
        else:
            self.gap_label.setText(self.tr("At most %1 % below the best possible.").replace("%1", f"{gap * 100:.1f}"))

    def _stage_text(self, report: SolveProgress) -> str:
        texts = {
            "model": self.tr("Building the model…"),
            "lp": self.tr("Solving the relaxation (a bound, and a first schedule)…"),
            "priority": self.tr("Placing the most priority (MIP)…"),
            "greedy": self.tr("Comparing with the greedy schedule…"),
            "fairness": self.tr("Giving every requester a meeting where possible…"),
            "compactness": self.tr("Making days compact: %1 of %2 people").replace("%1", str(report.done))
            .replace("%2", str(report.total)),
            "reasons": self.tr("Explaining what could not be placed…"),
            "done": self.tr("Done in %1 s.").replace("%1", f"{report.elapsed:.1f}"),
        }
        return texts.get(report.stage, report.stage)

    # --- the proposal -----------------------------------------------------------------------

    def show_proposal(self, result: ScheduleResult) -> None:
        plan = self._plan_solved or self.document.plan
        self.proposal = result
        self.model.set_rows(proposal_rows(plan, result))
        self.table.resizeColumnToContents(PLACE)
        self.table.setColumnWidth(PLACE, min(self.table.columnWidth(PLACE), PLACE_WIDTH))
        self.unplaced.clear()
        for unplaced in result.unplaced:
            who = meeting_parties(plan, unplaced.request_id) if unplaced.request_id in plan.request_by_id else ""
            self.unplaced.addItem(f"{unplaced.label} · {who}: {unplaced.reason}")
        self.tabs.setTabText(0, self.tr("Proposed (%1)").replace("%1", str(len(result.placed))))
        self.tabs.setTabText(1, self.tr("Not placed (%1)").replace("%1", str(len(result.unplaced))))
        self.message.setText(self.tr("%1 meetings proposed, %2 not placed. Nothing is written until you accept.")
                             .replace("%1", str(len(result.placed))).replace("%2", str(len(result.unplaced))))
        self._set_state(self.PROPOSED)

    def accept_proposal(self, *, everything: bool = False) -> None:
        """Write the ticked meetings (or, with ``everything``, the whole proposal) as one undo step."""
        result = self.proposal
        if result is None or self.state != self.PROPOSED or not self.document.is_settled:
            return
        accepted = None if everything else self.model.ticked_request_ids()
        if accepted is not None and not accepted:
            return
        count = len(result.placed) if accepted is None else len(accepted)
        text = self.tr("Schedule %1 meetings").replace("%1", str(count))
        self.main_window.run_edit(text, lambda store: apply_proposal(store, result, accepted))
        self.discard()
        self.message.setText(self.tr("%1 meetings written as tentative (Edit → Undo takes them back).")
                             .replace("%1", str(count)))

    def discard(self) -> None:
        """Forget the proposal shown (nothing was written)."""
        self.proposal = None
        self.model.set_rows([])
        self.unplaced.clear()
        self.tabs.setTabText(0, self.tr("Proposed"))
        self.tabs.setTabText(1, self.tr("Not placed"))
        if self.state == self.PROPOSED:
            self.message.clear()
            self._set_state(self.IDLE)

    def _on_ticks(self) -> None:
        ticked = len(self.model.ticked_request_ids())
        self.accept_ticked_button.setText(self.tr("Accept &ticked (%1)").replace("%1", str(ticked)))
        self._update_enabled()
        self.proposal_changed.emit(self.model.ticked_activities())

    # --- state ------------------------------------------------------------------------------

    def _on_plan_changed(self, _changes: Changes) -> None:
        pending = sum(1 for r in self.document.plan.requests if r.status is RequestStatus.PENDING)
        self.pending_label.setText(self.tr("%1 pending meeting requests.").replace("%1", str(pending)))
        self._update_enabled()

    def _on_settled(self, _settled: bool) -> None:
        self._update_enabled()

    def _set_state(self, state: str) -> None:
        self.state = state
        self._update_enabled()
        self._show_readout()

    def _update_enabled(self) -> None:
        running = self.state in (self.RUNNING, self.CANCELLING)
        proposed = self.state == self.PROPOSED
        settled = self.document.is_settled
        self.start_button.setEnabled(not running and settled)
        self.time_limit.setEnabled(not running)
        self.cancel_button.setEnabled(self.state == self.RUNNING)
        ticked = len(self.model.ticked_request_ids())
        self.accept_all_button.setEnabled(proposed and settled and bool(self.proposal and self.proposal.placed))
        self.accept_ticked_button.setEnabled(proposed and settled and ticked > 0)
        self.discard_button.setEnabled(proposed)
        self.tick_all.setEnabled(proposed)
        self.tick_none.setEnabled(proposed)

    def reject(self) -> None:
        self.cancel()
        super().reject()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.proposal_changed.emit(self.model.ticked_activities())  # the ghosts come back with the dialog

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.proposal_changed.emit([])  # no ghosts without the dialog that can accept them

    def closeEvent(self, event: QCloseEvent) -> None:
        self.cancel()
        super().closeEvent(event)
