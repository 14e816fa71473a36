"""The roster as integers: tasks (duty shifts, interpreting needs), who may take each, and which
pairs of tasks one person cannot both take.

Times are minutes on the scheduler's UTC-based grid (``scheduling.grid``). A person is a
candidate for a task only when they may take it (eligible for the duty, or speaking both
languages), are in town (a stay), inside their availability windows if they have any, and free
of every activity that stays put, travel to and from it included; a shift must also lie inside
its venue's hours. Whatever ruled a person out is kept (``obstacles``) to explain an unfilled task.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class TaskKind(StrEnum):
    SHIFT = "shift"
    NEED = "need"


@dataclass(frozen=True, slots=True)
class Task:
    index: int
    kind: TaskKind
    start: int
    end: int
    venue_id: int | None
    demand: int
    """People wanted: a shift's minimum staff, 1 for a need."""
    capacity: int
    """People allowed at most: a shift's maximum staff, 1 for a need."""
    candidates: tuple[int, ...]
    """Delegate ids that could take it on their own (sorted)."""
    previous: frozenset[int] = frozenset()
    """Who holds it in the plan now (an applied tentative shift's staff, a need's interpreter)."""
    applied: bool = False
    """Whether the plan already holds it (a shift written by an earlier run, a need with an interpreter)."""
    duty_id: int | None = None
    activity_id: int | None = None
    """A need's activity; a shift's existing tentative activity, when there is one."""

    @property
    def minutes(self) -> int:
        return self.end - self.start


@dataclass(frozen=True)
class RosterInstance:
    tasks: tuple[Task, ...]
    clashes: frozenset[tuple[int, int, int]]
    """(person, task a, task b) with a < b: the person cannot take both (overlap or travel)."""
    fixed_minutes: dict[int, int] = field(default_factory=dict)
    """Duty minutes each person already has on confirmed shifts, which the roster leaves alone."""
    spread_people: tuple[int, ...] = ()
    """Whose duty minutes the spread is measured over: everyone who could take some shift."""

    def shifts(self) -> list[Task]:
        return [t for t in self.tasks if t.kind is TaskKind.SHIFT]

    def needs(self) -> list[Task]:
        return [t for t in self.tasks if t.kind is TaskKind.NEED]


Assignment = dict[int, tuple[int, ...]]
"""Task index -> the people on it (sorted)."""


def shortfall(instance: RosterInstance, assignment: Assignment) -> int:
    """Unfilled places: the people each task still lacks, summed."""
    return sum(max(task.demand - len(assignment.get(task.index, ())), 0) for task in instance.tasks)


def duty_minutes(instance: RosterInstance, assignment: Assignment) -> dict[int, int]:
    minutes = {person: instance.fixed_minutes.get(person, 0) for person in instance.spread_people}
    for task in instance.shifts():
        for person in assignment.get(task.index, ()):
            if person in minutes:
                minutes[person] += task.minutes
    return minutes


def spread(instance: RosterInstance, assignment: Assignment) -> int:
    """The largest minus the smallest duty minutes among ``spread_people`` (0 without any)."""
    minutes = duty_minutes(instance, assignment).values()
    return max(minutes) - min(minutes) if minutes else 0


def changes(instance: RosterInstance, assignment: Assignment) -> int:
    """People taken off what they held, plus people put on what the plan already held."""
    count = 0
    for task in instance.tasks:
        now = set(assignment.get(task.index, ()))
        count += len(task.previous - now)
        if task.applied:
            count += len(now - task.previous)
    return count
