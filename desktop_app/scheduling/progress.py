"""How far a scheduler run has got: the stage, the best total priority found, the proven bound.

``schedule_plan(..., progress=callback)`` calls ``callback(SolveProgress)`` on the solving
thread at the start of each stage, whenever the objective or the bound improves, and after
each person of the compaction pass. An exception raised by the callback stops the run there
and propagates (the window's Cancel). A stage that is inside a MIP solve cannot be stopped:
OR-Tools' ``InterruptSolve`` does nothing for HiGHS and CBC (9.15), so the next report comes
when the stage's own time limit ends it.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SolveProgress:
    stage: str
    """"model", "lp", "priority", "greedy", "fairness", "compactness", "reasons" or "done"."""
    objective: int | None
    """Best total priority placed so far (None before any solution)."""
    bound: float | None
    """Best proven upper bound on it so far (None before the LP has given one)."""
    elapsed: float
    """Seconds since the run began."""
    done: int = 0
    total: int = 0
    """Steps of a stage that has them (compaction: people re-timed of all)."""

    @property
    def gap(self) -> float | None:
        """How far the objective may still be from the optimum, as a share of the bound."""
        if self.objective is None or self.bound is None or self.bound <= 0:
            return None
        return max(self.bound - self.objective, 0.0) / self.bound


ProgressCallback = Callable[[SolveProgress], None]


class Reporter:
    """Keeps the best objective and bound seen and hands each report to the callback."""

    def __init__(self, callback: ProgressCallback | None = None, began: float | None = None) -> None:
        self._callback = callback
        self._began = time.monotonic() if began is None else began
        self.objective: int | None = None
        self.bound: float | None = None
        self._stage = "model"

    def stage(self, name: str, *, done: int = 0, total: int = 0) -> None:
        self._stage = name
        self._emit(done, total)

    def found(self, objective: float | None = None, bound: float | None = None) -> None:
        """A solution worth ``objective`` and/or a bound proven; reported when either improves."""
        better = False
        if objective is not None and not math.isnan(objective) and (self.objective is None
                                                                     or objective > self.objective):
            self.objective, better = round(objective), True
        if bound is not None and not math.isnan(bound) and (self.bound is None or bound < self.bound):
            self.bound, better = float(bound), True
        if better:
            self._emit(0, 0)

    def _emit(self, done: int, total: int) -> None:
        if self._callback is not None:
            self._callback(SolveProgress(self._stage, self.objective, self.bound,
                                         time.monotonic() - self._began, done, total))
