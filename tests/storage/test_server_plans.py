"""Plans on a real PostgreSQL server: one schema per plan, upgrades, older clients, outside
changes heard through LISTEN/NOTIFY, a server that goes away, passwords in the keyring."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import psycopg
import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from desktop_app.domain.activities import Activity
from desktop_app.domain.plan import PlanSettings
from desktop_app.domain.plan_location import ServerPlan, parse_server_url
from desktop_app.services import credentials_service, plan_service
from desktop_app.services.editing.activities import shift_activities
from desktop_app.services.retry import retrying
from desktop_app.storage import migrator, server_backend
from desktop_app.storage.errors import (
    PlanFileError,
    PlanUpgradedElsewhere,
    ServerUnavailable,
    TransientConflict,
)
from desktop_app.storage.plan_store import PlanStore
from desktop_app.storage.records import Base
from tests.memory_keyring import KEYRING_SERVICE, TEST_KEYRING
from tests.pg_server import DATABASE, PASSWORD, SUPERUSER, PostgresServer

HK = "Asia/Hong_Kong"
START = datetime(2025, 3, 17, 2, 0, tzinfo=UTC)


@pytest.fixture
def plans(postgres: PostgresServer) -> Iterator[list[str]]:
    """Names of schemas a test makes, dropped afterwards."""
    made: list[str] = []
    yield made
    for schema in made:
        postgres.sql(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE', DATABASE)


def plan_at(postgres: PostgresServer, plans: list[str], name: str) -> ServerPlan:
    """The plan's location as the services hand it to storage: with the keyring's password."""
    plans.append(name)
    return credentials_service.with_stored_password(parse_server_url(postgres.url(name)))


def superuser_sql(postgres: PostgresServer, plan: str, statement: str) -> None:
    with psycopg.connect(host="127.0.0.1", port=postgres.port, user=SUPERUSER, password=PASSWORD,
                         dbname=DATABASE, autocommit=True) as connection:
        connection.execute(f'SET search_path TO "{plan}"')
        connection.execute(statement)  # type: ignore[arg-type]


def add_activity(store: PlanStore, title: str = "Pitch") -> Activity:
    with store.write() as tx:
        return tx.add(Activity(None, title, START, START + timedelta(minutes=30), HK))


def test_several_plans_live_in_one_database_each_in_its_schema(postgres, plans) -> None:
    with PlanStore.create(plan_at(postgres, plans, "filmart"), PlanSettings(name="FilMart")) as filmart, \
            PlanStore.create(plan_at(postgres, plans, "cannes"), PlanSettings(name="Cannes")) as cannes:
        add_activity(filmart, "HAF meeting")
        assert [a.title for a in filmart.read().activities] == ["HAF meeting"]
        assert cannes.read().activities == ()
        assert (filmart.read().settings.name, cannes.read().settings.name) == ("FilMart", "Cannes")


def test_creating_over_a_plan_or_foreign_tables_is_refused(postgres, plans) -> None:
    location = plan_at(postgres, plans, "twice")
    PlanStore.create(location).close()
    with pytest.raises(PlanFileError, match="already a plan"):
        PlanStore.create(location)
    other = plan_at(postgres, plans, "someone_else")
    postgres.sql('CREATE SCHEMA someone_else; CREATE TABLE someone_else.invoices (id int)', DATABASE)
    with pytest.raises(PlanFileError, match="holds other tables"):
        PlanStore.create(other)
    with pytest.raises(PlanFileError, match="is not a Delegation Planner plan"):
        PlanStore.open(other)
    with pytest.raises(PlanFileError, match=r"there is no plan 'nowhere'.*delegation-planner new"):
        PlanStore.open(plan_at(postgres, plans, "nowhere"))


def test_the_migrations_build_exactly_the_models_schema_on_the_server_too(postgres, plans) -> None:
    store = PlanStore.create(plan_at(postgres, plans, "fresh"))
    try:
        with store.raw_read() as connection:
            differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
        assert differences == []
    finally:
        store.close()


def test_an_older_plan_on_the_server_is_upgraded_by_the_first_newer_client(postgres, plans) -> None:
    location = plan_at(postgres, plans, "old_plan")
    postgres.sql("CREATE SCHEMA old_plan", DATABASE)
    engine = server_backend.engine_for(location, for_writes=True)
    with engine.begin() as connection:
        migrator.upgrade_to(connection, "0003")
        connection.execute(text("INSERT INTO plan_settings (id, name, timezone, default_travel_minutes, lunch_start, "
                                "lunch_minutes) VALUES (1, 'Old plan', 'Asia/Hong_Kong', 30, '', 0)"))
        connection.execute(text("INSERT INTO activities (id, uid, external_id, source, kind, title, start, \"end\", "
                                "timezone, status, priority, notes, url, pinned, sequence) VALUES (7, 'u7@x', '', '', "
                                "'meeting', 'Pitch', '2025-03-17 02:00', '2025-03-17 02:30', 'Asia/Hong_Kong', "
                                "'confirmed', 3, '', '', false, 3)"))
    engine.dispose()
    with PlanStore.open(location) as store:
        assert store.upgraded_from == "0003"
        assert store.schema_revision() == migrator.HEAD_REVISION
        [pitch] = store.read().activities
        assert (pitch.id, pitch.uid, pitch.sequence) == (7, "u7@x", 3)
        store.author = "Lau Mei-ling"
        shift_activities(store, [7], timedelta(minutes=5))
        assert store.history()[0].author == "Lau Mei-ling"
    with PlanStore.open(location) as again:
        assert again.upgraded_from is None


def test_an_older_client_refuses_to_write_once_a_newer_one_upgraded_the_plan(postgres, plans) -> None:
    location = plan_at(postgres, plans, "upgraded")
    with PlanStore.create(location) as store:
        pitch = add_activity(store)
        superuser_sql(postgres, "upgraded", "UPDATE alembic_version SET version_num = '0099'")  # a newer app was here
        with pytest.raises(PlanUpgradedElsewhere, match=r"upgraded to schema 0099 by a newer Delegation Planner.*"
                                                        "changed nothing"):
            shift_activities(store, [pitch.id or 0], timedelta(minutes=5))
        assert store.read().activities[0].start == START  # reading still works, nothing was written
    with pytest.raises(PlanFileError, match="saved by a newer Delegation Planner \\(schema 0099\\)"):
        PlanStore.open(location)


def test_another_managers_commit_is_heard_and_ones_own_is_not(postgres, plans) -> None:
    location = plan_at(postgres, plans, "heard")
    with PlanStore.create(location) as mine, PlanStore.open(location) as theirs:
        seen = mine.data_version()
        add_activity(mine)
        time.sleep(1.5)
        assert mine.data_version() == seen  # our own commit
        add_activity(theirs, "Theirs")
        deadline = time.monotonic() + 5
        while mine.data_version() == seen and time.monotonic() < deadline:
            time.sleep(0.05)
        assert mine.data_version() != seen
        assert {e.id for e in mine.history()} - mine.own_changes == theirs.own_changes


def test_a_server_that_goes_away_gives_one_line_and_is_reconnected_to() -> None:
    server = PostgresServer()
    login = credentials_service.login_of(parse_server_url(server.url("away")))
    TEST_KEYRING.passwords[(KEYRING_SERVICE, login)] = PASSWORD
    location = credentials_service.with_stored_password(parse_server_url(server.url("away")))
    try:
        server.start().sql(f"CREATE DATABASE {DATABASE}")
        with PlanStore.create(location) as store:
            pitch = add_activity(store)
            counter = store.data_version()
            server.stop()
            with pytest.raises(ServerUnavailable) as failure:
                store.read()
            assert str(failure.value).startswith(f"the server 127.0.0.1:{server.port} cannot be reached")
            assert "\n" not in str(failure.value)
            with pytest.raises(ServerUnavailable):
                shift_activities(store, [pitch.id or 0], timedelta(minutes=5))
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline:
                try:
                    store.data_version()
                except ServerUnavailable:
                    break
                time.sleep(0.1)
            else:
                pytest.fail("the listener did not notice the server going away")
            server.start()
            assert store.read().activities[0].start == START  # the pool reconnects
            shift_activities(store, [pitch.id or 0], timedelta(minutes=5))
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline:
                try:
                    if store.data_version() != counter:
                        break
                except ServerUnavailable:
                    pass
                time.sleep(0.1)
            assert store.data_version() != counter  # back: what was missed meanwhile is read again
    finally:
        TEST_KEYRING.passwords.pop((KEYRING_SERVICE, login), None)
        server.remove()


def test_the_password_comes_from_the_keyring_and_a_wrong_one_is_never_stored(postgres, plans) -> None:
    from desktop_app.delivery.credentials import PASSWORDS

    PlanStore.create(plan_at(postgres, plans, "secret")).close()
    location = parse_server_url(postgres.url("secret"))  # as typed: no password
    saved = dict(TEST_KEYRING.passwords)
    try:
        TEST_KEYRING.passwords.clear()
        PASSWORDS._memory.clear()
        with pytest.raises(PlanFileError, match=r"refused dplan .*delegation-planner login"):
            plan_service.open_plan(location)
        with pytest.raises(PlanFileError, match="password authentication failed"):
            credentials_service.check_and_store_password(location, "wrong")
        assert TEST_KEYRING.passwords == {}
        assert credentials_service.check_and_store_password(location, PASSWORD)
        assert TEST_KEYRING.passwords == {(KEYRING_SERVICE, f"postgresql 127.0.0.1:{postgres.port} dplan"): PASSWORD}
        PASSWORDS._memory.clear()  # from the keyring itself, not the process's memory
        with plan_service.open_plan(location) as store:
            assert PASSWORD not in str(store.location) and PASSWORD not in repr(store.location)
        assert credentials_service.forget_password(location) and TEST_KEYRING.passwords == {}
    finally:
        TEST_KEYRING.passwords.update(saved)


def test_a_deadlock_with_another_session_is_retried_not_shown(postgres, plans) -> None:
    """A session outside the app locks a row, then waits for the plan's lock our write holds:
    the server gives one of them up; when ours, the whole action runs again and succeeds."""
    location = plan_at(postgres, plans, "deadlock")
    with PlanStore.create(location) as store:
        pitch = add_activity(store)
        outside = psycopg.connect(host="127.0.0.1", port=postgres.port, user=SUPERUSER, password=PASSWORD,
                                  dbname=DATABASE)
        outside.execute('SET search_path TO "deadlock"')
        outside.execute("UPDATE activities SET notes = 'outside' WHERE id = %s", (pitch.id,))

        def close_the_cycle() -> None:
            time.sleep(0.1)  # our write holds the plan's lock and waits for the row by now
            try:
                outside.execute("SELECT pg_advisory_xact_lock(%s, hashtext('deadlock'))",
                                (server_backend.PLAN_LOCK_CLASS,))
                outside.commit()
            except psycopg.errors.DeadlockDetected:
                outside.rollback()

        attempts: list[int] = []

        def shift() -> object:
            attempts.append(1)
            return shift_activities(store, [pitch.id or 0], timedelta(minutes=5))

        closer = threading.Thread(target=close_the_cycle)
        closer.start()
        try:
            retrying(shift)
        finally:
            closer.join()
            outside.close()
        assert store.read().activities[0].start == START + timedelta(minutes=5)
        assert len(attempts) == 2  # the server gave ours up (it waited first), and it ran again


def test_a_transient_conflict_after_the_last_attempt_is_one_line() -> None:
    def always() -> None:
        raise TransientConflict("the plan 'x': the server gave this change up to let another through")

    with pytest.raises(TransientConflict, match="gave this change up"):
        retrying(always, attempts=3, sleep=lambda _s: None)
