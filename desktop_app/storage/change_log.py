"""The plan's log of changes: one row per committed transaction (who, when, how many of what).

Written by the ``PlanWriter`` of each transaction, read by the history command and dialog and
by a window that was told another manager changed the plan. Counts are by table name, so a
table added later is counted without a list kept here.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.domain.change_log import ChangeCount, ChangeEntry

from . import records as r

_MARKS = ("deleted_at", "removed_at")
"""Fields that mark an entity deleted (activities) or removed (people) while it is kept."""
_BOOKKEEPING = frozenset({"sequence", "last_modified", "former_attendee_ids"})
_MOVES = frozenset({"start", "end"})


def verb_of(before: object | None, after: object | None) -> str:
    """What one revision did: added, deleted, removed, restored, moved or changed."""
    if before is None:
        return "added"
    if after is None:
        return "deleted"
    for mark in _MARKS:
        was, now = getattr(before, mark, None), getattr(after, mark, None)
        if was is None and now is not None:
            return "deleted" if mark == "deleted_at" else "removed"
        if was is not None and now is None:
            return "restored"
    if dataclasses.is_dataclass(before):
        changed = {f.name for f in dataclasses.fields(before)
                   if f.name not in _BOOKKEEPING and getattr(before, f.name) != getattr(after, f.name)}
        if changed and changed <= _MOVES:
            return "moved"
    return "changed"


def summarize(revisions: Iterable[tuple[object | None, object | None]], table_of: Callable[[object], str],
              key_of: Callable[[object], object]) -> dict[str, dict[str, int]]:
    """{table: {verb: count}} of a transaction's journal, each entity counted once (from its
    first before to its last after); one written back as it was is not counted."""
    merged: dict[tuple[type, object], tuple[object | None, object | None]] = {}
    for before, after in revisions:
        entity = after if after is not None else before
        key = (type(entity), key_of(entity))
        first = merged.get(key)
        merged[key] = (first[0] if first else before, after)
    counts: dict[str, dict[str, int]] = {}
    for before, after in merged.values():
        if before == after:
            continue
        entity = after if after is not None else before
        verbs = counts.setdefault(table_of(entity), {})
        verb = verb_of(before, after)
        verbs[verb] = verbs.get(verb, 0) + 1
    return counts


def entry_from(record: r.ChangeRecord) -> ChangeEntry:
    return ChangeEntry(id=record.id, at=record.at, author=record.author, counts=_counts(record.summary),
                       app_version=record.app_version)


def _counts(summary: str) -> tuple[ChangeCount, ...]:
    try:
        data: Any = json.loads(summary or "{}")
    except ValueError:
        return ()
    if not isinstance(data, dict):
        return ()
    return tuple(ChangeCount(str(table), str(verb), int(count))
                 for table, verbs in data.items() if isinstance(verbs, dict)
                 for verb, count in verbs.items())


def read_history(session: Session, *, after: int | None = None, limit: int | None = None) -> list[ChangeEntry]:
    """Changes newest first; ``after``: only those with a greater id (committed later)."""
    query = select(r.ChangeRecord).order_by(r.ChangeRecord.id.desc())
    if after is not None:
        query = query.where(r.ChangeRecord.id > after)
    if limit is not None:
        query = query.limit(limit)
    return [entry_from(record) for record in session.scalars(query)]


def latest_change_id(session: Session) -> int:
    found = session.scalar(select(r.ChangeRecord.id).order_by(r.ChangeRecord.id.desc()).limit(1))
    return int(found or 0)


def change_by_id(session: Session, change_id: int) -> ChangeEntry | None:
    record = session.get(r.ChangeRecord, change_id) if change_id else None
    return entry_from(record) if record is not None else None
