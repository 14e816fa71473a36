"""Meeting scheduler benchmark: every solver tried on HAF-scale instances, against greedy.

    python -m benchmarks.bench_scheduler                    # 3 seeds x 1,000 requests + one 4,000
    python -m benchmarks.bench_scheduler --seeds 1 --solvers greedy cbc --no-large

For each instance and solver it prints the primary objective (total priority placed), the best
bound the run proved, the gap to that bound, and the wall time. ``highs*`` (what ships) and
``cbc*`` are the whole pipeline (that MIP for priority and fairness, CBC neighbourhoods for
compactness, after the LP relaxation and its rounding), with stage times. The other rows run
each solver alone on the priority stage. Greedy is measured against the best bound any solver
proved on the instance.
"""

from __future__ import annotations

import argparse
import math
import sys
import time

from benchmarks.haf_instances import haf_plan
from desktop_app.scheduling.build import build_instance
from desktop_app.scheduling.cpsat import solve_cpsat
from desktop_app.scheduling.greedy import solve_greedy
from desktop_app.scheduling.mip import solve_mip
from desktop_app.scheduling.model import build_model
from desktop_app.scheduling.outcome import Outcome

SOLVERS = ("greedy", "cbc", "scip", "highs", "cpsat1", "cpsat2", "cbc*", "highs*")
INSTANCES = {"haf-1000": {"projects": 40, "financiers": 80, "requests": 1000, "tables": 12, "days": 3},
             "haf-4000": {"projects": 120, "financiers": 240, "requests": 4000, "tables": 36, "days": 3}}


def run(solver: str, model, instance, time_limit: float, seed: int) -> Outcome:  # type: ignore[no-untyped-def]
    if solver == "greedy":
        return solve_greedy(instance)
    if solver.startswith("cpsat"):
        return solve_cpsat(model, time_limit, seed, stages=1, workers=int(solver[-1]))
    if solver.endswith("*"):
        return solve_mip(model, time_limit, seed, solver[:-1], stages=3)
    return solve_mip(model, time_limit, seed, solver, stages=1, relax_first=False)


def bench(name: str, seed: int, solvers: list[str], time_limit: float) -> None:
    began = time.monotonic()
    plan = haf_plan(seed, **INSTANCES[name])
    instance = build_instance(plan)
    model = build_model(instance)
    print(f"\n{name} seed {seed}: {len(instance.tasks)} requests, {len(model.columns)} columns, "
          f"{len(model.rows)} rows, built in {time.monotonic() - began:.2f} s, limit {time_limit:g} s")
    outcomes = {s: run(s, model, instance, time_limit, seed) for s in solvers}
    best_bound = min((o.bound for s, o in outcomes.items() if s != "greedy" and not math.isnan(o.bound)),
                     default=float("nan"))
    for solver, o in outcomes.items():
        bound = best_bound if solver == "greedy" else o.bound
        gap = (bound - o.objective) / bound * 100 if bound else 0.0
        stages = " ".join(f"{r.name}={r.value:g}/{r.seconds:.1f}s" for r in o.stages) if solver.endswith("*") else ""
        print(f"  {solver:7} objective {o.objective:6d}  bound {bound:8.1f}  gap {gap:5.2f}%  "
              f"optimal {o.optimal!s:5}  {o.seconds:6.2f} s  {stages}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_scheduler", description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--solvers", nargs="+", default=list(SOLVERS), choices=SOLVERS)
    parser.add_argument("--time-limit", type=float, default=20.0)
    parser.add_argument("--no-large", action="store_true", help="skip the 4,000-request instance")
    args = parser.parse_args(argv)
    for seed in range(1, args.seeds + 1):
        bench("haf-1000", seed, args.solvers, args.time_limit)
    if not args.no_large:
        bench("haf-4000", 1, args.solvers, args.time_limit)
    return 0


if __name__ == "__main__":
    sys.exit(main())
