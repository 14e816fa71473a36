"""Every entity can be created, changed and deleted headless; what others point at is settled, never dangling."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest

from desktop_app.domain.activities import ActivityStatus
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.people import Delegate, Delegation, Project
from desktop_app.domain.places import Market, Room, TravelTime, Venue
from desktop_app.domain.plan import PlanSettings
from desktop_app.domain.stays import Stay
from desktop_app.services.editing.deletion import NeedsChoice, Resolution, delete
from desktop_app.services.editing.entities import save, save_settings
from desktop_app.services.editing.journal import EditConflict, revert
from desktop_app.services.imports import import_file
from desktop_app.storage.plan_store import PlanStore

TRIP = Path(__file__).parents[1] / "data" / "trip"


@pytest.fixture
def empty(new_location) -> Iterator[PlanStore]:
    store = PlanStore.create(new_location("new"), PlanSettings(name="First plan", timezone="Asia/Seoul"))
    yield store
    store.close()


@pytest.fixture
def trip(new_location) -> Iterator[PlanStore]:
    store = PlanStore.create(new_location("trip"), PlanSettings(name="KOFIC", timezone="Asia/Seoul"))
    for kind in ("markets", "venues", "travel", "delegates", "stays", "contacts", "projects", "programme",
                 "availability", "requests"):
        import_file(store, TRIP / f"{kind}.csv", kind)
    yield store
    store.close()


def test_a_plan_built_from_nothing_entity_by_entity(empty: PlanStore) -> None:
    snapshot = empty.read()
    market, changes = save(empty, Market(None, "Marché du Film 2025", "Cannes", "Europe/Paris",
                                         date(2025, 5, 13), date(2025, 5, 21)))
    snapshot = changes.apply_to(snapshot)
    palais, changes = save(empty, Venue(None, "Palais des Festivals", "Europe/Paris", opens=time(9), closes=time(19)))
    snapshot = changes.apply_to(snapshot)
    for entity in (Room(None, palais.id or 0, "Riviera Hall", capacity=60, tables=20),
                   Delegation(None, "Korean Film Council", manager_name="Han So-hee")):
        _saved, changes = save(empty, entity)
        snapshot = changes.apply_to(snapshot)
    delegation = snapshot.delegations[0]
    han, changes = save(empty, Delegate(None, "Han So-hee", delegation.id, native_name="한소희",
                                        email="sohee@kofic.example", home_timezone="Asia/Seoul"))
    snapshot = changes.apply_to(snapshot)
    wong, changes = save(empty, Delegate(None, "Wong Ka-man", native_name="黃嘉敏", email="kaman@example.hk"))
    snapshot = changes.apply_to(snapshot)
    stay, changes = save(empty, Stay(None, han.id or 0, datetime(2025, 5, 12, 16, tzinfo=UTC),
                                     datetime(2025, 5, 17, 13, tzinfo=UTC), "Europe/Paris", market_id=market.id))
    snapshot = changes.apply_to(snapshot)
    _project, changes = save(empty, Project(None, "The Salt Road", original_title="소금길",
                                            member_ids=(han.id or 0, wong.id or 0)))
    snapshot = changes.apply_to(snapshot)
    assert snapshot == empty.read()
    assert [d.display_name for d in snapshot.delegates] == ["Han So-hee 한소희", "Wong Ka-man 黃嘉敏"]
    assert snapshot.stays_of(han.id or 0) == [stay]


@pytest.mark.parametrize(("entity", "message"), [
    (lambda p: Venue(None, "hkcec", "Asia/Hong_Kong"), "a venue called 'hkcec' is already in the plan"),
    (lambda p: Room(None, p.venues[0].id, "haf hall"), "HKCEC already has a room called 'haf hall'"),
    (lambda p: Delegation(None, "Korean Film Council"), "a delegation called"),
    (lambda p: Delegate(None, "Han Again", email="SOHEE.HAN@kofic.example"), "a delegate with the email"),
    (lambda p: Project(None, "The Salt Road"), "a project titled 'The Salt Road'"),
    (lambda p: Stay(None, 999, None, None, "Europe/Paris"), "the delegate it names is no longer in the plan"),
    (lambda p: TravelTime(p.venues[0].id, 999, 20), "the venue it names is no longer in the plan"),
])
def test_refusals_say_why_and_write_nothing(trip: PlanStore, entity: object, message: str) -> None:
    before = trip.read()
    with pytest.raises(ValidationError, match=message):
        save(trip, entity(before))  # type: ignore[operator]
    assert trip.read() == before


def test_an_editor_open_too_long_never_overwrites_a_later_change(trip: PlanStore) -> None:
    opened = trip.read().venues[0]
    save(trip, dataclasses.replace(opened, address="1 Expo Drive"))  # someone else saves first
    with pytest.raises(EditConflict, match=r"'HKCEC' was changed at .+ UTC since you opened it \(address\)"):
        save(trip, dataclasses.replace(opened, native_name="會展"), expected=opened)
    settings = trip.read().settings
    save_settings(trip, dataclasses.replace(settings, name="KOFIC 2025"), expected=settings)
    with pytest.raises(EditConflict):
        save_settings(trip, dataclasses.replace(settings, lunch_minutes=60), expected=settings)


def test_saving_what_is_already_there_changes_nothing(trip: PlanStore) -> None:
    venue = trip.read().venues[0]
    assert save(trip, venue)[1].revisions == ()


def test_a_venue_in_use_asks_what_to_do_with_its_activities(trip: PlanStore) -> None:
    plan = trip.read()
    palais = next(v for v in plan.venues if v.name == "Palais des Festivals")
    with pytest.raises(NeedsChoice) as asked:
        delete(trip, palais)
    assert asked.value.choices == (Resolution.DETACH, Resolution.REASSIGN, Resolution.CANCEL)
    assert "4 activities" in str(asked.value) and "3 rooms" in str(asked.value)
    assert "1 travel time ('Palais des Festivals → Hôtel Barrière Le Majestic')" in str(asked.value)
    assert trip.read() == plan


@pytest.mark.parametrize("resolution", [Resolution.DETACH, Resolution.REASSIGN, Resolution.CANCEL])
def test_deleting_a_venue_settles_its_activities_and_one_undo_puts_everything_back(
        trip: PlanStore, resolution: Resolution) -> None:
    plan = trip.read()
    palais = next(v for v in plan.venues if v.name == "Palais des Festivals")
    majestic = next(v for v in plan.venues if v.name.startswith("Hôtel"))
    at_palais = [a.id for a in plan.activities if a.venue_id == palais.id]
    _dependents, changes = delete(trip, palais, resolution=resolution,
                                 reassign_to=majestic.id if resolution is Resolution.REASSIGN else None)
    after = trip.read()
    assert changes.apply_to(plan) == after
    assert palais.id not in after.venue_by_id and not after.rooms_of(palais.id or 0)
    moved = [after.activity_by_id[i] for i in at_palais]
    expected_venue = majestic.id if resolution is Resolution.REASSIGN else None
    assert {a.venue_id for a in moved} == {expected_venue} and {a.room_id for a in moved} == {None}
    assert all(a.is_cancelled for a in moved) == (resolution is Resolution.CANCEL)
    assert not any(r.venue_id == palais.id for r in after.requests)
    revert(trip, changes)
    back = trip.read()
    assert back.venues == plan.venues and back.rooms == plan.rooms and back.travel_times == plan.travel_times
    assert back.requests == plan.requests
    assert [(a.venue_id, a.room_id, a.status) for a in back.activities] == [
        (a.venue_id, a.room_id, a.status) for a in plan.activities]


def test_a_delegation_moves_its_delegates_to_another(trip: PlanStore) -> None:
    _other, _ = save(trip, Delegation(None, "Busan Film Commission"))
    plan = trip.read()
    kofic, busan = plan.delegations
    with pytest.raises(NeedsChoice):
        delete(trip, kofic)
    delete(trip, kofic, resolution=Resolution.REASSIGN, reassign_to=busan.id)
    assert {d.delegation_id for d in trip.read().delegates} == {busan.id}


def test_a_project_goes_with_its_requests_and_their_meetings_are_cancelled(trip: PlanStore) -> None:
    from desktop_app.services import schedule_service

    schedule_service.apply_schedule(trip, schedule_service.propose_schedule(trip.read(), time_limit=10))
    plan = trip.read()
    salt_road = next(p for p in plan.projects if p.title == "The Salt Road")
    placed = [a for a in plan.activities if a.project_id == salt_road.id and a.request_id is not None]
    assert placed
    with pytest.raises(NeedsChoice, match="meeting request"):
        delete(trip, salt_road)
    delete(trip, salt_road, resolution=Resolution.CANCEL)
    after = trip.read()
    assert salt_road.id not in after.project_by_id
    assert not any(r.project_id == salt_road.id for r in after.requests)
    for meeting in placed:  # kept, cancelled, so delegates' calendars hear of it
        assert after.activity_by_id[meeting.id or 0].status is ActivityStatus.CANCELLED


def test_deleting_a_delegate_removes_them_with_what_depends_on_them(trip: PlanStore) -> None:
    plan = trip.read()
    park = next(d for d in plan.delegates if d.name == "Park Ji-ho")
    _dependents, changes = delete(trip, park)
    after = trip.read()
    assert park.id not in {d.id for d in after.delegates}
    assert after.departed_activities_of(park.id or 0)  # his calendar would hear of each
    assert changes.apply_to(plan) == after
