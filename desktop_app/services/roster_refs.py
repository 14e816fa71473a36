"""How the window names shifts and the roster's default time limit, with no solver behind them:
the Roster section imports this at start, ``services.roster`` (and the solvers) with its first run."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop_app.scheduling.roster import ShiftPlan

DEFAULT_TIME_LIMIT = 30.0
"""Seconds the roster may solve for, by default."""

ShiftKey = tuple[int, datetime]
"""(duty id, start): one shift of a roster result, as the window ticks it."""


def shift_key(shift: ShiftPlan) -> ShiftKey:
    return (shift.duty_id, shift.start)


@dataclass(frozen=True, slots=True)
class ShiftRef:
    """One shift of a duty, as a view shows it."""

    duty_id: int
    start: datetime
    end: datetime
    activity_id: int | None = None
    """The shift's live ``booth_duty`` activity; None while nobody is on it."""
