"""The roster's use cases: booth-duty shifts and interpreters proposed, applied and shown.

Booth duty shifts become tentative ``booth_duty`` activities linked to their duty, so they are in
every view, calendar, itinerary and conflict check; an interpreter becomes an attendee of the
meeting marked as its interpreter, so their calendar and itinerary hold it with its languages.
Hand edits of a roster (``shift_edits``) follow the same rules, one transaction each.
"""

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

__all__ = ["DEFAULT_SOLVER", "DEFAULT_TIME_LIMIT", "SOLVERS", "ShiftKey", "ShiftRef", "apply_roster",
           "move_to_shift", "new_shift_activity", "propose_roster", "put_on_shift", "result_to_json",
           "result_to_text", "set_interpreter", "shift_activity", "shift_key", "swap_on_shifts", "take_off_shift"]
