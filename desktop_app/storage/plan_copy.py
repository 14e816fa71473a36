"""Copying a plan between a file and a server (either way): every table, row for row.

Ids, UIDs, SEQUENCE numbers, row versions and the change log are kept, so delegates'
calendars keep updating from the copy and its history reads as the original's. The target is
built whole before anyone can open it: a file beside its final name, moved into place; a
schema in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.engine import Connection

from desktop_app.domain.plan_location import PlanLocation, ServerPlan

from . import migrator
from .plan_store import PlanStore
from .records import Base
from .server_backend import reset_sequences

BATCH_ROWS = 2000

Progress = Callable[[str, int], None]
"""(table, rows copied so far)."""


def copy_plan(source: PlanStore, target: PlanLocation, *, author: str = "",
              progress: Progress | None = None) -> PlanStore:
    """A new plan at ``target`` holding everything ``source`` holds (one snapshot of it)."""
    revision = source.schema_revision()
    if revision != migrator.HEAD_REVISION:  # an open store is always at the head; a guard for the future
        raise RuntimeError(f"copying needs both plans at schema {migrator.HEAD_REVISION}, not {revision}")
    tables = list(Base.metadata.sorted_tables)  # parents before the rows that name them
    with source.raw_read() as reading:
        def fill(connection: Connection) -> None:
            for table in tables:
                copied = 0
                result = reading.execute(select(table).order_by(*table.primary_key))
                while batch := result.fetchmany(BATCH_ROWS):
                    connection.execute(table.insert(), [dict(row._mapping) for row in batch])
                    copied += len(batch)
                    if progress is not None:
                        progress(table.name, copied)
            if isinstance(target, ServerPlan):
                reset_sequences(connection)

        return PlanStore.create_filled(target, fill, author=author)


def row_counts(store: PlanStore) -> dict[str, int]:
    """Rows per table (what a copy must match)."""
    from sqlalchemy import func

    with store.raw_read() as connection:
        return {table.name: int(connection.execute(select(func.count()).select_from(table)).scalar_one())
                for table in Base.metadata.sorted_tables}
