"""Build ``schema-0006.dplan``: the previous schema's fixture, upgraded to revision 0006, with a
change log and row versions written in plain SQL (as a 0006 app would have left them).

    python tests/data/plans/build_schema_0006.py [PREVIOUS_FIXTURE [TARGET]]

PREVIOUS_FIXTURE defaults to the newest ``schema-*.dplan`` below 0006 in this folder (since the
merge with rosters and delivery: ``schema-0005.dplan``), TARGET to ``schema-0006.dplan`` beside
this script, so the file can be rebuilt whenever the migration is re-chained onto a later schema.
The change log says Wong Ka-man added the two activities and Lau Mei-ling moved one and recorded
the delivery; the rows' versions point at those entries.
"""

from __future__ import annotations

import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

REVISION = "0006"
TARGET = HERE / f"schema-{REVISION}.dplan"


def previous_fixture() -> Path:
    older = sorted(p for p in HERE.glob("schema-*.dplan") if p.stem.removeprefix("schema-") < REVISION)
    return older[-1]


def build(source: Path, target: Path = TARGET) -> Path:
    from desktop_app.storage import migrator, sqlite_backend

    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder) / "plan.dplan"
        shutil.copy(source, work)
        engine = sqlite_backend.engine_for(work)
        try:
            migrator.upgrade_with_foreign_keys_off(engine, REVISION)
        finally:
            engine.dispose()
        connection = sqlite3.connect(work)
        try:
            with connection:
                connection.execute("UPDATE plan_settings SET name = ?", (f"Fixture plan {REVISION}",))
                connection.executemany(
                    "INSERT INTO change_log (id, at, author, summary, app_version) VALUES (?, ?, ?, ?, ?)",
                    [(1, "2026-12-10 01:00:00.000000", "Wong Ka-man 黃嘉敏", '{"activities": {"added": 2}}', "0.2.0"),
                     (2, "2026-12-10 02:30:00.000000", "Lau Mei-ling",
                      '{"activities": {"moved": 1}, "delivered_events": {"recorded": 1}}', "0.2.0")])
                connection.execute("UPDATE activities SET row_version = 1")
                connection.execute("UPDATE activities SET row_version = 2 WHERE id = (SELECT MIN(id) FROM activities)")
                connection.execute("UPDATE booth_duties SET row_version = 1")
                for table in ("delivery_settings", "delivery_targets", "delivered_events"):
                    connection.execute(f"UPDATE {table} SET row_version = 2")
            connection.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
            connection.execute("VACUUM")
        finally:
            connection.close()
        shutil.copy(work, target)
    return target


if __name__ == "__main__":
    arguments = sys.argv[1:]
    print(build(Path(arguments[0]) if arguments else previous_fixture(),
                Path(arguments[1]) if len(arguments) > 1 else TARGET))
