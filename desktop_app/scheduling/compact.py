"""Stage 3: re-time the chosen meetings so that people's days are compact.

The set of placed requests never changes here, so the total priority (stage 1) and the
number of requesters served (stage 2) stay exactly as they are; only start times move. The
measure is the number of blocks of back-to-back meetings per person (a block starts wherever
someone is seated in a slot but not in the one before): fewer blocks, fewer idle gaps.

Solved as a large-neighbourhood search with CBC: for one person at a time, every meeting of
that person may move while all others stay; the small MIP finds the best re-timing, which is
kept when it has fewer blocks. Measured on the HAF benchmark, the whole re-timing model was out
of reach (CBC found no feasible solution in 46 s; CP-SAT on one worker did not improve on its
hint, and its interleaved multi-worker mode won 2% in 20 s). One pass in a fixed order and no
time limit inside a neighbourhood keep the result deterministic; ``time_limit`` only stops the
pass early on a slow machine.
"""

from __future__ import annotations

import time
from collections import defaultdict

from ortools.linear_solver import pywraplp

from .instance import PersonKey
from .model import PackingModel
from .outcome import StageReport
from .progress import Reporter

# StageReport.optimal for this stage means "the pass over everyone finished", not a proof.


def _blocks(occupancy: dict[int, list[int]], seated: set[int]) -> int:
    return sum(1 for slot, members in occupancy.items()
               if any(j in seated for j in members)
               and not any(j in seated for j in occupancy.get(slot - 1, ())))


class _Retimer:
    def __init__(self, model: PackingModel, chosen: list[int]) -> None:
        self.model = model
        self.seated = set(chosen)
        self.rows_of: dict[int, list[int]] = defaultdict(list)
        for r, (members, _) in enumerate(model.rows):
            for j in members:
                self.rows_of[j].append(r)
        self.columns_of_task: dict[int, list[int]] = defaultdict(list)
        for j, (task_index, _) in enumerate(model.columns):
            self.columns_of_task[task_index].append(j)
        self.tasks_of: dict[PersonKey, list[int]] = defaultdict(list)
        for task in model.instance.tasks:
            for person in task.people:
                self.tasks_of[person].append(task.index)

    def total_blocks(self) -> int:
        return sum(_blocks(occ, self.seated) for occ in self.model.occupancy.values())

    def improve(self, person: PersonKey) -> None:
        placed = {self.model.columns[j][0] for j in self.seated}
        moving = [t for t in self.tasks_of[person] if t in placed]
        if not moving:
            return
        free = [j for t in moving for j in self.columns_of_task[t]]
        free_set = set(free)
        fixed = self.seated - free_set
        touched = sorted({p for index in moving for p in self.model.instance.tasks[index].people})
        before = sum(_blocks(self.model.occupancy[p], self.seated) for p in touched)

        solver = pywraplp.Solver.CreateSolver("CBC")
        solver.SuppressOutput()
        x = {j: solver.BoolVar("") for j in free}
        for r in sorted({r for j in free for r in self.rows_of[j]}):
            members, rhs = self.model.rows[r]
            row = solver.Constraint(-solver.infinity(), rhs - sum(1 for j in members if j in fixed))
            for j in members:
                if j in x:
                    row.SetCoefficient(x[j], 1)
        for t in moving:
            once = solver.Constraint(1, 1)
            for j in self.columns_of_task[t]:
                once.SetCoefficient(x[j], 1)
        objective = solver.Objective()
        for p in touched:
            occupancy = self.model.occupancy[p]
            for slot in sorted(occupancy):
                now = [j for j in occupancy[slot] if j in x]
                fixed_now = sum(1 for j in occupancy[slot] if j in fixed)
                if not now and not fixed_now:
                    continue
                earlier = occupancy.get(slot - 1, ())
                fixed_before = sum(1 for j in earlier if j in fixed)
                block = solver.NumVar(0, 1, "")
                # block >= seated(slot) - seated(slot - 1)
                row = solver.Constraint(fixed_now - fixed_before, solver.infinity())
                row.SetCoefficient(block, 1)
                for j in now:
                    row.SetCoefficient(x[j], -1)
                for j in earlier:
                    if j in x:
                        row.SetCoefficient(x[j], 1)
                objective.SetCoefficient(block, 1)
        objective.SetMinimization()
        if solver.Solve() != pywraplp.Solver.OPTIMAL or objective.Value() > before - 0.5:
            return
        self.seated = fixed | {j for j in free if x[j].solution_value() > 0.5}


def compact_days(model: PackingModel, chosen: list[int], time_limit: float,
                 seed: int = 0, reporter: Reporter | None = None) -> tuple[list[int], StageReport]:
    del seed  # the search order is fixed; CBC single-threaded needs no seed
    began = time.monotonic()
    retimer = _Retimer(model, chosen)
    finished = True
    people = sorted(model.occupancy)
    for done, person in enumerate(people):
        if reporter is not None:
            reporter.stage("compactness", done=done, total=len(people))
        if time.monotonic() - began > time_limit:
            finished = False
            break
        retimer.improve(person)
    report = StageReport("compactness", float(retimer.total_blocks()), float("nan"), finished,
                         time.monotonic() - began)
    return sorted(retimer.seated), report
