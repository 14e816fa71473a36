"""The roster's use cases: booth-duty shifts and interpreters proposed, applied and shown.

Booth duty shifts become tentative ``booth_duty`` activities linked to their duty, so they are in
every view, calendar, itinerary and conflict check; an interpreter becomes an attendee of the
meeting marked as its interpreter, so their calendar and itinerary hold it with its languages.
"""

from .proposal import DEFAULT_SOLVER, DEFAULT_TIME_LIMIT, SOLVERS, apply_roster, propose_roster, shift_activity
from .report import result_to_json, result_to_text

__all__ = ["DEFAULT_SOLVER", "DEFAULT_TIME_LIMIT", "SOLVERS", "apply_roster", "propose_roster", "result_to_json",
           "result_to_text", "shift_activity"]
