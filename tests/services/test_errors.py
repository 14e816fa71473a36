"""One rule sorts every failure: the user's to fix, the environment's, or a bug (never the user's fault)."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from desktop_app.domain.errors import ValidationError
from desktop_app.services import plan_service
from desktop_app.services.errors import FailureKind, UserError, classify_failure
from desktop_app.storage.errors import DatabaseBug, PlanFileError, StorageError
from desktop_app.storage.sqlite_backend import translated_errors as _translated_errors
from tests.conftest import Cli


@pytest.mark.parametrize(("error", "kind"), [
    (UserError("no delegate is called 'X'"), FailureKind.USER),
    (ValidationError("end", "ends before it starts"), FailureKind.USER),
    (PlanFileError("x.dplan is not a plan"), FailureKind.USER),
    (FileNotFoundError(errno.ENOENT, "No such file or directory", "missing.csv"), FailureKind.USER),
    (StorageError("plan.dplan: database is locked"), FailureKind.ENVIRONMENT),
    (OSError(errno.ENOSPC, "No space left on device", "/out/pack.zip"), FailureKind.ENVIRONMENT),
    (PermissionError(errno.EACCES, "Permission denied", "/out"), FailureKind.ENVIRONMENT),
    (OSError(errno.EROFS, "Read-only file system", "/media/usb/plan.dplan"), FailureKind.ENVIRONMENT),
    (MemoryError(), FailureKind.ENVIRONMENT),
    (DatabaseBug("no such column: activities.colour"), FailureKind.BUG),
    (KeyError("venue_id"), FailureKind.BUG),
    (TypeError("unsupported operand"), FailureKind.BUG),
])
def test_each_failure_is_sorted_once(error: BaseException, kind: FailureKind) -> None:
    assert classify_failure(error).kind is kind


@pytest.mark.parametrize(("message", "raised"), [
    ("database is locked", StorageError),
    ("database or disk is full", StorageError),
    ("attempt to write a readonly database", StorageError),
    ("disk I/O error", StorageError),
    ("database disk image is malformed", PlanFileError),
    ("no such column: activities.colour", DatabaseBug),
])
def test_sqlite_messages_are_sorted_where_the_database_is_used(message: str, raised: type[Exception]) -> None:
    with pytest.raises(raised), _translated_errors(Path("plan.dplan")):
        raise OperationalError("SELECT 1", {}, sqlite3.OperationalError(message))


def test_a_bug_is_reported_as_a_bug_with_its_details_kept(cli: Cli, demo_plan_copy: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise KeyError("room_id")

    monkeypatch.setattr(plan_service, "summarize", broken)
    code, out, err = cli("show", str(demo_plan_copy))
    assert code == 70 and out == ""
    [line] = err.strip().splitlines()
    assert line.startswith("delegation-planner: internal error (a bug, not something you did): KeyError: 'room_id'")
    report = Path(line.split("details are in ")[1].split(". Your plan")[0])
    assert "Traceback" in report.read_text(encoding="utf-8") and "room_id" in report.read_text(encoding="utf-8")


def test_a_full_disk_is_the_environment_and_one_line(cli: Cli, demo_plan_copy: Path, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_app.services import output_files

    def full(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "out"))

    monkeypatch.setattr(output_files, "write_atomically", full)
    monkeypatch.setattr("desktop_app.services.ics_service.write_atomically", full)
    code, _out, err = cli("export", "ics", str(demo_plan_copy), str(tmp_path / "out"), "--all")
    assert code == 1
    assert err.strip() == (f"delegation-planner: error: the computer could not complete it: No space left on device: "
                           f"{tmp_path / 'out'}")
