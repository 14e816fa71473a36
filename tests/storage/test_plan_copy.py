"""Save a Copy As: a consistent copy of an open plan, written whole or not at all."""

from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.domain.activities import Activity
from desktop_app.storage import plan_file
from desktop_app.storage.errors import PlanFileError
from desktop_app.storage.plan_file import copy_plan_file
from desktop_app.storage.plan_store import PlanStore

START = datetime(2025, 3, 17, 2, 0, tzinfo=UTC)


def add_activities(store: PlanStore, count: int, prefix: str = "Meeting") -> None:
    with store.write() as tx:
        for number in range(count):
            tx.add(Activity(None, f"{prefix} {number}", START, START + timedelta(minutes=30), "Asia/Hong_Kong"))


def test_the_copy_holds_every_commit_while_the_plan_stays_open(file_store: PlanStore, tmp_path: Path) -> None:
    add_activities(file_store, 5)  # still in the WAL, not yet in the main file
    target = tmp_path / "copy.dplan"

    copy_plan_file(file_store.path, target)

    assert not Path(f"{target}-wal").exists() and not Path(f"{target}-journal").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # nothing left beside it
    with PlanStore.open(target) as copy:
        assert len(copy.read().activities) == 5
        add_activities(copy, 1, "Only in the copy")
    add_activities(file_store, 1, "Only in the original")  # both stay usable, apart
    assert len(file_store.read().activities) == 6


def test_a_copy_taken_during_writes_is_one_snapshot(file_store: PlanStore, tmp_path: Path) -> None:
    """Each write adds ten activities at once: any consistent copy holds a multiple of ten."""
    add_activities(file_store, 10)
    stop = threading.Event()

    def keep_writing() -> None:
        while not stop.is_set():
            add_activities(file_store, 10)

    writer = threading.Thread(target=keep_writing)
    writer.start()
    try:
        counts = []
        for number in range(5):
            target = tmp_path / f"copy-{number}.dplan"
            copy_plan_file(file_store.path, target)
            with PlanStore.open(target) as copy:
                counts.append(len(copy.read().activities))
    finally:
        stop.set()
        writer.join()
    assert all(count % 10 == 0 and count >= 10 for count in counts), counts


def test_the_copy_replaces_an_older_file_of_that_name(file_store: PlanStore, tmp_path: Path) -> None:
    target = tmp_path / "copy.dplan"
    target.write_text("an old file", encoding="utf-8")
    add_activities(file_store, 2)
    copy_plan_file(file_store.path, target)
    with PlanStore.open(target) as copy:
        assert len(copy.read().activities) == 2


def test_the_plan_itself_is_refused_under_any_name(file_store: PlanStore, tmp_path: Path) -> None:
    add_activities(file_store, 1)
    before = file_store.read()
    link = tmp_path / "same.dplan"
    link.symlink_to(file_store.path)
    for target in (file_store.path, link, tmp_path / "." / file_store.path.name):
        with pytest.raises(PlanFileError, match="is the plan itself"):
            copy_plan_file(file_store.path, target)
    assert file_store.read() == before


def test_a_plan_open_elsewhere_is_not_overwritten(file_store: PlanStore, tmp_path: Path) -> None:
    other = PlanStore.create(tmp_path / "other.dplan")
    add_activities(other, 1)  # it is open: its WAL is beside it
    try:
        with pytest.raises(PlanFileError, match="open in another window"):
            copy_plan_file(file_store.path, other.path)
    finally:
        other.close()
    with PlanStore.open(tmp_path / "other.dplan") as reopened:
        assert len(reopened.read().activities) == 1


def test_a_failed_copy_leaves_no_file_and_the_old_target_alone(file_store: PlanStore, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "copy.dplan"
    target.write_text("the previous copy", encoding="utf-8")

    def full_disk(_path: Path) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(plan_file, "_flush_to_disk", full_disk)
    with pytest.raises(OSError, match="No space"):
        copy_plan_file(file_store.path, target)
    assert target.read_text(encoding="utf-8") == "the previous copy"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # the partial copy is gone


def test_a_missing_folder_and_a_folder_as_target_are_refused(file_store: PlanStore, tmp_path: Path) -> None:
    with pytest.raises(PlanFileError, match="is not a folder"):
        copy_plan_file(file_store.path, tmp_path / "absent" / "copy.dplan")
    with pytest.raises(PlanFileError, match="is a folder"):
        copy_plan_file(file_store.path, tmp_path)


def test_the_copy_is_a_plan_the_inspection_accepts(file_store: PlanStore, tmp_path: Path) -> None:
    target = tmp_path / "copy.dplan"
    copy_plan_file(file_store.path, target)
    assert plan_file.inspect_plan_file(target) == plan_file.inspect_plan_file(file_store.path)
    with sqlite3.connect(target) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    connection.close()
