"""A plan file opened for use: snapshots to read, one transaction per user action to write."""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool, StaticPool

from desktop_app.domain.errors import DomainError
from desktop_app.domain.plan import Plan, PlanSettings
from desktop_app.domain.timezones import utc_now

from . import migrator
from .errors import ENVIRONMENT_MESSAGES, DatabaseBug, PlanFileError, StorageError
from .mapping import load_plan
from .plan_file import APPLICATION_ID, backup_before_upgrade, inspect_plan_file
from .records import SettingsRecord
from .writer import PlanWriter

Clock = Callable[[], datetime]


BUSY_TIMEOUT_MS = 5000
"""How long a write waits for another window's or process's write to finish before giving up."""


def _engine(path: Path, *, for_writes: bool = False) -> Engine:
    """Reads: a fresh connection per snapshot. Writes: one connection kept open, so that
    ``PRAGMA data_version`` on it moves for other connections' commits and never for ours."""
    if for_writes:
        engine = create_engine(f"sqlite:///{path}", poolclass=StaticPool,
                               connect_args={"check_same_thread": False})  # used under the store's lock
    else:
        engine = create_engine(f"sqlite:///{path}", poolclass=NullPool)

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Let SQLAlchemy, not pysqlite, decide where transactions begin (pysqlite's implicit
        # BEGIN skips DDL and SELECT, which would break all-or-nothing imports and migrations).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")  # a kill or power cut never loses a commit
        cursor.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_MS)}")
        cursor.close()

    # A write takes the write lock at BEGIN: a deferred transaction that read first and then
    # wrote after another connection's commit fails at once (SQLITE_BUSY_SNAPSHOT), busy
    # timeout or not; IMMEDIATE waits its turn instead.
    begin = "BEGIN IMMEDIATE" if for_writes else "BEGIN"

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        connection.exec_driver_sql(begin)

    return engine


@contextmanager
def _translated_errors(path: Path) -> Iterator[None]:
    """The one place database errors are sorted: the user's data (a conflicting change), the
    environment (disk full, locked, read-only: ``StorageError``), a damaged file, or our bug."""
    try:
        yield
    except IntegrityError as error:  # a row deleted or renamed meanwhile, by another window or process
        raise DomainError(f"the change conflicts with the plan's data ({error.orig})") from None
    except (DBAPIError, sqlite3.Error) as error:
        cause = error.orig if isinstance(error, DBAPIError) else error
        text = str(cause).casefold()
        if "database is locked" in text:
            raise StorageError(f"{path} stayed busy with a change made in another window or program "
                               f"({cause}); try again") from None
        if any(message in text for message in ENVIRONMENT_MESSAGES):
            raise StorageError(f"{path}: {cause}") from None
        if "malformed" in text or "not a database" in text:
            raise PlanFileError(f"{path} is damaged ({cause}); restore it from a backup") from None
        raise DatabaseBug(f"{path}: the database refused a request ({cause})") from error


class PlanStore:
    """An open plan file. Reads return immutable ``Plan`` snapshots; writes are transactions."""

    def __init__(self, path: Path, engine: Engine, clock: Clock = utc_now) -> None:
        self.path = path
        self._engine = engine
        self._write_engine = _engine(path, for_writes=True)
        self._write_lock = threading.Lock()  # one write at a time on the one write connection
        self._clock = clock
        self.upgraded_from: str | None = None
        self.backup_path: Path | None = None

    # --- opening ----------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path | str, settings: PlanSettings | None = None, *,
               clock: Clock = utc_now) -> PlanStore:
        """A new plan file at the head schema; built beside the target and moved into place whole."""
        path = Path(path)
        if path.exists():
            raise PlanFileError(f"{path} already exists; choose another name")
        if not path.parent.is_dir():
            raise PlanFileError(f"{path.parent} is not a folder")
        partial = path.with_name(f".{path.name}.creating")
        sidecars = (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm"))
        try:
            for leftover in sidecars:
                leftover.unlink(missing_ok=True)
            engine = _engine(partial)
            try:
                with _translated_errors(path), engine.begin() as connection:
                    connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
                    migrator.upgrade_to_head(connection)
                with _translated_errors(path), Session(engine) as session, session.begin():
                    session.add(SettingsRecord(id=1, **_settings_columns(settings or PlanSettings())))
            finally:
                engine.dispose()  # the last connection closing checkpoints the WAL into the file
            partial.replace(path)
        except OSError as error:
            raise PlanFileError(f"{path} cannot be created: {error.strerror or error}") from None
        finally:
            for leftover in sidecars:
                leftover.unlink(missing_ok=True)
        return cls(path, _engine(path), clock)

    @classmethod
    def open(cls, path: Path | str, *, clock: Clock = utc_now) -> PlanStore:
        """Open an existing plan, upgrading an older schema after a backup copy beside it."""
        path = Path(path)
        revision = inspect_plan_file(path)
        current = revision == migrator.HEAD_REVISION  # the usual case, decided without Alembic
        head = migrator.HEAD_REVISION if current else migrator.head_revision()
        if not current and revision not in migrator.known_revisions():
            raise PlanFileError(
                f"{path} was saved by a newer Delegation Planner (schema {revision}); "
                f"this version reads schemas up to {head}: please update the app"
            )
        if not os.access(path, os.W_OK):
            raise PlanFileError(f"{path} is read-only; copy it somewhere writable to work on it")
        store = cls(path, _engine(path), clock)
        if revision != head:
            try:
                store.backup_path = backup_before_upgrade(path, revision)
            except (OSError, sqlite3.Error) as error:
                raise PlanFileError(
                    f"{path} needs an upgrade, but its backup copy could not be written ({error}); "
                    "nothing was changed"
                ) from None
            try:
                with _translated_errors(path):
                    migrator.upgrade_with_foreign_keys_off(store._engine)
            except migrator.BrokenReferences as error:
                raise PlanFileError(f"{path} could not be upgraded ({error}); nothing was changed") from None
            store.upgraded_from = revision
        return store

    def close(self) -> None:
        with self._write_lock:
            self._write_engine.dispose()
        self._engine.dispose()

    def __enter__(self) -> PlanStore:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # --- reading and writing ----------------------------------------------------------

    def read(self) -> Plan:
        with _translated_errors(self.path), Session(self._engine) as session, session.begin():
            return load_plan(session)

    def schema_revision(self) -> str | None:
        with self._engine.connect() as connection:
            return migrator.current_revision(connection)

    @contextmanager
    def write(self) -> Iterator[PlanWriter]:
        """One user action: everything inside commits together or not at all."""
        with (self._write_lock, _translated_errors(self.path),
              Session(self._write_engine, autoflush=True) as session, session.begin()):
            yield PlanWriter(session, self._clock)

    def data_version(self) -> int | None:
        """A number that changes when another connection (window, process) has committed to the
        file since the last call; this store's own writes leave it alone. None while one of them
        is under way (the caller asks again later rather than wait)."""
        if not self._write_lock.acquire(blocking=False):
            return None
        try:
            with _translated_errors(self.path):
                connection = self._write_engine.raw_connection()
                try:
                    # on the driver's connection: SQLAlchemy's would begin a (write) transaction
                    driver = connection.driver_connection
                    assert isinstance(driver, sqlite3.Connection)
                    row = driver.execute("PRAGMA data_version").fetchone()
                finally:
                    connection.close()
            return int(row[0])
        finally:
            self._write_lock.release()


def _settings_columns(settings: PlanSettings) -> dict[str, Any]:
    from .mapping import settings_values

    return settings_values(settings)
