"""Edit use cases: one transaction each, validated against the plan, SEQUENCE bumped, Changes returned."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

import pytest

from desktop_app.domain.activities import Activity, ActivityStatus, Attendance
from desktop_app.domain.errors import NotFoundError, ValidationError
from desktop_app.domain.people import Delegate
from desktop_app.domain.places import Room, Venue
from desktop_app.services.changes import Changes, EntityKind
from desktop_app.services.editing import activities as activity_service

HK = "Asia/Hong_Kong"
LATER = datetime(2025, 3, 2, 8, 0, tzinfo=UTC)
START = datetime(2025, 3, 17, 2, 0, tzinfo=UTC)  # 10:00 in Hong Kong


@pytest.fixture
def seeded(store):
    """Two venues (one room at the first), a delegate and two activities; returns their ids."""
    with store.write() as tx:
        hkcec = tx.add(Venue(None, "HKCEC", HK))
        rosewood = tx.add(Venue(None, "Rosewood", HK))
        hall = tx.add(Room(None, hkcec.id, "HAF Hall", tables=10))
        wong = tx.add(Delegate(None, "Wong Ka-man", native_name="黃嘉敏"))
        first = tx.add(Activity(None, "HAF meeting", START, START + timedelta(minutes=30), HK,
                                venue_id=hkcec.id, room_id=hall.id, attendees=(Attendance(wong.id),)))
        second = tx.add(Activity(None, "Lunch", START + timedelta(hours=2), START + timedelta(hours=3), HK,
                                 venue_id=rosewood.id))
    return {"hkcec": hkcec.id, "rosewood": rosewood.id, "hall": hall.id, "first": first.id, "second": second.id}


def activity(store, activity_id: int) -> Activity:
    return store.read().activity_by_id[activity_id]


def test_set_status_persists_bumps_sequence_and_names_the_activity(store, seeded):
    before = activity(store, seeded["first"])

    changes = activity_service.set_status(store, seeded["first"], ActivityStatus.TENTATIVE, clock=lambda: LATER)

    after = activity(store, seeded["first"])
    assert after.status is ActivityStatus.TENTATIVE
    assert after.sequence == before.sequence + 1
    assert after.uid == before.uid
    assert (changes.kinds, changes.updated_activity_ids) == ({EntityKind.ACTIVITY}, {seeded["first"]})
    assert changes.touches(EntityKind.ACTIVITY) and not changes.touches(EntityKind.DELEGATE)
    assert not changes.rows_added_or_removed


def test_move_activity_keeps_duration_zone_and_attendees(store, seeded):
    before = activity(store, seeded["first"])
    new_start = before.start + timedelta(minutes=15)

    activity_service.move_activity(store, seeded["first"], new_start, before.end + timedelta(minutes=15))

    after = activity(store, seeded["first"])
    assert (after.start, after.end) == (new_start, before.end + timedelta(minutes=15))
    assert after.local_start.strftime("%H:%M") == "10:15"
    assert after.attendees == before.attendees
    assert after.sequence == before.sequence + 1


def test_an_edit_that_changes_nothing_reports_nothing_and_keeps_the_sequence(store, seeded):
    before = activity(store, seeded["first"])

    changes = activity_service.set_status(store, seeded["first"], before.status)

    assert changes == Changes()
    assert not changes.kinds
    assert activity(store, seeded["first"]).sequence == before.sequence


def test_a_broken_rule_changes_nothing(store, seeded):
    before = activity(store, seeded["first"])

    with pytest.raises(ValidationError, match="ends at or before its start"):
        activity_service.move_activity(store, seeded["first"], before.end, before.start)

    assert activity(store, seeded["first"]) == before


def test_a_room_of_another_venue_is_rejected(store, seeded):
    with pytest.raises(ValidationError, match="not in venue 'Rosewood'"):
        activity_service.update_activity(store, seeded["second"], room_id=seeded["hall"])
    assert activity(store, seeded["second"]).room_id is None


def test_several_activities_change_in_one_transaction_or_not_at_all(store, seeded):
    plan_before = store.read()

    with pytest.raises(NotFoundError, match="no activity with id 999"):
        activity_service.update_activities(store, {
            seeded["first"]: {"status": ActivityStatus.CANCELLED},
            999: {"status": ActivityStatus.CANCELLED},
        })

    assert store.read().activities == plan_before.activities


def test_fields_the_plan_keeps_cannot_be_edited(store, seeded):
    with pytest.raises(ValidationError, match="uid"):
        activity_service.update_activity(store, seeded["first"], uid="stolen@example")
    with pytest.raises(ValidationError, match="no such field"):
        activity_service.update_activity(store, seeded["first"], colour="red")


def test_add_validates_against_the_plan_and_reports_the_new_row(store, seeded):
    new = Activity(None, "Reception", START + timedelta(hours=8), START + timedelta(hours=10), HK,
                   venue_id=seeded["rosewood"])

    saved, changes = activity_service.add_activity(store, new)

    assert saved.id is not None and activity(store, saved.id).title == "Reception"
    assert changes.added_activity_ids == {saved.id} and changes.rows_added_or_removed

    with pytest.raises(ValidationError, match="no delegate with id 77"):
        activity_service.add_activity(store, Activity(None, "Ghost", START, START + timedelta(hours=1), HK,
                                                      attendees=(Attendance(77),)))
    assert len(store.read().activities) == 3


def test_delete_then_restore_brings_back_the_same_calendar_event(store, seeded):
    deleted, removed = activity_service.delete_activity(store, seeded["first"])
    assert seeded["first"] not in store.read().activity_by_id
    assert removed.removed_activity_ids == {seeded["first"]}

    restored, added = activity_service.restore_activity(store, deleted)

    again = activity(store, restored.id)
    assert again.uid == deleted.uid
    assert (again.title, again.start, again.attendees, again.room_id) == (
        deleted.title, deleted.start, deleted.attendees, deleted.room_id)
    assert added.added_activity_ids == {restored.id}
    with pytest.raises(ValidationError, match="already in the plan"):
        activity_service.restore_activity(store, deleted)


def test_deleting_a_missing_activity_says_so(store, seeded):
    with pytest.raises(NotFoundError):
        activity_service.delete_activity(store, 12345)


def test_changes_merge_and_everything():
    merged = Changes.activities(updated=[1]) | Changes.activities(removed=[2])
    assert merged.activity_ids == {1, 2}
    assert merged.rows_added_or_removed
    assert Changes.everything().is_everything and Changes.everything().rows_added_or_removed
    assert not Changes.activities(updated=[1]).is_everything


def test_edit_reports_the_old_values_of_what_it_changed(store, seeded):
    before = activity(store, seeded["first"])

    result = activity_service.edit_activities(store, {
        seeded["first"]: {"status": ActivityStatus.CANCELLED, "title": before.title},
        seeded["second"]: {"status": ActivityStatus.CONFIRMED},  # already confirmed: unchanged
    })

    assert result.previous == {seeded["first"]: {"status": ActivityStatus.CONFIRMED}}
    assert result.changes.updated_activity_ids == {seeded["first"]}


def test_shift_moves_from_the_times_in_the_file_in_one_transaction(store, seeded):
    first, second = activity(store, seeded["first"]), activity(store, seeded["second"])
    step = timedelta(minutes=15)

    changes = activity_service.shift_activities(store, [seeded["first"], seeded["second"]], step)
    activity_service.shift_activities(store, [seeded["first"]], step)  # relative: moves on from there

    assert changes.updated_activity_ids == {seeded["first"], seeded["second"]}
    moved = activity(store, seeded["first"])
    assert (moved.start, moved.end) == (first.start + 2 * step, first.end + 2 * step)
    assert moved.sequence == first.sequence + 2
    assert activity(store, seeded["second"]).start == second.start + step
    with pytest.raises(NotFoundError):
        activity_service.shift_activities(store, [seeded["second"], 999], step)
    assert activity(store, seeded["second"]).start == second.start + step  # all or nothing
    assert activity_service.shift_activities(store, [seeded["first"]], timedelta(0)) == Changes()


def test_restore_keeps_the_id_so_older_undo_steps_still_find_the_activity(store, seeded):
    deleted, _ = activity_service.delete_activity(store, seeded["first"])

    restored, added = activity_service.restore_activity(store, deleted)

    assert restored.id == seeded["first"] and added.added_activity_ids == {seeded["first"]}
    activity_service.set_status(store, seeded["first"], ActivityStatus.TENTATIVE)  # an older step, by id
    assert activity(store, seeded["first"]).status is ActivityStatus.TENTATIVE


def test_a_deleted_activity_keeps_its_id_and_its_cancellation_reaches_calendars(store, seeded):
    deleted, _ = activity_service.delete_activity(store, seeded["second"])  # the highest id
    newcomer, _ = activity_service.add_activity(store, dataclasses.replace(deleted, uid="other@example", id=None))
    assert newcomer.id != seeded["second"]  # the deleted row is kept, so its id is never reused
    [tombstone] = store.read().deleted_activities
    assert tombstone.uid == deleted.uid and tombstone.sequence == deleted.sequence + 1

    restored, _ = activity_service.restore_activity(store, deleted)

    assert restored.id == seeded["second"] and restored.uid == deleted.uid
    assert restored.sequence == deleted.sequence + 2  # calendars re-read it as it is back
    assert store.read().deleted_activities == ()


def test_delete_can_skip_activities_already_gone(store, seeded):
    activity_service.delete_activity(store, seeded["first"])

    deleted, changes = activity_service.delete_activities(store, [seeded["first"], seeded["second"]],
                                                          skip_missing=True)

    assert [a.id for a in deleted] == [seeded["second"]]
    assert changes.removed_activity_ids == {seeded["second"]}
    assert activity_service.delete_activities(store, [seeded["first"]], skip_missing=True) == ([], Changes())
