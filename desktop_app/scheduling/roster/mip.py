"""The roster as a MIP (HiGHS by default, CBC for comparison), solved lexicographically.

One 0/1 column per (task, candidate). Hard: at most ``capacity`` people per task; a person takes
no two tasks that overlap or leave too little travel time between them (one row per clashing
pair; candidates already exclude every fixed activity, stay, window and venue hour). Then, each
stage keeping the value the previous one reached:

1. unfilled: the places still missing below each shift's minimum, plus needs without an
   interpreter (so the minimum staff is met wherever it can be);
2. spread: the largest minus the smallest duty minutes among ``spread_people``;
3. changes: people taken off what they held, or put on what the plan already held (re-running
   moves as little as possible), then the fewest assignments (no one on duty beyond what the
   first two stages need).

A stage that finds nothing better in its time keeps the previous answer, which starts as the
greedy fill: the roster is never worse than greedy. Single-threaded with the seed, so the same
plan, seed and limit give the same roster whenever the stages finish in time. No hints: HiGHS's
``SetHint`` crashes through ``pywraplp`` (docs/stack-notes.md, "Scheduling").
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from ortools.linear_solver import pywraplp

from .greedy import fill_greedily
from .instance import Assignment, RosterInstance, TaskKind, changes, shortfall, spread
from .outcome import RosterOutcome, StageCallback, StageReport, no_report

BACKENDS = {"highs": "HIGHS", "cbc": "CBC"}
_OK = (pywraplp.Solver.OPTIMAL, pywraplp.Solver.FEASIBLE)
SHARES = (0.5, 0.6, 1.0)
"""Of the time left, what each stage may take (a stage that finishes early leaves the rest)."""

Measure = Callable[[RosterInstance, Assignment], int]


class RosterMip:
    def __init__(self, instance: RosterInstance, backend: str, seed: int) -> None:
        self.instance = instance
        solver = pywraplp.Solver.CreateSolver(BACKENDS[backend])
        if solver is None:
            raise RuntimeError(f"OR-Tools has no {backend} solver in this build")
        solver.SuppressOutput()
        if backend == "highs":  # known options only: an unknown one makes Solve() fail
            solver.SetSolverSpecificParametersAsString(f"output_flag = false\nrandom_seed = {seed}\nthreads = 1")
        solver.SetNumThreads(1)
        self.solver = solver
        self.x = {(t.index, p): solver.BoolVar(f"x{t.index}_{p}") for t in instance.tasks for p in t.candidates}
        short = []
        for task in instance.tasks:
            on_task = [self.x[(task.index, p)] for p in task.candidates]
            if len(on_task) > task.capacity:
                solver.Add(solver.Sum(on_task) <= task.capacity)
            missing = solver.IntVar(0, task.demand, f"short{task.index}")
            solver.Add(missing + solver.Sum(on_task) >= task.demand)
            short.append(missing)
        for person, a, b in sorted(instance.clashes):
            solver.Add(self.x[(a, person)] + self.x[(b, person)] <= 1)
        self.unfilled: Any = solver.Sum(short)
        self.spread: Any = self._spread()
        self.changes: Any = self._changes()
        self.assigned: Any = solver.Sum([v for (t, _p), v in self.x.items()
                                         if instance.tasks[t].kind is TaskKind.SHIFT])

    def _spread(self) -> Any:
        instance, solver = self.instance, self.solver
        if not instance.spread_people:
            return None
        highest, lowest = solver.NumVar(0, solver.infinity(), "highest"), solver.NumVar(0, solver.infinity(), "lowest")
        worked: dict[int, list[Any]] = {p: [] for p in instance.spread_people}
        for task in instance.shifts():
            for person in task.candidates:
                if person in worked:
                    worked[person].append(task.minutes * self.x[(task.index, person)])
        for person, terms in worked.items():
            load = instance.fixed_minutes.get(person, 0) + solver.Sum(terms)
            solver.Add(highest >= load)
            solver.Add(lowest <= load)
        return highest - lowest

    def _changes(self) -> Any:
        terms: list[Any] = []
        constant = 0
        for task in self.instance.tasks:
            for person in task.previous:
                if (task.index, person) in self.x:
                    terms.append(1 - self.x[(task.index, person)])
                else:
                    constant += 1  # they cannot keep it any more
            if task.applied:
                terms += [self.x[(task.index, p)] for p in task.candidates if p not in task.previous]
        return self.solver.Sum(terms) + constant

    def assignment(self) -> Assignment:
        chosen: dict[int, list[int]] = {}
        for (task, person), var in self.x.items():
            if var.solution_value() > 0.5:
                chosen.setdefault(task, []).append(person)
        return {task: tuple(sorted(people)) for task, people in chosen.items()}


def solve_mip(instance: RosterInstance, time_limit: float, seed: int = 0, backend: str = "highs",
              on_stage: StageCallback | None = None) -> RosterOutcome:
    """``on_stage`` hears each stage start, with the value it starts from and the stages ended."""
    began = time.monotonic()
    announce = on_stage or no_report
    best = fill_greedily(instance)
    if not instance.tasks:
        return RosterOutcome(backend, {}, 0, 0, 0, True, time.monotonic() - began)
    model = RosterMip(instance, backend, seed)
    solver = model.solver
    stages: tuple[tuple[str, Any, Measure], ...] = (
        ("unfilled", model.unfilled, shortfall), ("spread", model.spread, spread), ("changes", model.changes, changes))
    reports: list[StageReport] = []
    for (name, expression, measure), share in zip(stages, SHARES, strict=True):
        value = measure(instance, best)
        if expression is None:  # nothing to choose (no shifts, so no spread)
            reports.append(StageReport(name, value, value, True, 0.0))
            continue
        announce(name, value, tuple(reports))
        weight = len(model.x) + 1 if name == "changes" else 1  # then the fewest people on duty
        solver.Minimize(expression * weight + (model.assigned if name == "changes" else 0))
        left = time_limit - (time.monotonic() - began)
        solver.SetTimeLimit(int(max(left * share, 0.05) * 1000))
        stage_began = time.monotonic()
        status = solver.Solve()
        optimal = status == pywraplp.Solver.OPTIMAL
        bound = value
        if status in _OK:
            found = model.assignment()
            if measure(instance, found) <= value:  # never worse than what the last stage (or greedy) had
                best, value = found, measure(instance, found)
            if not optimal:
                proved = solver.Objective().BestBound()
                # the last stage adds fewer than ``weight`` assignments to weight * changes
                bound = max(int(proved // weight) if weight > 1 else int(-(-(proved - 1e-6) // 1)), 0)
        elif not optimal:
            bound = 0
        reports.append(StageReport(name, value, min(bound, value), optimal, time.monotonic() - stage_began))
        solver.Add(expression <= value + 1e-6)
    return RosterOutcome(backend, best, shortfall(instance, best), spread(instance, best), changes(instance, best),
                         all(r.optimal for r in reports), time.monotonic() - began, tuple(reports))
