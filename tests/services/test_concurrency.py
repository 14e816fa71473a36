"""Several managers at once, each in a process of their own, on a server plan and on a file:
no edit is lost, and of two absolute edits of one activity exactly one wins."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.domain.activities import Activity
from desktop_app.domain.plan import PlanSettings
from desktop_app.storage.plan_store import PlanStore
from tests.pg_server import PostgresServer

WORKER = Path(__file__).parents[1] / "concurrency_worker.py"
ROOT = Path(__file__).parents[2]
HK = "Asia/Hong_Kong"
START = datetime(2025, 3, 17, 1, 0, tzinfo=UTC)
PROCESSES, EDITS, ACTIVITIES, SHIFT = 8, 200, 20, 5


def environment(request: pytest.FixtureRequest, engine_name: str) -> dict[str, str]:
    if engine_name == "postgresql":
        server: PostgresServer = request.getfixturevalue("postgres")
        return server.environment()
    return {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}


def seeded(location: object, count: int) -> list[str]:
    with PlanStore.create(location, PlanSettings(name="Team"), author="setup") as store, store.write() as tx:  # type: ignore[arg-type]
        for number in range(count):
            tx.add(Activity(None, f"Meeting {number}", START + timedelta(hours=number),
                            START + timedelta(hours=number, minutes=30), HK, external_id=f"M{number:02d}"))
    return [f"M{number:02d}" for number in range(count)]


@pytest.mark.slow
def test_eight_managers_shifting_the_same_activities_lose_no_shift(new_location, engine_name: str,
                                                                  request: pytest.FixtureRequest) -> None:
    location = new_location("shifts")
    refs = seeded(location, ACTIVITIES)
    env = environment(request, engine_name)
    workers = [subprocess.Popen([sys.executable, str(WORKER), "shift", str(location), f"manager {number}", str(EDITS),
                                 *refs[number:], *refs[:number]],
                                cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
               for number in range(PROCESSES)]
    outputs = [worker.communicate(timeout=600)[0] for worker in workers]
    assert [worker.returncode for worker in workers] == [0] * PROCESSES, "\n".join(outputs)[:3000]
    per_activity = PROCESSES * EDITS // ACTIVITIES
    with PlanStore.open(location) as store:  # type: ignore[arg-type]
        plan = store.read()
        for number, activity in enumerate(sorted(plan.activities, key=lambda a: a.external_id)):
            assert activity.start == START + timedelta(hours=number, minutes=SHIFT * per_activity), activity.title
            assert activity.end - activity.start == timedelta(minutes=30)
            assert activity.sequence == per_activity
        history = store.history()
    moves = [entry for entry in history if entry.author.startswith("manager ")]
    assert len(moves) == PROCESSES * EDITS
    assert {(c.table, c.verb, c.count) for entry in moves for c in entry.counts} == {("activities", "moved", 1)}


@pytest.mark.parametrize("attempt", range(3))
def test_of_two_absolute_edits_racing_exactly_one_wins(new_location, engine_name: str, request: pytest.FixtureRequest,
                                                      tmp_path: Path, attempt: int) -> None:
    location = new_location(f"race{attempt}")
    [ref] = seeded(location, 1)
    go = tmp_path / f"go{attempt}"
    env = environment(request, engine_name)
    racers = [subprocess.Popen([sys.executable, str(WORKER), "race", str(location), name, ref, str(go)], cwd=ROOT,
                               env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
              for name in ("Lau Mei-ling", "Chan Tsz-hin")]
    for racer in racers:  # both have read the activity before either writes
        assert racer.stdout is not None and racer.stdout.readline().strip() == "read"
    go.touch()
    results = []
    for racer in racers:
        out, err = racer.communicate(timeout=120)
        assert racer.returncode == 0, err
        results.append(out.strip())
    assert sorted(r.split(":")[0] for r in results) == ["conflict", "won"], results
    winner = ("Lau Mei-ling", "Chan Tsz-hin")[results.index("won")]
    [conflict] = [r for r in results if r != "won"]
    assert f"'Meeting 0' was changed by {winner} at " in conflict and "(title)" in conflict
    with PlanStore.open(location) as store:  # type: ignore[arg-type]
        [activity] = store.read().activities
        assert activity.title == f"Renamed by {winner}"
        assert store.history(limit=1)[0].author == winner
