"""The roster's answer: who is on each shift, who interprets each need, what stays unfilled and why."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from .outcome import StageReport


@dataclass(frozen=True, slots=True)
class ShiftPlan:
    duty_id: int
    start: datetime
    end: datetime
    venue_id: int
    room_id: int
    staff: tuple[int, ...]
    """Delegate ids on duty, sorted."""
    activity_id: int | None = None
    """The plan's shift activity it revises (an earlier proposal, or a confirmed shift)."""
    confirmed: bool = False
    """A confirmed shift: the roster left it as it is."""


@dataclass(frozen=True, slots=True)
class InterpreterPlan:
    activity_id: int
    interpreter_id: int | None
    """None: the need stays without an interpreter (see the result's ``unfilled``)."""
    previous_id: int | None = None


@dataclass(frozen=True, slots=True)
class UnfilledTask:
    what: str
    start: datetime
    end: datetime
    zone: str
    """The zone the task speaks in (its venue's)."""
    reason: str
    places: int = 1
    """How many people the task still lacks."""


@dataclass(frozen=True)
class RosterResult:
    shifts: tuple[ShiftPlan, ...]
    interpreting: tuple[InterpreterPlan, ...]
    unfilled: tuple[UnfilledTask, ...]
    spread_minutes: int
    changes: int
    optimal: bool
    seconds: float
    solver: str = "cpsat"
    stages: tuple[StageReport, ...] = field(default_factory=tuple)
    stale_shift_ids: tuple[int, ...] = ()
    """Earlier proposed shifts that match no shift any more: applying cancels them."""
    inputs: tuple[object, ...] = ()
    """The plan data the roster read (``roster_inputs``): applying refuses when it changed since."""

    @property
    def unfilled_places(self) -> int:
        return sum(u.places for u in self.unfilled)
