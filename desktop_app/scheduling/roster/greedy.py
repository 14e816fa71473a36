"""The fill a manager does by hand: tasks in time order, each taking the free people with the
fewest duty minutes so far (interpreters: the first free one). The baseline the solver is
measured against, and its first hint."""

from __future__ import annotations

import time
from collections import defaultdict

from .instance import Assignment, RosterInstance, TaskKind, changes, shortfall, spread
from .outcome import RosterOutcome


def clash_map(instance: RosterInstance) -> dict[tuple[int, int], set[int]]:
    """(person, task) -> the tasks that person cannot also take."""
    clashing: dict[tuple[int, int], set[int]] = defaultdict(set)
    for person, a, b in instance.clashes:
        clashing[(person, a)].add(b)
        clashing[(person, b)].add(a)
    return clashing


def fill_greedily(instance: RosterInstance) -> Assignment:
    clashing = clash_map(instance)
    taken: dict[int, set[int]] = defaultdict(set)  # person -> tasks
    load = dict(instance.fixed_minutes)
    assignment: Assignment = {}
    for task in sorted(instance.tasks, key=lambda t: (t.start, t.end, t.index)):
        chosen: list[int] = []
        order = sorted(task.candidates, key=lambda p: (load.get(p, 0), p)) if task.kind is TaskKind.SHIFT \
            else list(task.candidates)
        for person in order:
            if len(chosen) >= task.demand:
                break
            if not clashing.get((person, task.index), set()) & taken[person]:
                chosen.append(person)
                taken[person].add(task.index)
                load[person] = load.get(person, 0) + (task.minutes if task.kind is TaskKind.SHIFT else 0)
        if chosen:
            assignment[task.index] = tuple(sorted(chosen))
    return assignment


def solve_greedy(instance: RosterInstance) -> RosterOutcome:
    began = time.monotonic()
    assignment = fill_greedily(instance)
    return RosterOutcome("greedy", assignment, shortfall(instance, assignment), spread(instance, assignment),
                         changes(instance, assignment), False, time.monotonic() - began)
