"""Errors a service reports to the person using the app (CLI: exit code 1)."""

from __future__ import annotations

from desktop_app.domain.errors import DomainError
from desktop_app.storage.errors import PlanFileError, StorageError

__all__ = ["PlanFileError", "StorageError", "UserError"]


class UserError(DomainError):
    """Something the user can fix: a bad file, a missing plan, an unknown name."""
