"""Storage failures, split as the user must hear them: a bad file versus a failing environment."""

from __future__ import annotations

from desktop_app.domain.errors import DomainError


class PlanFileError(DomainError):
    """The file is not a plan, is from a newer version, is corrupt, or cannot be opened."""


class StorageError(DomainError):
    """The environment failed while reading or writing (disk full, file locked, read-only)."""
