"""The scheduler's answer: dated placements, reasons for the rest, and how good it is."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from desktop_app.domain.requests import MeetingRequest

from .outcome import StageReport


@dataclass(frozen=True, slots=True)
class Placement:
    request_id: int
    label: str
    """The request's external id (what people and the JSON call it)."""
    start: datetime
    end: datetime
    venue_id: int | None
    room_id: int | None


@dataclass(frozen=True, slots=True)
class Unplaced:
    request_id: int
    label: str
    reason: str


@dataclass(frozen=True)
class ScheduleResult:
    placed: tuple[Placement, ...]
    unplaced: tuple[Unplaced, ...]
    objective: int
    bound: float
    optimal: bool
    seconds: float
    solver: str = "highs"
    stages: tuple[StageReport, ...] = field(default_factory=tuple)
    requests: tuple[MeetingRequest, ...] = ()
    """The requests as the solver saw them: applying refuses when one has changed since."""
