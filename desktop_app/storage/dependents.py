"""What else a delete changes: rows the database clears (ON DELETE SET NULL) or removes
(ON DELETE CASCADE) along with the deleted row, named as the entities that own them.

The writer journals those too, so an undo puts a delegation's delegates back in it and a
venue's rooms back under it, and a later redo finds every row as it expects. Read from the
schema's own foreign keys, so a table added later is covered without a list kept by hand.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import ForeignKey, Table, select
from sqlalchemy.orm import Session

from . import records as r

EntityRef = tuple[type, object]
"""(entity type, key): the key an entity is loaded by (a travel time's is (from, to))."""


def entity_tables(record_types: dict[type, type[r.Base]]) -> dict[str, type]:
    return {record.__tablename__: entity for entity, record in record_types.items()}


def affected_by_delete(session: Session, table: Table, key: dict[str, Any],
                       owners: dict[str, type], depth: int = 0) -> list[EntityRef]:
    """Entities whose stored state changes when the row of ``table`` with primary ``key`` goes,
    deepest first (a room cascaded away with its venue, then the requests that named the room)."""
    if depth > 8:  # the schema's chains are two long; a cycle would be a schema bug
        raise RuntimeError(f"foreign keys through {table.name} nest too deep")
    found: list[EntityRef] = []
    for foreign_key in _references_to(table):
        child, column = foreign_key.parent.table, foreign_key.parent
        if foreign_key.column.name not in key:
            continue
        rows = session.execute(select(*child.primary_key.columns).where(column == key[foreign_key.column.name]))
        for row in rows:
            row_key = dict(row._mapping)
            if child.name in owners:  # an entity's own row
                if (foreign_key.ondelete or "").upper() == "CASCADE":
                    found += affected_by_delete(session, child, row_key, owners, depth + 1)
                found.append((owners[child.name], _entity_key(child, row_key)))
            else:  # a link row (attendance, team): it belongs to the entity on its other side
                found += list(_link_owners(child, column, row_key, owners))
    return found


def _references_to(table: Table) -> Iterator[ForeignKey]:
    for child in table.metadata.sorted_tables:
        for foreign_key in child.foreign_keys:
            if foreign_key.column.table is table and (foreign_key.ondelete or "").upper() in ("CASCADE", "SET NULL"):
                yield foreign_key


def _link_owners(link: Table, via: Any, row_key: dict[str, Any], owners: dict[str, type]) -> Iterator[EntityRef]:
    for foreign_key in link.foreign_keys:
        if foreign_key.parent is via:
            continue
        owner_table = foreign_key.column.table
        if owner_table.name in owners and foreign_key.parent.name in row_key:
            yield owners[owner_table.name], row_key[foreign_key.parent.name]


def _entity_key(table: Table, row_key: dict[str, Any]) -> object:
    values = [row_key[column.name] for column in table.primary_key.columns]
    return values[0] if len(values) == 1 else tuple(values)
