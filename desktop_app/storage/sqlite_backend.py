"""A plan in an SQLite file: the engines, how errors read, creating and opening the file."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.pool import NullPool, StaticPool

from desktop_app.domain.errors import DomainError

from . import migrator
from .errors import ENVIRONMENT_MESSAGES, DatabaseBug, PlanFileError, StorageError, TransientConflict
from .plan_file import APPLICATION_ID, backup_before_upgrade, inspect_plan_file

BUSY_TIMEOUT_MS = 5000
"""How long a write waits for another window's or process's write to finish before giving up."""


def engine_for(path: Path, *, for_writes: bool = False) -> Engine:
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
def translated_errors(path: Path) -> Iterator[None]:
    """The one place database errors are sorted: the user's data (a conflicting change), the
    environment (disk full, locked, read-only: ``StorageError``), a damaged file, or our bug."""
    try:
        yield
    except IntegrityError as error:  # a row deleted or renamed meanwhile, by another window or process
        raise DomainError(f"the change conflicts with the plan's data ({error.orig})") from None
    except StaleDataError:
        raise TransientConflict(f"{path}: a row changed while this change was written; try again") from None
    except (DBAPIError, sqlite3.Error) as error:
        cause = error.orig if isinstance(error, DBAPIError) else error
        text = str(cause).casefold()
        if "database is locked" in text:  # nothing was written (a write takes the lock at BEGIN): run it again
            raise TransientConflict(f"{path} stayed busy with a change made in another window or program "
                               f"({cause}); try again") from None
        if any(message in text for message in ENVIRONMENT_MESSAGES):
            raise StorageError(f"{path}: {cause}") from None
        if "malformed" in text or "not a database" in text:
            raise PlanFileError(f"{path} is damaged ({cause}); restore it from a backup") from None
        raise DatabaseBug(f"{path}: the database refused a request ({cause})") from error


class FileBackend:
    """What a ``PlanStore`` needs of an SQLite plan file."""

    def __init__(self, path: Path) -> None:
        self.location = path
        self.read_engine = engine_for(path)
        self.write_engine = engine_for(path, for_writes=True)

    def errors(self) -> Any:
        return translated_errors(self.location)

    def lock_plan(self, _connection: Connection) -> None:
        """Nothing to do: BEGIN IMMEDIATE already took the file's one write lock."""

    def announce(self, _connection: Connection, _change_id: int) -> None:
        """Other connections see a commit through ``PRAGMA data_version``."""

    def data_version(self) -> int:
        """Called under the store's write lock: on the write connection itself."""
        with self.errors():
            connection = self.write_engine.raw_connection()
            try:
                # on the driver's connection: SQLAlchemy's would begin a (write) transaction
                driver = connection.driver_connection
                assert isinstance(driver, sqlite3.Connection)
                row = driver.execute("PRAGMA data_version").fetchone()
            finally:
                connection.close()
        return int(row[0])

    def close(self) -> None:
        self.write_engine.dispose()
        self.read_engine.dispose()


def create_file(path: Path, fill: Callable[[Connection], None]) -> FileBackend:
    """A new plan file at the head schema, filled by ``fill``; built beside the target and moved
    into place whole."""
    if path.exists():
        raise PlanFileError(f"{path} already exists; choose another name")
    if not path.parent.is_dir():
        raise PlanFileError(f"{path.parent} is not a folder")
    partial = path.with_name(f".{path.name}.creating")
    sidecars = (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm"))
    try:
        for leftover in sidecars:
            leftover.unlink(missing_ok=True)
        engine = engine_for(partial)
        try:
            with translated_errors(path), engine.begin() as connection:
                connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
                migrator.upgrade_to_head(connection)
            with translated_errors(path), engine.begin() as connection:
                fill(connection)
        finally:
            engine.dispose()  # the last connection closing checkpoints the WAL into the file
        partial.replace(path)
    except OSError as error:
        raise PlanFileError(f"{path} cannot be created: {error.strerror or error}") from None
    finally:
        for leftover in sidecars:
            leftover.unlink(missing_ok=True)
    return FileBackend(path)


class Opened:
    """A file opened for use, and what opening did to it."""

    def __init__(self, backend: FileBackend, revision: str, upgraded_from: str | None,
                 backup_path: Path | None) -> None:
        self.backend, self.revision = backend, revision
        self.upgraded_from, self.backup_path = upgraded_from, backup_path


def open_file(path: Path) -> Opened:
    """Open an existing plan file, upgrading an older schema after a backup copy beside it."""
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
    backend = FileBackend(path)
    if revision == head:
        return Opened(backend, head, None, None)
    try:
        backup_path = backup_before_upgrade(path, revision)
    except (OSError, sqlite3.Error) as error:
        backend.close()
        raise PlanFileError(
            f"{path} needs an upgrade, but its backup copy could not be written ({error}); nothing was changed"
        ) from None
    try:
        with translated_errors(path):
            migrator.upgrade_with_foreign_keys_off(backend.read_engine)
    except migrator.BrokenReferences as error:
        backend.close()
        raise PlanFileError(f"{path} could not be upgraded ({error}); nothing was changed") from None
    except BaseException:
        backend.close()
        raise
    return Opened(backend, head, revision, backup_path)
