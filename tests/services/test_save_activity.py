"""``save_activity``: what an activity editor saves, as one revision that never overwrites a change made meanwhile."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

import pytest

from desktop_app.domain.activities import Activity, ActivityStatus, Attendance
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.people import Delegate
from desktop_app.domain.places import Room, Venue
from desktop_app.services.editing import activities as activity_service
from desktop_app.services.editing.activities import save_activity
from desktop_app.services.editing.journal import EditConflict, revert
from desktop_app.services.errors import UserError

HK = "Asia/Hong_Kong"
START = datetime(2025, 3, 17, 2, 0, tzinfo=UTC)


@pytest.fixture
def seeded(store):
    with store.write() as tx:
        hkcec = tx.add(Venue(None, "HKCEC", HK))
        rosewood = tx.add(Venue(None, "Rosewood", HK))
        hall = tx.add(Room(None, hkcec.id, "HAF Hall", tables=10))
        wong = tx.add(Delegate(None, "Wong Ka-man", native_name="黃嘉敏"))
        kim = tx.add(Delegate(None, "Kim Ji-woo", native_name="김지우"))
        meeting = tx.add(Activity(None, "HAF meeting", START, START + timedelta(minutes=30), HK,
                                  venue_id=hkcec.id, room_id=hall.id, attendees=(Attendance(wong.id),)))
    return {"hkcec": hkcec.id, "rosewood": rosewood.id, "hall": hall.id, "wong": wong.id, "kim": kim.id,
            "meeting": meeting.id}


def current(store, activity_id: int) -> Activity:
    return store.read().activity_by_id[activity_id]


def test_a_new_activity_is_added_with_an_id(store, seeded):
    new = Activity(None, "河上的晚宴", START + timedelta(hours=8), START + timedelta(hours=10), HK,
                   venue_id=seeded["rosewood"], attendees=(Attendance(seeded["kim"]),))

    saved, changes = save_activity(store, new)

    assert saved.id is not None and current(store, saved.id).title == "河上的晚宴"
    assert changes.added_activity_ids == {saved.id}


def test_an_edit_writes_the_changed_fields_as_a_revision(store, seeded):
    loaded = current(store, seeded["meeting"])
    edited = dataclasses.replace(loaded, title="HAF pitch", attendees=(Attendance(seeded["kim"], required=False),))

    saved, changes = save_activity(store, edited, expected=loaded)

    assert saved.title == "HAF pitch" and saved.sequence == loaded.sequence + 1
    assert saved.attendees == (Attendance(seeded["kim"], required=False),)
    assert saved.former_attendee_ids == (seeded["wong"],)  # Wong's calendar hears she is off it
    assert current(store, seeded["meeting"]) == saved
    assert changes.updated_activity_ids == {seeded["meeting"]}
    revert(store, changes)
    assert current(store, seeded["meeting"]).title == "HAF meeting"


def test_an_activity_changed_since_it_was_loaded_is_not_overwritten(store, seeded):
    loaded = current(store, seeded["meeting"])
    activity_service.set_status(store, seeded["meeting"], ActivityStatus.TENTATIVE)  # someone else, meanwhile

    with pytest.raises(EditConflict, match=r"changed at .+ UTC since you opened it \(status\)"):
        save_activity(store, dataclasses.replace(loaded, title="Mine"), expected=loaded)
    assert current(store, seeded["meeting"]).title == "HAF meeting"


def test_only_bookkeeping_changed_since_is_no_conflict(store, seeded):
    loaded = current(store, seeded["meeting"])
    tentative = dataclasses.replace(loaded, status=ActivityStatus.TENTATIVE)
    _saved, changes = save_activity(store, tentative, expected=loaded)
    revert(store, changes)  # back as loaded, SEQUENCE higher

    saved, _changes = save_activity(store, dataclasses.replace(loaded, title="Mine"), expected=loaded)
    assert saved.title == "Mine" and saved.sequence == loaded.sequence + 3


def test_a_deleted_activity_and_a_room_of_another_venue_are_refused(store, seeded):
    loaded = current(store, seeded["meeting"])
    with pytest.raises(ValidationError, match="not in venue 'Rosewood'"):
        save_activity(store, dataclasses.replace(loaded, venue_id=seeded["rosewood"]), expected=loaded)
    activity_service.delete_activity(store, seeded["meeting"])
    with pytest.raises(UserError, match="was deleted since you opened it"):
        save_activity(store, dataclasses.replace(loaded, title="Mine"), expected=loaded)


def test_a_removed_attendee_is_refused(store, seeded):
    loaded = current(store, seeded["meeting"])
    with store.write() as tx:
        kim = tx.entity(Delegate, seeded["kim"])
        tx.update(dataclasses.replace(kim, removed_at=START))
    with pytest.raises(ValidationError, match="Kim Ji-woo was removed"):
        save_activity(store, dataclasses.replace(loaded, attendees=(Attendance(seeded["kim"]),)), expected=loaded)
