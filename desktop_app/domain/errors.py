"""Errors the domain raises; every message is written for a person, not a developer."""

from __future__ import annotations


class DomainError(ValueError):
    """A rule of the plan was broken; ``str(error)`` is a sentence for the user."""


class ValidationError(DomainError):
    """One field holds a value the plan cannot accept."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.reason = message


class NotFoundError(DomainError):
    """A reference names something the plan does not hold."""
