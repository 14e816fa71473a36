"""The scheduler's view of a plan: tasks with their feasible starts on a slot grid.

Everything here is integers: time is counted in slots of ``slot_minutes`` from ``origin``
(UTC midnight before the first day; see grid.py). Solvers, the greedy baseline and the
reasons for unplaced requests all read this one structure, so they agree on feasibility.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import datetime, timedelta

PersonKey = tuple[str, int]
"""("delegate", id) or ("contact", id): someone who cannot be in two places at once."""

DELEGATE, CONTACT, PROJECT = "delegate", "contact", "project"


@dataclass(frozen=True, slots=True)
class Task:
    """One pending request, with every start at which it could be placed on its own."""

    index: int
    request_id: int
    label: str
    priority: int
    length: int
    """Duration in slots."""
    requester: tuple[str, int]
    """The fairness unit: ("delegate", id) or ("project", id)."""
    people: tuple[PersonKey, ...]
    """Everyone who sits at the table: the delegate or the project's members, and the contact."""
    contact: PersonKey
    venue_id: int | None
    room_id: int | None
    starts: tuple[int, ...]
    blocked_reason: str = ""
    """Why ``starts`` is empty, as a sentence; "" when there are starts."""
    days: tuple[int, ...] = ()
    """The local day (an ordinal) of each start where the meeting is: what daily limits count by."""

    def covers(self, start: int) -> range:
        return range(start, start + self.length)

    def day_at(self, start: int) -> int:
        return self.days[bisect_left(self.starts, start)]


@dataclass(frozen=True)
class Instance:
    origin: datetime
    slot_minutes: int
    tasks: tuple[Task, ...]
    room_capacity: dict[int, int] = field(default_factory=dict)
    room_used: dict[int, dict[int, int]] = field(default_factory=dict)
    """Tables already taken per room and slot by activities that stay."""
    travel_slots: dict[tuple[int, int], int] = field(default_factory=dict)
    """Slots needed between two venues (rounded up); only pairs that need any."""
    max_per_day: int | None = None
    used_per_day: dict[tuple[PersonKey, int], int] = field(default_factory=dict)
    """Meetings each person already has on a day (counts against ``max_per_day``)."""

    def to_datetime(self, slot: int) -> datetime:
        return self.origin + timedelta(minutes=slot * self.slot_minutes)

    def tables_free(self, room_id: int, slot: int) -> int:
        return self.room_capacity.get(room_id, 1) - self.room_used.get(room_id, {}).get(slot, 0)

    def travel(self, from_venue: int | None, to_venue: int | None) -> int:
        if from_venue is None or to_venue is None or from_venue == to_venue:
            return 0
        return self.travel_slots.get((from_venue, to_venue), 0)

    def day_limit(self, person: PersonKey, day: int) -> int | None:
        if self.max_per_day is None:
            return None
        return max(self.max_per_day - self.used_per_day.get((person, day), 0), 0)


Solution = dict[int, int]
"""Task index -> start slot, for the tasks placed."""
