"""What a delivery run does: publish calendars, or send invitations."""

from __future__ import annotations

from enum import StrEnum


class DeliveryMode(StrEnum):
    PUBLISH = "publish"
    INVITATIONS = "invitations"
