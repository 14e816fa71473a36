"""The time-indexed model: one 0/1 column per (task, feasible start), unit-packing rows.

Every hard constraint is "at most ``rhs`` of these columns": each request at most once, each
person at one table per slot, a room's free tables per slot, travel between venues, meetings
per day. Backends (MIP and CP-SAT) turn this one description into their own model, so the
solvers compared in the benchmarks solve exactly the same problem.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from .instance import Instance, PersonKey

Row = tuple[tuple[int, ...], int]


@dataclass
class PackingModel:
    instance: Instance
    columns: list[tuple[int, int]] = field(default_factory=list)
    """(task index, start slot) per column."""
    weights: list[int] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    requester_columns: dict[tuple[str, int], list[int]] = field(default_factory=dict)
    """Fairness: columns of every requester (delegate or project)."""
    occupancy: dict[PersonKey, dict[int, list[int]]] = field(default_factory=dict)
    """Compactness: per person and slot, the columns that seat them then."""

    def columns_of_solution(self, solution: dict[int, int]) -> list[int]:
        wanted = set(solution.items())
        return [j for j, column in enumerate(self.columns) if column in wanted]

    def solution_of(self, chosen: list[int]) -> dict[int, int]:
        return dict(self.columns[j] for j in chosen)

    def build_in(self, solver: Any, variables: list[Any]) -> None:
        """Add this model's "at most k" rows and its priority objective to a ``pywraplp`` solver
        (the MIP with 0/1 variables, the LP relaxation with continuous ones)."""
        for members, rhs in self.rows:
            row = solver.Constraint(-solver.infinity(), rhs)
            for j in members:
                row.SetCoefficient(variables[j], 1)
        objective = solver.Objective()
        for j, weight in enumerate(self.weights):
            objective.SetCoefficient(variables[j], weight)
        objective.SetMaximization()

    def upper_bound(self, solver_bound: float) -> float:
        """The solver's bound when it has a finite one, else every placeable request's priority
        (so a run stopped before its first solution still reports a true bound, never NaN)."""
        placeable = {task for task, _ in self.columns}
        trivial = float(sum(self.instance.tasks[t].priority for t in placeable))
        if not math.isfinite(solver_bound):
            return trivial
        return min(float(math.floor(solver_bound + 1e-6)), trivial)  # priorities are integers


def _rows_from_slots(by_slot: dict[int, list[int]], starts_at: dict[int, bool],
                     rhs_of: Callable[[int], int]) -> list[Row]:
    """One row per slot, skipping slots whose row is dominated by the previous slot's."""
    rows: list[Row] = []
    for slot in sorted(by_slot):
        members = by_slot[slot]
        rhs = max(rhs_of(slot), 0)
        if len(members) <= rhs:
            continue
        previous_rhs = rhs_of(slot - 1) if slot - 1 in by_slot else None
        if not starts_at.get(slot) and previous_rhs is not None and previous_rhs <= rhs:
            continue
        rows.append((tuple(members), rhs))
    return rows


def build_model(instance: Instance) -> PackingModel:
    model = PackingModel(instance)
    room_slots: dict[int, dict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
    room_starts: dict[int, dict[int, bool]] = defaultdict(dict)
    person_venue_slots: dict[PersonKey, dict[int | None, dict[int, list[int]]]] = defaultdict(
        lambda: defaultdict(lambda: defaultdict(list)))
    person_starts: dict[PersonKey, dict[int, bool]] = defaultdict(dict)
    person_day: dict[tuple[PersonKey, int], list[int]] = defaultdict(list)
    requesters: dict[tuple[str, int], list[int]] = defaultdict(list)

    for task in instance.tasks:
        task_columns = []
        for start, day in zip(task.starts, task.days, strict=True):
            j = len(model.columns)
            model.columns.append((task.index, start))
            model.weights.append(task.priority)
            task_columns.append(j)
            requesters[task.requester].append(j)
            if task.room_id is not None:
                room_starts[task.room_id][start] = True
                for slot in task.covers(start):
                    room_slots[task.room_id][slot].append(j)
            for person in task.people:
                person_starts[person][start] = True
                person_day[(person, day)].append(j)
                for slot in task.covers(start):
                    person_venue_slots[person][task.venue_id][slot].append(j)
        if len(task_columns) > 1:
            model.rows.append((tuple(task_columns), 1))

    for room_id, by_slot in room_slots.items():
        model.rows.extend(_rows_from_slots(by_slot, room_starts[room_id], partial(instance.tables_free, room_id)))

    for person, by_venue in person_venue_slots.items():
        merged: dict[int, list[int]] = defaultdict(list)
        for by_slot in by_venue.values():
            for slot, members in by_slot.items():
                merged[slot].extend(members)
        model.occupancy[person] = dict(merged)
        model.rows.extend(_rows_from_slots(merged, person_starts[person], lambda s: 1))
        model.rows.extend(_travel_rows(instance, by_venue))

    if instance.max_per_day is not None:
        for (person, day), members in person_day.items():
            limit = instance.day_limit(person, day)
            if limit is not None and len(members) > limit:
                model.rows.append((tuple(members), limit))

    model.requester_columns = dict(requesters)
    model.rows = _without_duplicates(model.rows)
    return model


def _without_duplicates(rows: list[Row]) -> list[Row]:
    """A project's members share every column, so their rows repeat: keep each set once."""
    tightest: dict[tuple[int, ...], int] = {}
    for members, rhs in rows:
        key = tuple(sorted(members))
        tightest[key] = min(rhs, tightest.get(key, rhs))
    return list(tightest.items())


def _travel_rows(instance: Instance, by_venue: dict[int | None, dict[int, list[int]]]) -> list[Row]:
    """Seated at venue A in slot s and at venue B in slot s' with 0 < s' - s <= travel(A, B): never."""
    rows: list[Row] = []
    venues = [v for v in by_venue if v is not None]
    for a in venues:
        for b in venues:
            gap = instance.travel(a, b)
            if a == b or gap <= 0:
                continue
            at_b = by_venue[b]
            for slot, members in by_venue[a].items():
                for later in range(slot + 1, slot + gap + 1):
                    if later in at_b:
                        rows.append((tuple(members) + tuple(at_b[later]), 1))
    return rows
