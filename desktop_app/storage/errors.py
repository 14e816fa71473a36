"""Storage failures, split as the user must hear them: a bad file, a failing environment, or a bug."""

from __future__ import annotations

from desktop_app.domain.errors import DomainError


class PlanFileError(DomainError):
    """The file is not a plan, is from a newer version, is corrupt, or cannot be opened."""


class StorageError(DomainError):
    """The environment failed while reading or writing (disk full, file locked, read-only)."""


class DatabaseBug(Exception):
    """The database refused what our own code sent it (a missing column, bad SQL): a bug, never
    the user's doing, so it is not a ``DomainError`` and is reported as a bug."""


# SQLite's messages for failures of the machine rather than of our code or the user's data.
ENVIRONMENT_MESSAGES = (
    "database is locked", "database table is locked", "disk i/o error", "database or disk is full",
    "readonly database", "unable to open database file", "out of memory", "interrupted",
)


class ServerUnavailable(StorageError):
    """The plan's server cannot be reached (down, unreachable, the connection lost); nothing was
    written, and what a window shows stays as it was until the connection is back."""


class TransientConflict(StorageError):
    """The database gave up one transaction to let another through (a deadlock, a serialization
    failure, a row changed under this one); nothing was written and running it again is safe."""


class PlanUpgradedElsewhere(PlanFileError):
    """A newer version of the app upgraded the plan's schema while it was open here."""
