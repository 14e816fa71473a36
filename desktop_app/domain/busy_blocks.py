"""Busy blocks: the activities taken from a delegate's own calendar (an .ics they sent us).

They are already on that delegate's phone, so their own exports leave them out; the prefix of
their UID names whose calendar they came from.
"""

from __future__ import annotations

from .activities import Activity

BUSY_UID_PREFIX = "busy:"


def busy_uid(delegate_id: int, key: str) -> str:
    return f"{BUSY_UID_PREFIX}{delegate_id}:{key}"


def is_busy_block_of(activity: Activity, delegate_id: int) -> bool:
    """Whether ``activity`` came from this delegate's own calendar (it is already on their phone)."""
    return activity.uid.startswith(f"{BUSY_UID_PREFIX}{delegate_id}:")
