"""Running the roster from its section: Start, a live readout and Cancel, then the proposal to take.

The solver runs through the window's ``TaskRunner`` on the snapshot the section shows, off the
GUI thread (``tools.solver_run.SolverRun``, as the meeting scheduler's dialog does). Its reports
(``RosterProgress``: stage, the stage's value, its proven bound) show as they come. The proposal
is handed to the section (``proposal_changed``), which draws it in the grid as ghosts with a tick
box per shift and per need; every change is ticked at first. Accepting writes the whole proposal,
or the ticked part, through ``services.roster.apply_roster`` in one transaction: one undo step.
Once the plan changes under a proposal it can no longer be accepted (``apply_roster`` would
refuse): it says so and offers to run again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDoubleSpinBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.domain.plan import Plan
from desktop_app.services.errors import FailureKind, classify_failure
from desktop_app.services.roster_refs import DEFAULT_TIME_LIMIT, ShiftKey
from desktop_app.ui.appearance import mark_as_error
from desktop_app.ui.roster.roster_rows import RosterProposal
from desktop_app.ui.tools.solver_run import Report, SolverRun, TimeLimitBar

if TYPE_CHECKING:
    from desktop_app.services.changes import Changes
    from desktop_app.services.roster import RosterProgress, RosterResult, StageReport
    from desktop_app.ui.workers import TaskRunner
    from desktop_app.ui.workspace.section import Work


# The solvers load with the first run (or accept), not with the window.

def propose_roster(plan: Plan, **options: Any) -> RosterResult:
    from desktop_app.services import roster

    return roster.propose_roster(plan, **options)


def apply_roster(store: Any, result: RosterResult, **options: Any) -> Changes:
    from desktop_app.services import roster

    return roster.apply_roster(store, result, **options)


def roster_inputs(plan: Plan) -> tuple[object, ...]:
    from desktop_app.services import roster

    return roster.roster_inputs(plan)


class RosterRunPanel(QWidget):
    proposal_changed = Signal(object)
    """The ``RosterProposal`` shown, or None when there is none."""
    ticks_changed = Signal()
    edit_requested = Signal(str, object)
    """(undo text, ``Work``): accepting, for the window."""

    IDLE, RUNNING, CANCELLING, PROPOSED = "idle", "running", "cancelling", "proposed"

    def __init__(self, runner: TaskRunner | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner: TaskRunner | None = runner
        self.plan = Plan()
        self.settled = True
        self.state = self.IDLE
        self.proposal: RosterProposal | None = None
        self.stale = False
        self.ticked_shifts: set[ShiftKey] = set()
        self.ticked_needs: set[int] = set()
        self._accepting: int | None = None
        """How many changes an accept in flight writes: the proposal stays until the plan changes
        (written) or the window settles without a change (refused: it can be accepted otherwise)."""
        self.run = SolverRun(self._runner, self)
        self.run.ticked.connect(self._show_readout)
        self.run.state_changed.connect(lambda _state: self._update_enabled())
        self._build()
        self._set_state(self.IDLE)

    def _runner(self) -> TaskRunner:
        assert self.runner is not None, "the section's runner is set when the window is built"
        return self.runner

    # --- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.start_button = QPushButton(self.tr("&Run the roster"), self)
        self.start_button.setToolTip(self.tr("Staff every shift and give every need an interpreter (nothing is "
                                             "written yet)"))
        self.start_button.clicked.connect(lambda _checked=False: self.start())
        self.time_limit = QDoubleSpinBox(self)
        self.time_limit.setRange(1, 600)
        self.time_limit.setDecimals(0)
        self.time_limit.setValue(DEFAULT_TIME_LIMIT)
        self.time_limit.setSuffix(self.tr(" s"))
        self.time_limit.setAccessibleName(self.tr("Time limit for the roster, in seconds"))
        self.time_limit.setToolTip(self.tr("Time limit for the roster"))
        self.cancel_button = QPushButton(self.tr("Cance&l"), self)
        self.cancel_button.setToolTip(self.tr("Stop the roster; nothing is proposed"))
        self.cancel_button.clicked.connect(lambda _checked=False: self.cancel())
        self.stage_label = QLabel(self)
        self.progress = TimeLimitBar(self)
        self.progress.setMaximumWidth(180)
        self.objective_label = QLabel(self)
        self.objective_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.start_button)
        top.addWidget(self.time_limit)
        top.addWidget(self.cancel_button)
        top.addWidget(self.progress)
        top.addWidget(self.stage_label)
        top.addWidget(self.objective_label, 1)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        mark_as_error(self.error)
        self.error.hide()
        self.tick_all_button = QPushButton(self.tr("Tick a&ll"), self)
        self.tick_all_button.clicked.connect(lambda _checked=False: self.tick_all(True))
        self.tick_none_button = QPushButton(self.tr("Tick n&one"), self)
        self.tick_none_button.clicked.connect(lambda _checked=False: self.tick_all(False))
        self.accept_all_button = QPushButton(self.tr("&Accept all"), self)
        self.accept_all_button.setToolTip(self.tr("Write every proposed shift (tentative) and interpreter"))
        self.accept_all_button.clicked.connect(lambda _checked=False: self.accept(everything=True))
        self.accept_ticked_button = QPushButton(self)
        self.accept_ticked_button.setToolTip(self.tr("Write only the ticked shifts and needs; the others stay as "
                                                     "they are"))
        self.accept_ticked_button.clicked.connect(lambda _checked=False: self.accept())
        self.discard_button = QPushButton(self.tr("&Discard"), self)
        self.discard_button.setToolTip(self.tr("Forget this proposal; nothing is written"))
        self.discard_button.clicked.connect(lambda _checked=False: self.discard())
        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addWidget(self.message, 1)
        for button in (self.tick_all_button, self.tick_none_button, self.accept_all_button,
                       self.accept_ticked_button, self.discard_button):
            bottom.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addLayout(bottom)

    # --- running ----------------------------------------------------------------------------

    def start(self) -> None:
        """Run the roster on the plan shown, in the background."""
        if self.run.running or not self.settled:
            return
        self.discard()
        plan = self.plan
        limit = float(self.time_limit.value())

        def solve(report: Report) -> RosterResult:
            return propose_roster(plan, time_limit=limit, progress=report)

        self.error.hide()
        self.message.setText(self.tr("Looking for the best roster…"))
        self._set_state(self.RUNNING)
        self.run.start(solve, limit, self._on_result, self._on_error, self._on_cancelled)

    def cancel(self) -> None:
        if self.run.cancel():
            self.message.setText(self.tr("Cancelling… the roster stops at the end of its current stage."))
            self._set_state(self.CANCELLING)

    def _on_result(self, result: RosterResult) -> None:
        from desktop_app.services.roster import RosterProgress  # loaded: the run just ended

        self.run.latest = RosterProgress("done", result.stages[-1].value if result.stages else 0,
                                         result.stages[-1].bound if result.stages else 0, result.seconds,
                                         result.stages)
        self.show_proposal(result)

    def _on_error(self, error: BaseException) -> None:
        failure = classify_failure(error)
        message = failure.message if failure.kind is not FailureKind.BUG else self.tr(
            "An unexpected error stopped the roster (%1).").replace("%1", failure.message)
        self.error.setText(message)
        self.error.show()
        self.message.clear()
        self._set_state(self.IDLE)

    def _on_cancelled(self) -> None:
        self.message.setText(self.tr("Cancelled; nothing was proposed."))
        self._set_state(self.IDLE)

    # --- the proposal -----------------------------------------------------------------------

    def show_proposal(self, result: RosterResult) -> None:
        proposal = RosterProposal.of(result)
        self.proposal, self.stale = proposal, False
        self.ticked_shifts = proposal.changed_shift_keys(self.plan)
        self.ticked_needs = proposal.changed_need_ids()
        self._set_state(self.PROPOSED)
        self.proposal_changed.emit(proposal)
        self._describe_proposal()

    def _describe_proposal(self) -> None:
        if self.proposal is None:
            return
        if self.stale:
            self.message.setText(self.tr("The plan changed since this roster was made: run it again to accept one."))
            return
        shifts, needs = len(self.proposal.changed_shift_keys(self.plan)), len(self.proposal.changed_need_ids())
        unfilled = self.proposal.result.unfilled_places
        self.message.setText(
            self.tr("Proposed: %1, %2; %3. Nothing is written until you accept.")
            .replace("%1", self.tr("%n shift(s) to change", "", shifts))
            .replace("%2", self.tr("%n interpreter(s) to change", "", needs))
            .replace("%3", self.tr("%n place(s) or need(s) left unfilled", "", unfilled)))

    def tick_all(self, ticked: bool) -> None:
        if self.proposal is None:
            return
        self.ticked_shifts = self.proposal.changed_shift_keys(self.plan) if ticked else set()
        self.ticked_needs = self.proposal.changed_need_ids() if ticked else set()
        self.ticks_changed.emit()
        self._update_enabled()

    def set_ticks(self, shifts: set[ShiftKey], needs: set[int]) -> None:
        """A tick changed in the grid or the needs list."""
        self.ticked_shifts, self.ticked_needs = set(shifts), set(needs)
        self._update_enabled()

    def accept(self, *, everything: bool = False) -> None:
        """Write the ticked part (or, with ``everything``, the whole proposal) as one undo step."""
        proposal = self.proposal
        if proposal is None or self.stale or not self.settled:
            return
        result = proposal.result
        if everything:
            count = len(proposal.changed_shift_keys(self.plan)) + len(proposal.changed_need_ids())
            text = self.tr("Accept the roster")
            work: Work = lambda store: apply_roster(store, result)  # noqa: E731 - one line each way
        else:
            shifts, needs = set(self.ticked_shifts), set(self.ticked_needs)
            count = len(shifts) + len(needs)
            if not count:
                return
            text = self.tr("Accept %1 of the roster's changes").replace("%1", str(count))
            work = lambda store: apply_roster(store, result, shifts=shifts, needs=needs)  # noqa: E731
        self._accepting = count  # before the emit: a synchronous write reports back inside it
        self.edit_requested.emit(text, work)

    def discard(self) -> None:
        """Forget the proposal shown (nothing was written)."""
        had = self.proposal is not None
        self.proposal, self.stale, self._accepting = None, False, None
        self.ticked_shifts, self.ticked_needs = set(), set()
        if self.state == self.PROPOSED:
            self.message.clear()
            self._set_state(self.IDLE)
        if had:
            self.proposal_changed.emit(None)

    # --- the plan ---------------------------------------------------------------------------

    def set_plan(self, plan: Plan, *, same_plan: bool) -> None:
        """The plan shown changed; another plan (``same_plan`` False) forgets the proposal."""
        self.plan = plan
        if self._accepting is not None and same_plan:
            count, self._accepting = self._accepting, None
            self.discard()
            self.message.setText(self.tr("%n change(s) written, shifts as tentative (Edit → Undo takes them back).",
                                         "", count))
        elif self.proposal is not None:
            if not same_plan:
                self.discard()
            elif roster_inputs(plan) != self.proposal.result.inputs:
                self.stale = True
                self._describe_proposal()
        self._update_enabled()

    def set_settled(self, settled: bool) -> None:
        self.settled = settled
        if settled and self._accepting is not None:  # settled with no change: the write was refused
            self._accepting = None
            self.message.setText(self.tr("Nothing was written (the window said why); the proposal is still here."))
        self._update_enabled()

    # --- the readout ------------------------------------------------------------------------

    def _show_readout(self) -> None:
        report = self.run.latest
        done = report is not None and report.stage == "done"
        elapsed = report.elapsed if done else (self.run.elapsed() if self.run.running else 0.0)
        self.progress.show_elapsed(elapsed, self.run.limit or float(self.time_limit.value()))
        self.progress.setVisible(self.run.running or done)
        if report is None:
            self.stage_label.setText(self.tr("Starting…") if self.run.running else "")
            self.objective_label.setText("")
            return
        self.stage_label.setText(self._stage_text(report))
        self.objective_label.setText(self._objective_text(report))

    def _stage_text(self, report: RosterProgress) -> str:
        texts = {
            "model": self.tr("Building the model…"),
            "unfilled": self.tr("Filling every place and need (MIP)…"),
            "spread": self.tr("Spreading the duty fairly…"),
            "changes": self.tr("Keeping what was applied…"),
            "reasons": self.tr("Explaining what stays unfilled…"),
            "done": self.tr("Done in %1 s.").replace("%1", f"{report.elapsed:.1f}"),
        }
        return texts.get(report.stage, report.stage)

    def _objective_text(self, report: RosterProgress) -> str:
        """'Unfilled 2 (optimal) · spread 0 min (optimal) · changes 0', as far as the run has got."""
        parts = [self._stage_value(stage) for stage in report.finished]
        if report.stage in ("unfilled", "spread", "changes") and report.value is not None:
            from desktop_app.services.roster import StageReport  # loaded: a run reports

            parts.append(self._stage_value(StageReport(report.stage, report.value, report.value, False, 0.0),
                                           running=True))
        return " · ".join(parts)

    def _stage_value(self, stage: StageReport, *, running: bool = False) -> str:
        labels = {"unfilled": self.tr("unfilled %1"), "spread": self.tr("spread %1 min"),
                  "changes": self.tr("changes %1")}
        text = labels.get(stage.name, stage.name + " %1").replace("%1", str(stage.value))
        if running:
            return text + self.tr(" (so far)")
        if stage.optimal:
            return text + self.tr(" (optimal)")
        return text + self.tr(" (at least %1)").replace("%1", str(stage.bound))

    # --- state ------------------------------------------------------------------------------

    def _set_state(self, state: str) -> None:
        self.state = state
        self._update_enabled()
        self._show_readout()

    def _update_enabled(self) -> None:
        running = self.run.running
        proposed = self.state == self.PROPOSED and self.proposal is not None
        ready = proposed and self.settled and not self.stale
        self.start_button.setEnabled(not running and self.settled and bool(
            self.plan.duties or any(a.interpreting for a in self.plan.activities)))
        self.time_limit.setEnabled(not running)
        self.cancel_button.setEnabled(self.run.state == SolverRun.RUNNING)
        self.cancel_button.setVisible(running)
        ticked = len(self.ticked_shifts) + len(self.ticked_needs)
        self.accept_ticked_button.setText(self.tr("Accept &ticked (%1)").replace("%1", str(ticked)))
        self.accept_all_button.setEnabled(ready)
        self.accept_ticked_button.setEnabled(ready and ticked > 0)
        for button in (self.tick_all_button, self.tick_none_button, self.accept_all_button,
                       self.accept_ticked_button, self.discard_button):
            button.setVisible(proposed)
        self.tick_all_button.setEnabled(ready)
        self.tick_none_button.setEnabled(ready)
        self.discard_button.setEnabled(proposed)
