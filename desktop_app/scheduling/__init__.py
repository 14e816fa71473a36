"""Meeting scheduling (the only OR-Tools importer): time-indexed model, MIP/CP-SAT, greedy."""

from .find_time import FreeSlot, find_free_slots
from .opening import meeting_zone
from .progress import ProgressCallback, SolveProgress
from .recheck import first_clash
from .result import Placement, ScheduleResult, Unplaced
from .scheduler import DEFAULT_SOLVER, SOLVERS, schedule_plan

__all__ = ["DEFAULT_SOLVER", "SOLVERS", "FreeSlot", "Placement", "ProgressCallback", "ScheduleResult",
           "SolveProgress", "Unplaced", "find_free_slots", "first_clash", "meeting_zone", "schedule_plan"]
