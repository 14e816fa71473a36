"""Edit use cases on activities, shared by the GUI (undo commands) and the command line.

Each function is one ``store.write()`` transaction: it validates against the plan as it is
inside that transaction, revises activities through ``Activity.revised`` so calendar SEQUENCE
numbers go up, and returns a ``Changes`` record that tells views what to refresh.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from desktop_app.domain.activities import Activity, ActivityStatus, Attendance
from desktop_app.domain.errors import NotFoundError, ValidationError
from desktop_app.domain.people import Contact, Delegate, Project
from desktop_app.domain.places import Venue
from desktop_app.domain.timezones import utc_now

if TYPE_CHECKING:  # only annotations: the window imports this module before any plan is open
    from desktop_app.storage.plan_store import PlanStore
    from desktop_app.storage.writer import PlanWriter

from desktop_app.services.changes import Changes
from desktop_app.services.editing.journal import EditConflict, changed_by, journaled
from desktop_app.services.errors import UserError

Clock = Callable[[], datetime]


_NOT_EDITABLE = frozenset({"id", "uid", "sequence", "created", "last_modified", "deleted_at",
                           "former_attendee_ids"})


FieldsFor = Callable[[Activity], Mapping[str, Any]]
"""The changes to make, worked out from the activity as it is inside the transaction."""


def revise_in(tx: PlanWriter, activity_id: int, fields_for: FieldsFor, now: datetime) -> tuple[Activity, Activity]:
    """The one way an activity is edited, whoever asks: read it inside the transaction, revise it
    (SEQUENCE up when calendars must re-read it; a delegate taken off becomes a former attendee)
    and write it. Returns (before, after); after is before when nothing changed."""
    current = tx.activity(activity_id)
    fields = fields_for(current)
    _check_editable(fields)
    updated = current.revised(now=now, **fields)
    if updated == current:  # ``revised`` stamps the time only when something changed
        return current, current
    return current, tx.update(updated)


def _constant(fields: Mapping[str, Any]) -> FieldsFor:
    return lambda _current: fields


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
            current, updated = revise_in(tx, activity_id, _constant(fields), now)
            if updated is current:
                continue
            previous[activity_id] = {
                name: getattr(current, name) for name in fields if getattr(current, name) != fields[name]
            }
        changes = journaled(tx)
    return EditResult(changes, previous)


def update_activities(store: PlanStore, changes_by_id: Mapping[int, Mapping[str, Any]], *,
                      clock: Clock = utc_now) -> Changes:
    return edit_activities(store, changes_by_id, clock=clock).changes


def update_activity(store: PlanStore, activity_id: int, *, clock: Clock = utc_now, **changes: Any) -> Changes:
    return update_activities(store, {activity_id: changes}, clock=clock)


def shift_activities(store: PlanStore, activity_ids: Iterable[int], delta: timedelta, *,
                     clock: Clock = utc_now) -> Changes:
    """Move activities by ``delta`` from where they are *in the file*, in one transaction.

    Relative on purpose: a second "15 min later" pressed before the view caught up must move
    another 15 minutes, not set the same absolute time again.
    """
    ids = list(dict.fromkeys(activity_ids))
    if not delta or not ids:
        return Changes()
    now = clock()
    with store.write() as tx:
        for activity_id in ids:
            revise_in(tx, activity_id, lambda current: {"start": current.start + delta, "end": current.end + delta},
                      now)
        return journaled(tx)


def move_activity(store: PlanStore, activity_id: int, new_start: datetime, new_end: datetime, *,
                  clock: Clock = utc_now) -> Changes:
    return update_activity(store, activity_id, start=new_start, end=new_end, clock=clock)


def set_status(store: PlanStore, activity_id: int, status: ActivityStatus, *, clock: Clock = utc_now) -> Changes:
    return update_activity(store, activity_id, status=ActivityStatus(status), clock=clock)


def add_attendees(store: PlanStore, activity_ids: Iterable[int], delegate_ids: Iterable[int], *,
                  required: bool = True, clock: Clock = utc_now) -> Changes:
    """Add delegates to activities, in one transaction. Relative, as a shift is: each activity
    keeps whoever attends it in the file; a delegate already there keeps their attendance."""
    activities = list(dict.fromkeys(activity_ids))
    people = list(dict.fromkeys(delegate_ids))
    if not activities or not people:
        return Changes()
    now = clock()

    def with_people(current: Activity) -> dict[str, Any]:
        present = set(current.delegate_ids)
        added = tuple(Attendance(person, required) for person in people if person not in present)
        return {"attendees": (*current.attendees, *added)}

    with store.write() as tx:
        for person in people:
            _live_person(tx, Delegate, person, "attendees")
        for activity_id in activities:
            revise_in(tx, activity_id, with_people, now)
        return journaled(tx)


def add_activity(store: PlanStore, activity: Activity) -> tuple[Activity, Changes]:
    """Add a new activity (its ``id`` is ignored); returns it as saved, with its id."""
    with store.write() as tx:
        check_references(tx, activity)
        saved = tx.add(dataclasses.replace(activity, id=None))
        changes = journaled(tx)
    assert saved.id is not None
    return saved, changes


def save_activity(store: PlanStore, activity: Activity, *, expected: Activity | None = None,
                  clock: Clock = utc_now) -> tuple[Activity, Changes]:
    """What an editor saves: a new activity (no id) is added; an existing one gets the fields that
    differ from ``expected`` (the activity as the editor loaded it), through ``revise_in``, so
    SEQUENCE goes up and a delegate taken off becomes a former attendee. Refused with
    ``EditConflict``, nothing written, when the activity was changed or deleted since."""
    if activity.id is None:
        return add_activity(store, activity)
    with store.write() as tx:
        try:
            current = tx.activity(activity.id)
        except NotFoundError:
            raise UserError(f"'{activity.title}' was deleted since you opened it; nothing was changed") from None
        baseline = current if expected is None else expected
        if _as_edited(current) != _as_edited(baseline):
            raise EditConflict(_changed_since(current, baseline, changed_by(tx, current)))
        fields = {f.name: getattr(activity, f.name) for f in dataclasses.fields(Activity)
                  if f.name not in _NOT_EDITABLE and getattr(activity, f.name) != getattr(current, f.name)}
        check_references(tx, activity)
        _before, after = revise_in(tx, activity.id, _constant(fields), clock())
        return after, journaled(tx)


def _as_edited(activity: Activity) -> Activity:
    """What a person could have changed: SEQUENCE and the modification time are the plan's bookkeeping."""
    return dataclasses.replace(activity, sequence=0, last_modified=None)


def _changed_since(current: Activity, expected: Activity, by: str = "") -> str:
    fields = [f.name for f in dataclasses.fields(Activity)
              if f.name not in {"sequence", "last_modified"} and getattr(current, f.name) != getattr(expected, f.name)]
    return (f"'{expected.title}' was changed{by} since you opened it ({', '.join(fields)}); "
            "nothing was changed: look at it again and redo your change")


def check_references(tx: PlanWriter, activity: Activity) -> None:
    """The people, project and place an activity names exist and are not removed (a few
    lookups, not a whole-plan read: an edit stays fast on a 5,000-activity plan)."""
    for attendance in activity.attendees:
        _live_person(tx, Delegate, attendance.delegate_id, "attendees")
    for contact_id in activity.contact_ids:
        _live_person(tx, Contact, contact_id, "contacts")
    if activity.project_id is not None:
        tx.entity(Project, activity.project_id)
    if activity.venue_id is not None:
        tx.entity(Venue, activity.venue_id)


def _live_person(tx: PlanWriter, kind: type[Delegate] | type[Contact], person_id: int, field: str) -> None:
    try:
        person = tx.entity(kind, person_id)
    except NotFoundError:
        raise ValidationError(field, f"no {kind.__name__.lower()} with id {person_id}") from None
    if person.removed_at is not None:
        raise ValidationError(field, f"{person.name} was removed from the plan")


def delete_activities(store: PlanStore, activity_ids: Iterable[int], *, skip_missing: bool = False,
                      clock: Clock = utc_now) -> tuple[list[Activity], Changes]:
    """Delete activities in one transaction; returns them as they were, so they can be restored (undo).

    A deleted activity leaves every view but is kept, SEQUENCE up, so that calendars that hold
    it receive its cancellation instead of keeping a stale event. ``skip_missing`` leaves out
    activities already gone (a second Delete pressed before the view caught up) instead of
    refusing the whole deletion.
    """
    deleted: list[Activity] = []
    now = clock()
    with store.write() as tx:  # one activity at a time, as edits do: no whole-plan read
        for activity_id in activity_ids:
            try:
                current = tx.activity(activity_id)
            except NotFoundError:
                if not skip_missing:
                    raise
                continue
            tx.update(current.revised(now=now, deleted_at=now))
            deleted.append(current)
        return deleted, journaled(tx)


def delete_activity(store: PlanStore, activity_id: int) -> tuple[Activity, Changes]:
    deleted, changes = delete_activities(store, [activity_id])
    return deleted[0], changes


def restore_activities(store: PlanStore, activities: Iterable[Activity], *,
                       clock: Clock = utc_now) -> tuple[list[Activity], Changes]:
    """Bring deleted activities back with their ids and UIDs (calendars see the same events
    again, SEQUENCE up) and the fields they had when deleted (undo)."""
    restored: list[Activity] = []
    now = clock()
    with store.write() as tx:
        for activity in activities:
            if activity.id is None:
                raise ValidationError("id", f"'{activity.title}' was never saved")
            current = tx.activity(activity.id, deleted=True)
            if current.deleted_at is None:
                raise ValidationError("uid", f"'{activity.title}' is already in the plan")
            check_references(tx, activity)  # a delegate or venue it names may have gone since
            fields = {name: getattr(activity, name) for name in _RESTORED_FIELDS}
            back = current.revised(now=now, deleted_at=None, **fields)
            restored.append(tx.update(back))
        return restored, journaled(tx)


_RESTORED_FIELDS = ("title", "start", "end", "timezone", "kind", "status", "venue_id", "room_id", "priority",
                    "notes", "url", "project_id", "attendees", "contact_ids", "pinned")


def restore_activity(store: PlanStore, activity: Activity) -> tuple[Activity, Changes]:
    restored, changes = restore_activities(store, [activity])
    return restored[0], changes


def _check_editable(fields: Mapping[str, Any]) -> None:
    known = {f.name for f in dataclasses.fields(Activity)}
    for name in fields:
        if name not in known:
            raise ValidationError(name, "activities have no such field")
        if name in _NOT_EDITABLE:
            raise ValidationError(name, "is kept by the plan and cannot be edited")
