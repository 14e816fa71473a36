"""The baseline organisers use today: highest priority first, earliest feasible start."""

from __future__ import annotations

import time
from collections import defaultdict

from .instance import Instance, PersonKey, Solution, Task
from .outcome import Outcome


class Occupancy:
    """Who sits where when, tables per room and slot, meetings per person and day."""

    def __init__(self, instance: Instance) -> None:
        self.instance = instance
        self.seated: dict[PersonKey, list[tuple[int, int, int | None, int]]] = defaultdict(list)
        self.tables: dict[int, dict[int, int]] = defaultdict(lambda: defaultdict(int))
        self.per_day: dict[tuple[PersonKey, int], int] = defaultdict(int)

    def person_clash(self, person: PersonKey, task: Task, start: int) -> int | None:
        """Index of a placed task that keeps ``person`` from ``task`` at ``start``, or None."""
        end = start + task.length
        for other_start, other_end, venue, other in self.seated.get(person, ()):
            before = self.instance.travel(task.venue_id, venue)
            after = self.instance.travel(venue, task.venue_id)
            if start < other_end + after and other_start < end + before:
                return other
        return None

    def room_full(self, task: Task, start: int) -> bool:
        if task.room_id is None:
            return False
        used = self.tables[task.room_id]
        return any(used[s] >= self.instance.tables_free(task.room_id, s) for s in task.covers(start))

    def day_full(self, person: PersonKey, task: Task, start: int) -> bool:
        if self.instance.max_per_day is None:
            return False
        day = task.day_at(start)
        limit = self.instance.day_limit(person, day)
        return limit is not None and self.per_day[(person, day)] >= limit

    def fits(self, task: Task, start: int) -> bool:
        return not self.room_full(task, start) and all(
            self.person_clash(p, task, start) is None and not self.day_full(p, task, start) for p in task.people)

    def place(self, task: Task, start: int) -> None:
        day = task.day_at(start)
        for person in task.people:
            self.seated[person].append((start, start + task.length, task.venue_id, task.index))
            self.per_day[(person, day)] += 1
        if task.room_id is not None:
            for slot in task.covers(start):
                self.tables[task.room_id][slot] += 1

    @classmethod
    def of(cls, instance: Instance, solution: Solution) -> Occupancy:
        occupancy = cls(instance)
        for index, start in sorted(solution.items()):
            occupancy.place(instance.tasks[index], start)
        return occupancy


def solve_greedy(instance: Instance) -> Outcome:
    began = time.monotonic()
    occupancy = Occupancy(instance)
    solution: Solution = {}
    for task in sorted(instance.tasks, key=lambda t: (-t.priority, t.request_id)):
        for start in task.starts:
            if occupancy.fits(task, start):
                occupancy.place(task, start)
                solution[task.index] = start
                break
    objective = sum(instance.tasks[i].priority for i in solution)
    upper = sum(t.priority for t in instance.tasks if t.starts)
    return Outcome("greedy", solution, objective, float(upper), objective == upper,
                   time.monotonic() - began)


def fill(instance: Instance, solution: Solution) -> Solution:
    """``solution`` plus every unplaced request that still fits (highest priority first)."""
    occupancy = Occupancy.of(instance, solution)
    filled = dict(solution)
    for task in sorted(instance.tasks, key=lambda t: (-t.priority, t.request_id)):
        if task.index in filled:
            continue
        for start in task.starts:
            if occupancy.fits(task, start):
                occupancy.place(task, start)
                filled[task.index] = start
                break
    return filled
