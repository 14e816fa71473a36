"""Same plan, seed and time limit => same schedule; the slot grid; a realistic instance is feasible."""

from __future__ import annotations

from datetime import time

from test_schedule_checker import Placed, at, make_plan, req, violations

from benchmarks.haf_instances import haf_plan
from desktop_app.scheduling import schedule_plan
from desktop_app.scheduling.build import build_instance
from desktop_app.scheduling.greedy import solve_greedy
from desktop_app.scheduling.intervals import grid_starts, intersect, normalise, subtract


def _small_haf():  # type: ignore[no-untyped-def]
    return haf_plan(seed=5, projects=8, financiers=12, requests=90, tables=3, days=2)


def test_same_plan_seed_and_limit_give_the_same_schedule() -> None:
    plan = _small_haf()
    first = schedule_plan(plan, time_limit=30, seed=3)
    second = schedule_plan(plan, time_limit=30, seed=3)
    assert first.optimal
    assert first.placed == second.placed
    assert first.unplaced == second.unplaced
    assert (first.objective, first.bound) == (second.objective, second.bound)


def test_a_realistic_schedule_passes_the_independent_checker_and_beats_or_ties_greedy() -> None:
    plan = _small_haf()
    result = schedule_plan(plan, time_limit=30, seed=0)
    placed = [Placed(p.label, p.start, p.end, p.venue_id, p.room_id) for p in result.placed]
    assert violations(plan, placed) == []
    assert len(result.placed) + len(result.unplaced) == len(plan.requests)
    assert result.objective >= solve_greedy(build_instance(plan)).objective
    assert result.objective == sum(r.priority for r in plan.requests
                                   if r.external_id in {p.label for p in result.placed})


def test_the_grid_is_half_an_hour_unless_a_duration_needs_finer() -> None:
    half_hours = make_plan([req(1, 1, 30), req(2, 2, 60)])
    assert build_instance(half_hours).slot_minutes == 30
    with_45 = make_plan([req(1, 1, 30), req(2, 2, 45)])
    instance = build_instance(with_45)
    assert instance.slot_minutes == 15
    assert instance.to_datetime(instance.tasks[1].starts[0]) == at(9)
    # 9:00-12:00 hall: a 45-minute meeting can start on every quarter up to 11:15
    assert len(instance.tasks[1].starts) == 10


def test_a_venue_without_opening_hours_is_open_nine_to_six() -> None:
    plan = make_plan([req(1, 1, 60)], opens=time(9), closes=time(12))
    from dataclasses import replace

    plan = replace(plan, venues=tuple(replace(v, opens=None, closes=None) for v in plan.venues))
    instance = build_instance(plan)
    first, last = instance.tasks[0].starts[0], instance.tasks[0].starts[-1]
    assert (instance.to_datetime(first), instance.to_datetime(last)) == (at(9), at(17))


def test_interval_arithmetic() -> None:
    a = normalise([(10, 20), (0, 5), (4, 8), (30, 30)])
    assert a == [(0, 8), (10, 20)]
    assert intersect(a, [(6, 12), (15, 40)]) == [(6, 8), (10, 12), (15, 20)]
    assert subtract(a, [(2, 3), (7, 11), (19, 25)]) == [(0, 2), (3, 7), (11, 19)]
    assert grid_starts([(5, 70)], 30, 15) == [15, 30]


def test_out_of_time_the_result_is_still_feasible_and_never_below_greedy() -> None:
    plan = haf_plan(seed=2, projects=20, financiers=30, requests=400, tables=6, days=2)
    result = schedule_plan(plan, time_limit=0.05, seed=0)
    placed = [Placed(p.label, p.start, p.end, p.venue_id, p.room_id) for p in result.placed]
    assert violations(plan, placed) == []
    assert result.objective >= solve_greedy(build_instance(plan)).objective
    assert result.bound >= result.objective


def test_the_lp_relaxation_bounds_the_optimum_and_its_rounding_is_feasible() -> None:
    from desktop_app.scheduling.model import build_model
    from desktop_app.scheduling.relaxation import solve_relaxation

    plan = _small_haf()
    instance = build_instance(plan)
    relaxed = solve_relaxation(build_model(instance), time_limit=30)
    optimum = schedule_plan(plan, time_limit=30).objective
    assert relaxed.objective <= optimum <= relaxed.bound
    placed = []
    for index, start in relaxed.solution.items():
        task = instance.tasks[index]
        begins = instance.to_datetime(start)
        placed.append(Placed(task.label, begins, instance.to_datetime(start + task.length),
                             task.venue_id, task.room_id))
    assert violations(plan, placed) == []
