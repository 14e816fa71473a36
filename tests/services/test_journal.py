"""Every action records what it wrote: enough to patch a snapshot, and to undo and redo it safely."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from desktop_app.domain.plan import Plan, PlanSettings
from desktop_app.services.changes import Changes, EntityKind
from desktop_app.services.editing import activities as activity_service
from desktop_app.services.editing import removal as removal_service
from desktop_app.services.editing.activity_edit import ActivityEdit, edit_activity, find_activity
from desktop_app.services.editing.journal import EditConflict, revert
from desktop_app.services.imports import import_file
from desktop_app.services.lookup import find_delegate
from desktop_app.storage.plan_store import PlanStore

TRIP = Path(__file__).parents[1] / "data" / "trip"
KINDS = ("markets", "venues", "travel", "delegates", "stays", "contacts", "projects", "programme", "availability",
         "requests")


@pytest.fixture
def trip(new_location) -> Iterator[PlanStore]:
    store = PlanStore.create(new_location("trip"), PlanSettings(name="KOFIC", timezone="Asia/Seoul"))
    for kind in KINDS:
        import_file(store, TRIP / f"{kind}.csv", kind)
    yield store
    store.close()


def live(plan: Plan) -> tuple[object, ...]:
    """What every view shows: the live entities, without the marks kept for calendars."""
    return (plan.markets, plan.venues, plan.rooms, plan.travel_times, plan.delegations,
            tuple(dataclasses.replace(d) for d in plan.delegates), plan.contacts, plan.projects,
            tuple(_unstamped(a) for a in plan.activities), plan.availability, plan.requests, plan.stays)


def _unstamped(activity: object) -> object:
    return dataclasses.replace(activity, sequence=0, last_modified=None, former_attendee_ids=())  # type: ignore[type-var]


def actions(store: PlanStore, tmp_path: Path) -> Iterator[tuple[str, Changes]]:
    """A manager's morning: each action and the record it returned."""
    plan = store.read()
    edit = ActivityEdit(shift_minutes=30, add_attendees=("Han So-hee",))
    yield "edit", edit_activity(store, "KR-CN-02", edit).changes
    han = find_delegate(store.read(), "Han So-hee")
    yield "remove", removal_service.remove_person(store, lambda p: find_delegate(p, "Park Ji-ho"))[1]
    night = find_activity(store.read(), "KR-CN-04")
    yield "delete", activity_service.delete_activities(store, [night.id or 0])[1]
    breakfast = find_activity(plan, "KR-CN-03")
    added = dataclasses.replace(breakfast, id=None, uid="extra@test", title="Second breakfast",
                                start=breakfast.start + timedelta(days=1), end=breakfast.end + timedelta(days=1),
                                attendees=tuple(a for a in breakfast.attendees if a.delegate_id == han.id),
                                external_id="")
    yield "add", activity_service.add_activity(store, added)[1]
    fix = tmp_path / "programme.csv"
    lines = (TRIP / "programme.csv").read_text(encoding="utf-8").splitlines()
    fix.write_text("\n".join([lines[0], lines[2].replace("12:00,2025", "12:15,2025")]) + "\n", encoding="utf-8")
    yield "import", import_file(store, fix, "programme", partial=True).plan_changes
    yield "withdraw", removal_service.withdraw_request(
        store, lambda p: next(r for r in p.requests if r.external_id == "KR-REQ-05"))[1]


def test_each_action_patches_a_snapshot_into_exactly_what_a_fresh_read_gives(trip: PlanStore,
                                                                             tmp_path: Path) -> None:
    snapshot = trip.read()
    seen = []
    for name, changes in actions(trip, tmp_path):
        assert changes.can_patch, name
        snapshot = changes.apply_to(snapshot)
        assert snapshot == trip.read(), name
        seen.append((name, changes.kinds))
    assert dict(seen)["remove"] >= {EntityKind.DELEGATE, EntityKind.ACTIVITY, EntityKind.PROJECT}
    assert dict(seen)["import"] == {EntityKind.ACTIVITY}


def test_undoing_every_action_newest_first_gives_back_the_plan_and_redo_gives_it_again(trip: PlanStore,
                                                                                       tmp_path: Path) -> None:
    original = trip.read()
    done = list(actions(trip, tmp_path))
    edited = trip.read()
    undos = [revert(trip, changes) for _name, changes in reversed(done)]
    after_undo = trip.read()
    assert live(after_undo) == live(original)
    # Nothing vanished from a phone: the added activity is kept, deleted with a mark, and every
    # activity undone went up in SEQUENCE instead of back.
    assert [a.title for a in after_undo.deleted_activities] == ["Second breakfast"]
    for activity in after_undo.activities:
        assert activity.sequence >= original.activity_by_id[activity.id or 0].sequence
    for undo in reversed(undos):  # redo: the revert of each undo, oldest first
        revert(trip, undo)
    assert live(trip.read()) == live(edited)


def test_an_undo_never_overwrites_a_later_change(trip: PlanStore) -> None:
    first = edit_activity(trip, "KR-CN-02", ActivityEdit(title="Sales meeting (moved)")).changes
    edit_activity(trip, "KR-CN-02", ActivityEdit(shift_minutes=15))  # someone else's later change
    before = trip.read()
    with pytest.raises(EditConflict, match=r"'Sales meeting \(moved\)' was changed since \(start, end\)"):
        revert(trip, first)
    assert trip.read() == before


def test_an_import_is_one_step_to_undo(trip: PlanStore, tmp_path: Path) -> None:
    before = trip.read()
    extra = tmp_path / "more.csv"
    extra.write_text("name,email,delegation\nNam Ji-hyun,jihyun.nam@kofic.example,New Delegation\n", encoding="utf-8")
    report = import_file(trip, extra, "delegates")
    assert report.plan_changes.kinds == {EntityKind.DELEGATE, EntityKind.DELEGATION}
    revert(trip, report.plan_changes)
    after = trip.read()
    assert after.delegations == before.delegations and after.delegates == before.delegates
    assert [d.name for d in after.removed_delegates] == ["Nam Ji-hyun"]  # people are marked, not erased


def test_undo_and_redo_of_an_import_that_made_a_delegation(tmp_path: Path) -> None:
    """Undoing the delegates import deletes its delegation, which the database clears from the
    delegates (ON DELETE SET NULL): the journal says so, and redo finds every row as expected."""
    store = PlanStore.create(tmp_path / "trip.dplan", PlanSettings(name="KOFIC", timezone="Asia/Seoul"))
    import_file(store, TRIP / "markets.csv", "markets")
    before = store.read()
    imported = import_file(store, TRIP / "delegates.csv", "delegates").plan_changes
    after = store.read()
    assert after.delegations and all(d.delegation_id for d in after.delegates)
    undone = revert(store, imported)
    assert live(store.read()) == live(before)
    revert(store, undone)
    assert live(store.read()) == live(after)
    store.close()


def test_deleting_a_venue_journals_its_rooms_and_travel_times_so_undo_brings_them_back(trip: PlanStore) -> None:
    from desktop_app.domain.places import Room, TravelTime, Venue
    from desktop_app.services.editing.deletion import delete_all
    from desktop_app.services.editing.entities import save, save_all

    other = trip.read().venues[0]
    venue, _ = save(trip, Venue(None, "Harbour Hotel", "Asia/Hong_Kong"))
    save_all(trip, [Room(None, venue.id or 0, "Ballroom", capacity=80),
                    TravelTime(venue.id or 0, other.id or 0, 12), TravelTime(other.id or 0, venue.id or 0, 15)])
    plan = trip.read()
    _, changes = delete_all(trip, [venue])
    gone = trip.read()
    assert venue not in gone.venues and not gone.rooms_of(venue.id)
    assert not any(venue.id in (t.from_venue_id, t.to_venue_id) for t in gone.travel_times)
    assert [type(r.entity).__name__ for r in changes.revisions].count("TravelTime") == 2
    assert {type(r.entity) for r in changes.revisions} == {Venue, Room, TravelTime}
    undone = revert(trip, changes)
    assert live(trip.read()) == live(plan)
    revert(trip, undone)
    assert live(trip.read()) == live(gone)
