"""Entry point: plan snapshot in, ScheduleResult out. Solver chosen by measurement: HiGHS
(see docs/stack-notes.md, "Scheduling", and benchmarks/bench_scheduler.py)."""

from __future__ import annotations

import time
from datetime import timedelta

from desktop_app.domain.plan import Plan

from .build import build_instance
from .greedy import solve_greedy
from .instance import Instance
from .mip import SOLVER_IDS, solve_mip
from .model import build_model
from .outcome import Outcome
from .progress import ProgressCallback, Reporter
from .reasons import explain_unplaced
from .result import Placement, ScheduleResult, Unplaced

DEFAULT_SOLVER = "highs"
SOLVERS = (*SOLVER_IDS, "cpsat", "greedy")


def solve_instance(instance: Instance, time_limit: float, seed: int = 0, solver: str = DEFAULT_SOLVER,
                   stages: int = 3, reporter: Reporter | None = None) -> Outcome:
    reporter = reporter or Reporter()
    if solver == "greedy":
        reporter.stage("greedy")
        outcome = solve_greedy(instance)
    else:
        model = build_model(instance)
        if solver == "cpsat":
            from .cpsat import solve_cpsat  # ortools.sat pulls in pandas (~0.25 s); only this comparison uses it

            reporter.stage("priority")
            outcome = solve_cpsat(model, time_limit, seed, stages=min(stages, 2))
        else:
            return solve_mip(model, time_limit, seed, solver, stages, reporter=reporter)
    reporter.found(outcome.objective, outcome.bound)
    return outcome


def schedule_plan(plan: Plan, time_limit: float = 30.0, seed: int = 0,
                  solver: str = DEFAULT_SOLVER, progress: ProgressCallback | None = None) -> ScheduleResult:
    """Place the plan's pending requests; changes nothing. ``progress`` hears how far it has got
    (see ``progress.SolveProgress``); an exception it raises stops the run."""
    began = time.monotonic()
    reporter = Reporter(progress, began)
    reporter.stage("model")
    instance = build_instance(plan)
    outcome = solve_instance(instance, time_limit, seed, solver, reporter=reporter)
    reporter.stage("reasons")
    reasons = explain_unplaced(plan, instance, outcome.solution)
    placed = []
    for index, start in sorted(outcome.solution.items(), key=lambda item: (item[1], item[0])):
        task = instance.tasks[index]
        begins = instance.to_datetime(start)
        placed.append(Placement(task.request_id, task.label, begins,
                                begins + timedelta(minutes=task.length * instance.slot_minutes),
                                task.venue_id, task.room_id))
    unplaced = tuple(Unplaced(instance.tasks[i].request_id, instance.tasks[i].label, reason)
                     for i, reason in sorted(reasons.items()))
    solved = {task.request_id for task in instance.tasks}
    reporter.stage("done")
    return ScheduleResult(tuple(placed), unplaced, outcome.objective, outcome.bound, outcome.optimal,
                          time.monotonic() - began, outcome.solver, outcome.stages,
                          tuple(r for r in plan.requests if r.id in solved))
