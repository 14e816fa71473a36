"""Propose shifts and interpreters for a plan, and apply them in one transaction."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from desktop_app.domain.activities import Activity, ActivityKind, ActivityStatus, Attendance
from desktop_app.domain.plan import Plan
from desktop_app.domain.timezones import to_local, utc_now
from desktop_app.scheduling.roster import (
    DEFAULT_SOLVER,
    SOLVERS,
    RosterResult,
    ShiftPlan,
    roster_inputs,
    roster_plan,
)
from desktop_app.services.changes import Changes
from desktop_app.services.editing.journal import journaled
from desktop_app.services.errors import UserError

if TYPE_CHECKING:
    from desktop_app.storage.plan_store import PlanStore

__all__ = ["DEFAULT_SOLVER", "DEFAULT_TIME_LIMIT", "SOLVERS", "apply_roster", "propose_roster", "shift_activity"]

DEFAULT_TIME_LIMIT = 30.0
SOURCE = "roster"
"""``Activity.source`` of the shifts the roster writes."""


def propose_roster(plan: Plan, *, time_limit: float = DEFAULT_TIME_LIMIT, seed: int = 0,
                   solver: str = DEFAULT_SOLVER) -> RosterResult:
    """The roster's proposal for ``plan``; changes nothing."""
    if time_limit <= 0:
        raise UserError("The time limit must be a positive number of seconds.")
    if not plan.duties and not any(a.interpreting for a in plan.activities):
        raise UserError("The plan has no booth duties and no activity needs an interpreter: import duties "
                        "(import PLAN FILE --as duties) or a programme with an 'interpreting' column first.")
    return roster_plan(plan, time_limit=time_limit, seed=seed, solver=solver)


def shift_activity(plan: Plan, shift: ShiftPlan) -> Activity:
    """The tentative ``booth_duty`` activity that carries ``shift`` into the plan."""
    room = plan.room_by_id[shift.room_id]
    zone = plan.venue_by_id[shift.venue_id].timezone
    local = to_local(shift.start, zone)
    return Activity(
        id=None, title=f"Booth duty: {room.name}", start=shift.start, end=shift.end, timezone=zone,
        kind=ActivityKind.BOOTH_DUTY, status=ActivityStatus.TENTATIVE, venue_id=shift.venue_id,
        room_id=shift.room_id, external_id=f"duty:{shift.duty_id}@{local:%Y-%m-%dT%H:%M}", source=SOURCE,
        attendees=tuple(Attendance(d) for d in shift.staff), duty_id=shift.duty_id)


def apply_roster(store: PlanStore, result: RosterResult, *,
                 clock: Callable[[], datetime] = utc_now) -> Changes:
    """Write the shifts and interpreter assignments of ``result``, all in one transaction.

    Refused (a UserError, nothing written) when the plan the roster read has changed since:
    an activity, a duty, a person, a stay, a window, a venue or a travel time.
    """
    with store.write() as tx:
        plan = tx.snapshot()
        if roster_inputs(plan) != result.inputs:
            raise UserError("The plan changed since the roster was made (an activity, a duty, a person, a stay "
                            "or a place); run the roster again.")
        now = clock()
        for shift in result.shifts:
            if shift.confirmed:
                continue
            if shift.activity_id is None:
                if shift.staff:
                    tx.add(shift_activity(plan, shift))
                continue
            current = plan.activity_by_id[shift.activity_id]
            if not shift.staff:
                tx.update(current.revised(now=now, status=ActivityStatus.CANCELLED))
            elif tuple(Attendance(d) for d in shift.staff) != current.attendees:
                tx.update(current.revised(now=now, attendees=tuple(Attendance(d) for d in shift.staff)))
        for stale in result.stale_shift_ids:
            tx.update(plan.activity_by_id[stale].revised(now=now, status=ActivityStatus.CANCELLED))
        for assignment in result.interpreting:
            if assignment.interpreter_id == assignment.previous_id:
                continue
            activity = plan.activity_by_id[assignment.activity_id]
            kept = {a.delegate_id: a for a in activity.attendees if not a.interpreter}
            if assignment.interpreter_id is not None:
                kept[assignment.interpreter_id] = Attendance(assignment.interpreter_id, True, interpreter=True)
            tx.update(activity.revised(now=now, attendees=tuple(kept.values())))
        return journaled(tx)
