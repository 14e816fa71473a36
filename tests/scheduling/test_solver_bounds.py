"""The bound a run reports is a true upper bound and a JSON number, even when CP-SAT stops early."""

from __future__ import annotations

import json
import math
from datetime import time

import pytest
from ortools.sat.python import cp_model
from test_schedule_checker import make_plan, req

from desktop_app.scheduling import schedule_plan
from desktop_app.services.schedule_service import result_to_json


def _strict_json(document: object) -> object:
    """Serialise as `schedule --json` must: NaN and infinity are not JSON."""
    def refuse(constant: str) -> object:
        raise AssertionError(f"{constant} in the JSON")

    return json.loads(json.dumps(document, allow_nan=False), parse_constant=refuse)


@pytest.fixture
def cpsat_out_of_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """CP-SAT that runs out of time before its first solution (as at HAF scale with a short limit)."""
    real_solve = cp_model.CpSolver.solve

    def no_time(self: cp_model.CpSolver, model: cp_model.CpModel, *args: object, **kwargs: object) -> object:
        self.parameters.max_time_in_seconds = 0.0
        return real_solve(self, model, *args, **kwargs)

    monkeypatch.setattr(cp_model.CpSolver, "solve", no_time)


@pytest.mark.parametrize("solver_bound", [float("nan"), 0.0], ids=["nan", "zero"])
def test_cpsat_without_a_solution_reports_the_trivial_bound(
        cpsat_out_of_time: None, monkeypatch: pytest.MonkeyPatch, solver_bound: float) -> None:
    # what CP-SAT says its bound is when it stopped with nothing: NaN, or 0 (below what fits)
    monkeypatch.setattr(cp_model.CpSolver, "best_objective_bound", property(lambda self: solver_bound))
    plan = make_plan([req(1, 1, delegate=1, priority=3), req(2, 2, delegate=2, priority=2)],
                     tables=2, opens=time(9), closes=time(10))
    result = schedule_plan(plan, time_limit=1, solver="cpsat")
    assert not result.placed and result.objective == 0 and not result.optimal
    assert result.bound == 5.0  # both requests fit: every placeable priority
    document = _strict_json(result_to_json(plan, result))
    assert document["bound"] == 5 and document["optimal"] is False  # type: ignore[index]


def test_every_backend_reports_a_finite_bound_at_least_its_objective() -> None:
    plan = make_plan([req(1, 1, 60, delegate=1, priority=3), req(2, 2, delegate=2, priority=2),
                      req(3, 3, delegate=3, priority=2)], opens=time(9), closes=time(10))
    for solver in ("highs", "cpsat", "greedy"):
        result = schedule_plan(plan, time_limit=10, solver=solver)
        assert math.isfinite(result.bound) and result.bound >= result.objective, solver
        _strict_json(result_to_json(plan, result))
