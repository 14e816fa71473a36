"""Inputs of the meeting scheduler: who is free when, and who asked to meet whom."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from ._checks import in_range, required_text
from .errors import ValidationError
from .timezones import require_utc, validate_zone


class ParticipantKind(StrEnum):
    DELEGATE = "delegate"
    CONTACT = "contact"
    PROJECT = "project"


@dataclass(frozen=True, slots=True)
class ParticipantRef:
    kind: ParticipantKind
    id: int


@dataclass(frozen=True, slots=True)
class AvailabilityWindow:
    """A span in which a participant is free to meet (outside all windows: not free,
    once the participant has any window at all)."""

    id: int | None
    participant: ParticipantRef
    start: datetime
    end: datetime
    timezone: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "start", require_utc(self.start, "start"))
        object.__setattr__(self, "end", require_utc(self.end, "end"))
        validate_zone(self.timezone)
        if self.end <= self.start:
            raise ValidationError("end", "an availability window must end after it starts")


class RequestStatus(StrEnum):
    PENDING = "pending"
    SCHEDULED = "scheduled"
    WITHDRAWN = "withdrawn"


@dataclass(frozen=True, slots=True)
class MeetingRequest:
    """A delegate or a project asks to meet a contact for ``duration_minutes``."""

    id: int | None
    external_id: str
    contact_id: int
    duration_minutes: int
    delegate_id: int | None = None
    project_id: int | None = None
    priority: int = 3
    venue_id: int | None = None
    room_id: int | None = None
    earliest: datetime | None = None
    latest: datetime | None = None
    status: RequestStatus = RequestStatus.PENDING
    notes: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "external_id", required_text(self.external_id, "id"))
        if (self.delegate_id is None) == (self.project_id is None):
            raise ValidationError("delegate", "a request is from one delegate or one project")
        in_range(self.duration_minutes, 5, 12 * 60, "duration_minutes")
        in_range(self.priority, 1, 5, "priority")
        if self.room_id is not None and self.venue_id is None:
            raise ValidationError("room", "a room needs its venue")
        if self.earliest is not None:
            object.__setattr__(self, "earliest", require_utc(self.earliest, "earliest"))
        if self.latest is not None:
            object.__setattr__(self, "latest", require_utc(self.latest, "latest"))
        if self.earliest and self.latest and (
            (self.latest - self.earliest).total_seconds() < self.duration_minutes * 60
        ):
            raise ValidationError("latest", "the window from earliest to latest is shorter than the meeting")
        if not isinstance(self.status, RequestStatus):
            object.__setattr__(self, "status", RequestStatus(self.status))

    @property
    def requester(self) -> ParticipantRef:
        if self.delegate_id is not None:
            return ParticipantRef(ParticipantKind.DELEGATE, self.delegate_id)
        assert self.project_id is not None
        return ParticipantRef(ParticipantKind.PROJECT, self.project_id)
