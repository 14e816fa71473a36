"""Find-a-time: free slots for an ad-hoc meeting among several delegates and contacts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from desktop_app.domain.plan import Plan
from desktop_app.domain.requests import ParticipantKind, ParticipantRef

from .instance import CONTACT, DELEGATE
from .intervals import grid_starts, intersect, subtract
from .opening import window_days
from .plan_times import PlanTimes

STEP_MINUTES = 15


@dataclass(frozen=True, slots=True)
class FreeSlot:
    start: datetime
    end: datetime
    free_until: datetime
    """How long everyone stays free after ``start`` (the end of the common gap)."""


def find_free_slots(plan: Plan, people: list[ParticipantRef], minutes: int, venue_id: int | None = None,
                    window_start: datetime | None = None, window_end: datetime | None = None,
                    limit: int = 10) -> list[FreeSlot]:
    """Earliest start in each common free gap (on a 15-minute grid of local quarters), in time order.

    Free means: inside the venue's opening hours (09:00-18:00 without a venue or hours) in its own
    zone, outside the lunch break, inside a stay of each delegate and inside the availability
    windows of whoever has any, and clear of everyone's activities including travel to and from
    the venue. The days are those of the window when both ends are given (no market needed),
    else the venue's market days (every market day without a venue, each in its market's zone).
    """
    days = window_days(window_start, window_end) if window_start and window_end else None
    times = PlanTimes(plan, step=STEP_MINUTES, venue_ids=[venue_id], days=days)
    grid = times.grid
    free = times.open_spans(venue_id)
    if window_start is not None or window_end is not None:
        bounds = (grid.ceil(window_start) if window_start else -10**9,
                  grid.floor(window_end) if window_end else 10**9)
        free = intersect(free, [bounds])
    for ref in people:
        if ref.kind is ParticipantKind.DELEGATE:
            free = intersect(free, times.stay_spans(ref.id))
        windows = times.window_spans(ref)
        if windows is not None:
            free = intersect(free, windows)
        key = (DELEGATE if ref.kind is ParticipantKind.DELEGATE else CONTACT, ref.id)
        free = subtract(free, times.busy_spans(key, venue_id))
    slots: list[FreeSlot] = []
    for gap_start, gap_end in free:
        starts = grid_starts([(gap_start, gap_end)], minutes, times.slot)
        if starts:
            begins = grid.instant(starts[0])
            slots.append(FreeSlot(begins, begins + timedelta(minutes=minutes), grid.instant(gap_end)))
        if len(slots) >= limit:
            break
    return slots
