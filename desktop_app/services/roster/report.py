"""A roster result as the command line shows it: the README's ``roster --json``, and text."""

from __future__ import annotations

from datetime import datetime

from desktop_app.domain.activities import Activity
from desktop_app.domain.dates_text import span_text
from desktop_app.domain.plan import Plan
from desktop_app.domain.timezones import to_local
from desktop_app.scheduling.roster import RosterResult, ShiftPlan


def _iso(instant: datetime, zone: str) -> str:
    return to_local(instant, zone).isoformat()


def _duty_key(plan: Plan, shift: ShiftPlan) -> str:
    duty = plan.duty_by_id[shift.duty_id]
    return f"{plan.venue_by_id[duty.venue_id].name} / {plan.room_by_id[duty.room_id].name} {duty.day.isoformat()}"


def _activity_key(activity: Activity) -> str:
    return activity.external_id or activity.uid


def result_to_json(plan: Plan, result: RosterResult) -> dict[str, object]:
    """Exactly the shape the README documents ("roster --json")."""
    names = plan.delegate_by_id
    return {
        "shifts": [{
            "duty": _duty_key(plan, s),
            "start": _iso(s.start, plan.venue_by_id[s.venue_id].timezone),
            "end": _iso(s.end, plan.venue_by_id[s.venue_id].timezone),
            "room": plan.room_by_id[s.room_id].name,
            "staff": [names[d].name for d in s.staff],
        } for s in result.shifts],
        "interpreting": [{"activity": _activity_key(plan.activity_by_id[i.activity_id]),
                          "interpreter": names[i.interpreter_id].name}
                         for i in result.interpreting if i.interpreter_id is not None],
        "unfilled": [{"what": u.what, "start": _iso(u.start, u.zone), "end": _iso(u.end, u.zone),
                      "reason": u.reason} for u in result.unfilled],
        "spread_minutes": result.spread_minutes,
        "optimal": result.optimal,
        "seconds": round(result.seconds, 3),
    }


def result_to_text(plan: Plan, result: RosterResult) -> str:
    names = plan.delegate_by_id
    lines = []
    for s in result.shifts:
        zone = plan.venue_by_id[s.venue_id].timezone
        staff = ", ".join(names[d].name for d in s.staff) or "nobody"
        confirmed = "  (confirmed)" if s.confirmed else ""
        lines.append(f"{span_text(to_local(s.start, zone), to_local(s.end, zone))}  "
                     f"{plan.room_by_id[s.room_id].name}: {staff}{confirmed}")
    for i in result.interpreting:
        if i.interpreter_id is not None:
            activity = plan.activity_by_id[i.activity_id]
            lines.append(f"interpreting {_activity_key(activity)} '{activity.title}': {names[i.interpreter_id].name}")
    for u in result.unfilled:
        lines.append(f"unfilled {u.what}: {u.reason}")
    interpreted = sum(1 for i in result.interpreting if i.interpreter_id is not None)
    proof = "proven optimal" if result.optimal else "best found in the time limit"
    lines.append(f"{len(result.shifts)} shifts, {result.unfilled_places} place(s) or need(s) unfilled; "
                 f"{interpreted} of {len(result.interpreting)} needs interpreted; duty spread "
                 f"{result.spread_minutes} min; {result.changes} change(s) to what was applied; {proof}; "
                 f"{result.seconds:.1f} s")
    return "\n".join(lines)
