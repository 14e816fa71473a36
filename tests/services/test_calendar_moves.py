"""Edits made on the calendar grid: relative moves that hand an activity to another delegate or
room, edges dragged, pastes; each one transaction, undone through the journal."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desktop_app.domain.activities import Activity, Attendance
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.people import Delegate
from desktop_app.domain.places import Room, Venue
from desktop_app.services.editing import activities as activity_service
from desktop_app.services.editing.calendar_moves import Handover, add_activities, move_activities, resize_activity
from desktop_app.services.editing.journal import revert

HK = "Asia/Hong_Kong"
PARIS = "Europe/Paris"
START = datetime(2025, 3, 17, 2, 0, tzinfo=UTC)  # 10:00 in Hong Kong


@pytest.fixture
def seeded(store):
    with store.write() as tx:
        hkcec = tx.add(Venue(None, "HKCEC", HK))
        palais = tx.add(Venue(None, "Palais des Festivals", PARIS))
        hall = tx.add(Room(None, hkcec.id, "HAF Hall", tables=10))
        salon = tx.add(Room(None, palais.id, "Salon 1"))
        wong = tx.add(Delegate(None, "Wong Ka-man"))
        kim = tx.add(Delegate(None, "Kim Ji-woo"))
        lee = tx.add(Delegate(None, "Lee Min-ho"))
        meeting = tx.add(Activity(None, "HAF meeting", START, START + timedelta(minutes=30), HK, venue_id=hkcec.id,
                                  room_id=hall.id, attendees=(Attendance(wong.id), Attendance(kim.id, False))))
    return {"hkcec": hkcec.id, "palais": palais.id, "hall": hall.id, "salon": salon.id, "wong": wong.id,
            "kim": kim.id, "lee": lee.id, "meeting": meeting.id}


def read(store, activity_id: int) -> Activity:
    return store.read().activity_by_id[activity_id]


def test_a_move_to_another_delegates_column_hands_over_that_place_only(store, seeded):
    before = read(store, seeded["meeting"])

    changes = move_activities(store, [seeded["meeting"]], timedelta(minutes=45),
                              Handover(from_delegate=seeded["kim"], to_delegate=seeded["lee"]))

    after = read(store, seeded["meeting"])
    assert after.start == before.start + timedelta(minutes=45) and after.duration == before.duration
    assert {a.delegate_id: a.required for a in after.attendees} == {seeded["wong"]: True, seeded["lee"]: False}
    assert after.former_attendee_ids == (seeded["kim"],)  # Kim's calendar hears it is off
    assert after.sequence > before.sequence
    revert(store, changes)
    assert read(store, seeded["meeting"]).attendees == before.attendees


def test_the_step_before_a_handover_still_undoes_after_the_handover_is_undone(store, seeded):
    resized = resize_activity(store, seeded["meeting"], timedelta(), timedelta(minutes=15))
    handed = move_activities(store, [seeded["meeting"]], timedelta(),
                             Handover(from_delegate=seeded["kim"], to_delegate=seeded["lee"]))
    revert(store, handed)  # Kim back; Lee now a former attendee: bookkeeping, not a change since
    assert read(store, seeded["meeting"]).former_attendee_ids == (seeded["lee"],)

    revert(store, resized)

    meeting = read(store, seeded["meeting"])
    assert meeting.end == START + timedelta(minutes=30)
    assert {a.delegate_id for a in meeting.attendees} == {seeded["wong"], seeded["kim"]}


def test_a_move_is_relative_to_the_file_not_to_the_view(store, seeded):
    move_activities(store, [seeded["meeting"]], timedelta(minutes=15))
    move_activities(store, [seeded["meeting"]], timedelta(minutes=15))  # a second step before the view caught up
    assert read(store, seeded["meeting"]).start == START + timedelta(minutes=30)


def test_handing_over_to_someone_already_there_is_refused_and_writes_nothing(store, seeded):
    before = read(store, seeded["meeting"])
    with pytest.raises(ValidationError, match="attends it already"):
        move_activities(store, [seeded["meeting"]], timedelta(minutes=30),
                        Handover(from_delegate=seeded["kim"], to_delegate=seeded["wong"]))
    assert read(store, seeded["meeting"]) == before


def test_a_move_to_a_room_elsewhere_takes_its_venue_and_zone(store, seeded):
    move_activities(store, [seeded["meeting"]], timedelta(), Handover(to_place=True, room_id=seeded["salon"]))
    after = read(store, seeded["meeting"])
    assert (after.venue_id, after.room_id, after.timezone) == (seeded["palais"], seeded["salon"], PARIS)
    move_activities(store, [seeded["meeting"]], timedelta(), Handover(to_place=True, venue_id=seeded["hkcec"]))
    after = read(store, seeded["meeting"])
    assert (after.venue_id, after.room_id, after.timezone) == (seeded["hkcec"], None, HK)


def test_resizing_moves_each_edge_from_where_it_is(store, seeded):
    resize_activity(store, seeded["meeting"], timedelta(minutes=-15), timedelta())
    resize_activity(store, seeded["meeting"], timedelta(), timedelta(minutes=30))
    after = read(store, seeded["meeting"])
    assert (after.start, after.end) == (START - timedelta(minutes=15), START + timedelta(minutes=60))
    with pytest.raises(ValidationError, match="end at or before its start"):
        resize_activity(store, seeded["meeting"], timedelta(hours=2), timedelta())


def test_pasted_activities_are_added_in_one_step_and_undone_together(store, seeded):
    original = read(store, seeded["meeting"])
    copies = [Activity(None, "Copy", START + timedelta(hours=h), START + timedelta(hours=h, minutes=30), HK,
                       attendees=(Attendance(seeded["lee"]),)) for h in (1, 2)]

    saved, changes = add_activities(store, copies)

    assert len(saved) == 2 and all(a.id for a in saved)
    assert len(store.read().activities) == 3
    revert(store, changes)
    assert [a.id for a in store.read().activities] == [original.id]


def test_deleting_from_the_grid_skips_what_is_gone(store, seeded):
    activity_service.delete_activities(store, [seeded["meeting"]])
    deleted, _changes = activity_service.delete_activities(store, [seeded["meeting"]], skip_missing=True)
    assert deleted == []
