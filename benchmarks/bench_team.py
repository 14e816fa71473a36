"""Team plans: edit latency with 1, 4 and 8 managers writing at once, on a PostgreSQL server and
on an SQLite file, against a bare UPDATE through the driver; and opening the 5,000-activity plan
from the server against from the file, against a bare SELECT of its activities.

    python -m benchmarks.bench_team [--edits 100] [--activities 5000] [--repeat 3]

Each writer is a process of its own that opens the plan once and then, EDITS times, moves one
of 20 shared activities by 5 minutes (``shift_activities``: one transaction with its journal,
row version and change-log row; on the server also the plan's advisory lock and a NOTIFY).
The bare baseline runs the same number of single-row UPDATE transactions through sqlite3 or
psycopg, one writer, no app code. The server is started by this script (Debian's
``postgresql`` binaries, as the tests do: ``tests/pg_server.py``), on loopback, fsync off.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WRITERS = (1, 4, 8)
SHARED = 20
HK = "Asia/Hong_Kong"
START = datetime(2025, 3, 17, 1, 0, tzinfo=UTC)


def _seed(location: object) -> list[int]:
    from desktop_app.domain.activities import Activity
    from desktop_app.domain.plan import PlanSettings
    from desktop_app.storage.plan_store import PlanStore

    with (PlanStore.create(location, PlanSettings(name="Bench"), author="bench") as store,  # type: ignore[arg-type]
          store.write() as tx):
        added = [tx.add(Activity(None, f"Meeting {n}", START + timedelta(hours=n),
                                 START + timedelta(hours=n, minutes=30), HK)) for n in range(SHARED)]
    return [a.id for a in added if a.id is not None]


def _writer(location_text: str, edits: int, ids: list[int], offset: int) -> None:
    """In a writer process: the latencies of its edits, as JSON on stdout."""
    from desktop_app.services import plan_service
    from desktop_app.services.editing.activities import shift_activities
    from desktop_app.services.retry import retrying

    plan_service.use_manager_name(f"writer {offset}")
    samples = []
    with plan_service.open_plan(plan_service.location_of(location_text)) as store:
        for number in range(edits):
            target = ids[(number + offset) % len(ids)]
            started = time.perf_counter()
            retrying(lambda t=target: shift_activities(store, [t], timedelta(minutes=5)))  # type: ignore[misc]
            samples.append(time.perf_counter() - started)
    print(json.dumps(samples))


def _run_writers(location: object, writers: int, edits: int, ids: list[int], env: dict[str, str]) -> list[float]:
    processes = [subprocess.Popen([sys.executable, "-m", "benchmarks.bench_team", "--writer", str(location),
                                   str(edits), str(offset), *map(str, ids)],
                                  cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
                 for offset in range(writers)]
    samples: list[float] = []
    for process in processes:
        out, _ = process.communicate(timeout=1800)
        if process.returncode != 0:
            raise SystemExit(f"a writer failed ({process.returncode})")
        samples += json.loads(out)
    return samples


def _bare_file(path: Path, edits: int, ids: list[int]) -> list[float]:
    import sqlite3

    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = FULL")
    samples = []
    for number in range(edits):
        started = time.perf_counter()
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("UPDATE activities SET notes = notes || '.' WHERE id = ?", (ids[number % len(ids)],))
        connection.execute("COMMIT")
        samples.append(time.perf_counter() - started)
    connection.close()
    return samples


def _bare_server(server: object, schema: str, edits: int, ids: list[int]) -> list[float]:
    import psycopg

    from tests.pg_server import DATABASE, PASSWORD, SUPERUSER

    with psycopg.connect(host="127.0.0.1", port=server.port, user=SUPERUSER, password=PASSWORD,  # type: ignore[attr-defined]
                         dbname=DATABASE) as connection:
        connection.execute(f'SET search_path TO "{schema}"')  # type: ignore[arg-type]
        connection.commit()
        samples = []
        for number in range(edits):
            started = time.perf_counter()
            connection.execute("UPDATE activities SET notes = notes || '.' WHERE id = %s", (ids[number % len(ids)],))
            connection.commit()
            samples.append(time.perf_counter() - started)
    return samples


def _percentiles(samples: list[float]) -> str:
    ordered = sorted(samples)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return f"p50 {statistics.median(ordered) * 1000:7.1f} ms   p99 {p99 * 1000:7.1f} ms   ({len(ordered)} edits)"


def _open_time(location: object, repeat: int) -> list[float]:
    from desktop_app.services import plan_service

    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        with plan_service.open_plan(location) as store:  # type: ignore[arg-type]
            plan = store.read()
        samples.append(time.perf_counter() - started)
    assert len(plan.activities) > 0
    return samples


def _bare_read_file(path: Path, repeat: int) -> list[float]:
    import sqlite3

    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        connection = sqlite3.connect(path)
        connection.execute("SELECT * FROM activities").fetchall()
        connection.close()
        samples.append(time.perf_counter() - started)
    return samples


def _bare_read_server(server: object, schema: str, repeat: int) -> list[float]:
    import psycopg

    from tests.pg_server import DATABASE, PASSWORD, SUPERUSER

    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        with psycopg.connect(host="127.0.0.1", port=server.port, user=SUPERUSER,  # type: ignore[attr-defined]
                             password=PASSWORD, dbname=DATABASE) as connection:
            connection.execute(f'SELECT * FROM "{schema}".activities').fetchall()  # type: ignore[arg-type]
        samples.append(time.perf_counter() - started)
    return samples


def _ms(samples: list[float]) -> str:
    return f"median {statistics.median(samples) * 1000:7.1f} ms, best {min(samples) * 1000:7.1f} ms"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=100, help="edits per writer (default 100)")
    parser.add_argument("--activities", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--writer", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.writer:
        location, edits, offset, *ids = args.writer
        _writer(location, int(edits), [int(i) for i in ids], int(offset))
        return 0

    sys.path.insert(0, str(ROOT))
    from benchmarks.generate_plan import generate_plan, write_plan_file
    from desktop_app.domain.plan_location import parse_server_url
    from desktop_app.services import plan_service
    from tests.pg_server import DATABASE, PostgresServer

    server = PostgresServer().start()
    try:
        server.sql(f"CREATE DATABASE {DATABASE}")
        env = {**server.environment(), "PYTHONPATH": str(ROOT)}
        os.environ["PGPASSWORD"] = env["PGPASSWORD"]  # this process's own connections (no keyring)
        with tempfile.TemporaryDirectory() as folder:
            print(f"edit latency: each writer a process, {args.edits} edits of one of {SHARED} shared activities")
            for engine in ("postgresql", "sqlite"):
                for writers in WRITERS:
                    location: object = (parse_server_url(server.url(f"edits_{writers}")) if engine == "postgresql"
                                        else Path(folder) / f"edits_{writers}.dplan")
                    ids = _seed(location)
                    samples = _run_writers(location, writers, args.edits, ids, env)
                    print(f"  {engine:<10} {writers} writer(s)   {_percentiles(samples)}")
                location = (parse_server_url(server.url("bare")) if engine == "postgresql"
                            else Path(folder) / "bare.dplan")
                ids = _seed(location)
                bare = (_bare_server(server, "bare", args.edits, ids) if engine == "postgresql"
                        else _bare_file(Path(folder) / "bare.dplan", args.edits, ids))
                print(f"  {engine:<10} bare UPDATE  {_percentiles(bare)}   (the driver alone, 1 writer)")

            large = Path(folder) / "large.dplan"
            write_plan_file(generate_plan(60, args.activities), large)
            on_server = parse_server_url(server.url("large"))
            plan_service.copy_plan(large, on_server)
            print(f"open and read the {args.activities}-activity plan ({args.repeat} runs)")
            file_open, server_open = _open_time(large, args.repeat), _open_time(on_server, args.repeat)
            print(f"  from the file      {_ms(file_open)}")
            print(f"  from the server    {_ms(server_open)}   "
                  f"({statistics.median(server_open) / statistics.median(file_open):.1f}× the file)")
            print(f"  bare SELECT of the activities: file {_ms(_bare_read_file(large, args.repeat))}, "
                  f"server {_ms(_bare_read_server(server, 'large', args.repeat))}")
    finally:
        server.remove()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
