"""The roster as a CP-SAT model, solved lexicographically: kept to compare with the MIP in the
benchmarks (HiGHS proves the same optima several times sooner, see docs/stack-notes.md) and as a
fallback backend (``--solver cpsat``).

One Boolean per (task, candidate). Hard: at most ``capacity`` people per task; a person takes
no two tasks that overlap or leave too little travel time between them (one clause per clashing
pair; candidates already exclude every fixed activity, stay, window and venue hour). Then, each
stage keeping the value the previous one reached:

1. unfilled: the places still missing below each shift's minimum, plus needs without an
   interpreter (so the minimum staff is met wherever it can be);
2. spread: the largest minus the smallest duty minutes among ``spread_people``;
3. changes: people taken off what they held, or put on what the plan already held (re-running
   moves as little as possible), then the fewest assignments (no one on duty beyond what the
   first two stages need).

The greedy fill is the first hint, and each stage hints the next with its solution, so a stage
cut short by the time limit still returns something at least as good as greedy.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from ortools.sat.python import cp_model

from .greedy import fill_greedily
from .instance import Assignment, RosterInstance, TaskKind, changes, shortfall, spread
from .outcome import RosterOutcome, StageCallback, StageReport, no_report

STAGES = ("unfilled", "spread", "changes")


class RosterModel:
    def __init__(self, instance: RosterInstance) -> None:
        self.instance = instance
        self.cp = cp_model.CpModel()
        cp = self.cp
        self.x: dict[tuple[int, int], cp_model.IntVar] = {}
        for task in instance.tasks:
            for person in task.candidates:
                self.x[(task.index, person)] = cp.new_bool_var(f"x{task.index}_{person}")
        short = []
        for task in instance.tasks:
            on_task = [self.x[(task.index, p)] for p in task.candidates]
            if len(on_task) > task.capacity:
                cp.add(sum(on_task) <= task.capacity)
            missing = cp.new_int_var(0, task.demand, f"short{task.index}")
            cp.add(missing + sum(on_task) >= task.demand)
            short.append(missing)
        for person, a, b in sorted(instance.clashes):
            cp.add_at_most_one([self.x[(a, person)], self.x[(b, person)]])
        self.unfilled: Any = sum(short)
        self.spread: Any = self._spread()
        self.changes: Any
        self.assigned: Any
        self.changes, self.assigned = self._changes()

    def _spread(self) -> Any:
        instance, cp = self.instance, self.cp
        if not instance.spread_people:
            return 0
        total = sum(t.minutes * t.capacity for t in instance.shifts()) + max(instance.fixed_minutes.values(),
                                                                              default=0)
        highest, lowest = cp.new_int_var(0, total, "highest"), cp.new_int_var(0, total, "lowest")
        worked: dict[int, list[Any]] = {p: [] for p in instance.spread_people}
        for task in instance.shifts():
            for person in task.candidates:
                if person in worked:
                    worked[person].append(task.minutes * self.x[(task.index, person)])
        for person, terms in worked.items():
            load = instance.fixed_minutes.get(person, 0) + sum(terms)
            cp.add(highest >= load)
            cp.add(lowest <= load)
        return highest - lowest

    def _changes(self) -> tuple[Any, Any]:
        terms: list[Any] = []
        for task in self.instance.tasks:
            for person in task.previous:
                terms.append(1 - self.x[(task.index, person)] if (task.index, person) in self.x else 1)
            if task.applied:
                terms += [self.x[(task.index, p)] for p in task.candidates if p not in task.previous]
        assigned = sum(var for (task, _person), var in self.x.items()
                       if self.instance.tasks[task].kind is TaskKind.SHIFT)
        return sum(terms), assigned

    def hint(self, assignment: Assignment) -> None:
        self.cp.clear_hints()  # type: ignore[no-untyped-call]
        for (task, person), var in self.x.items():
            self.cp.add_hint(var, person in assignment.get(task, ()))

    def assignment(self, solver: cp_model.CpSolver) -> Assignment:
        chosen: dict[int, list[int]] = {}
        for (task, person), var in self.x.items():
            if solver.boolean_value(var):
                chosen.setdefault(task, []).append(person)
        return {task: tuple(sorted(people)) for task, people in chosen.items()}


def solve_cpsat(instance: RosterInstance, time_limit: float, seed: int = 0, workers: int = 1,
                on_stage: StageCallback | None = None) -> RosterOutcome:
    """Solve ``instance`` within ``time_limit`` seconds; ``workers`` > 1 interleaves CP-SAT's
    strategies on one thread, deterministically (see docs/stack-notes.md, "Rosters")."""
    began = time.monotonic()
    announce = on_stage or no_report
    best = fill_greedily(instance)
    if not instance.tasks:
        return RosterOutcome("cpsat", {}, 0, 0, 0, True, time.monotonic() - began)
    model = RosterModel(instance)
    solver = cp_model.CpSolver()
    solver.parameters.random_seed = seed
    solver.parameters.num_workers = workers
    if workers > 1:
        solver.parameters.interleave_search = True
    measures: dict[str, tuple[Any, Callable[[RosterInstance, Assignment], int]]] = {
        "unfilled": (model.unfilled, shortfall), "spread": (model.spread, spread), "changes": (model.changes, changes)}
    reports: list[StageReport] = []
    for number, name in enumerate(STAGES):
        expression, measure = measures[name]
        value = measure(instance, best)
        if isinstance(expression, int):  # nothing to choose (no shifts, so no spread)
            reports.append(StageReport(name, value, value, True, 0.0))
            continue
        announce(name, value, tuple(reports))
        objective: Any = expression * (len(model.x) + 1) + model.assigned if name == "changes" else expression
        model.hint(best)
        model.cp.minimize(objective)
        left = time_limit - (time.monotonic() - began)
        share = (0.6, 0.6, 1.0)[number]
        solver.parameters.max_time_in_seconds = max(left * share, 0.05)
        stage_began = time.monotonic()
        status = solver.solve(model.cp)
        optimal = status == cp_model.OPTIMAL
        if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            found = model.assignment(solver)
            if measure(instance, found) <= value:  # never worse than the hint (greedy, or the last stage)
                best, value = found, measure(instance, found)
        bound = value if optimal else _lower_bound(solver, name, len(model.x))
        reports.append(StageReport(name, value, min(bound, value), optimal, time.monotonic() - stage_began))
        model.cp.add(expression <= value)
    return RosterOutcome("cpsat", best, shortfall(instance, best), spread(instance, best), changes(instance, best),
                         all(r.optimal for r in reports), time.monotonic() - began, tuple(reports))


def _lower_bound(solver: cp_model.CpSolver, stage: str, columns: int) -> int:
    bound = solver.best_objective_bound
    if bound != bound:  # NaN: nothing proved
        return 0
    if stage == "changes":
        bound = bound // (columns + 1)
    return max(int(-(-bound // 1)), 0)
