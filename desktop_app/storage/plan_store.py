"""A plan opened for use, in a file or on a server: snapshots to read, one transaction per user
action to write, the change log, and a counter that moves when someone else has written.

The engine-specific parts live in ``sqlite_backend`` (a file) and ``server_backend``
(PostgreSQL); everything here is the same for both.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from sqlalchemy import insert
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from desktop_app.domain.change_log import ChangeEntry
from desktop_app.domain.plan import Plan, PlanSettings
from desktop_app.domain.plan_location import PlanLocation, ServerPlan
from desktop_app.domain.timezones import utc_now

from . import change_log, migrator, server_backend, sqlite_backend
from .errors import PlanUpgradedElsewhere
from .mapping import load_plan
from .records import SettingsRecord
from .writer import PlanWriter

Clock = Callable[[], datetime]
Backend = sqlite_backend.FileBackend | server_backend.ServerBackend


class PlanStore:
    """An open plan. Reads return immutable ``Plan`` snapshots; writes are transactions, each
    recorded in the plan's change log under ``author``."""

    def __init__(self, backend: Backend, clock: Clock = utc_now, *, author: str = "",
                 revision: str = migrator.HEAD_REVISION) -> None:
        self._backend = backend
        self.path: PlanLocation = backend.location
        self._write_lock = threading.Lock()  # one write at a time on the one write connection
        self._clock = clock
        self.author = author
        self._revision = revision
        self.own_changes: set[int] = set()
        """Change-log ids of this store's own commits (a window tells others' apart)."""
        self.upgraded_from: str | None = None
        self.backup_path: Path | None = None

    @property
    def location(self) -> PlanLocation:
        return self.path

    @property
    def on_server(self) -> bool:
        return isinstance(self.path, ServerPlan)

    # --- opening ----------------------------------------------------------------------

    @classmethod
    def create(cls, location: PlanLocation | str, settings: PlanSettings | None = None, *,
               clock: Clock = utc_now, author: str = "") -> PlanStore:
        """A new plan at the head schema: a file (built beside the target and moved into place
        whole) or a schema on a server (made in one transaction)."""
        return cls.create_filled(location, lambda connection: _insert_settings(connection, settings),
                                 clock=clock, author=author)

    @classmethod
    def create_filled(cls, location: PlanLocation | str, fill: Callable[[Connection], None], *,
                      clock: Clock = utc_now, author: str = "") -> PlanStore:
        """A new plan whose rows ``fill`` inserts (a copy of another plan, all of its tables)."""
        location = Path(location) if isinstance(location, str) else location
        backend: Backend
        if isinstance(location, ServerPlan):
            backend = server_backend.create_schema(location, fill)
        else:
            backend = sqlite_backend.create_file(location, fill)
        return cls(backend, clock, author=author)

    @classmethod
    def open(cls, location: PlanLocation | str, *, clock: Clock = utc_now, author: str = "") -> PlanStore:
        """Open an existing plan, upgrading an older schema (a file after a backup copy beside it)."""
        location = Path(location) if isinstance(location, str) else location
        opened = (server_backend.open_server(location) if isinstance(location, ServerPlan)
                  else sqlite_backend.open_file(location))
        store = cls(opened.backend, clock, author=author, revision=opened.revision)
        store.upgraded_from, store.backup_path = opened.upgraded_from, opened.backup_path
        return store

    def close(self) -> None:
        with self._write_lock:
            self._backend.close()

    def __enter__(self) -> PlanStore:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # --- reading and writing ----------------------------------------------------------

    def read(self) -> Plan:
        with self._backend.errors(), Session(self._backend.read_engine) as session, session.begin():
            return load_plan(session)

    def schema_revision(self) -> str | None:
        with self._backend.errors(), self._backend.read_engine.connect() as connection:
            return migrator.current_revision(connection)

    @contextmanager
    def write(self) -> Iterator[PlanWriter]:
        """One user action: everything inside commits together or not at all, recorded in the
        change log (who, when, what) and announced to the plan's other windows."""
        with (self._write_lock, self._backend.errors(),
              Session(self._backend.write_engine, autoflush=True) as session, session.begin()):
            connection = session.connection()
            self._backend.lock_plan(connection)
            self._refuse_if_upgraded(connection)
            writer = PlanWriter(session, self._clock, author=self.author)
            yield writer
            change_id = writer.finish()
            if change_id is not None:
                self._backend.announce(connection, change_id)
                self.own_changes.add(change_id)

    def _refuse_if_upgraded(self, connection: Connection) -> None:
        """An older version never writes into a schema a newer one upgraded meanwhile."""
        revision = migrator.current_revision(connection)
        if revision != self._revision:
            raise PlanUpgradedElsewhere(
                f"{self.path} was upgraded to schema {revision} by a newer Delegation Planner while open here; "
                f"this version writes schema {self._revision}, so it changed nothing: update the app to go on "
                "editing (reading still works)")

    def data_version(self) -> int | None:
        """A number that changes when another connection (window, process, manager) has
        committed to the plan since the last call; this store's own writes leave it alone. None
        while one of them is under way (the caller asks again later rather than wait). Raises
        ``ServerUnavailable`` while a server cannot be reached."""
        if isinstance(self._backend, server_backend.ServerBackend):
            return self._backend.data_version()
        if not self._write_lock.acquire(blocking=False):
            return None
        try:
            return self._backend.data_version()
        finally:
            self._write_lock.release()

    # --- the change log ---------------------------------------------------------------

    def history(self, *, after: int | None = None, limit: int | None = None) -> list[ChangeEntry]:
        """The plan's changes, newest first (``after``: only later ones)."""
        with self._backend.errors(), Session(self._backend.read_engine) as session, session.begin():
            return change_log.read_history(session, after=after, limit=limit)

    def latest_change_id(self) -> int:
        with self._backend.errors(), Session(self._backend.read_engine) as session, session.begin():
            return change_log.latest_change_id(session)

    def change(self, change_id: int) -> ChangeEntry | None:
        with self._backend.errors(), Session(self._backend.read_engine) as session, session.begin():
            return change_log.change_by_id(session, change_id)

    # --- whole tables (copies) --------------------------------------------------------

    @contextmanager
    def raw_read(self) -> Iterator[Connection]:
        """One consistent snapshot of every table, for copying a plan row by row."""
        with self._backend.errors(), self._backend.read_engine.connect() as connection, connection.begin():
            yield connection


def _insert_settings(connection: Connection, settings: PlanSettings | None) -> None:
    from .mapping import settings_values

    connection.execute(insert(SettingsRecord), [{"id": 1, **settings_values(settings or PlanSettings())}])

