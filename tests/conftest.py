"""Fixtures shared by every test: fixed clocks and fresh plan files, never the user's own."""

from __future__ import annotations

import itertools
import os
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.memory_keyring import KEYRING_SERVICE, TEST_KEYRING
from tests.pg_server import DATABASE, PASSWORD, PostgresServer

# Tests never depend on the machine's zone: a zone far from UTC, with DST and a half-hour offset,
# exposes naive-time bugs. Setting TZ changes nothing until tzset() makes the C library re-read it.
os.environ["TZ"] = "America/St_Johns"
time.tzset()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Nothing a test runs writes into the user's own data or log folders.
os.environ["DELEGATION_PLANNER_DATA_DIR"] = tempfile.mkdtemp(prefix="delegation-planner-tests-")

# Nor into the user's keyring: passwords of plans on a server live in memory while tests run.
# (tests.memory_keyring sets the keyring on import)

FIXED_NOW = datetime(2025, 3, 1, 9, 30, tzinfo=UTC)
ENGINES = ("sqlite", "postgresql")
"""Where a plan of the storage and service tests lives: a file, or a schema on a real server."""
_plan_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    """One PostgreSQL server for the run (started on first use), its password in the keyring."""
    from desktop_app.domain.plan_location import parse_server_url
    from desktop_app.services.credentials_service import login_of

    server = PostgresServer().start()
    try:
        server.sql(f"CREATE DATABASE {DATABASE}")
        TEST_KEYRING.set_password(KEYRING_SERVICE, login_of(parse_server_url(server.url())), PASSWORD)
        yield server
    finally:
        server.remove()


@pytest.fixture(params=ENGINES)
def engine_name(request: pytest.FixtureRequest) -> str:
    return str(request.param)


PlanLocations = Callable[[str], object]


@pytest.fixture
def new_location(engine_name: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[PlanLocations]:
    """``new_location("trip")``: where a new plan goes, on the engine of this run of the test (a
    file in ``tmp_path``, or a fresh schema on the test server, dropped afterwards)."""
    from desktop_app.domain.plan_location import parse_server_url
    from desktop_app.services.credentials_service import with_stored_password

    made: list[str] = []
    server: PostgresServer | None = request.getfixturevalue("postgres") if engine_name == "postgresql" else None

    def location(name: str = "plan") -> object:
        if server is None:
            return tmp_path / f"{name}.dplan"
        schema = f"t{next(_plan_numbers)}_{name}"[:60]
        made.append(schema)
        # as the services hand it to storage: with the keyring's password
        return with_stored_password(parse_server_url(server.url(schema)))

    yield location
    if server is not None:
        for schema in made:
            server.sql(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE', DATABASE)


@pytest.fixture
def fixed_now() -> datetime:
    return FIXED_NOW


@pytest.fixture
def plan_path(tmp_path: Path) -> Path:
    return tmp_path / "plan.dplan"


@pytest.fixture
def store(new_location: PlanLocations) -> Iterator[object]:
    """An empty plan, once in a file and once on the PostgreSQL server."""
    from desktop_app.domain.plan import PlanSettings
    from desktop_app.storage.plan_store import PlanStore

    plan_store = PlanStore.create(new_location("plan"), PlanSettings(name="Test plan"),  # type: ignore[arg-type]
                                  clock=lambda: FIXED_NOW)
    yield plan_store
    plan_store.close()


@pytest.fixture
def file_store(plan_path: Path) -> Iterator[object]:
    """An empty plan file, for what only files have (WAL, the backup API, the file's header)."""
    from desktop_app.domain.plan import PlanSettings
    from desktop_app.storage.plan_store import PlanStore

    plan_store = PlanStore.create(plan_path, PlanSettings(name="Test plan"), clock=lambda: FIXED_NOW)
    yield plan_store
    plan_store.close()


@pytest.fixture(scope="session")
def demo_plan_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The FilMart 2025 demo plan, built once per run through the real loader: read it, don't change it."""
    from desktop_app.services import plan_service

    path = tmp_path_factory.mktemp("demo") / "demo.dplan"
    plan_service.create_plan(path, demo=True).close()  # closing checkpoints the WAL: one file to copy
    return path


@pytest.fixture
def demo_plan_copy(demo_plan_file: Path, tmp_path: Path) -> Path:
    """A private copy of the demo plan for a test that changes it."""
    copy = tmp_path / "demo.dplan"
    copy.write_bytes(demo_plan_file.read_bytes())
    return copy


@pytest.fixture
def demo_location(demo_plan_copy: Path, new_location: PlanLocations) -> object:
    """The demo plan where this run of the test puts plans: the file copy, or that copy on the
    test server (``copy``: ids, UIDs and SEQUENCEs kept), for tests of writers on both engines."""
    location = new_location("demo")
    if isinstance(location, Path):
        return demo_plan_copy
    from desktop_app.services import plan_service

    plan_service.copy_plan(demo_plan_copy, location)  # type: ignore[arg-type]
    return location


CliResult = tuple[int, str, str]
Cli = Callable[..., CliResult]


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Cli:
    """Run the command line in-process: ``code, out, err = cli("show", path, "--json")``."""
    from desktop_app.__main__ import main

    def run(*argv: str) -> CliResult:
        code = main(list(argv))
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run
