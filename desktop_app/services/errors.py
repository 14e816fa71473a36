"""Errors a service reports, and the one rule that sorts any failure for the person who sees it.

Three kinds, told apart the same way by the command line and the window:
- the user's: a bad file or cell, an unknown name, a rule of the plan (``DomainError``); they can
  fix it, and the message says how;
- the environment's: the disk is full, the file is locked or read-only, permission is denied;
  nothing is wrong with what they asked, and nothing was half-written;
- a bug: anything else. It is never presented as the user's mistake; its details go to a report.
"""

from __future__ import annotations

import errno
from dataclasses import dataclass
from enum import StrEnum

from desktop_app.domain.errors import DomainError
from desktop_app.storage.errors import (
    DatabaseBug,
    PlanFileError,
    PlanUpgradedElsewhere,
    ServerUnavailable,
    StorageError,
    TransientConflict,
)

__all__ = ["Failure", "FailureKind", "PlanFileError", "PlanUpgradedElsewhere", "ServerUnavailable", "StorageError",
           "TransientConflict", "UserError", "classify_failure", "is_connection_lost"]


class UserError(DomainError):
    """Something the user can fix: a bad file, a missing plan, an unknown name."""


class FailureKind(StrEnum):
    USER = "user"
    ENVIRONMENT = "environment"
    BUG = "bug"


@dataclass(frozen=True, slots=True)
class Failure:
    kind: FailureKind
    message: str
    """One line (a user's error may list a file's bad cells on the lines after it)."""


# Missing or misnamed files are the user's to fix; the rest of the OS errors are the machine's.
_USER_ERRNOS = frozenset({errno.ENOENT, errno.EISDIR, errno.ENOTDIR, errno.ENAMETOOLONG})


def is_connection_lost(error: BaseException) -> bool:
    """Whether the plan's server could not be reached: what was on screen stays, read-only."""
    return isinstance(error, ServerUnavailable)


def classify_failure(error: BaseException) -> Failure:
    if isinstance(error, ServerUnavailable):  # says itself what happened
        return Failure(FailureKind.ENVIRONMENT, str(error))
    if isinstance(error, StorageError):
        return Failure(FailureKind.ENVIRONMENT, f"the computer could not complete it: {error}")
    if isinstance(error, DomainError):
        return Failure(FailureKind.USER, str(error))
    if isinstance(error, OSError) and not isinstance(error, ConnectionError):
        where = f": {error.filename}" if error.filename else ""
        reason = error.strerror or str(error)
        if error.errno in _USER_ERRNOS:
            return Failure(FailureKind.USER, f"{reason}{where}")
        return Failure(FailureKind.ENVIRONMENT, f"the computer could not complete it: {reason}{where}")
    if isinstance(error, MemoryError):
        return Failure(FailureKind.ENVIRONMENT, "the computer ran out of memory")
    if isinstance(error, DatabaseBug):
        return Failure(FailureKind.BUG, str(error))
    first_line = str(error).strip().splitlines()[0] if str(error).strip() else ""
    return Failure(FailureKind.BUG, f"{type(error).__name__}: {first_line}" if first_line else type(error).__name__)
