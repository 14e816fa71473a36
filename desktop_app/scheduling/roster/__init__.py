"""Rostering: people on booth-duty shifts and interpreters on interpreting needs (a MIP, HiGHS)."""

from desktop_app.domain.duties import is_fixed_shift, roster_shifts

from .build import build_roster, open_needs
from .outcome import RosterProgress, RosterProgressCallback, StageReport
from .result import InterpreterPlan, RosterResult, ShiftPlan, UnfilledTask
from .roster import DEFAULT_SOLVER, DEFAULT_WORKERS, SOLVERS, roster_inputs, roster_plan

__all__ = ["DEFAULT_SOLVER", "DEFAULT_WORKERS", "SOLVERS", "InterpreterPlan", "RosterProgress",
           "RosterProgressCallback", "RosterResult", "ShiftPlan", "StageReport", "UnfilledTask", "build_roster",
           "is_fixed_shift", "open_needs", "roster_inputs", "roster_plan", "roster_shifts"]
