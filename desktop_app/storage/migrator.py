"""Schema revisions of plan files, run through Alembic on an open connection.

Alembic is imported only to upgrade or to list revisions: opening a plan that is already at
``HEAD_REVISION`` (every plan, but once per schema change) needs none of it, and its import
was a fifth of a command line's run.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import exc
from sqlalchemy.engine import Connection, Engine

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
HEAD_REVISION = "0006"
"""The newest migration's revision; a test keeps it equal to Alembic's head."""


def _config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {script.revision for script in ScriptDirectory.from_config(_config()).walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    """The plan's revision as Alembic records it (one row of ``alembic_version``), None before any."""
    try:
        rows = connection.exec_driver_sql("SELECT version_num FROM alembic_version").fetchall()
    except exc.OperationalError:  # no such table: never migrated
        return None
    if len(rows) > 1:
        raise exc.DatabaseError("alembic_version", None, ValueError(f"{len(rows)} schema heads"))
    return str(rows[0][0]) if rows else None


def upgrade_to_head(connection: Connection) -> None:
    upgrade_to(connection, "head")


def upgrade_to(connection: Connection, revision: str) -> None:
    """Run the migrations up to ``revision`` (a test's or a fixture's older schema) on ``connection``."""
    from alembic import command

    command.upgrade(_config(connection), revision)


class BrokenReferences(Exception):
    """A migration left rows pointing at rows that do not exist; it was rolled back."""


def upgrade_with_foreign_keys_off(engine: Engine, revision: str = "head") -> None:
    """Upgrade in one transaction with foreign keys off, as SQLite requires for rebuilding tables.

    Batch mode rebuilds a table by copying it and dropping the original; with foreign keys on,
    that drop would first delete every row that references it through ON DELETE CASCADE (a
    delegate's attendances). ``foreign_keys`` cannot change inside a transaction, so it is set
    on the raw connection before ``BEGIN``; ``foreign_key_check`` then proves nothing broke.
    """
    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with connection.begin():
                upgrade_to(connection, revision)
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise BrokenReferences(f"{len(broken)} row(s) point at missing rows, e.g. {tuple(broken[0])}")
        finally:
            raw.execute("PRAGMA foreign_keys = ON")
