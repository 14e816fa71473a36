"""The scheduler's use cases on a real plan file: propose, apply in one transaction, find a time."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime, time, timedelta

import pytest

from desktop_app.domain.activities import Activity, ActivityKind, ActivityStatus, Attendance
from desktop_app.domain.people import Contact, Delegate
from desktop_app.domain.places import Market, Room, TravelTime, Venue
from desktop_app.domain.plan import PlanSettings
from desktop_app.domain.requests import (
    AvailabilityWindow,
    MeetingRequest,
    ParticipantKind,
    ParticipantRef,
    RequestStatus,
)
from desktop_app.domain.timezones import localize
from desktop_app.scheduling import ScheduleResult
from desktop_app.services import schedule_service
from desktop_app.services.errors import UserError
from desktop_app.storage.plan_store import PlanStore
from desktop_app.storage.writer import PlanWriter

HK = "Asia/Hong_Kong"
DAY = date(2025, 3, 17)


def at(hour: int, minute: int = 0) -> datetime:
    return localize(datetime.combine(DAY, time(hour, minute)), HK)


@pytest.fixture
def plan_store(store: PlanStore) -> PlanStore:
    """Hall with 2 tables open 9-11, a hotel 20 min away; 3 delegates, 3 contacts, 4 requests."""
    with store.write() as tx:
        tx.set_settings(PlanSettings(name="HAF test", timezone=HK))
        tx.add(Market(None, "HAF", "Hong Kong", HK, DAY, DAY))
        hall = tx.add(Venue(None, "HKCEC", HK, opens=time(9), closes=time(11)))
        hotel = tx.add(Venue(None, "Grand Hyatt", HK))
        tables = tx.add(Room(None, hall.id, "HAF Hall", tables=2))
        tx.add(TravelTime(hall.id, hotel.id, 20))
        d = [tx.add(Delegate(None, f"Delegate {i}", email=f"d{i}@example.com")) for i in (1, 2, 3)]
        c = [tx.add(Contact(None, f"Financier {i}", email=f"f{i}@example.com")) for i in (1, 2, 3)]
        tx.add(AvailabilityWindow(None, ParticipantRef(ParticipantKind.CONTACT, c[0].id), at(9), at(10), HK))
        tx.add(Activity(None, "Panel", at(9), at(10), HK, kind=ActivityKind.PANEL, venue_id=hotel.id,
                        attendees=(Attendance(d[2].id),)))
        for n, (delegate, contact, minutes) in enumerate(
                [(d[0], c[0], 30), (d[1], c[0], 30), (d[2], c[1], 30), (d[0], c[2], 30)], start=1):
            tx.add(MeetingRequest(None, f"REQ-{n}", contact.id, minutes, delegate_id=delegate.id,
                                  priority=6 - n, venue_id=hall.id, room_id=tables.id))
    return store


def test_propose_changes_nothing_and_places_what_fits(plan_store: PlanStore) -> None:
    before = plan_store.read()
    result = schedule_service.propose_schedule(before, time_limit=10)
    assert plan_store.read() == before
    placed = {p.label: p.start for p in result.placed}
    assert set(placed) == {"REQ-1", "REQ-2", "REQ-3", "REQ-4"}
    assert placed["REQ-3"] == at(10, 30)  # hotel panel until 10:00, 20 minutes away: 10:00 is too soon
    assert {placed["REQ-1"], placed["REQ-2"]} == {at(9), at(9, 30)}  # financier 1 is there 9-10 only
    assert result.optimal and result.objective == 5 + 4 + 3 + 2 and not result.unplaced


def test_json_has_exactly_the_documented_shape(plan_store: PlanStore) -> None:
    plan = plan_store.read()
    document = json.loads(json.dumps(schedule_service.result_to_json(
        plan, schedule_service.propose_schedule(plan, time_limit=10))))
    assert set(document) == {"placed", "unplaced", "objective", "bound", "optimal", "seconds"}
    assert {tuple(sorted(p)) for p in document["placed"]} == {("end", "request", "room", "start", "venue")}
    first = document["placed"][0]
    assert first["start"].endswith("+08:00") and datetime.fromisoformat(first["end"]).utcoffset()
    assert (first["venue"], first["room"]) == ("HKCEC", "HAF Hall")
    assert isinstance(document["objective"], int) and isinstance(document["optimal"], bool)
    assert isinstance(document["seconds"], float) and document["bound"] >= document["objective"]


def test_apply_writes_tentative_linked_meetings_and_marks_requests_in_one_go(plan_store: PlanStore) -> None:
    plan = plan_store.read()
    result = schedule_service.propose_schedule(plan, time_limit=10)
    assert schedule_service.apply_schedule(plan_store, result) == 4
    after = plan_store.read()
    meetings = [a for a in after.activities if a.kind is ActivityKind.HAF_MEETING]
    assert len(meetings) == 4
    by_request = {after.request_by_id[m.request_id].external_id: m for m in meetings}
    first = by_request["REQ-1"]
    assert first.status is ActivityStatus.TENTATIVE
    assert first.delegate_ids == (plan.delegates[0].id,) and first.contact_ids == (plan.contacts[0].id,)
    assert {r.status for r in after.requests} == {RequestStatus.SCHEDULED}
    assert schedule_service.propose_schedule(after, time_limit=10).placed == ()  # nothing pending


def test_part_of_a_proposal_is_written_and_the_rest_stays_pending(plan_store: PlanStore) -> None:
    from desktop_app.services.editing.journal import revert

    plan = plan_store.read()
    result = schedule_service.propose_schedule(plan, time_limit=10)
    taken = {p.request_id for p in result.placed if p.label in {"REQ-2", "REQ-4"}}

    changes = schedule_service.apply_proposal(plan_store, result, taken)

    after = plan_store.read()
    meetings = {a.request_id: a for a in after.activities if a.kind is ActivityKind.HAF_MEETING}
    assert set(meetings) == taken
    assert {r.external_id: r.status for r in after.requests} == {
        "REQ-1": RequestStatus.PENDING, "REQ-2": RequestStatus.SCHEDULED, "REQ-3": RequestStatus.PENDING,
        "REQ-4": RequestStatus.SCHEDULED}
    assert len(changes.added_activity_ids) == 2  # the record an undo writes back
    with pytest.raises(UserError, match="places no request with id 99"):
        schedule_service.apply_proposal(plan_store, result, {99})

    revert(plan_store, changes)
    back = plan_store.read()
    assert not [a for a in back.activities if a.kind is ActivityKind.HAF_MEETING]
    assert {r.status for r in back.requests} == {RequestStatus.PENDING}


def test_a_failure_mid_write_leaves_the_plan_unchanged(plan_store: PlanStore,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    before = plan_store.read()
    result = schedule_service.propose_schedule(before, time_limit=10)
    real_update = PlanWriter.update
    calls = {"n": 0}

    def failing_update(self: PlanWriter, entity: object) -> object:
        calls["n"] += 1
        if calls["n"] == 3:  # after three meetings and two requests were written
            raise OSError("disk full")
        return real_update(self, entity)

    monkeypatch.setattr(PlanWriter, "update", failing_update)
    with pytest.raises(OSError):
        schedule_service.apply_schedule(plan_store, result)
    assert calls["n"] == 3
    assert plan_store.read() == before


def test_apply_refuses_a_proposal_for_requests_that_changed(plan_store: PlanStore) -> None:
    plan = plan_store.read()
    result = schedule_service.propose_schedule(plan, time_limit=10)
    with plan_store.write() as tx:
        request = tx.snapshot().requests[0]
        tx.update(replace(request, status=RequestStatus.WITHDRAWN))
    before = plan_store.read()
    with pytest.raises(UserError, match="REQ-1 changed"):
        schedule_service.apply_schedule(plan_store, result)
    assert plan_store.read() == before


def _add_after_solving(store: PlanStore, activity: Activity) -> None:
    """What another window (or the GUI engineer's undo) writes while the solver runs."""
    with store.write() as tx:
        tx.add(activity)


def _propose(store: PlanStore) -> tuple[ScheduleResult, dict[str, datetime]]:
    result = schedule_service.propose_schedule(store.read(), time_limit=10)
    return result, {p.label: p.start for p in result.placed}


def _refused(store: PlanStore, result: ScheduleResult, pattern: str) -> None:
    before = store.read()
    with pytest.raises(UserError, match=pattern):
        schedule_service.apply_schedule(store, result)
    assert store.read() == before  # nothing of the proposal was written


def test_apply_refuses_a_placement_that_now_clashes_with_a_participants_activity(plan_store: PlanStore) -> None:
    result, starts = _propose(plan_store)
    plan = plan_store.read()
    delegate_1 = plan.delegates[0].id
    interview = Activity(None, "Press interview", starts["REQ-1"], starts["REQ-1"] + timedelta(minutes=15), HK,
                         attendees=(Attendance(delegate_1),))
    _add_after_solving(plan_store, interview)
    _refused(plan_store, result, r"Request REQ-1 can no longer be placed at 17 Mar \d\d:\d\d–\d\d:\d\d HKT: "
                                 r"Delegate 1 is now in 'Press interview'")


def test_apply_refuses_a_placement_that_no_longer_leaves_travel_time(plan_store: PlanStore) -> None:
    result, starts = _propose(plan_store)
    assert starts["REQ-3"] == at(10, 30)
    plan = plan_store.read()
    hotel = next(v for v in plan.venues if v.name == "Grand Hyatt")
    # Delegate 3 now leaves the hotel at 10:20; the hall is 20 minutes away: 10:30 is too soon
    _add_after_solving(plan_store, Activity(None, "Coffee", at(10, 5), at(10, 20), HK, venue_id=hotel.id,
                                            attendees=(Attendance(plan.delegates[2].id),)))
    _refused(plan_store, result, r"REQ-3 .*Delegate 3 is now in 'Coffee' \(without the travel time")


def test_apply_refuses_a_placement_whose_room_filled_up(plan_store: PlanStore) -> None:
    result, starts = _propose(plan_store)
    plan = plan_store.read()
    hall, tables = plan.venues[0], plan.rooms[0]
    # a panel takes the whole hall (it is not one table) during REQ-1's slot; nobody of REQ-1 attends
    showcase = Activity(None, "Fund showcase", starts["REQ-1"], starts["REQ-1"] + timedelta(minutes=30), HK,
                        kind=ActivityKind.PANEL, venue_id=hall.id, room_id=tables.id)
    _add_after_solving(plan_store, showcase)
    _refused(plan_store, result, r"Request REQ-\d can no longer be placed .*room 'HAF Hall' is full then "
                                 r"\(its 2 tables taken by 'Fund showcase'")


def test_apply_refuses_a_request_edited_since_solving_even_if_still_pending(plan_store: PlanStore) -> None:
    result, _ = _propose(plan_store)
    with plan_store.write() as tx:
        request = next(r for r in tx.snapshot().requests if r.external_id == "REQ-4")
        tx.update(replace(request, duration_minutes=60))
    _refused(plan_store, result, "Request REQ-4 changed since the proposal was made")


def test_apply_ignores_what_takes_nobodys_time(plan_store: PlanStore) -> None:
    result, starts = _propose(plan_store)
    plan = plan_store.read()
    delegate_1 = plan.delegates[0].id
    cancelled = Activity(None, "Cancelled call", starts["REQ-1"], starts["REQ-1"] + timedelta(minutes=30), HK,
                         status=ActivityStatus.CANCELLED, attendees=(Attendance(delegate_1),))
    touching = Activity(None, "Breakfast", at(8), at(9), HK, attendees=(Attendance(delegate_1),))  # ends at 9:00
    _add_after_solving(plan_store, cancelled)
    _add_after_solving(plan_store, touching)
    assert schedule_service.apply_schedule(plan_store, result) == 4


def test_find_time_respects_availability_activities_and_travel(plan_store: PlanStore) -> None:
    plan = plan_store.read()
    # delegate 3 is at the hotel panel until 10:00; the hall is 20 minutes away
    slots = schedule_service.find_time(plan, ["d3@example.com"], 30, venue="HKCEC").slots
    assert [(s.start, s.free_until) for s in slots] == [(at(10, 30), at(11))]
    # financier 1 is only available 9-10; with delegate 1 (free all day): the 9:00 gap
    slots = schedule_service.find_time(plan, ["F1@example.com", "d1@example.com"], 60, venue="HKCEC").slots
    assert [(s.start, s.end) for s in slots] == [(at(9), at(10))]
    # both together: nothing
    assert schedule_service.find_time(plan, ["f1@example.com", "d3@example.com"], 30, venue="hkcec").slots == ()
    # a window narrows it
    found = schedule_service.find_time(plan, ["d1@example.com"], 30, window_start="2025-03-17T09:45",
                                       window_end="2025-03-17T10:30", venue="HKCEC")
    assert [s.start for s in found.slots] == [at(9, 45)]
    assert json.loads(json.dumps(schedule_service.free_times_to_json(found))) == {
        "timezone": HK, "slots": [{"start": "2025-03-17T09:45:00+08:00", "end": "2025-03-17T10:15:00+08:00",
                   "free_until": "2025-03-17T10:30:00+08:00"}]}


def test_find_time_names_what_it_cannot_find(plan_store: PlanStore) -> None:
    plan = plan_store.read()
    with pytest.raises(UserError, match=r"nobody@example\.com"):
        schedule_service.find_time(plan, ["d1@example.com", "nobody@example.com"], 30)
    with pytest.raises(UserError, match="no venue is called 'Moon'"):
        schedule_service.find_time(plan, ["d1@example.com"], 30, venue="Moon")
    with pytest.raises(UserError, match="ISO 8601"):
        schedule_service.find_time(plan, ["d1@example.com"], 30, window_start="tomorrow", window_end="x")

