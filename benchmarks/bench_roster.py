"""Roster benchmark: booth duty and interpreters at FilMart scale, the MIP and CP-SAT against a greedy fill.

    python -m benchmarks.bench_roster                     # 3 seeds, 30 s limit
    python -m benchmarks.bench_roster --seeds 1 --time-limit 10 --solvers greedy cpsat2

The instance: the benchmark plan of 40 delegates and 1,500 activities (``generate_plan``),
three stands at the HKCEC staffed 10:00–18:00 on the four FilMart days in 2-hour shifts (48
shifts, 2–3 people each, any delegate), six interpreters and 200 of the plan's Hong Kong
activities (mostly meetings) needing one of six language pairs. For each solver it prints the
unfilled places and needs (with the proven lower bound), the duty spread (with its bound), the changes, whether every
stage was proven optimal, and the wall time. ``cpsat1`` is one CP-SAT worker; ``cpsat2``
interleaves two strategies on one thread (deterministic; what ships); ``cpsat2p`` runs two
parallel workers (not deterministic). ``highs`` (what ships) and ``cbc`` solve the same three
stages as a MIP. The re-run line moves 10 activities into shifts of the
applied roster and solves again: how many assignments change, against solving from scratch.
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import sys
import time
from datetime import date
from datetime import time as clock_time

from benchmarks.generate_plan import generate_plan
from desktop_app.domain.activities import ActivityKind, Attendance
from desktop_app.domain.duties import BoothDuty
from desktop_app.domain.people import Delegate, PersonKind
from desktop_app.domain.plan import Plan
from desktop_app.scheduling.roster.build import build_roster
from desktop_app.scheduling.roster.cpsat import solve_cpsat
from desktop_app.scheduling.roster.greedy import solve_greedy
from desktop_app.scheduling.roster.mip import solve_mip
from desktop_app.scheduling.roster.outcome import RosterOutcome
from desktop_app.scheduling.roster.roster import roster_plan
from desktop_app.services.roster import shift_activity

SOLVERS = ("greedy", "highs", "cbc", "cpsat1", "cpsat2", "cpsat2p")
PAIRS = (("ko", "yue"), ("ko", "en"), ("ja", "en"), ("th", "en"), ("vi", "en"), ("zh", "en"))
INTERPRETERS = (("Yoon Ha-eun", ("ko", "yue", "en")), ("Park Seo-jin", ("ko", "en")), ("Mori Aya", ("ja", "en")),
                ("Nattaya Boonmee", ("th", "vi", "en")), ("Lam Hoi-yan", ("zh", "yue", "en")),
                ("Sombat Chai", ("th", "en")))
FILMART_DAYS = [date(2025, 3, 17 + n) for n in range(4)]


def roster_bench_plan(seed: int, needs: int = 200, stands: int = 3, shift_minutes: int = 120) -> Plan:
    plan = generate_plan(delegates=40, activities=1500, seed=seed)
    rng = random.Random(seed)
    first_id = max(d.id or 0 for d in plan.delegates) + 1
    staff = tuple(Delegate(first_id + i, name, role="Interpreter", kind=PersonKind.STAFF, languages=languages,
                           home_timezone="Asia/Hong_Kong") for i, (name, languages) in enumerate(INTERPRETERS))
    hkcec = next(v for v in plan.venues if v.name == "HKCEC")
    rooms = [r for r in plan.rooms if r.venue_id == hkcec.id]
    booths = [r for r in rooms if r.name.startswith("Booth 1B-")]
    chosen_rooms = (booths + [r for r in rooms if r not in booths])[:stands]
    delegations = tuple(d.id or 0 for d in plan.delegations)
    duties = tuple(BoothDuty(n + 1, hkcec.id or 0, stand.id or 0, day, clock_time(10), clock_time(18), shift_minutes,
                             2, 3, delegation_ids=delegations)
                   for n, (stand, day) in enumerate((s, d) for s in chosen_rooms for d in FILMART_DAYS))
    meetings = [a for a in plan.activities if a.kind not in (ActivityKind.PERSONAL, ActivityKind.TRAVEL)
                and not a.is_cancelled and not a.pinned and a.local_start.date() in FILMART_DAYS
                and a.timezone == "Asia/Hong_Kong" and a.attendees]
    planted = sum(1 for a in plan.activities if a.interpreting)  # the generator's unmet needs count too
    meetings = [a for a in meetings if not a.interpreting]
    chosen = {a.id for a in rng.sample(meetings, min(needs - planted, len(meetings)))}
    activities = tuple(dataclasses.replace(a, interpreting=rng.choice(PAIRS)) if a.id in chosen else a
                       for a in plan.activities)
    return dataclasses.replace(plan, delegates=(*plan.delegates, *staff), duties=duties, activities=activities)


def run(solver: str, plan: Plan, time_limit: float, seed: int) -> RosterOutcome:
    instance = build_roster(plan).instance
    if solver == "greedy":
        return solve_greedy(instance)
    if solver in ("highs", "cbc"):
        return solve_mip(instance, time_limit, seed, solver)
    workers = 1 if solver == "cpsat1" else 2
    if solver == "cpsat2p":
        return _parallel(instance, time_limit, seed)
    return solve_cpsat(instance, time_limit, seed, workers)


def _parallel(instance, time_limit: float, seed: int) -> RosterOutcome:  # type: ignore[no-untyped-def]
    import desktop_app.scheduling.roster.cpsat as cpsat

    original = cpsat.cp_model.CpSolver

    class Parallel(original):  # type: ignore[misc,valid-type]
        def solve(self, model, *args, **kwargs):  # type: ignore[no-untyped-def]
            self.parameters.interleave_search = False
            return super().solve(model, *args, **kwargs)

    cpsat.cp_model.CpSolver = Parallel
    try:
        return solve_cpsat(instance, time_limit, seed, workers=2)
    finally:
        cpsat.cp_model.CpSolver = original


def describe(name: str, outcome: RosterOutcome) -> str:
    stages = " ".join(f"{s.name} {s.value}≥{s.bound}{'*' if s.optimal else ''} {s.seconds:.1f}s"
                      for s in outcome.stages)
    proof = "optimal" if outcome.optimal else "not proven"
    return (f"  {name:<8} unfilled {outcome.unfilled:>3}  spread {outcome.spread:>4} min  "
            f"changes {outcome.changes:>3}  {proof:<10} {outcome.seconds:6.2f} s   {stages}")


def rerun(plan: Plan, time_limit: float, seed: int) -> str:
    """Apply a roster in memory, move 10 activities into shifts, and solve again."""
    result = roster_plan(plan, time_limit=time_limit, seed=seed)
    next_id = max(a.id or 0 for a in plan.activities) + 1
    shifts = []
    for shift in result.shifts:
        if shift.staff:
            shifts.append(dataclasses.replace(shift_activity(plan, shift), id=next_id))
            next_id += 1
    by_id = {a.id: a for a in plan.activities}
    for assignment in result.interpreting:
        if assignment.interpreter_id is not None:
            need = by_id[assignment.activity_id]
            by_id[need.id] = dataclasses.replace(need, attendees=(
                *need.attendees, Attendance(assignment.interpreter_id, interpreter=True)))
    applied = dataclasses.replace(plan, activities=(*by_id.values(), *shifts))
    rng = random.Random(seed)
    moved = list(by_id.values())
    for shift in rng.sample([s for s in shifts if len(s.attendees) > 1], 10):
        person = shift.attendees[0].delegate_id
        victim = next((a for a in moved if person in a.delegate_ids and a.kind is not ActivityKind.BOOTH_DUTY
                       and a.duration.total_seconds() <= 3600 and a.venue_id is not None), None)
        if victim is not None:
            moved[moved.index(victim)] = dataclasses.replace(
                victim, start=shift.start, end=shift.start + victim.duration, venue_id=shift.venue_id, room_id=None)
    changed = dataclasses.replace(applied, activities=(*moved, *shifts))
    began = time.monotonic()
    again = roster_plan(changed, time_limit=time_limit, seed=seed)
    fresh = roster_plan(dataclasses.replace(changed, activities=tuple(moved)), time_limit=time_limit, seed=seed)
    kept_fresh = _differences(result, fresh)
    return (f"  re-run after moving 10 activities into applied shifts: {again.changes} changes "
            f"(unfilled {again.unfilled_places}, spread {again.spread_minutes}); from scratch instead "
            f"{kept_fresh} assignments differ from the applied roster; {time.monotonic() - began:.1f} s")


def _differences(before, after) -> int:  # type: ignore[no-untyped-def]
    def pairs(result) -> set[tuple[object, ...]]:  # type: ignore[no-untyped-def]
        found = {(s.duty_id, s.start, p) for s in result.shifts for p in s.staff}
        return found | {(i.activity_id, i.interpreter_id) for i in result.interpreting if i.interpreter_id}
    return len(pairs(before) ^ pairs(after))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_roster", description=__doc__.split("\n")[0])
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--time-limit", type=float, default=30.0)
    parser.add_argument("--solvers", nargs="+", choices=SOLVERS, default=["greedy", "highs", "cpsat2"])
    parser.add_argument("--no-rerun", action="store_true")
    parser.add_argument("--stands", type=int, default=3, help="stands to staff (default 3; at most 10)")
    parser.add_argument("--shift-minutes", type=int, default=120)
    parser.add_argument("--needs", type=int, default=200)
    args = parser.parse_args(argv)
    for seed in range(1, args.seeds + 1):
        began = time.monotonic()
        plan = roster_bench_plan(seed, args.needs, args.stands, args.shift_minutes)
        build = build_roster(plan)
        instance = build.instance
        columns = sum(len(t.candidates) for t in instance.tasks)
        print(f"\nseed {seed}: {len(instance.shifts())} shifts, {len(instance.needs())} needs, {columns} columns, "
              f"{len(instance.clashes)} clashing pairs, {len(plan.activities)} activities; built in "
              f"{time.monotonic() - began:.2f} s; limit {args.time_limit:g} s", flush=True)
        for solver in args.solvers:
            print(describe(solver, run(solver, plan, args.time_limit, seed)), flush=True)
        if not args.no_rerun:
            print(rerun(plan, args.time_limit, seed), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
