"""A plan on a PostgreSQL server: one schema of a database per plan (psycopg 3 under SQLAlchemy).

Writers take turns per plan, as SQLite's writers do: each write transaction (READ COMMITTED)
first takes the plan's transaction-level advisory lock, so every statement after it sees every
change committed before, a relative change applies on top of the other's, and two of our
writers can never deadlock each other. Reads are one REPEATABLE READ snapshot. Another
manager's commit is heard through LISTEN/NOTIFY on a connection of its own, on a thread that
also notices the server going away and coming back.
"""

from __future__ import annotations

import logging
import secrets
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import URL, Connection, Engine
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm.exc import StaleDataError

from desktop_app.domain.errors import DomainError
from desktop_app.domain.plan_location import ServerPlan

from . import migrator
from .errors import DatabaseBug, PlanFileError, ServerUnavailable, StorageError, TransientConflict

log = logging.getLogger(__name__)

PLAN_LOCK_CLASS = 0x44506C6E  # "DPln", as in a plan file's header; the second key is the schema's hash
LOCK_TIMEOUT = "5s"
"""How long a write waits for another manager's write to the same plan before giving up."""
CONNECT_TIMEOUT_S = 5
LISTEN_POLL_S = 1.0
RECONNECT_S = 2.0

_UNAVAILABLE_STATES = ("08", "57P01", "57P02", "57P03")
_RETRYABLE_STATES = ("40001", "40P01")


def _lock_sql() -> Any:
    return text("SELECT pg_advisory_xact_lock(:lock_class, hashtext(:schema))").bindparams(lock_class=PLAN_LOCK_CLASS)


def quoted(identifier: str) -> str:
    """An identifier in SQL; plan names are checked to be lower-case words (``PLAN_NAME``)."""
    return '"' + identifier.replace('"', '""') + '"'


def connection_arguments(plan: ServerPlan) -> dict[str, Any]:
    """libpq's keywords for the plan's server; the password the location carries (typed in the
    URL, or the keyring's, filled in by the services), else none: libpq then reads PGPASSWORD or
    ~/.pgpass."""
    arguments: dict[str, Any] = {"host": plan.host, "port": plan.port, "dbname": plan.database}
    if plan.user:
        arguments["user"] = plan.user
    if plan.password:
        arguments["password"] = plan.password
    options = dict(plan.options)
    options.setdefault("connect_timeout", str(CONNECT_TIMEOUT_S))
    options.setdefault("application_name", "delegation-planner")
    arguments.update(options)
    return arguments


def engine_for(plan: ServerPlan, *, for_writes: bool = False) -> Engine:
    """Reads: a small pool, each snapshot one REPEATABLE READ transaction. Writes: one pooled
    connection, used under the store's lock. Both check a pooled connection before use, so a
    restarted server is reconnected to rather than reported as lost."""
    arguments = connection_arguments(plan)
    url = URL.create("postgresql+psycopg")
    if for_writes:
        engine = create_engine(url, connect_args=arguments, pool_size=1, max_overflow=0, pool_pre_ping=True)
    else:
        engine = create_engine(url, connect_args=arguments, pool_size=2, max_overflow=4, pool_pre_ping=True,
                               isolation_level="REPEATABLE READ")

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: Any, _record: Any) -> None:
        # the plan is its schema: every unqualified table name is the plan's
        was_autocommit = dbapi_connection.autocommit
        dbapi_connection.autocommit = True
        with dbapi_connection.cursor() as cursor:
            cursor.execute(f"SET search_path TO {quoted(plan.plan)}")
            cursor.execute(f"SET lock_timeout = '{LOCK_TIMEOUT}'")
            cursor.execute("SET TIME ZONE 'UTC'")
        dbapi_connection.autocommit = was_autocommit

    return engine


def first_line(error: BaseException) -> str:
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    return lines[0] if lines else type(error).__name__


def _reason(cause: BaseException) -> str:
    """libpq's message without its prefixes: 'Connection refused', 'password authentication failed ...'."""
    line = first_line(cause)
    for prefix in ("connection failed:", "FATAL:"):
        line = line.split(prefix, 1)[-1].strip()
    if " failed: " in line:
        line = line.rsplit(" failed: ", 1)[-1].strip()
    return line.removeprefix("FATAL:").strip()


def sort_error(plan: ServerPlan, error: BaseException) -> Exception:
    """The one place a server's errors are sorted, as ``sqlite_backend.translated_errors`` does
    for files: unreachable, wrong credentials, a change to retry, the environment, or our bug."""
    cause = error.orig if isinstance(error, DBAPIError) and error.orig is not None else error
    state = str(getattr(cause, "sqlstate", "") or "")
    message = first_line(cause)
    folded = message.casefold()
    where = f"the plan '{plan.name}' on {plan.server}"
    if "password authentication failed" in folded or "no password supplied" in folded or state.startswith("28"):
        who = plan.user or "this user"
        return PlanFileError(f"{plan.server} refused {who} ({_reason(cause)}); store the password with "
                             f"'delegation-planner login {plan}' or set PGPASSWORD")
    if "does not exist" in folded and "database" in folded:
        return PlanFileError(f"{plan.server} has no database '{plan.database}' ({_reason(cause)})")
    if state in _RETRYABLE_STATES:
        return TransientConflict(f"{where}: the server gave this change up to let another through ({message})")
    if state == "55P03":  # lock_timeout: the transaction was rolled back whole, so it may run again
        return TransientConflict(f"{where} stayed busy with another manager's change ({message}); try again")
    if state == "42501":
        return StorageError(f"{plan.user or 'this user'} may not do that on {where} ({message})")
    if state.startswith("53"):
        return StorageError(f"{where}: the server ran out of room or resources ({message})")
    if (isinstance(error, DBAPIError) and error.connection_invalidated) or state.startswith(_UNAVAILABLE_STATES) \
            or not state:
        return ServerUnavailable(f"the server {plan.server} cannot be reached ({_reason(cause)})")
    return DatabaseBug(f"{where}: the database refused a request ({message})")


@contextmanager
def translated_errors(plan: ServerPlan) -> Iterator[None]:
    import psycopg

    try:
        yield
    except IntegrityError as error:
        raise DomainError(f"the change conflicts with the plan's data ({first_line(error.orig or error)})") from None
    except StaleDataError:
        raise TransientConflict(f"the plan '{plan.name}': a row changed while this change was written") from None
    except (DBAPIError, psycopg.Error) as error:
        sorted_error = sort_error(plan, error)
        if isinstance(sorted_error, DatabaseBug):
            raise sorted_error from error
        raise sorted_error from None


class ChangeListener:
    """LISTENs for the plan's channel on a thread of its own; counts other stores' commits.

    ``counter`` moves once per notification that another store sent, and once more each time
    the connection comes back (what was said meanwhile is lost: the window reloads). ``error``
    is the reason the server cannot be heard, or "" while it can.
    """

    def __init__(self, plan: ServerPlan, channel: str, token: str) -> None:
        self._plan, self._channel, self._token = plan, channel, token
        self._lock = threading.Lock()
        self._counter = 0
        self._error = ""
        self._stop = threading.Event()
        self._connected = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"listen {plan}", daemon=True)

    def start(self) -> None:
        """Listen from now on; returns once listening (or failing to), so no later commit is missed."""
        self._thread.start()
        self._connected.wait(CONNECT_TIMEOUT_S + 1)

    @property
    def counter(self) -> int:
        with self._lock:
            return self._counter

    @property
    def error(self) -> str:
        with self._lock:
            return self._error

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(LISTEN_POLL_S * 3)

    def _run(self) -> None:
        import psycopg

        connection: psycopg.Connection[Any] | None = None
        ever_connected = False
        while not self._stop.is_set():
            try:
                if connection is None:
                    connection = psycopg.connect(**connection_arguments(self._plan), autocommit=True)
                    connection.execute(f"LISTEN {quoted(self._channel)}")
                    with self._lock:
                        if ever_connected:
                            self._counter += 1
                        self._error = ""
                    ever_connected = True
                    self._connected.set()
                for note in connection.notifies(timeout=LISTEN_POLL_S):
                    if note.payload.rpartition(" ")[2] != self._token:
                        with self._lock:
                            self._counter += 1
                connection.execute("SELECT 1")  # a server gone quiet is noticed within a second
            except psycopg.Error as error:
                with self._lock:
                    self._error = str(sort_error(self._plan, error))
                self._connected.set()
                if connection is not None:
                    connection.close()
                    connection = None
                self._stop.wait(RECONNECT_S)
        if connection is not None:
            connection.close()


class ServerBackend:
    """What a ``PlanStore`` needs of a plan on a server."""

    def __init__(self, plan: ServerPlan) -> None:
        self.location = plan
        self.read_engine = engine_for(plan)
        self.write_engine = engine_for(plan, for_writes=True)
        self.token = secrets.token_hex(8)
        self._listener: ChangeListener | None = None

    @property
    def channel(self) -> str:
        return f"delegation_planner_{self.location.plan}"[:63]

    def errors(self) -> Any:
        return translated_errors(self.location)

    def listen(self) -> None:
        self._listener = ChangeListener(self.location, self.channel, self.token)
        self._listener.start()

    def lock_plan(self, connection: Connection) -> None:
        connection.execute(_lock_sql(), {"schema": self.location.plan})

    def announce(self, connection: Connection, change_id: int) -> None:
        """Delivered to every listener when the transaction commits, and only then."""
        connection.execute(text("SELECT pg_notify(:channel, :payload)"),
                           {"channel": self.channel, "payload": f"{change_id} {self.token}"})

    def data_version(self) -> int:
        if self._listener is None:
            self.listen()
        assert self._listener is not None
        error = self._listener.error
        if error:
            raise ServerUnavailable(error)
        return self._listener.counter

    def close(self) -> None:
        if self._listener is not None:
            self._listener.stop()
        self.write_engine.dispose()
        self.read_engine.dispose()


def plan_revision(connection: Connection, plan: ServerPlan) -> str | None:
    """The schema revision of the plan, None when the schema holds no plan; raises when there
    is no such schema."""
    found = connection.execute(text("SELECT 1 FROM pg_namespace WHERE nspname = :name"), {"name": plan.plan}).first()
    if found is None:
        raise PlanFileError(f"there is no plan '{plan.plan}' in the database '{plan.database}' on {plan.server}; "
                            f"create it with 'delegation-planner new {plan}'")
    table = connection.execute(text("SELECT to_regclass(:name)"), {"name": f"{quoted(plan.plan)}.alembic_version"})
    if table.scalar() is None:
        return None
    return migrator.current_revision(connection)


def _tables_in(connection: Connection, schema: str) -> list[str]:
    rows = connection.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = :schema"), {"schema": schema})
    return [str(row[0]) for row in rows]


def create_schema(plan: ServerPlan, fill: Callable[[Connection], None]) -> ServerBackend:
    """A new plan: its schema made and migrated to the head and filled, in one transaction."""
    backend = ServerBackend(plan)
    try:
        with translated_errors(plan), backend.write_engine.begin() as connection:
            backend.lock_plan(connection)
            exists = connection.execute(text("SELECT 1 FROM pg_namespace WHERE nspname = :name"),
                                        {"name": plan.plan}).first() is not None
            tables = _tables_in(connection, plan.plan) if exists else []
            if "alembic_version" in tables:
                raise PlanFileError(f"{plan} is already a plan; open it, or name another with ?plan=NAME")
            if tables:
                raise PlanFileError(f"the schema '{plan.plan}' of {plan.database} holds other tables "
                                    f"({', '.join(sorted(tables)[:3])} ...); name another plan with ?plan=NAME")
            connection.exec_driver_sql(f"CREATE SCHEMA IF NOT EXISTS {quoted(plan.plan)}")
            connection.exec_driver_sql(f"SET LOCAL search_path TO {quoted(plan.plan)}")
            connection.exec_driver_sql(f"COMMENT ON SCHEMA {quoted(plan.plan)} IS 'Delegation Planner plan'")
            migrator.upgrade_to_head(connection)
            fill(connection)
    except BaseException:
        backend.close()
        raise
    return backend


class Opened:
    def __init__(self, backend: ServerBackend, revision: str, upgraded_from: str | None) -> None:
        self.backend, self.revision, self.upgraded_from = backend, revision, upgraded_from
        self.backup_path = None


def open_server(plan: ServerPlan) -> Opened:
    """Open a plan on a server; the first client of a newer version upgrades it, in one
    transaction under the plan's lock (PostgreSQL's DDL is transactional: all or nothing)."""
    backend = ServerBackend(plan)
    try:
        with translated_errors(plan), backend.read_engine.connect() as connection:
            revision = plan_revision(connection, plan)
        _check_revision(plan, revision)
        upgraded_from = None
        if revision != migrator.HEAD_REVISION and revision != migrator.head_revision():
            with translated_errors(plan), backend.write_engine.begin() as connection:
                backend.lock_plan(connection)
                again = plan_revision(connection, plan)  # another client may have upgraded it meanwhile
                if again != migrator.head_revision():
                    migrator.upgrade_to_head(connection)
                    upgraded_from = again
    except BaseException:
        backend.close()
        raise
    return Opened(backend, migrator.HEAD_REVISION, upgraded_from)


def _check_revision(plan: ServerPlan, revision: str | None) -> None:
    if revision is None:
        raise PlanFileError(f"the schema '{plan.plan}' of {plan.database} on {plan.server} is not a Delegation "
                            "Planner plan")
    if revision != migrator.HEAD_REVISION and revision not in migrator.known_revisions():
        raise PlanFileError(f"{plan} was saved by a newer Delegation Planner (schema {revision}); this version "
                            f"reads schemas up to {migrator.HEAD_REVISION}: please update the app")


def reset_sequences(connection: Connection) -> None:
    """After rows were copied in with their ids: each table's id sequence continues after them."""
    rows = connection.execute(text(
        "SELECT table_name FROM information_schema.columns WHERE table_schema = current_schema() "
        "AND column_name = 'id' AND column_default LIKE 'nextval%'"))
    for (table,) in rows.fetchall():
        connection.exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence('{quoted(table)}', 'id'), COALESCE(MAX(id), 0) + 1, false) "
            f"FROM {quoted(table)}")


def check_connection(plan: ServerPlan) -> None:
    """Connect to the plan's database once (the password, the server's address); raises the
    sorted error when that fails."""
    import psycopg

    try:
        with psycopg.connect(**connection_arguments(plan)) as connection:
            connection.execute("SELECT 1")
    except psycopg.Error as error:
        raise sort_error(plan, error) from None
