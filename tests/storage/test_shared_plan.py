"""One plan open in two places at once: each notices the other's commits, never its own, and
two writers take turns instead of failing."""

from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.domain.activities import Activity
from desktop_app.domain.plan import PlanSettings
from desktop_app.storage import sqlite_backend as plan_store_module
from desktop_app.storage.errors import StorageError
from desktop_app.storage.plan_store import PlanStore

START = datetime(2025, 3, 17, 2, 0, tzinfo=UTC)


def add_activity(store: PlanStore, title: str) -> None:
    with store.write() as tx:
        tx.add(Activity(None, title, START, START + timedelta(minutes=30), "Asia/Hong_Kong"))


@pytest.fixture
def two_stores(plan_path: Path):
    first = PlanStore.create(plan_path, PlanSettings(name="Shared"))
    second = PlanStore.open(plan_path)
    yield first, second
    second.close()
    first.close()


def test_data_version_moves_for_the_other_stores_commits_only(two_stores) -> None:
    first, second = two_stores
    seen = first.data_version()

    add_activity(first, "our own")
    first.read()
    assert first.data_version() == seen  # our own commit and read: nothing from outside

    add_activity(second, "theirs")
    moved = first.data_version()
    assert moved is not None and moved != seen
    assert first.data_version() == moved  # it moved once for that commit, not again

    second.read()  # reading commits nothing
    assert first.data_version() == moved


def test_several_outside_commits_between_two_looks_are_one_move(two_stores) -> None:
    first, second = two_stores
    seen = first.data_version()
    for number in range(3):
        add_activity(second, f"theirs {number}")
    assert first.data_version() != seen
    assert len(first.read().activities) == 3


def test_a_plain_sqlite_connection_counts_as_outside(two_stores, plan_path: Path) -> None:
    first, _second = two_stores
    seen = first.data_version()
    with sqlite3.connect(plan_path) as connection:
        connection.execute("UPDATE plan_settings SET name = 'Renamed by hand'")
    connection.close()
    assert first.data_version() != seen
    assert first.read().settings.name == "Renamed by hand"


def test_data_version_does_not_wait_for_a_write_in_progress(two_stores) -> None:
    first, _second = two_stores
    inside = threading.Event()
    leave = threading.Event()

    def slow_write() -> None:
        with first.write() as tx:
            tx.add(Activity(None, "slow", START, START + timedelta(minutes=30), "Asia/Hong_Kong"))
            inside.set()
            leave.wait(5)

    writer = threading.Thread(target=slow_write)
    writer.start()
    assert inside.wait(5)
    try:
        assert first.data_version() is None  # asked from another thread: no waiting, ask again later
    finally:
        leave.set()
        writer.join()
    assert first.data_version() is not None


def test_two_writers_reading_before_writing_take_turns(two_stores) -> None:
    """Each write reads the plan first, then writes; with a deferred BEGIN the loser of a race
    failed at once with "database is locked" (SQLITE_BUSY_SNAPSHOT) whatever the busy timeout."""
    failures: list[BaseException] = []

    def keep_writing(store: PlanStore, name: str) -> None:
        try:
            for number in range(40):
                with store.write() as tx:
                    count = len(tx.snapshot().activities)
                    tx.add(Activity(None, f"{name} {number} after {count}", START,
                                    START + timedelta(minutes=30), "Asia/Hong_Kong"))
        except BaseException as error:
            failures.append(error)

    threads = [threading.Thread(target=keep_writing, args=(store, name))
               for store, name in zip(two_stores, ("first", "second"), strict=True)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert len(two_stores[0].read().activities) == 80


def test_a_write_refused_because_the_plan_stays_locked_is_the_environments(two_stores, plan_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_app.services.errors import FailureKind, classify_failure

    monkeypatch.setattr(plan_store_module, "BUSY_TIMEOUT_MS", 200)
    blocked = PlanStore.open(plan_path)  # connects after the change: waits 0.2 s, not 5
    holder = sqlite3.connect(plan_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StorageError) as raised:
            add_activity(blocked, "waits in vain")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        blocked.close()
    failure = classify_failure(raised.value)
    assert failure.kind is FailureKind.ENVIRONMENT
    assert failure.message.startswith("the computer could not complete it: ")
    assert "another window or program" in failure.message and "try again" in failure.message
    add_activity(two_stores[0], "once it is free")  # nothing was left locked or half-written
