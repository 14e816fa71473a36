"""Small field checks shared by the entity constructors."""

from __future__ import annotations

import re

from .errors import ValidationError

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def required_text(value: str, field: str) -> str:
    value = (value or "").strip()
    if not value:
        raise ValidationError(field, "must not be empty")
    return value


def optional_email(value: str, field: str = "email") -> str:
    value = (value or "").strip()
    if value and not _EMAIL.match(value):
        raise ValidationError(field, f"'{value}' is not an email address")
    return value.lower()


def in_range(value: int, low: int, high: int, field: str) -> int:
    if not low <= value <= high:
        raise ValidationError(field, f"must be between {low} and {high}, got {value}")
    return value
