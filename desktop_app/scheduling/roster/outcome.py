"""What a roster solver produced, before it is turned into dated shifts and assignments."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from .instance import Assignment


@dataclass(frozen=True)
class StageReport:
    name: str
    """'unfilled', 'spread' or 'changes'."""
    value: int
    bound: int
    """The best value the solver proved possible (a lower bound: every stage minimises)."""
    optimal: bool
    seconds: float


@dataclass(frozen=True)
class RosterOutcome:
    solver: str
    assignment: Assignment
    unfilled: int
    spread: int
    changes: int
    optimal: bool
    """Every stage proven optimal (the later ones given the earlier values)."""
    seconds: float
    stages: tuple[StageReport, ...] = field(default_factory=tuple)

    @property
    def unfilled_bound(self) -> int:
        return self.stages[0].bound if self.stages else self.unfilled


@dataclass(frozen=True, slots=True)
class RosterProgress:
    """How far a roster run has got, for a window's readout.

    ``roster_plan(..., progress=callback)`` calls ``callback`` on the solving thread when the model
    is being built, at the start and end of each stage, while unfilled tasks are explained and
    when it is done. An exception raised by the callback stops the run there (the window's Cancel);
    a MIP stage that is solving cannot be stopped (HiGHS, see ``scheduling.progress``).
    """

    stage: str
    """"model", "unfilled", "spread", "changes", "reasons" or "done"."""
    value: int | None
    """The stage's best value so far: places and needs unfilled, spread minutes or changes."""
    bound: int | None
    """The proven lower bound of that value, once the stage has ended (None while it runs)."""
    elapsed: float
    """Seconds since the run began."""
    finished: tuple[StageReport, ...] = ()
    """The stages ended so far."""


StageCallback = Callable[[str, "int | None", "tuple[StageReport, ...]"], None]
"""(the stage starting, the value it starts from, the stages ended): what a solver reports."""
RosterProgressCallback = Callable[[RosterProgress], None]


def no_report(_stage: str, _value: int | None, _finished: tuple[StageReport, ...]) -> None:
    """A ``StageCallback`` that listens to nothing."""
