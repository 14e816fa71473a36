"""Find-a-time: free slots for an ad-hoc meeting among several delegates and contacts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from desktop_app.domain.plan import Plan
from desktop_app.domain.requests import ParticipantKind, ParticipantRef

from .build import PlanTimes
from .instance import CONTACT, DELEGATE
from .intervals import grid_starts, intersect, subtract

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
    """Earliest start in each common free gap (on a 15-minute grid), in time order.

    Free means: a market day inside the venue's opening hours (09:00-18:00 without a venue or
    hours), outside the lunch break, inside each delegate's stay and inside the availability
    windows of whoever has any, and clear of everyone's activities including travel to and
    from the venue.
    """
    times = PlanTimes(plan, STEP_MINUTES)
    free = times.open_spans(venue_id)
    if window_start is not None or window_end is not None:
        bounds = (times.ceil(window_start) if window_start else -10**9,
                  times.floor(window_end) if window_end else 10**9)
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
        starts = grid_starts([(gap_start, gap_end)], minutes, STEP_MINUTES)
        if starts:
            begins = times.origin + timedelta(minutes=starts[0])
            slots.append(FreeSlot(begins, begins + timedelta(minutes=minutes),
                                  times.origin + timedelta(minutes=gap_end)))
        if len(slots) >= limit:
            break
    return slots
