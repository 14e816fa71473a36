"""Hand edits of a roster: put someone on a shift, take them off, move or swap two people, and
choose a meeting's interpreter. One transaction each (one undo step), as the window's grid asks.

A shift is named by its duty and times (``ShiftRef``) and, once the plan holds it, by its
``booth_duty`` activity. Each edit reads what it changes inside its transaction and revises it
through ``editing.activities.revise_in``, so SEQUENCE goes up and someone taken off a shift
becomes a former attendee (their calendar hears of it). The first person put on a shift the plan
does not hold yet creates its tentative activity; the last one taken off cancels it, as applying
a roster does. Only people the duty names may take it, and no more than its maximum at once;
clashes with other activities are allowed (a hand edit knows better) and shown as conflicts.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from desktop_app.domain.activities import Activity, ActivityKind, ActivityStatus, Attendance
from desktop_app.domain.duties import BoothDuty
from desktop_app.domain.errors import NotFoundError, ValidationError
from desktop_app.domain.languages import language_name, speaks
from desktop_app.domain.people import Delegate
from desktop_app.domain.places import Room, Venue
from desktop_app.domain.timezones import utc_now
from desktop_app.services.changes import Changes
from desktop_app.services.editing.activities import revise_in
from desktop_app.services.editing.journal import journaled
from desktop_app.services.errors import UserError
from desktop_app.services.roster.proposal import new_shift_activity
from desktop_app.services.roster_refs import ShiftRef as ShiftRef

if TYPE_CHECKING:
    from desktop_app.storage.plan_store import PlanStore
    from desktop_app.storage.writer import PlanWriter

Clock = Callable[[], datetime]
Staff = tuple[int, ...]



def put_on_shift(store: PlanStore, shift: ShiftRef, person_id: int, *, clock: Clock = utc_now) -> Changes:
    with store.write() as tx:
        _restaff(tx, shift, lambda staff: _joined(tx, shift, staff, person_id), clock())
        return journaled(tx)


def take_off_shift(store: PlanStore, shift: ShiftRef, person_id: int, *, clock: Clock = utc_now) -> Changes:
    with store.write() as tx:
        _restaff(tx, shift, lambda staff: _left(tx, staff, person_id), clock())
        return journaled(tx)


def move_to_shift(store: PlanStore, source: ShiftRef, person_id: int, target: ShiftRef, *,
                  clock: Clock = utc_now) -> Changes:
    """``person_id`` leaves ``source`` for a free place on ``target``."""
    _check_distinct(source, target)
    now = clock()
    with store.write() as tx:
        _restaff(tx, source, lambda staff: _left(tx, staff, person_id), now)
        _restaff(tx, target, lambda staff: _joined(tx, target, staff, person_id), now)
        return journaled(tx)


def swap_on_shifts(store: PlanStore, first: ShiftRef, first_person: int, second: ShiftRef, second_person: int, *,
                   clock: Clock = utc_now) -> Changes:
    """``first_person`` takes ``second_person``'s place on ``second`` and the other way round."""
    _check_distinct(first, second)
    now = clock()

    def exchanged(shift: ShiftRef, leaving: int, coming: int) -> Callable[[Staff], Staff]:
        return lambda staff: _joined(tx, shift, _left(tx, staff, leaving), coming)

    with store.write() as tx:
        _restaff(tx, first, exchanged(first, first_person, second_person), now)
        _restaff(tx, second, exchanged(second, second_person, first_person), now)
        return journaled(tx)


def set_interpreter(store: PlanStore, activity_id: int, interpreter_id: int | None, *,
                    clock: Clock = utc_now) -> Changes:
    """Make ``interpreter_id`` the activity's interpreter (None: nobody); the former one leaves it."""
    with store.write() as tx:
        current = tx.activity(activity_id)
        if not current.interpreting:
            raise UserError(f"'{current.title}' needs no interpreter")
        if interpreter_id is not None:
            _check_interpreter(tx, current, interpreter_id)

        def with_interpreter(activity: Activity) -> dict[str, Any]:
            kept = [a for a in activity.attendees if not a.interpreter and a.delegate_id != interpreter_id]
            if interpreter_id is not None:
                kept.append(Attendance(interpreter_id, True, interpreter=True))
            return {"attendees": tuple(kept)}

        revise_in(tx, activity_id, with_interpreter, clock())
        return journaled(tx)


# --- inside the transaction ------------------------------------------------------------------

def _check_distinct(first: ShiftRef, second: ShiftRef) -> None:
    if (first.duty_id, first.start) == (second.duty_id, second.start):
        raise UserError("both places are on the same shift")


def _restaff(tx: PlanWriter, shift: ShiftRef, change: Callable[[Staff], Staff], now: datetime) -> None:
    duty = _duty(tx, shift.duty_id)
    if shift.activity_id is None:
        staff = change(())
        if staff:
            room, venue = tx.entity(Room, duty.room_id), tx.entity(Venue, duty.venue_id)
            _check_times(duty, venue, shift)
            tx.add(new_shift_activity(room, venue, duty.id or 0, shift.start, shift.end, staff))
        return
    try:
        current = tx.activity(shift.activity_id)
    except NotFoundError:
        raise UserError("the shift was deleted meanwhile; nothing was changed") from None
    if current.kind is not ActivityKind.BOOTH_DUTY or current.duty_id != duty.id or current.is_cancelled:
        raise UserError(f"'{current.title}' is no longer a shift of that duty; nothing was changed")

    def restaffed(activity: Activity) -> dict[str, Any]:
        staff = change(activity.delegate_ids)
        kept = {a.delegate_id: a for a in activity.attendees}
        fields: dict[str, Any] = {"attendees": tuple(kept.get(p, Attendance(p)) for p in staff)}
        if not staff:
            fields["status"] = ActivityStatus.CANCELLED  # nobody on it: the shift goes, as the roster does it
        return fields

    revise_in(tx, current.id or 0, restaffed, now)


def _joined(tx: PlanWriter, shift: ShiftRef, staff: Staff, person_id: int) -> Staff:
    duty = _duty(tx, shift.duty_id)
    person = _live(tx, person_id)
    if person_id in staff:
        raise UserError(f"{person.name} is already on that shift")
    if not duty.may_take(person):
        raise ValidationError("attendees", f"{person.name} may not take this duty (it names other delegations "
                                           "or delegates)")
    if len(staff) >= duty.most_staff:
        raise UserError(f"the shift is full ({duty.most_staff} of {duty.most_staff} on duty)")
    return (*staff, person_id)


def _left(tx: PlanWriter, staff: Staff, person_id: int) -> Staff:
    if person_id not in staff:
        raise UserError(f"{_name(tx, person_id)} is no longer on that shift; nothing was changed")
    return tuple(p for p in staff if p != person_id)


def _duty(tx: PlanWriter, duty_id: int) -> BoothDuty:
    try:
        return tx.entity(BoothDuty, duty_id)
    except NotFoundError:
        raise UserError("the booth duty was deleted meanwhile; nothing was changed") from None


def _check_times(duty: BoothDuty, venue: Venue, shift: ShiftRef) -> None:
    if not any((s.start, s.end) == (shift.start, shift.end) for s in duty.shifts(venue.timezone)):
        raise UserError("the duty's hours changed meanwhile; that shift is not one of them any more")


def _live(tx: PlanWriter, person_id: int) -> Delegate:
    try:
        person = tx.entity(Delegate, person_id)
    except NotFoundError:
        raise ValidationError("attendees", f"no delegate with id {person_id}") from None
    if person.removed_at is not None:
        raise ValidationError("attendees", f"{person.name} was removed from the plan")
    return person


def _name(tx: PlanWriter, person_id: int) -> str:
    try:
        return tx.entity(Delegate, person_id).name
    except NotFoundError:
        return f"delegate {person_id}"


def _check_interpreter(tx: PlanWriter, activity: Activity, person_id: int) -> None:
    person = _live(tx, person_id)
    missing = [tag for tag in activity.interpreting if not speaks(person.languages, tag)]
    if missing:
        raise ValidationError("interpreter", f"{person.name} does not speak "
                                             f"{' or '.join(language_name(tag) for tag in missing)}")
    attending = activity.attendance_of(person_id)
    if attending is not None and not attending.interpreter:
        raise ValidationError("interpreter", f"{person.name} attends '{activity.title}' for themselves")
