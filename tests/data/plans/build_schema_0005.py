"""Rebuild ``schema-0005.dplan``: the previous schema's fixture, upgraded to 0005, with delivery rows.

Run ``python tests/data/plans/build_schema_0005.py [TARGET]`` (default: beside this script). It
copies the newest fixture below 0005 (``schema-0004.dplan``), upgrades the copy with the app's
own migrations to revision 0005, renames the plan "Fixture plan 0005"
and adds, with plain SQL: delivery settings (a CalDAV and an SMTP
server), a CalDAV target for 黃嘉敏 holding the live activity at SEQUENCE 0 (so one change is
pending), an e-mail target for Anna Müller and a pack target for the delegation. The migration
test checks those rows survive every later upgrade.
"""

from __future__ import annotations

import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from alembic import command  # noqa: E402
from sqlalchemy import create_engine  # noqa: E402

from desktop_app.storage import migrator  # noqa: E402

REVISION = "0005"
TARGET = HERE / f"schema-{REVISION}.dplan"


def previous_fixture() -> Path:
    older = sorted(p for p in HERE.glob("schema-*.dplan") if p.stem.removeprefix("schema-") < REVISION)
    return older[-1]


def upgrade(path: Path) -> None:
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as connection:
        raw = connection.connection.driver_connection
        raw.execute("PRAGMA foreign_keys = OFF")  # as storage.migrator does
        with connection.begin():
            command.upgrade(migrator._config(connection), REVISION)
    engine.dispose()


ROWS = """
UPDATE plan_settings SET name = 'Fixture plan 0005';
INSERT INTO delivery_settings (id, caldav_url, caldav_user, smtp_host, smtp_port, smtp_security, smtp_user, smtp_from)
VALUES (1, 'https://dav.example/dav/', 'manager', 'smtp.example', 587, 'starttls', 'manager', 'manager@hkprod.example');
INSERT INTO delivery_targets (id, recipient_kind, recipient_id, channel, address, context_hash, delivered_at)
VALUES (1, 'delegate', 1, 'caldav', 'https://dav.example/dav/manager/wong-ka-man-3f9a2c/', 'c0ffee',
        '2026-12-03 09:00:00.000000'),
       (2, 'delegate', 2, 'email', 'anna@sales.example', '', '2026-12-03 09:05:00.000000'),
       (3, 'delegation', 1, 'pack', '/tmp/pack', '', '2026-12-03 09:10:00.000000');
INSERT INTO delivered_events (target_id, uid, sequence, delivered_at, content_hash, etag, modified, title, start, "end",
                              timezone, venue_id, room_id, place, status)
SELECT 1, uid, 0, '2026-12-03 09:00:00.000000', 'ab12', '"etag-1"', last_modified, title, start, "end", timezone,
       venue_id, room_id, '黃大仙 Hall', status FROM activities
WHERE id = (SELECT min(id) FROM activities WHERE deleted_at IS NULL);
INSERT INTO delivered_events (target_id, uid, sequence, delivered_at, content_hash, etag, modified, title, start, "end",
                              timezone, venue_id, room_id, place, status)
SELECT 2, uid, sequence, '2026-12-03 09:05:00.000000', 'cd34', '', last_modified, title, start, "end", timezone,
       venue_id, room_id, '', status FROM activities;
"""


def main(target: Path = TARGET) -> None:
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder) / "plan.dplan"
        shutil.copy(previous_fixture(), work)
        upgrade(work)
        connection = sqlite3.connect(work)
        connection.executescript(ROWS)
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        connection.execute("VACUUM")
        connection.close()
        shutil.copy(work, target)
    print(f"wrote {target} from {previous_fixture().name}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else TARGET)
