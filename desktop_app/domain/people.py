"""Delegations, their delegates and staff, outside contacts and film projects.

Staff (interpreters, assistants, drivers) are delegates of kind ``staff``: they attend
activities, have stays, availability, calendars and itineraries, and are in conflicts exactly
like delegates, so every path that handles a delegate handles them. What sets them apart is
only what they are for: their ``role`` says what they do, their ``languages`` whom they can
interpret for, and the roster gives them interpreting needs (delegates take booth duty).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from ._checks import optional_email, required_text
from .errors import ValidationError
from .languages import language_tags
from .timezones import require_utc, validate_zone


class PersonKind(StrEnum):
    DELEGATE = "delegate"
    """A member of the delegation: their own meetings, panels and booth duty."""
    STAFF = "staff"
    """Interpreters, assistants, drivers: they work for the delegation's people."""


@dataclass(frozen=True, slots=True)
class Delegation:
    id: int | None
    name: str
    manager_name: str = ""
    manager_email: str = ""
    manager_phone: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", required_text(self.name, "delegation"))
        object.__setattr__(self, "manager_email", optional_email(self.manager_email, "manager_email"))


@dataclass(frozen=True, slots=True)
class Delegate:
    id: int | None
    name: str
    delegation_id: int | None = None
    native_name: str = ""
    email: str = ""
    phone: str = ""
    organisation: str = ""
    role: str = ""
    home_timezone: str = ""
    notes: str = ""
    removed_at: datetime | None = None
    """When the manager removed the delegate from the plan; kept so their calendars can be
    told what left them (a removed delegate is in no list, no conflict and no export)."""
    kind: PersonKind = PersonKind.DELEGATE
    languages: tuple[str, ...] = ()
    """BCP 47 tags of the languages the person speaks well enough to interpret (see ``languages``)."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", required_text(self.name, "name"))
        object.__setattr__(self, "email", optional_email(self.email))
        if not isinstance(self.kind, PersonKind):
            try:
                object.__setattr__(self, "kind", PersonKind(self.kind))
            except ValueError:
                raise ValidationError("kind", f"'{self.kind}' is neither delegate nor staff") from None
        object.__setattr__(self, "languages", language_tags(self.languages))
        if self.home_timezone:
            validate_zone(self.home_timezone, "home_timezone")
        if self.removed_at is not None:
            object.__setattr__(self, "removed_at", require_utc(self.removed_at, "removed_at"))

    @property
    def display_name(self) -> str:
        """'Wong Ka-man 黃嘉敏' when a native-script name differs from the Latin one."""
        if self.native_name and self.native_name != self.name:
            return f"{self.name} {self.native_name}"
        return self.name

    @property
    def is_staff(self) -> bool:
        return self.kind is PersonKind.STAFF


@dataclass(frozen=True, slots=True)
class Contact:
    id: int | None
    name: str
    native_name: str = ""
    email: str = ""
    phone: str = ""
    organisation: str = ""
    role: str = ""
    country: str = ""
    notes: str = ""
    removed_at: datetime | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", required_text(self.name, "name"))
        object.__setattr__(self, "email", optional_email(self.email))
        if self.removed_at is not None:
            object.__setattr__(self, "removed_at", require_utc(self.removed_at, "removed_at"))

    @property
    def display_name(self) -> str:
        if self.native_name and self.native_name != self.name:
            return f"{self.name} {self.native_name}"
        return self.name


@dataclass(frozen=True, slots=True)
class Project:
    id: int | None
    title: str
    original_title: str = ""
    stage: str = ""
    logline: str = ""
    credits: str = ""
    """Free text: "Director: Chan Tsz-hin 陳子軒; Producer: Wong Ka-man"."""
    external_id: str = ""
    member_ids: tuple[int, ...] = ()
    """The project's team: delegates who attend its meetings."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "title", required_text(self.title, "title"))
        object.__setattr__(self, "member_ids", tuple(sorted(set(self.member_ids))))
