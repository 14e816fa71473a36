"""What a roster solver produced, before it is turned into dated shifts and assignments."""

from __future__ import annotations

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
