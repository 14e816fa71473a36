"""Propose shifts and interpreters for a plan, and apply them in one transaction."""

from __future__ import annotations

from collections.abc import Callable, Collection
from datetime import datetime
from typing import TYPE_CHECKING

from desktop_app.domain.activities import Activity, ActivityKind, ActivityStatus, Attendance
from desktop_app.domain.places import Room, Venue
from desktop_app.domain.plan import Plan
from desktop_app.domain.timezones import to_local, utc_now
from desktop_app.scheduling.roster import (
    DEFAULT_SOLVER,
    SOLVERS,
    RosterProgressCallback,
    RosterResult,
    ShiftPlan,
    roster_inputs,
    roster_plan,
)
from desktop_app.services.changes import Changes
from desktop_app.services.editing.journal import journaled
from desktop_app.services.errors import UserError
from desktop_app.services.roster.partial import ShiftKey, check_part_alone, shift_key
from desktop_app.services.roster_refs import DEFAULT_TIME_LIMIT

if TYPE_CHECKING:
    from desktop_app.storage.plan_store import PlanStore

__all__ = ["DEFAULT_SOLVER", "DEFAULT_TIME_LIMIT", "SOLVERS", "apply_roster", "new_shift_activity", "propose_roster",
           "shift_activity"]

SOURCE = "roster"
"""``Activity.source`` of the shifts the roster writes."""


def propose_roster(plan: Plan, *, time_limit: float = DEFAULT_TIME_LIMIT, seed: int = 0,
                   solver: str = DEFAULT_SOLVER, progress: RosterProgressCallback | None = None) -> RosterResult:
    """The roster's proposal for ``plan``; changes nothing. ``progress`` hears each stage (see
    ``RosterProgress``); an exception it raises stops the run (the window's Cancel)."""
    if time_limit <= 0:
        raise UserError("The time limit must be a positive number of seconds.")
    if not plan.duties and not any(a.interpreting for a in plan.activities):
        raise UserError("The plan has no booth duties and no activity needs an interpreter: import duties "
                        "(import PLAN FILE --as duties) or a programme with an 'interpreting' column first.")
    return roster_plan(plan, time_limit=time_limit, seed=seed, solver=solver, progress=progress)


def shift_activity(plan: Plan, shift: ShiftPlan) -> Activity:
    """The tentative ``booth_duty`` activity that carries ``shift`` into the plan."""
    return new_shift_activity(plan.room_by_id[shift.room_id], plan.venue_by_id[shift.venue_id], shift.duty_id,
                              shift.start, shift.end, shift.staff)


def new_shift_activity(room: Room, venue: Venue, duty_id: int, start: datetime, end: datetime,
                       staff: Collection[int]) -> Activity:
    """A tentative ``booth_duty`` activity of duty ``duty_id`` at ``room`` from ``start`` to ``end``."""
    local = to_local(start, venue.timezone)
    return Activity(
        id=None, title=f"Booth duty: {room.name}", start=start, end=end, timezone=venue.timezone,
        kind=ActivityKind.BOOTH_DUTY, status=ActivityStatus.TENTATIVE, venue_id=venue.id,
        room_id=room.id, external_id=f"duty:{duty_id}@{local:%Y-%m-%dT%H:%M}", source=SOURCE,
        attendees=tuple(Attendance(d) for d in staff), duty_id=duty_id)


def apply_roster(store: PlanStore, result: RosterResult, *, shifts: Collection[ShiftKey] | None = None,
                 needs: Collection[int] | None = None, clock: Callable[[], datetime] = utc_now) -> Changes:
    """Write the shifts and interpreter assignments of ``result``, all in one transaction.

    ``shifts`` (keys from ``shift_key``) and ``needs`` (activity ids) accept part of it; None
    accepts all of that kind. Accepting part leaves the other shifts and needs as the plan holds
    them, and earlier proposals that match no shift any more (which accepting all cancels).
    Refused (a UserError, nothing written) when the plan the roster read has changed since (an
    activity, a duty, a person, a stay, a window, a venue or a travel time), and when the part
    accepted would put someone on two tasks at once because the rest of the proposal, left out,
    was to free them (``partial.check_part_alone``).
    """
    with store.write() as tx:
        plan = tx.snapshot()
        if roster_inputs(plan) != result.inputs:
            raise UserError("The plan changed since the roster was made (an activity, a duty, a person, a stay "
                            "or a place); run the roster again.")
        now = clock()
        chosen_shifts = None if shifts is None else set(shifts)
        for shift in result.shifts:
            if shift.confirmed or (chosen_shifts is not None and shift_key(shift) not in chosen_shifts):
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
        for stale in result.stale_shift_ids if shifts is None else ():
            tx.update(plan.activity_by_id[stale].revised(now=now, status=ActivityStatus.CANCELLED))
        chosen_needs = None if needs is None else set(needs)
        for assignment in result.interpreting:
            if assignment.interpreter_id == assignment.previous_id or (
                    chosen_needs is not None and assignment.activity_id not in chosen_needs):
                continue
            activity = plan.activity_by_id[assignment.activity_id]
            kept = {a.delegate_id: a for a in activity.attendees if not a.interpreter}
            if assignment.interpreter_id is not None:
                kept[assignment.interpreter_id] = Attendance(assignment.interpreter_id, True, interpreter=True)
            tx.update(activity.revised(now=now, attendees=tuple(kept.values())))
        changes = journaled(tx)
        if shifts is not None or needs is not None:
            check_part_alone(plan, changes)
        return changes
