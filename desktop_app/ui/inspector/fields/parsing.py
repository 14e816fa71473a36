"""Reading what a person typed into a plain text field: an optional number or time of day."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.errors import ValidationError

translate = QCoreApplication.translate


def optional_float(text: str, field: str) -> float | None:
    """'22.28', '22,28' or nothing."""
    text = text.strip().replace(",", ".")
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        raise ValidationError(field, translate("Parsing", "'%1' is not a number (e.g. 22.2816)").replace(
            "%1", text)) from None


def optional_time(text: str, field: str) -> time | None:
    """'09:00', '9:00', '0900' or nothing."""
    text = text.strip()
    if not text:
        return None
    digits = text.replace(":", "").replace(".", "")
    if digits.isdigit() and len(digits) in (3, 4):
        hour, minute = int(digits[:-2]), int(digits[-2:])
        if hour < 24 and minute < 60:
            return time(hour, minute)
    raise ValidationError(field, translate("Parsing", "'%1' is not a time of day (e.g. 09:00)").replace("%1", text))


def time_text(value: time | None) -> str:
    return f"{value:%H:%M}" if value is not None else ""


def float_text(value: float | None) -> str:
    return "" if value is None else repr(value)
