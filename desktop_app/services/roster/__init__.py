"""The roster's use cases: booth-duty shifts and interpreters proposed, applied and shown.

Booth duty shifts become tentative ``booth_duty`` activities linked to their duty, so they are in
every view, calendar, itinerary and conflict check; an interpreter becomes an attendee of the
meeting marked as its interpreter, so their calendar and itinerary hold it with its languages.
Hand edits of a roster (``shift_edits``) follow the same rules, one transaction each.
"""

from desktop_app.scheduling.roster import InterpreterPlan as InterpreterPlan  # the window reads these here
from desktop_app.scheduling.roster import RosterProgress as RosterProgress
from desktop_app.scheduling.roster import RosterResult as RosterResult
from desktop_app.scheduling.roster import ShiftPlan as ShiftPlan
from desktop_app.scheduling.roster import StageReport as StageReport
from desktop_app.scheduling.roster import is_fixed_shift as is_fixed_shift
from desktop_app.scheduling.roster import roster_inputs as roster_inputs
from desktop_app.scheduling.roster import roster_shifts as roster_shifts

from .partial import ShiftKey, shift_key
from .proposal import (
    DEFAULT_SOLVER,
    DEFAULT_TIME_LIMIT,
    SOLVERS,
    apply_roster,
    new_shift_activity,
    propose_roster,
    shift_activity,
)
from .report import result_to_json, result_to_text
from .shift_edits import ShiftRef, move_to_shift, put_on_shift, set_interpreter, swap_on_shifts, take_off_shift

__all__ = [
    "DEFAULT_SOLVER",
    "DEFAULT_TIME_LIMIT",
    "SOLVERS",
    "InterpreterPlan",
    "RosterProgress",
    "RosterResult",
    "ShiftKey",
    "ShiftPlan",
    "ShiftRef",
    "StageReport",
    "apply_roster",
    "is_fixed_shift",
    "move_to_shift",
    "new_shift_activity",
    "propose_roster",
    "put_on_shift",
    "result_to_json",
    "result_to_text",
    "roster_inputs",
    "roster_shifts",
    "set_interpreter",
    "shift_activity",
    "shift_key",
    "swap_on_shifts",
    "take_off_shift",
]
