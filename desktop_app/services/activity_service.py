"""Edit use cases on activities, shared by the GUI (undo commands) and the command line.

Each function is one ``store.write()`` transaction: it validates against the plan as it is
inside that transaction, revises activities through ``Activity.revised`` so calendar SEQUENCE
numbers go up, and returns a ``Changes`` record that tells views what to refresh.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from desktop_app.domain.activities import Activity, ActivityStatus
from desktop_app.domain.errors import NotFoundError, ValidationError
from desktop_app.domain.timezones import utc_now
from desktop_app.storage.plan_store import PlanStore

Clock = Callable[[], datetime]


class EntityKind(StrEnum):
    """The kinds of things a change can touch; views refresh only for kinds they show."""

    SETTINGS = "settings"
    MARKET = "market"
    VENUE = "venue"
    DELEGATE = "delegate"
    CONTACT = "contact"
    PROJECT = "project"
    ACTIVITY = "activity"
    AVAILABILITY = "availability"
    REQUEST = "request"


@dataclass(frozen=True, slots=True)
class Changes:
    """What one user action changed. Activities are named by id so tables can update rows narrowly."""

    kinds: frozenset[EntityKind] = frozenset()
    updated_activity_ids: frozenset[int] = frozenset()
    added_activity_ids: frozenset[int] = frozenset()
    removed_activity_ids: frozenset[int] = frozenset()

    @classmethod
    def everything(cls) -> Changes:
        """A whole plan was (re)loaded: every view refreshes fully."""
        return cls(kinds=frozenset(EntityKind))

    @classmethod
    def activities(cls, *, updated: Iterable[int] = (), added: Iterable[int] = (),
                   removed: Iterable[int] = ()) -> Changes:
        return cls(
            kinds=frozenset({EntityKind.ACTIVITY}),
            updated_activity_ids=frozenset(updated),
            added_activity_ids=frozenset(added),
            removed_activity_ids=frozenset(removed),
        )

    def touches(self, kind: EntityKind) -> bool:
        return kind in self.kinds

    @property
    def is_everything(self) -> bool:
        return self.kinds == frozenset(EntityKind)

    @property
    def rows_added_or_removed(self) -> bool:
        """Whether lists must be rebuilt, rather than changed rows repainted."""
        return self.is_everything or bool(self.added_activity_ids or self.removed_activity_ids)

    @property
    def activity_ids(self) -> frozenset[int]:
        return self.updated_activity_ids | self.added_activity_ids | self.removed_activity_ids

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            kinds=self.kinds | other.kinds,
            updated_activity_ids=self.updated_activity_ids | other.updated_activity_ids,
            added_activity_ids=self.added_activity_ids | other.added_activity_ids,
            removed_activity_ids=self.removed_activity_ids | other.removed_activity_ids,
        )


_NOT_EDITABLE = frozenset({"id", "uid", "sequence", "created", "last_modified"})


@dataclass(frozen=True, slots=True)
class EditResult:
    changes: Changes
    previous: dict[int, dict[str, Any]]
    """For each activity actually changed, the old values of the fields that changed (for undo)."""


def edit_activities(store: PlanStore, changes_by_id: Mapping[int, Mapping[str, Any]], *,
                    clock: Clock = utc_now) -> EditResult:
    """Apply field changes to several activities in one transaction (all or none)."""
    for fields in changes_by_id.values():
        _check_editable(fields)
    now = clock()
    previous: dict[int, dict[str, Any]] = {}
    with store.write() as tx:
        # One activity at a time, not a whole-plan snapshot: an edit on a 5,000-activity plan
        # stays a few milliseconds. The writer checks room-in-venue; foreign keys the rest.
        for activity_id, fields in changes_by_id.items():
            current = tx.activity(activity_id)
            updated = current.revised(now=now, **fields)
            if updated == current:
                continue
            tx.update(updated)
            previous[activity_id] = {
                name: getattr(current, name) for name in fields if getattr(current, name) != fields[name]
            }
    changes = Changes.activities(updated=previous) if previous else Changes()
    return EditResult(changes, previous)


def update_activities(store: PlanStore, changes_by_id: Mapping[int, Mapping[str, Any]], *,
                      clock: Clock = utc_now) -> Changes:
    return edit_activities(store, changes_by_id, clock=clock).changes


def update_activity(store: PlanStore, activity_id: int, *, clock: Clock = utc_now, **changes: Any) -> Changes:
    return update_activities(store, {activity_id: changes}, clock=clock)


def move_activity(store: PlanStore, activity_id: int, new_start: datetime, new_end: datetime, *,
                  clock: Clock = utc_now) -> Changes:
    return update_activity(store, activity_id, start=new_start, end=new_end, clock=clock)


def set_status(store: PlanStore, activity_id: int, status: ActivityStatus, *, clock: Clock = utc_now) -> Changes:
    return update_activity(store, activity_id, status=ActivityStatus(status), clock=clock)


def add_activity(store: PlanStore, activity: Activity) -> tuple[Activity, Changes]:
    """Add a new activity (its ``id`` is ignored); returns it as saved, with its id."""
    with store.write() as tx:
        plan = tx.snapshot()
        plan.check_activity(activity)
        saved = tx.add(dataclasses.replace(activity, id=None))
    assert saved.id is not None
    return saved, Changes.activities(added=[saved.id])


def delete_activities(store: PlanStore, activity_ids: Iterable[int]) -> tuple[list[Activity], Changes]:
    """Delete activities in one transaction; returns them as they were, so they can be restored (undo)."""
    with store.write() as tx:
        plan = tx.snapshot()
        deleted = [_activity(plan.activity_by_id, activity_id) for activity_id in activity_ids]
        for activity_id in (a.id for a in deleted if a.id is not None):
            tx.delete(Activity, activity_id)
    return deleted, Changes.activities(removed=[a.id for a in deleted if a.id is not None])


def delete_activity(store: PlanStore, activity_id: int) -> tuple[Activity, Changes]:
    deleted, changes = delete_activities(store, [activity_id])
    return deleted[0], changes


def restore_activities(store: PlanStore, activities: Iterable[Activity]) -> tuple[list[Activity], Changes]:
    """Put deleted activities back with their UIDs, so calendars see the same events again.

    The database hands out new ids; callers holding the old ones must use the returned activities'.
    """
    restored: list[Activity] = []
    with store.write() as tx:
        plan = tx.snapshot()
        uids = {existing.uid for existing in plan.activities}
        for activity in activities:
            if activity.uid in uids:
                raise ValidationError("uid", f"'{activity.title}' is already in the plan")
            plan.check_activity(activity)
            restored.append(tx.add(dataclasses.replace(activity, id=None)))
    return restored, Changes.activities(added=[a.id for a in restored if a.id is not None])


def restore_activity(store: PlanStore, activity: Activity) -> tuple[Activity, Changes]:
    restored, changes = restore_activities(store, [activity])
    return restored[0], changes


def _activity(activity_by_id: Mapping[int, Activity], activity_id: int) -> Activity:
    activity = activity_by_id.get(activity_id)
    if activity is None:
        raise NotFoundError(f"no activity with id {activity_id} in the plan (was it deleted?)")
    return activity


def _check_editable(fields: Mapping[str, Any]) -> None:
    known = {f.name for f in dataclasses.fields(Activity)}
    for name in fields:
        if name not in known:
            raise ValidationError(name, "activities have no such field")
        if name in _NOT_EDITABLE:
            raise ValidationError(name, "is kept by the plan and cannot be edited")
