"""Lexicographic solve of the packing model with a MIP solver (HiGHS by default; CBC, SCIP).

Stage 1 maximises the total priority placed: the LP relaxation (relaxation.py) gives a bound
and an incumbent, the MIP closes the gap if it can in time. Stage 2 keeps that total and
maximises the number of requesters (delegates, projects) with at least one meeting (skipped
when stage 1 already serves everyone who could be served). Stage 3 (compact.py) re-times the
chosen meetings to keep days compact. A later stage that finds nothing within
its time leaves the earlier solution standing. Every solver runs on one thread with a fixed
seed, so equal inputs give equal outputs whenever each stage finishes within its time.
"""

from __future__ import annotations

import time

from ortools.linear_solver import pywraplp

from .compact import compact_days
from .greedy import fill, solve_greedy
from .model import PackingModel
from .outcome import Outcome, StageReport
from .progress import Reporter
from .relaxation import solve_relaxation

SOLVER_IDS = {"cbc": "CBC", "scip": "SCIP", "highs": "HIGHS"}
_OK = (pywraplp.Solver.OPTIMAL, pywraplp.Solver.FEASIBLE)
_EPS = 1e-6


def _chosen(x: list[pywraplp.Variable]) -> list[int]:
    return [j for j, var in enumerate(x) if var.solution_value() > 0.5]


def _seed(solver: pywraplp.Solver, name: str, seed: int) -> None:
    params = {"scip": f"randomization/randomseedshift = {seed}\nparallel/maxnthreads = 1",
              "highs": f"output_flag = false\nrandom_seed = {seed}\nthreads = 1"}.get(name)
    if params:
        solver.SetSolverSpecificParametersAsString(params)
    solver.SetNumThreads(1)


def solve_mip(model: PackingModel, time_limit: float, seed: int = 0, solver_name: str = "highs",
              stages: int = 3, relax_first: bool = True, reporter: Reporter | None = None) -> Outcome:
    """``relax_first=False`` runs the MIP alone (the benchmarks compare solvers that way)."""
    began = time.monotonic()
    reporter = reporter or Reporter()
    solver = pywraplp.Solver.CreateSolver(SOLVER_IDS[solver_name])
    if solver is None:
        raise RuntimeError(f"OR-Tools has no {solver_name} solver in this build")
    solver.SuppressOutput()
    _seed(solver, solver_name, seed)
    x = [solver.BoolVar(f"x{j}") for j in range(len(model.columns))]
    model.build_in(solver, x)
    objective = solver.Objective()
    reports: list[StageReport] = []

    def run(name: str, share: float) -> bool:
        left = max(time_limit - (time.monotonic() - began), 0.05)
        solver.SetTimeLimit(int(max(left * share, 0.05) * 1000))
        stage_began = time.monotonic()
        status = solver.Solve()
        ok = status in _OK
        reports.append(StageReport(
            name, objective.Value() if ok else float("nan"), objective.BestBound() if ok else float("nan"),
            status == pywraplp.Solver.OPTIMAL, time.monotonic() - stage_began))
        return ok

    if not x:
        return Outcome(solver_name, {}, 0, 0.0, True, time.monotonic() - began)
    # Stage 1: the LP gives a bound and an incumbent; the MIP closes the gap if it can in time.
    stage_one = time_limit * (0.9 if stages > 1 else 1.0)
    chosen, primary, bound = [], 0, model.upper_bound(float("nan"))
    if relax_first:
        reporter.stage("lp")
        relaxed = solve_relaxation(model, stage_one)
        reports.append(StageReport("lp", relaxed.objective, relaxed.bound,
                                   relaxed.objective >= relaxed.bound, relaxed.seconds))
        chosen, primary = model.columns_of_solution(relaxed.solution), relaxed.objective
        bound = model.upper_bound(relaxed.bound)
        reporter.found(primary, bound)
    if primary < bound:
        left = stage_one - (time.monotonic() - began)
        reporter.stage("priority")
        if left > 0.5 and run("priority", left / max(time_limit - (time.monotonic() - began), 0.05)):
            found = _chosen(x)
            value = round(sum(model.weights[j] for j in found))
            bound = min(bound, model.upper_bound(reports[-1].bound))
            if value > primary:
                chosen, primary = found, value
            reporter.found(primary, bound)
    if primary < bound and relax_first:
        reporter.stage("greedy")
    fallback = solve_greedy(model.instance) if primary < bound and relax_first else None
    if fallback is not None and fallback.objective > primary:  # never below the baseline
        chosen, primary = model.columns_of_solution(fallback.solution), fallback.objective
    if primary < bound:  # an unfinished MIP's incumbent may leave room a request still fits in
        filled = fill(model.instance, model.solution_of(chosen))
        chosen = model.columns_of_solution(filled)
        primary = sum(model.instance.tasks[t].priority for t in filled)
    optimal = primary >= bound
    bound = float(primary) if optimal else bound
    reporter.found(primary, bound)

    keep = solver.Constraint(primary - _EPS, solver.infinity())
    for j, weight in enumerate(model.weights):
        keep.SetCoefficient(x[j], weight)

    chosen_set = set(chosen)
    all_served = all(any(j in chosen_set for j in columns) for columns in model.requester_columns.values())
    if stages >= 2 and model.requester_columns and not all_served:
        objective.Clear()
        y = []
        for unit in sorted(model.requester_columns):
            var = solver.NumVar(0, 1, f"y{unit}")
            link = solver.Constraint(-solver.infinity(), 0)
            link.SetCoefficient(var, 1)
            for j in model.requester_columns[unit]:
                link.SetCoefficient(x[j], -1)
            objective.SetCoefficient(var, 1)
            y.append(var)
        objective.SetMaximization()
        reporter.stage("fairness")
        if run("fairness", 0.5):
            chosen = _chosen(x)
            served = round(sum(v.solution_value() for v in y))
            floor = solver.Constraint(served - _EPS, solver.infinity())
            for var in y:
                floor.SetCoefficient(var, 1)

    if stages >= 3 and model.occupancy:
        left = max(time_limit - (time.monotonic() - began), 0.05)
        chosen, report = compact_days(model, chosen, left, seed, reporter=reporter)
        reports.append(report)

    return Outcome(solver_name, model.solution_of(chosen), primary, bound, optimal,
                   time.monotonic() - began, tuple(reports))

