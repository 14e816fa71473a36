"""What a solver run produced, before it is turned into dated placements."""

from __future__ import annotations

from dataclasses import dataclass, field

from .instance import Solution


@dataclass(frozen=True)
class StageReport:
    name: str
    value: float
    bound: float
    optimal: bool
    seconds: float


@dataclass(frozen=True)
class Outcome:
    solver: str
    solution: Solution
    objective: int
    """Total priority placed (the primary objective)."""
    bound: float
    """Upper bound on the primary objective proven by the solver."""
    optimal: bool
    seconds: float
    stages: tuple[StageReport, ...] = field(default_factory=tuple)

    @property
    def gap(self) -> float:
        return 0.0 if self.bound <= 0 else max(self.bound - self.objective, 0.0) / self.bound
