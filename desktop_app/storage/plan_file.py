"""Recognising plan files before anything writes to them; backups before upgrades; copies."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

from .errors import ENVIRONMENT_MESSAGES, PlanFileError, StorageError

APPLICATION_ID = 0x44506C6E  # "DPln" in SQLite's header: marks a file as a Delegation Planner plan
SQLITE_MAGIC = b"SQLite format 3\x00"


def read_only_connection(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=ro", uri=True)


def inspect_plan_file(path: Path) -> str:
    """The schema revision of the plan at ``path``; raises PlanFileError and never writes."""
    if not path.exists():
        raise PlanFileError(f"{path}: no such plan file")
    if path.is_dir():
        raise PlanFileError(f"{path} is a folder, not a plan file")
    try:
        with path.open("rb") as stream:
            header = stream.read(len(SQLITE_MAGIC))
    except OSError as error:
        raise PlanFileError(f"{path} cannot be read: {error.strerror}") from None
    if header != SQLITE_MAGIC:
        raise PlanFileError(f"{path} is not a Delegation Planner plan (not an SQLite database)")
    try:
        connection = read_only_connection(path)
    except sqlite3.Error as error:
        raise PlanFileError(f"{path} cannot be opened: {error}") from None
    try:
        application_id = connection.execute("PRAGMA application_id").fetchone()[0]
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if application_id != APPLICATION_ID or "alembic_version" not in tables:
            raise PlanFileError(f"{path} is an SQLite database but not a Delegation Planner plan")
        check = connection.execute("PRAGMA quick_check").fetchone()[0]
        if check != "ok":
            raise PlanFileError(f"{path} is corrupt ({check})")
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as error:
        raise PlanFileError(f"{path} is corrupt or not a plan ({error})") from None
    finally:
        connection.close()
    if row is None:
        raise PlanFileError(f"{path} is a plan without a schema version; it may be damaged")
    return str(row[0])


def backup_before_upgrade(path: Path, revision: str) -> Path:
    """Copy the plan beside itself (consistently, WAL included) before its schema changes."""
    target = path.with_name(f"{path.stem}.before-upgrade-{revision}{path.suffix}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.stem}.before-upgrade-{revision}-{counter}{path.suffix}")
    source = read_only_connection(path)
    destination = sqlite3.connect(target)
    try:
        source.backup(destination)
    finally:
        destination.close()
        source.close()
    return target


def copy_plan_file(source: Path, target: Path) -> None:
    """A consistent copy of the plan at ``source`` written to ``target``, whole or not at all.

    The copy is read through a read-only connection (SQLite's backup API, one snapshot, WAL
    included), so ``source`` may stay open and be written to meanwhile. It is built beside the
    target, flushed to disk and renamed over it. Refuses ``source`` itself, and a target that is
    open elsewhere (its WAL beside it would be replayed onto the copy).
    """
    if target.is_dir():
        raise PlanFileError(f"{target} is a folder; choose a file name for the copy")
    if target.exists() and _same_file(source, target):
        raise PlanFileError(f"{target} is the plan itself; choose another name for the copy")
    if not target.parent.is_dir():
        raise PlanFileError(f"{target.parent} is not a folder")
    if Path(f"{target}-wal").exists():
        raise PlanFileError(f"{target} is open in another window or program; close it there or "
                            "choose another name")
    partial = target.with_name(f".{target.name}.copying")
    leftovers = (partial, Path(f"{partial}-journal"))
    for leftover in leftovers:
        leftover.unlink(missing_ok=True)
    try:
        source_connection = read_only_connection(source)
        try:
            destination = sqlite3.connect(partial)
            try:
                source_connection.backup(destination)
            finally:
                destination.close()
        finally:
            source_connection.close()
        _flush_to_disk(partial)
        partial.replace(target)
        _flush_folder(target.parent)
    except sqlite3.Error as error:
        text = str(error).casefold()
        if any(message in text for message in ENVIRONMENT_MESSAGES):
            raise StorageError(f"{target}: {error}") from None
        raise PlanFileError(f"{source} could not be copied ({error})") from None
    finally:
        for leftover in leftovers:
            leftover.unlink(missing_ok=True)


def _same_file(first: Path, second: Path) -> bool:
    try:
        return first.samefile(second)
    except OSError:
        return first.resolve() == second.resolve()


def _flush_to_disk(path: Path) -> None:
    with path.open("rb+") as stream:
        os.fsync(stream.fileno())


def _flush_folder(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows cannot open a folder for this and needs no flush."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
