"""Entry point: plan snapshot in, RosterResult out (changes nothing). Solver chosen by
measurement: HiGHS through ``pywraplp``, proving the benchmark's optimum in well under a second
where CP-SAT takes seconds or stalls (see docs/stack-notes.md, "Rosters", and benchmarks/bench_roster.py)."""

from __future__ import annotations

import time

from desktop_app.domain.conflict_text import format_span
from desktop_app.domain.languages import pair_text
from desktop_app.domain.plan import Plan

from .build import RosterBuild, build_roster
from .greedy import clash_map, solve_greedy
from .instance import Assignment, TaskKind
from .outcome import RosterOutcome, RosterProgress, RosterProgressCallback, StageCallback, StageReport
from .reasons import explain, task_zone
from .result import InterpreterPlan, RosterResult, ShiftPlan, UnfilledTask

DEFAULT_SOLVER = "highs"
SOLVERS = ("highs", "cbc", "cpsat", "greedy")
DEFAULT_WORKERS = 2
"""For the CP-SAT comparison: two strategies interleaved on one thread (deterministic; a single
worker left the spread unproven at the time limit on 2 of 3 benchmark seeds)."""


def roster_inputs(plan: Plan) -> tuple[object, ...]:
    """Everything the roster reads: applying a result refuses when any of it changed since."""
    return (plan.settings, plan.markets, plan.venues, plan.rooms, plan.travel_times, plan.delegations,
            plan.delegates, plan.stays, plan.availability, plan.activities, plan.duties)


def solve(build: RosterBuild, time_limit: float, seed: int = 0, solver: str = DEFAULT_SOLVER,
          workers: int = DEFAULT_WORKERS, on_stage: StageCallback | None = None) -> RosterOutcome:
    if solver == "greedy":
        return solve_greedy(build.instance)
    if solver == "cpsat":
        from .cpsat import solve_cpsat  # ortools.sat pulls in pandas (~0.25 s): only this comparison uses it

        return solve_cpsat(build.instance, time_limit, seed, workers, on_stage)
    from .mip import solve_mip

    return solve_mip(build.instance, time_limit, seed, solver, on_stage)


def roster_plan(plan: Plan, time_limit: float = 30.0, seed: int = 0, solver: str = DEFAULT_SOLVER,
                workers: int = DEFAULT_WORKERS, progress: RosterProgressCallback | None = None) -> RosterResult:
    """Shifts for every booth duty and interpreters for every open need of ``plan``; ``progress``
    hears how far it has got (see ``RosterProgress``)."""
    began = time.monotonic()

    def tell(stage: str, value: int | None, finished: tuple[StageReport, ...]) -> None:
        if progress is None:
            return
        ended = finished[-1] if finished and stage in ("reasons", "done") else None  # the last stage's proof
        progress(RosterProgress(stage, ended.value if ended else value, ended.bound if ended else None,
                                time.monotonic() - began, finished))

    tell("model", None, ())
    build = build_roster(plan)
    outcome = solve(build, time_limit, seed, solver, workers, tell)
    tell("reasons", None, outcome.stages)
    unfilled = _unfilled(build, outcome.assignment)
    tell("done", None, outcome.stages)
    return RosterResult(
        shifts=_shifts(build, outcome.assignment), interpreting=_interpreting(build, outcome.assignment),
        unfilled=unfilled, spread_minutes=outcome.spread, changes=outcome.changes,
        optimal=outcome.optimal, seconds=time.monotonic() - began, solver=outcome.solver, stages=outcome.stages,
        stale_shift_ids=build.stale_shift_ids, inputs=roster_inputs(plan))


def _shifts(build: RosterBuild, assignment: Assignment) -> tuple[ShiftPlan, ...]:
    plans = [ShiftPlan(duty.id or 0, shift.start, shift.end, duty.venue_id, duty.room_id,
                       assignment.get(index, ()), build.instance.tasks[index].activity_id)
             for index, (duty, shift) in build.shifts.items()]
    plans += [ShiftPlan(f.duty.id or 0, f.shift.start, f.shift.end, f.duty.venue_id, f.duty.room_id,
                        f.activity.delegate_ids, f.activity.id, confirmed=True) for f in build.fixed]
    return tuple(sorted(plans, key=lambda s: (s.start, s.room_id, s.duty_id)))


def _interpreting(build: RosterBuild, assignment: Assignment) -> tuple[InterpreterPlan, ...]:
    plans = []
    for index, need in build.needs.items():
        chosen = assignment.get(index, ())
        plans.append(InterpreterPlan(need.id or 0, chosen[0] if chosen else None, need.interpreter_id))
    return tuple(plans)


def _unfilled(build: RosterBuild, assignment: Assignment) -> tuple[UnfilledTask, ...]:
    plan = build.plan
    clashing = clash_map(build.instance)
    found = []
    for task in build.instance.tasks:
        missing = task.demand - len(assignment.get(task.index, ()))
        if missing <= 0:
            continue
        zone = task_zone(build, task)
        if task.kind is TaskKind.SHIFT:
            duty, shift = build.shifts[task.index]
            room = plan.room_by_id[duty.room_id].name
            places = f"{missing} of {task.demand} place{'s' if task.demand > 1 else ''}"
            what = f"shift at {room} {format_span(shift.start, shift.end, zone)} ({places} empty)"
            start, end = shift.start, shift.end
        else:
            need = build.needs[task.index]
            what = f"{pair_text(need.interpreting)} interpreting for '{need.title}'"
            start, end = need.start, need.end
        found.append(UnfilledTask(what, start, end, zone, explain(build, task, assignment, clashing), missing))
    for fixed in build.fixed:
        missing = fixed.duty.min_staff - len(fixed.activity.delegate_ids)
        if missing > 0:
            zone = plan.duty_zone(fixed.duty)
            room = plan.room_by_id[fixed.duty.room_id].name
            found.append(UnfilledTask(
                f"shift at {room} {format_span(fixed.shift.start, fixed.shift.end, zone)} ({missing} of "
                f"{fixed.duty.min_staff} empty)", fixed.shift.start, fixed.shift.end, zone,
                f"the shift is confirmed with {len(fixed.activity.delegate_ids)} on duty, and the roster leaves "
                "confirmed shifts as they are: add people to it by hand", missing))
    return tuple(sorted(found, key=lambda u: (u.start, u.what)))
