"""One solver run in the background, with a live readout and Cancel: what the meeting scheduler's
dialog and the Roster section share.

``SolverRun.start(solve, limit, ...)`` runs ``solve(report)`` through the window's ``TaskRunner``
off the GUI thread. The solver calls ``report(progress)`` on its own thread (any object with
``stage`` and ``elapsed``); the newest report is kept (``latest``, written there and read on the
GUI thread when told), a queued progress signal and a clock redraw the readout (``ticked``), and
``report`` raises ``TaskCancelled`` once Cancel was pressed, so the run stops at the solver's next
report (a HiGHS stage that is solving finishes its own share of the time limit first).
``TimeLimitBar`` shows the time used of the limit.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QProgressBar, QWidget
from shiboken6 import Shiboken

from desktop_app.ui.workers import TaskContext, TaskHandle, TaskRunner

CLOCK_MS = 200
"""How often the elapsed time is redrawn while the solver runs."""

Report = Callable[[Any], None]


@dataclass
class _Latest:
    """The newest report, written on the solving thread, read on the GUI thread when told."""

    report: Any = None


class SolverRun(QObject):
    IDLE, RUNNING, CANCELLING = "idle", "running", "cancelling"

    ticked = Signal()
    """Redraw the readout: a report arrived, or the clock moved."""
    state_changed = Signal(str)

    def __init__(self, runner: Callable[[], TaskRunner], parent: QObject) -> None:
        super().__init__(parent)
        self._runner = runner
        self.state = self.IDLE
        self.limit = 0.0
        self._latest = _Latest()
        self._handle: TaskHandle | None = None
        self._began = 0.0
        self._clock = QTimer(self)
        self._clock.setInterval(CLOCK_MS)
        self._clock.timeout.connect(self.ticked)

    @property
    def latest(self) -> Any:
        """The newest report of the run (None before the first); a dialog may put the final one."""
        return self._latest.report

    @latest.setter
    def latest(self, report: Any) -> None:
        self._latest.report = report

    @property
    def running(self) -> bool:
        return self.state in (self.RUNNING, self.CANCELLING)

    def elapsed(self) -> float:
        """Seconds the run has taken: the last report's once it is over, the clock's while it runs."""
        if self.running:
            return time.monotonic() - self._began
        return float(getattr(self._latest.report, "elapsed", 0.0) or 0.0)

    def start(self, solve: Callable[[Report], Any], limit: float, on_result: Callable[[Any], None],
              on_error: Callable[[BaseException], None], on_cancelled: Callable[[], None]) -> None:
        """Run ``solve(report)`` in the background; exactly one of the callbacks follows, on the GUI thread."""
        if self.running:
            return
        self.limit = limit
        latest = self._latest = _Latest()

        def work(context: TaskContext) -> Any:
            def report(progress: Any) -> None:
                latest.report = progress
                context.progress(int(progress.elapsed * 1000), int(limit * 1000), str(progress.stage))
                context.check_cancelled()  # raised in the solver's thread: the run stops here

            return solve(report)

        def finish(callback: Callable[..., None], *args: Any) -> None:
            if not Shiboken.isValid(self):  # closed with its plan while the solver ran
                return
            self._clock.stop()
            self._handle = None
            self._set_state(self.IDLE)
            callback(*args)

        self._began = time.monotonic()
        self._set_state(self.RUNNING)
        self._clock.start()
        self._handle = self._runner().run(
            work, lambda result: finish(on_result, result), on_error=lambda error: finish(on_error, error),
            on_progress=lambda *_: self.ticked.emit() if Shiboken.isValid(self) else None,
            on_cancelled=lambda: finish(on_cancelled))

    def cancel(self) -> bool:
        """Ask the run to stop at the solver's next report; False when none was running."""
        if self.state != self.RUNNING or self._handle is None:
            return False
        self._handle.cancel()
        self._set_state(self.CANCELLING)
        return True

    def _set_state(self, state: str) -> None:
        self.state = state
        self.state_changed.emit(state)


class TimeLimitBar(QProgressBar):
    """The time a run has used of its limit: '3.2 s of 30 s'."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextVisible(True)
        self.setAccessibleName(self.tr("Time used of the time limit"))

    def show_elapsed(self, elapsed: float, limit: float) -> None:
        self.setRange(0, max(int(limit * 10), 1))
        self.setValue(min(int(elapsed * 10), self.maximum()))
        self.setFormat(self.tr("%1 s of %2 s").replace("%1", f"{elapsed:.1f}").replace("%2", f"{limit:g}"))
