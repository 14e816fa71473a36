"""A roster taken in part, and edited by hand: put on, take off, move, swap, an interpreter chosen;
each one transaction that undo takes back, with SEQUENCE and former attendees as any edit."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop_app.domain.activities import Activity, ActivityKind, ActivityStatus
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.plan import Plan
from desktop_app.services import roster as roster_service
from desktop_app.services.editing import journal
from desktop_app.services.errors import UserError
from desktop_app.services.lookup import find_delegate
from desktop_app.services.roster import ShiftRef
from desktop_app.storage.plan_store import PlanStore
from tests.scheduling.roster_plans import (
    STAND_A,
    at,
    delegate,
    duty,
    make_plan,
    meeting,
    shift_activity,
    staff,
)

NOW = datetime(2025, 3, 2, 9, tzinfo=UTC)


@pytest.fixture
def demo(demo_plan_copy: Path) -> PlanStore:
    store = PlanStore.open(demo_plan_copy, clock=lambda: NOW)
    yield store  # type: ignore[misc]
    store.close()


def write(store: PlanStore, plan: Plan) -> None:
    with store.write() as tx:
        for group in (plan.markets, plan.venues, plan.rooms, plan.travel_times, plan.delegations, plan.delegates,
                      plan.duties, plan.activities):
            for entity in group:
                tx.add(entity, keep_id=True)


def shifts_of(plan: Plan) -> dict[tuple[int, datetime], Activity]:
    return {(a.duty_id or 0, a.start): a for a in plan.activities
            if a.kind is ActivityKind.BOOTH_DUTY and not a.is_cancelled and a.duty_id}


def ref(activity: Activity) -> ShiftRef:
    return ShiftRef(activity.duty_id or 0, activity.start, activity.end, activity.id)


@pytest.fixture
def rostered(demo: PlanStore) -> PlanStore:
    roster_service.apply_roster(demo, roster_service.propose_roster(demo.read(), time_limit=10))
    return demo


# --- part of a proposal -------------------------------------------------------------------------

def test_accepting_some_shifts_and_some_needs_writes_only_those(demo: PlanStore) -> None:
    plan = demo.read()
    result = roster_service.propose_roster(plan, time_limit=10)
    staffed = [s for s in result.shifts if s.staff]
    chosen = {roster_service.shift_key(s) for s in staffed[:3]}
    need = next(i for i in result.interpreting if i.interpreter_id is not None and i.previous_id is None)

    changes = roster_service.apply_roster(demo, result, shifts=chosen, needs={need.activity_id})

    after = demo.read()
    assert set(shifts_of(after)) == chosen
    assert all(shifts_of(after)[roster_service.shift_key(s)].delegate_ids == s.staff for s in staffed[:3])
    assert after.activity_by_id[need.activity_id].interpreter_id == need.interpreter_id
    others = [i for i in result.interpreting if i.activity_id != need.activity_id]
    assert all(after.activity_by_id[i.activity_id].interpreter_id == i.previous_id for i in others)
    journal.revert(demo, changes)
    assert shifts_of(demo.read()) == {}


def test_accepting_nothing_of_a_kind_leaves_it_alone(demo: PlanStore) -> None:
    result = roster_service.propose_roster(demo.read(), time_limit=10)
    roster_service.apply_roster(demo, result, shifts=set())  # every need, no shift
    after = demo.read()
    assert shifts_of(after) == {}
    assert all(after.activity_by_id[i.activity_id].interpreter_id == i.interpreter_id for i in result.interpreting)


def test_a_part_that_would_leave_someone_on_two_things_at_once_is_refused(store: PlanStore) -> None:
    # Yoon (9) holds the 10:00 shift; the 10:00 meeting needs her Korean, so the roster moves her
    # there and puts Kim (1) on the shift. The need alone would leave her on both.
    write(store, make_plan(
        [delegate(1, "Kim Ji-woo"), staff(9, "ko", "en", name="Yoon Ha-eun")],
        duties=[duty(1, STAND_A, 10, 12, delegations=(), delegates=(1, 9))],
        activities=[shift_activity(50, 1, at(10), at(12), [9]),
                    meeting(51, at(10), at(11), [], interpreting=("ko", "en"), title="Hanbit pitch")]))
    result = roster_service.propose_roster(store.read(), time_limit=10)
    assert [s.staff for s in result.shifts] == [(1,)] and result.interpreting[0].interpreter_id == 9
    before = store.read()

    with pytest.raises(UserError, match=r"put Yoon Ha-eun on 'Hanbit pitch' \(17 Mar 10:00–11:00 HKT\) and on "
                                        r"'Booth duty' \(17 Mar 10:00–12:00 HKT\) at once"):
        roster_service.apply_roster(store, result, shifts=set(), needs={51})
    assert store.read() == before

    roster_service.apply_roster(store, result, shifts={roster_service.shift_key(result.shifts[0])}, needs=set())
    assert store.read().activity_by_id[50].delegate_ids == (1,)  # the shift alone frees her: accepted


# --- by hand ------------------------------------------------------------------------------------

def test_taking_someone_off_and_putting_them_back(rostered: PlanStore) -> None:
    plan = rostered.read()
    shift = next(a for a in shifts_of(plan).values() if len(a.attendees) == 2)
    leaving, staying = shift.delegate_ids

    roster_service.take_off_shift(rostered, ref(shift), leaving)

    after = rostered.read().activity_by_id[shift.id or 0]
    assert after.delegate_ids == (staying,) and leaving in after.former_attendee_ids
    assert after.sequence == shift.sequence + 1  # their calendar hears they are off it
    roster_service.put_on_shift(rostered, ref(after), leaving)
    assert set(rostered.read().activity_by_id[shift.id or 0].delegate_ids) == {staying, leaving}
    with pytest.raises(UserError, match="already on that shift"):
        roster_service.put_on_shift(rostered, ref(after), leaving)


def test_the_last_one_off_cancels_the_shift_and_the_first_one_on_an_empty_shift_creates_it(
        rostered: PlanStore) -> None:
    plan = rostered.read()
    shift = next(a for a in shifts_of(plan).values() if len(a.attendees) == 1)
    [alone] = shift.delegate_ids

    off = roster_service.take_off_shift(rostered, ref(shift), alone)
    assert rostered.read().activity_by_id[shift.id or 0].is_cancelled
    journal.revert(rostered, off)
    assert rostered.read().activity_by_id[shift.id or 0].delegate_ids == (alone,)

    empty = next(s for s in roster_service.propose_roster(rostered.read(), time_limit=10).shifts if not s.staff)
    wong = find_delegate(plan, "Wong Ka-man")
    on = roster_service.put_on_shift(rostered, ShiftRef(empty.duty_id, empty.start, empty.end), wong.id or 0)
    created = shifts_of(rostered.read())[(empty.duty_id, empty.start)]
    assert created.delegate_ids == (wong.id,) and created.status is ActivityStatus.TENTATIVE
    assert created.source == "roster" and created.title == "Booth duty: Hong Kong Pavilion Stand A10"
    journal.revert(rostered, on)
    assert (empty.duty_id, empty.start) not in shifts_of(rostered.read())


def test_swapping_two_people_between_shifts_is_one_step(rostered: PlanStore) -> None:
    plan = rostered.read()
    first, second = [a for a in shifts_of(plan).values() if len(a.attendees) == 1][:2]
    [p], [q] = first.delegate_ids, second.delegate_ids

    changes = roster_service.swap_on_shifts(rostered, ref(first), p, ref(second), q)

    after = rostered.read()
    assert after.activity_by_id[first.id or 0].delegate_ids == (q,)
    assert after.activity_by_id[second.id or 0].delegate_ids == (p,)
    assert len(changes.revisions) == 2
    journal.revert(rostered, changes)
    assert rostered.read().activity_by_id[first.id or 0].delegate_ids == (p,)


def test_moving_someone_to_a_free_place(rostered: PlanStore) -> None:
    plan = rostered.read()
    full, roomy = (next(a for a in shifts_of(plan).values() if len(a.attendees) == n) for n in (2, 1))
    person = next(p for p in full.delegate_ids if p not in roomy.delegate_ids)

    roster_service.move_to_shift(rostered, ref(full), person, ref(roomy))

    after = rostered.read()
    assert person not in after.activity_by_id[full.id or 0].delegate_ids
    assert person in after.activity_by_id[roomy.id or 0].delegate_ids
    now_full = after.activity_by_id[roomy.id or 0]
    duty_of = after.duty_by_id[now_full.duty_id or 0]
    third = next(d for d in after.delegates if d.id not in now_full.delegate_ids and duty_of.may_take(d))
    with pytest.raises(UserError, match=r"the shift is full \(2 of 2 on duty\)"):  # the stand takes two at most
        roster_service.put_on_shift(rostered, ref(now_full), third.id or 0)


def test_only_those_the_duty_names_may_take_it_and_stale_views_are_refused(rostered: PlanStore) -> None:
    plan = rostered.read()
    shift = next(a for a in shifts_of(plan).values() if len(a.attendees) == 1)
    yoon = find_delegate(plan, "Yoon Ha-eun")  # staff: not of the Hong Kong Producers
    with pytest.raises(ValidationError, match="may not take this duty"):
        roster_service.put_on_shift(rostered, ref(shift), yoon.id or 0)
    someone_else = next(d.id for d in plan.delegates if d.id not in shift.delegate_ids)
    with pytest.raises(UserError, match="no longer on that shift"):
        roster_service.take_off_shift(rostered, ref(shift), someone_else or 0)
    with pytest.raises(UserError, match="same shift"):
        roster_service.swap_on_shifts(rostered, ref(shift), 1, ref(shift), 2)


def test_an_interpreter_is_chosen_replaced_and_taken_away(demo: PlanStore) -> None:
    plan = demo.read()
    need = next(a for a in plan.activities if a.interpreting == ("ko", "yue"))
    yoon, nattaya = find_delegate(plan, "Yoon Ha-eun"), find_delegate(plan, "Nattaya Boonmee")
    with pytest.raises(ValidationError, match="does not speak Korean or Cantonese"):
        roster_service.set_interpreter(demo, need.id or 0, nattaya.id)

    chosen = roster_service.set_interpreter(demo, need.id or 0, yoon.id)
    assert demo.read().activity_by_id[need.id or 0].interpreter_id == yoon.id
    gone = roster_service.set_interpreter(demo, need.id or 0, None)
    after = demo.read().activity_by_id[need.id or 0]
    assert after.interpreter_id is None and yoon.id not in after.delegate_ids
    assert {a.delegate_id for a in after.attendees} == {a.delegate_id for a in need.attendees if not a.interpreter}
    journal.revert(demo, gone)
    journal.revert(demo, chosen)
    assert demo.read().activity_by_id[need.id or 0].attendees == need.attendees
