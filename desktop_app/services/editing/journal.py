"""Undo and redo of any action, from the record of what it wrote.

Every transaction's writer keeps a journal; ``journaled(tx)`` turns it into the ``Changes`` a
service returns. ``revert(store, changes)`` writes each entity's ``before`` back, in one
transaction, newest first. An undo is itself an edit: each entity must still be as the action
left it (else ``EditConflict``, naming what changed since, and nothing is written), and it
never lowers an activity's SEQUENCE nor makes an event vanish from a calendar: an activity the
action created is deleted with a mark (its cancellation still reaches phones), and one it
changed is revised back, SEQUENCE up. Redo is the revert of the undo.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from desktop_app.domain.activities import Activity
from desktop_app.domain.errors import NotFoundError
from desktop_app.domain.people import Contact, Delegate
from desktop_app.domain.places import TravelTime
from desktop_app.domain.plan import PlanSettings
from desktop_app.domain.plan_patch import entity_key
from desktop_app.domain.timezones import utc_now
from desktop_app.services.changes import Changes, EntityKind, Revision
from desktop_app.services.errors import UserError

if TYPE_CHECKING:
    from desktop_app.storage.plan_store import PlanStore
    from desktop_app.storage.writer import PlanWriter

Clock = Callable[[], datetime]

_KEPT = frozenset({"id", "uid", "sequence", "created", "last_modified", "former_attendee_ids"})
"""Activity fields an undo never writes back: identity, and what ``revised`` keeps itself."""


class EditConflict(UserError):
    """Something changed since it was read (by an editor, or by the action being undone); nothing
    was written. The message says who changed it and when, as the change log has it."""


def changed_by(tx: PlanWriter, entity: object) -> str:
    """' by Lau Mei-ling at 2025-03-01 09:30 UTC' for the last change of the entity's row; ''
    when the log does not know (a row from before team plans, or one already gone)."""
    try:
        entry = tx.last_change(type(entity), entity_key(entity))
    except KeyError:  # not an entity kind of the writer
        return ""
    if entry is None:
        return ""
    who = f" by {entry.author}" if entry.author else ""
    return f"{who} at {entry.at:%Y-%m-%d %H:%M} UTC"


def journaled(tx: PlanWriter) -> Changes:
    """The ``Changes`` of everything ``tx`` wrote so far (the delivery record only as a kind:
    views re-read it)."""
    changes = Changes.of(Revision(w.before, w.after) for w in tx.written)
    if tx.delivery_written:
        return dataclasses.replace(changes, kinds=changes.kinds | {EntityKind.DELIVERY})
    return changes


def revert(store: PlanStore, changes: Changes, *, clock: Clock = utc_now) -> Changes:
    """Put back every entity ``changes`` wrote, as it was before; returns what that wrote."""
    if not changes.can_patch:
        raise UserError("this action cannot be undone: it did not record what it changed")
    now = clock()
    with store.write() as tx:
        for revision in reversed(changes.revisions):
            _revert_one(tx, revision, now)
        return journaled(tx)


def _revert_one(tx: PlanWriter, revision: Revision, now: datetime) -> None:
    entity_type = type(revision.entity)
    current = _current(tx, entity_type, entity_key(revision.entity))
    if _comparable(current) != _comparable(revision.after):  # changed since: would overwrite a later edit
        raise EditConflict(_conflict_text(revision.entity, current, revision.after,
                                          changed_by(tx, current) if current is not None else ""))
    target = revision.before
    if isinstance(revision.entity, Activity):
        _revert_activity(tx, current, target, now)  # type: ignore[arg-type]
    elif isinstance(revision.entity, PlanSettings):
        assert isinstance(target, PlanSettings)
        tx.set_settings(target)
    elif target is None:
        if isinstance(current, Delegate | Contact):  # people are marked removed, never erased
            tx.update(dataclasses.replace(current, removed_at=now))
        else:
            _delete(tx, entity_type, entity_key(revision.entity))
    elif current is None:
        tx.add(target, keep_id=True)
    else:
        tx.update(target)


def _revert_activity(tx: PlanWriter, current: Activity | None, target: Activity | None, now: datetime) -> None:
    if target is None:  # the action made it: delete it with a mark, so calendars hear it is cancelled
        if current is not None and current.deleted_at is None:
            tx.update(current.revised(now=now, deleted_at=now))
        return
    if current is None:  # erased altogether (never by this app's own actions)
        tx.add(target, keep_id=True)
        return
    fields = {f.name: getattr(target, f.name) for f in dataclasses.fields(Activity) if f.name not in _KEPT}
    tx.update(current.revised(now=now, **fields))


def _comparable(entity: object | None) -> object | None:
    """What a person could have changed: an activity's SEQUENCE, modification time and former
    attendees are the plan's own bookkeeping (undoing a later action leaves them higher, or
    names the delegate it took off, and that is no conflict)."""
    if isinstance(entity, Activity):
        return dataclasses.replace(entity, sequence=0, last_modified=None, former_attendee_ids=())
    return entity


def _current(tx: PlanWriter, entity_type: type, key: object) -> Any:
    if entity_type is PlanSettings:
        return tx.settings()
    try:
        return tx.entity(entity_type, key)
    except NotFoundError:
        return None


def _conflict_text(entity: object, current: object | None, expected: object | None, by: str = "") -> str:
    name = getattr(entity, "title", None) or getattr(entity, "name", None) or type(entity).__name__.lower()
    if current is None:
        return f"'{name}' was deleted since; the action cannot be undone"
    if expected is None:
        return f"'{name}' was added again since; the action cannot be undone"
    bookkeeping = {"last_modified", "sequence", "former_attendee_ids"}
    fields = [f.name for f in dataclasses.fields(current)  # type: ignore[arg-type]
              if f.name not in bookkeeping and getattr(current, f.name) != getattr(expected, f.name)]
    what = ", ".join(fields) or "it"
    return f"'{name}' was changed since ({what}){by}; undoing would overwrite that, so nothing was changed"


def _delete(tx: PlanWriter, entity_type: type, key: object) -> None:
    if entity_type is TravelTime:
        assert isinstance(key, tuple)
        tx.delete_travel(*key)
    else:
        assert isinstance(key, int)
        tx.delete(entity_type, key)
