"""The scheduler says how far it has got, and stops when the one listening says so."""

from __future__ import annotations

import itertools
from datetime import time

import pytest
from test_schedule_checker import make_plan, req

from desktop_app.scheduling import SolveProgress, schedule_plan


class Stop(Exception):
    pass


def plan_with_work():  # type: ignore[no-untyped-def]
    # more requests than the hour holds: the LP, the MIP and the compaction pass all have work
    requests = [req(i, 1 + i % 3, delegate=1 + i % 3, priority=1 + i % 5) for i in range(1, 13)]
    return make_plan(requests, tables=2, opens=time(9), closes=time(11))


@pytest.mark.parametrize("solver", ["highs", "greedy"])
def test_reports_come_in_stage_order_and_end_with_the_result(solver: str) -> None:
    reports: list[SolveProgress] = []
    result = schedule_plan(plan_with_work(), time_limit=20, solver=solver, progress=reports.append)

    stages = list(dict.fromkeys(r.stage for r in reports))
    assert stages[0] == "model" and stages[-2:] == ["reasons", "done"]
    if solver == "highs":
        assert stages[1] == "lp" and "compactness" in stages
    final = reports[-1]
    assert (final.objective, final.bound) == (result.objective, result.bound)
    assert all(b.elapsed >= a.elapsed for a, b in itertools.pairwise(reports))
    # the bound only comes down, the objective only goes up, and never past each other
    objectives = [r.objective for r in reports if r.objective is not None]
    bounds = [r.bound for r in reports if r.bound is not None]
    assert objectives == sorted(objectives) and bounds == sorted(bounds, reverse=True)
    assert all(r.objective <= r.bound for r in reports if r.objective is not None and r.bound is not None)
    compaction = [r for r in reports if r.stage == "compactness"]
    assert all(r.total and 0 <= r.done < r.total for r in compaction)


def test_an_exception_from_the_listener_stops_the_run() -> None:
    seen: list[str] = []

    def stop_in_the_compaction_pass(report: SolveProgress) -> None:
        seen.append(report.stage)
        if report.stage == "compactness" and report.done == 1:
            raise Stop

    with pytest.raises(Stop):
        schedule_plan(plan_with_work(), time_limit=20, progress=stop_in_the_compaction_pass)
    assert seen[-1] == "compactness" and "reasons" not in seen


def test_the_gap_is_the_share_of_the_bound_still_open() -> None:
    assert SolveProgress("lp", 90, 100.0, 1.0).gap == pytest.approx(0.1)
    assert SolveProgress("lp", None, 100.0, 1.0).gap is None
    assert SolveProgress("done", 100, 100.0, 1.0).gap == 0
