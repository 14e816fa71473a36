"""How an interpreting need reads in calendars and itineraries (one sentence, every export alike)."""

from __future__ import annotations

from .activities import Activity
from .languages import pair_text
from .plan import Plan


def interpreting_text(plan: Plan, activity: Activity, reader_id: int | None = None) -> str:
    """'Korean–Cantonese (ko/yue), by Yoon Ha-eun 윤하은'; in the interpreter's own calendar
    (``reader_id``) 'Korean–Cantonese (ko/yue): you interpret'; '' when the activity needs none."""
    if not activity.interpreting:
        return ""
    if reader_id is not None and reader_id == activity.interpreter_id:
        return pair_text(activity.interpreting) + ": you interpret"
    interpreter = plan.delegate_by_id.get(activity.interpreter_id) if activity.interpreter_id is not None else None
    by = f", by {interpreter.display_name}" if interpreter is not None else ", no interpreter yet"
    return pair_text(activity.interpreting) + by
