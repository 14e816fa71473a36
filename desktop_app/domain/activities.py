"""Activities: anything with a start, an end and people in it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from enum import StrEnum
from typing import TypeVar

from ._checks import in_range, required_text
from .errors import ValidationError
from .languages import language_tags
from .timezones import require_utc, to_local, validate_zone


class ActivityKind(StrEnum):
    WORKSHOP = "workshop"
    PANEL = "panel"
    NETWORKING = "networking"
    HAF_MEETING = "haf_meeting"
    MEETING = "meeting"
    BOOTH_MEETING = "booth_meeting"
    SCREENING = "screening"
    RECEPTION = "reception"
    TRAVEL = "travel"
    PERSONAL = "personal"
    BOOTH_DUTY = "booth_duty"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]


_KIND_LABELS = {
    ActivityKind.WORKSHOP: "Workshop",
    ActivityKind.PANEL: "Panel",
    ActivityKind.NETWORKING: "Networking",
    ActivityKind.HAF_MEETING: "HAF meeting",
    ActivityKind.MEETING: "Meeting",
    ActivityKind.BOOTH_MEETING: "Booth meeting",
    ActivityKind.SCREENING: "Screening",
    ActivityKind.RECEPTION: "Reception",
    ActivityKind.TRAVEL: "Travel",
    ActivityKind.PERSONAL: "Personal (blocked)",
    ActivityKind.BOOTH_DUTY: "Booth duty",
}

TABLE_KINDS = frozenset({ActivityKind.HAF_MEETING, ActivityKind.MEETING, ActivityKind.BOOTH_MEETING})
"""Activities that take one table of a hall; a booth duty takes none (the staff keep the stand
open around its meetings); anything else takes the whole room."""


def tables_taken(kind: ActivityKind, room_tables: int) -> int:
    """How many of a room's ``room_tables`` an activity of ``kind`` takes while it runs."""
    if kind is ActivityKind.BOOTH_DUTY:
        return 0
    return 1 if kind in TABLE_KINDS else room_tables


class ActivityStatus(StrEnum):
    PROPOSED = "proposed"
    TENTATIVE = "tentative"
    CONFIRMED = "confirmed"
    CANCELLED = "cancelled"

    @property
    def blocks_time(self) -> bool:
        """Cancelled activities take nobody's time; all others do."""
        return self is not ActivityStatus.CANCELLED


E = TypeVar("E", bound=StrEnum)


def parse_enum(enum: type[E], value: str, field_name: str) -> E:
    try:
        return enum((value or "").strip().lower())
    except ValueError:
        allowed = ", ".join(member.value for member in enum)
        raise ValidationError(field_name, f"'{value}' is not one of: {allowed}") from None


@dataclass(frozen=True, slots=True)
class Attendance:
    delegate_id: int
    required: bool = True
    interpreter: bool = False
    """The delegate (usually staff) attends to interpret the activity's ``interpreting`` need."""


def new_uid() -> str:
    """A calendar UID that stays with the activity for its whole life."""
    return f"{uuid.uuid4()}@delegation-planner"


# Fields whose change must reach calendars that already hold the event (RFC 5545 SEQUENCE).
SEQUENCED_FIELDS = frozenset({"start", "end", "timezone", "venue_id", "room_id", "status", "title", "deleted_at"})


@dataclass(frozen=True, slots=True)
class Activity:
    id: int | None
    title: str
    start: datetime
    end: datetime
    timezone: str
    kind: ActivityKind = ActivityKind.MEETING
    status: ActivityStatus = ActivityStatus.CONFIRMED
    venue_id: int | None = None
    room_id: int | None = None
    priority: int = 3
    notes: str = ""
    url: str = ""
    external_id: str = ""
    source: str = ""
    """Where it came from: an imported file's name, "scheduler", or "" when made by hand."""
    project_id: int | None = None
    attendees: tuple[Attendance, ...] = ()
    contact_ids: tuple[int, ...] = ()
    former_attendee_ids: tuple[int, ...] = ()
    """Delegates taken off the activity: their calendars must hear it is cancelled for them."""
    request_id: int | None = None
    pinned: bool = False
    interpreting: tuple[str, ...] = ()
    """The two languages (BCP 47) the activity needs an interpreter between, or () for none."""
    duty_id: int | None = None
    """The booth duty a ``booth_duty`` shift fills (the roster's link, as ``request_id`` is the scheduler's)."""
    uid: str = field(default_factory=new_uid)
    sequence: int = 0
    created: datetime | None = None
    last_modified: datetime | None = None
    deleted_at: datetime | None = None
    """Set when the activity was deleted: it is in no view, but calendars still get its
    cancellation (see ``Plan.deleted_activities``)."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "title", required_text(self.title, "title"))
        object.__setattr__(self, "start", require_utc(self.start, "start"))
        object.__setattr__(self, "end", require_utc(self.end, "end"))
        validate_zone(self.timezone)
        if self.end <= self.start:
            raise ValidationError(
                "end", f"'{self.title}' ends at or before its start ({self.local_start:%Y-%m-%d %H:%M})"
            )
        if not isinstance(self.kind, ActivityKind):
            object.__setattr__(self, "kind", parse_enum(ActivityKind, self.kind, "kind"))
        if not isinstance(self.status, ActivityStatus):
            object.__setattr__(self, "status", parse_enum(ActivityStatus, self.status, "status"))
        in_range(self.priority, 1, 5, "priority")
        if self.room_id is not None and self.venue_id is None:
            raise ValidationError("room", "a room needs its venue")
        seen: set[int] = set()
        for attendance in self.attendees:
            if attendance.delegate_id in seen:
                raise ValidationError("attendees", "a delegate is listed twice")
            seen.add(attendance.delegate_id)
        if sum(1 for a in self.attendees if a.interpreter) > 1:
            raise ValidationError("interpreter", f"'{self.title}' has more than one interpreter")
        interpreting = language_tags(self.interpreting, "interpreting")
        if len(interpreting) not in (0, 2):
            raise ValidationError("interpreting", "an interpreting need is between two different languages")
        object.__setattr__(self, "interpreting", interpreting)
        if len(set(self.contact_ids)) != len(self.contact_ids):
            raise ValidationError("contacts", "a contact is listed twice")
        # One order for links, the one the plan file reads back: equal activities compare equal.
        object.__setattr__(self, "attendees", tuple(sorted(self.attendees, key=lambda a: a.delegate_id)))
        object.__setattr__(self, "contact_ids", tuple(sorted(self.contact_ids)))
        former = tuple(sorted(set(self.former_attendee_ids) - seen))
        object.__setattr__(self, "former_attendee_ids", former)

    @property
    def local_start(self) -> datetime:
        return to_local(self.start, self.timezone)

    @property
    def local_end(self) -> datetime:
        return to_local(self.end, self.timezone)

    @property
    def duration(self) -> timedelta:
        return self.end - self.start

    @property
    def is_cancelled(self) -> bool:
        return self.status is ActivityStatus.CANCELLED

    @property
    def delegate_ids(self) -> tuple[int, ...]:
        return tuple(a.delegate_id for a in self.attendees)

    def attendance_of(self, delegate_id: int) -> Attendance | None:
        return next((a for a in self.attendees if a.delegate_id == delegate_id), None)

    @property
    def interpreter_id(self) -> int | None:
        """The delegate who attends to interpret, if any."""
        return next((a.delegate_id for a in self.attendees if a.interpreter), None)

    @property
    def needs_interpreter(self) -> bool:
        return bool(self.interpreting)

    def revised(self, now: datetime | None = None, **changes: object) -> Activity:
        """A copy with ``changes``; SEQUENCE goes up when calendars must re-read the event.

        A delegate taken off the activity becomes a former attendee (their calendar gets the
        event as cancelled, with the higher SEQUENCE); one put back is an attendee again.
        """
        updated = replace(self, **changes)  # type: ignore[arg-type]
        taken_off = set(self.delegate_ids) - set(updated.delegate_ids)
        if taken_off:
            updated = replace(updated, former_attendee_ids=(*updated.former_attendee_ids, *taken_off))
        if taken_off or any(getattr(updated, name) != getattr(self, name) for name in SEQUENCED_FIELDS):
            updated = replace(updated, sequence=self.sequence + 1)
        if now is not None and updated != self:
            updated = replace(updated, last_modified=now)
        return updated
