"""After an edit, checking again only the delegates, rooms and activities it touched finds exactly
what checking the whole plan finds."""

from __future__ import annotations

import dataclasses
import random
from datetime import timedelta
from pathlib import Path

from benchmarks.generate_plan import generate_plan, write_plan_file
from desktop_app.domain.activities import Attendance
from desktop_app.domain.conflicts import find_conflicts
from desktop_app.services.changes import Changes
from desktop_app.services.conflict_service import conflicts_after, touched_scopes
from desktop_app.services.editing import activities as activity_service
from desktop_app.services.editing.entities import save
from desktop_app.storage.plan_store import PlanStore


def test_random_edits_keep_incremental_conflicts_equal_to_a_full_check(tmp_path: Path) -> None:
    path = tmp_path / "bench.dplan"
    write_plan_file(generate_plan(delegates=12, activities=600, seed=5), path)
    rng = random.Random(5)
    with PlanStore.open(path) as store:
        plan = store.read()
        conflicts = find_conflicts(plan)
        incremental = 0
        for step in range(40):
            changes = _random_edit(store, plan, rng)
            plan = changes.apply_to(plan)
            conflicts = conflicts_after(plan, conflicts, changes)
            incremental += touched_scopes(changes) is not None
            assert conflicts == find_conflicts(store.read()), f"step {step}"
        assert incremental >= 35  # the comparison really exercised the narrow path


def _random_edit(store: PlanStore, plan: object, rng: random.Random) -> Changes:
    activities = list(plan.activities)  # type: ignore[attr-defined]
    activity = rng.choice(activities)
    delegates = plan.delegates  # type: ignore[attr-defined]
    choice = rng.randrange(6)
    if choice == 0:
        return activity_service.shift_activities(store, [activity.id], timedelta(minutes=rng.choice((-45, 30, 90))))
    if choice == 1:
        other = rng.choice(delegates)
        attendees = (*tuple(a for a in activity.attendees if a.delegate_id != other.id), Attendance(other.id))
        return activity_service.edit_activities(store, {activity.id: {"attendees": attendees}}).changes
    if choice == 2 and activity.attendees:
        return activity_service.edit_activities(store, {activity.id: {"attendees": activity.attendees[1:]}}).changes
    if choice == 3:
        rooms = [r for r in plan.rooms if r.venue_id == activity.venue_id]  # type: ignore[attr-defined]
        if rooms:
            room = rng.choice(rooms)
            return activity_service.edit_activities(store, {activity.id: {"room_id": room.id}}).changes
    if choice == 4:
        return activity_service.delete_activities(store, [activity.id])[1]
    stays = plan.stays  # type: ignore[attr-defined]
    stay = rng.choice(stays)
    assert stay.arrival is not None
    return save(store, dataclasses.replace(stay, arrival=stay.arrival + timedelta(hours=rng.choice((-20, 20)))))[1]
