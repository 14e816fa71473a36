"""CP-SAT on the same packing model: kept for comparison in the benchmarks (it does not
prove the optimum at HAF scale, see docs/stack-notes.md) and as a fallback backend.

Deterministic for a given seed: one worker, so the search does not depend on thread timing
(the time limit is still wall-clock, as for every backend).
"""

from __future__ import annotations

import time

from ortools.sat.python import cp_model

from .model import PackingModel
from .outcome import Outcome, StageReport


def solve_cpsat(model: PackingModel, time_limit: float, seed: int = 0, stages: int = 2,
                workers: int = 1) -> Outcome:
    began = time.monotonic()
    cp = cp_model.CpModel()
    x = [cp.new_bool_var(f"x{j}") for j in range(len(model.columns))]
    for members, rhs in model.rows:
        if rhs == 1:
            cp.add_at_most_one(x[j] for j in members)
        else:
            cp.add(sum(x[j] for j in members) <= rhs)
    primary_expr = sum(w * x[j] for j, w in enumerate(model.weights))
    cp.maximize(primary_expr)
    solver = cp_model.CpSolver()
    solver.parameters.random_seed = seed
    solver.parameters.num_workers = workers
    reports: list[StageReport] = []

    def run(name: str, share: float) -> bool:
        left = max(time_limit - (time.monotonic() - began), 0.05)
        solver.parameters.max_time_in_seconds = max(left * share, 0.05)
        status = solver.solve(cp)
        ok = status in (cp_model.OPTIMAL, cp_model.FEASIBLE)
        reports.append(StageReport(name, solver.objective_value if ok else float("nan"),
                                   solver.best_objective_bound if ok else float("nan"),
                                   status == cp_model.OPTIMAL, solver.wall_time))
        return ok

    if not x:
        return Outcome("cpsat", {}, 0, 0.0, True, time.monotonic() - began)
    if not run("priority", 0.7 if stages > 1 else 1.0):  # no solution at all within the time
        # CP-SAT's bound is undefined then (NaN or a meaningless 0): fall back as the MIP does
        return Outcome("cpsat", {}, 0, model.upper_bound(float("nan")), False, time.monotonic() - began,
                       tuple(reports))
    values = [solver.value(v) for v in x]
    primary = round(solver.objective_value)
    optimal = reports[0].optimal
    bound = float(primary) if optimal else max(model.upper_bound(reports[0].bound), float(primary))
    if stages >= 2 and model.requester_columns:
        cp.add(primary_expr >= primary)
        y = []
        for unit in sorted(model.requester_columns):
            var = cp.new_bool_var(f"y{unit}")
            cp.add(sum(x[j] for j in model.requester_columns[unit]) >= var)
            y.append(var)
        for var, value in zip(x, values, strict=True):
            cp.add_hint(var, value)
        cp.maximize(sum(y))
        if run("fairness", 1.0):
            values = [solver.value(v) for v in x]
    chosen = [j for j, value in enumerate(values) if value]
    return Outcome("cpsat", model.solution_of(chosen), primary, bound, optimal,
                   time.monotonic() - began, tuple(reports))
