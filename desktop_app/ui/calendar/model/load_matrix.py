"""How full each delegate's days are: booked time (overlaps counted once), activities, conflicts.

A day is a local day by the one rule: an activity counts on each day it covers in its own zone,
for the part on that day. Cancelled activities take no time.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from desktop_app.domain.conflicts import Conflict
from desktop_app.domain.local_time import activity_zone, local_days, plan_days
from desktop_app.domain.people import Delegate
from desktop_app.domain.plan import Plan
from desktop_app.domain.timezones import day_bounds, to_local

FULL_DAY_MINUTES = 10 * 60
"""Booked time at which a cell shows as full."""


@dataclass(frozen=True, slots=True)
class LoadCell:
    minutes: int = 0
    activities: int = 0
    conflicts: int = 0

    @property
    def share(self) -> float:
        """0 for a free day, 1 for ``FULL_DAY_MINUTES`` or more."""
        return min(self.minutes / FULL_DAY_MINUTES, 1.0)


@dataclass(frozen=True)
class LoadMatrix:
    delegates: tuple[Delegate, ...]
    days: tuple[date, ...]
    cells: dict[tuple[int, date], LoadCell]

    def cell(self, delegate_id: int, day: date) -> LoadCell:
        return self.cells.get((delegate_id, day), LoadCell())


def load_matrix(plan: Plan, conflicts: Iterable[Conflict] = ()) -> LoadMatrix:
    spans: dict[tuple[int, date], list[tuple[datetime, datetime]]] = defaultdict(list)
    counts: dict[tuple[int, date], int] = defaultdict(int)
    for activity in plan.activities:
        if activity.is_cancelled:
            continue
        zone_name = activity_zone(plan, activity)
        for day in local_days(plan, activity):
            start, end = day_bounds(day, zone_name)
            span = (max(activity.start, start), min(activity.end, end))
            for delegate_id in activity.delegate_ids:
                spans[(delegate_id, day)].append(span)
                counts[(delegate_id, day)] += 1
    clashes: dict[tuple[int, date], int] = defaultdict(int)
    for conflict in conflicts:
        if conflict.scope[0] == "delegate":
            clashes[(conflict.scope[1], to_local(conflict.start, conflict.timezone).date())] += 1
    cells = {key: LoadCell(_booked_minutes(spans.get(key, [])), counts.get(key, 0), clashes.get(key, 0))
             for key in set(spans) | set(clashes)}
    return LoadMatrix(tuple(plan.delegates), tuple(plan_days(plan)), cells)


def _booked_minutes(spans: list[tuple[datetime, datetime]]) -> int:
    """The time covered by ``spans``, overlaps counted once."""
    total, current_start, current_end = 0.0, None, None
    for start, end in sorted(spans):
        if current_end is None or start > current_end:
            if current_end is not None and current_start is not None:
                total += (current_end - current_start).total_seconds()
            current_start, current_end = start, end
        else:
            current_end = max(current_end, end)
    if current_end is not None and current_start is not None:
        total += (current_end - current_start).total_seconds()
    return int(total // 60)
