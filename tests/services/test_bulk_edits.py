"""What the workspace's bulk actions write: several entities in one transaction, one undo step, all or none."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from desktop_app.domain.activities import Activity, ActivityStatus, Attendance
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.people import Delegation
from desktop_app.domain.plan import PlanSettings
from desktop_app.domain.requests import RequestStatus
from desktop_app.services.editing import activities as activity_service
from desktop_app.services.editing.entities import save, save_all
from desktop_app.services.editing.journal import EditConflict, revert
from desktop_app.services.editing.removal import withdraw_requests
from desktop_app.services.errors import UserError
from desktop_app.services.imports import import_file
from desktop_app.storage.plan_store import PlanStore

TRIP = Path(__file__).parents[1] / "data" / "trip"


@pytest.fixture
def trip(new_location) -> Iterator[PlanStore]:
    store = PlanStore.create(new_location("trip"), PlanSettings(name="KOFIC", timezone="Asia/Seoul"))
    for kind in ("markets", "venues", "travel", "delegates", "stays", "contacts", "projects", "programme",
                 "availability", "requests"):
        import_file(store, TRIP / f"{kind}.csv", kind)
    yield store
    store.close()


def test_save_all_moves_delegates_to_a_delegation_in_one_step_that_one_revert_undoes(trip: PlanStore) -> None:
    busan, _ = save(trip, Delegation(None, "Busan Film Commission"))
    plan = trip.read()
    chosen = list(plan.delegates[:3])
    saved, changes = save_all(trip, [dataclasses.replace(d, delegation_id=busan.id) for d in chosen],
                              expected=chosen)
    assert [d.delegation_id for d in saved] == [busan.id] * 3
    assert changes.apply_to(plan) == trip.read()
    assert len(changes.revisions) == 3
    revert(trip, changes)
    assert trip.read() == plan


def test_save_all_is_all_or_none(trip: PlanStore) -> None:
    plan = trip.read()
    first, second = plan.delegates[:2]
    clash = dataclasses.replace(second, email=first.email.upper())  # the second save breaks a rule
    with pytest.raises(ValidationError, match="a delegate with the email"):
        save_all(trip, [dataclasses.replace(first, role="Chair"), clash])
    assert trip.read() == plan


def test_save_all_refuses_when_one_row_changed_since_it_was_read(trip: PlanStore) -> None:
    plan = trip.read()
    first, second = plan.delegates[:2]
    save(trip, dataclasses.replace(second, phone="+82 2 000"))  # someone else, meanwhile
    with pytest.raises(EditConflict, match=r"changed at .+ UTC since you opened it \(phone\)"):
        save_all(trip, [dataclasses.replace(d, role="Chair") for d in (first, second)], expected=[first, second])
    assert trip.read().delegate_by_id[first.id or 0].role == first.role


def test_save_all_checks_each_against_the_ones_saved_before_it(trip: PlanStore) -> None:
    with pytest.raises(ValidationError, match="a delegation called"):
        save_all(trip, [Delegation(None, "Jeonju"), Delegation(None, "JEONJU")])


def test_add_attendees_adds_to_whoever_attends_and_keeps_existing_attendance(trip: PlanStore) -> None:
    plan = trip.read()
    opening = next(a for a in plan.activities if a.title == "FilMart opening")
    other = plan.activities[-1]
    present = opening.attendees[0]
    newcomer = next(d for d in plan.delegates if d.id not in opening.delegate_ids)
    changes = activity_service.add_attendees(trip, [opening.id or 0, other.id or 0],
                                             [present.delegate_id, newcomer.id or 0], required=False)
    after = trip.read()
    opened = after.activity_by_id[opening.id or 0]
    assert opened.attendance_of(present.delegate_id) == present  # kept as it was
    assert opened.attendance_of(newcomer.id or 0) == Attendance(newcomer.id or 0, required=False)
    assert newcomer.id in after.activity_by_id[other.id or 0].delegate_ids
    assert changes.apply_to(plan) == after
    revert(trip, changes)
    assert trip.read().activity_by_id[opening.id or 0].attendees == opening.attendees


def test_add_attendees_refuses_a_removed_delegate_and_writes_nothing(trip: PlanStore) -> None:
    from desktop_app.services.editing.deletion import delete

    plan = trip.read()
    park = next(d for d in plan.delegates if d.name == "Park Ji-ho")
    delete(trip, park)
    before = trip.read()
    with pytest.raises(ValidationError, match="Park Ji-ho was removed"):
        activity_service.add_attendees(trip, [before.activities[0].id or 0], [park.id or 0])
    assert trip.read() == before


def test_withdraw_requests_cancels_their_meetings_and_skips_ones_already_withdrawn(trip: PlanStore) -> None:
    plan = trip.read()
    first, second = plan.requests[:2]
    start = plan.activities[0].start + timedelta(days=1)
    meeting, _ = activity_service.add_activity(trip, Activity(None, "Placed meeting", start,
                                                              start + timedelta(minutes=30), "Asia/Hong_Kong",
                                                              request_id=first.id))
    withdraw_requests(trip, [second.id or 0])
    before = trip.read()
    changes = withdraw_requests(trip, [first.id or 0, second.id or 0])
    after = trip.read()
    assert {after.request_by_id[r.id or 0].status for r in (first, second)} == {RequestStatus.WITHDRAWN}
    assert after.activity_by_id[meeting.id or 0].status is ActivityStatus.CANCELLED
    assert {type(r.entity).__name__ for r in changes.revisions} == {"MeetingRequest", "Activity"}
    assert len(changes.revisions) == 2  # the second was withdrawn already: not written again
    revert(trip, changes)
    assert trip.read().request_by_id[first.id or 0].status is first.status
    assert trip.read().requests == before.requests


def test_withdraw_requests_says_when_one_is_gone(trip: PlanStore) -> None:
    with pytest.raises(UserError, match="1 meeting request is no longer in the plan"):
        withdraw_requests(trip, [99999])


def test_a_request_withdrawn_by_saving_it_cancels_its_meeting_too(trip: PlanStore) -> None:
    """The request editor saves the whole request: withdrawing it there is the same rule as Withdraw."""
    plan = trip.read()
    request = plan.requests[0]
    start = plan.activities[0].start + timedelta(days=1)
    meeting, _ = activity_service.add_activity(trip, Activity(None, "Placed meeting", start,
                                                              start + timedelta(minutes=30), "Asia/Hong_Kong",
                                                              request_id=request.id))
    withdrawn = dataclasses.replace(request, status=RequestStatus.WITHDRAWN, priority=1)
    _saved, changes = save(trip, withdrawn, expected=request)
    after = trip.read()
    assert after.request_by_id[request.id or 0] == withdrawn
    cancelled = after.activity_by_id[meeting.id or 0]
    assert cancelled.status is ActivityStatus.CANCELLED and cancelled.sequence == meeting.sequence + 1
    revert(trip, changes)
    assert trip.read().activity_by_id[meeting.id or 0].status is meeting.status

    save(trip, dataclasses.replace(request, priority=2))  # still pending: the meeting stays
    assert trip.read().activity_by_id[meeting.id or 0].status is meeting.status
