"""Delegations, their delegates, outside contacts and film projects."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ._checks import optional_email, required_text
from .errors import ValidationError
from .timezones import require_utc, validate_zone


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
    arrival: datetime | None = None
    departure: datetime | None = None
    hotel: str = ""
    notes: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", required_text(self.name, "name"))
        object.__setattr__(self, "email", optional_email(self.email))
        if self.home_timezone:
            validate_zone(self.home_timezone, "home_timezone")
        if self.arrival is not None:
            object.__setattr__(self, "arrival", require_utc(self.arrival, "arrival"))
        if self.departure is not None:
            object.__setattr__(self, "departure", require_utc(self.departure, "departure"))
        if self.arrival and self.departure and self.departure <= self.arrival:
            raise ValidationError("departure", f"{self.name} departs before arriving")

    @property
    def display_name(self) -> str:
        """'Wong Ka-man 黃嘉敏' when a native-script name differs from the Latin one."""
        if self.native_name and self.native_name != self.name:
            return f"{self.name} {self.native_name}"
        return self.name

    def stays_through(self, start: datetime, end: datetime) -> bool:
        if self.arrival is not None and start < self.arrival:
            return False
        return not (self.departure is not None and end > self.departure)


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

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", required_text(self.name, "name"))
        object.__setattr__(self, "email", optional_email(self.email))

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
    team: str = ""
    member_ids: tuple[int, ...] = ()
    """Delegates who attend the project's meetings."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "title", required_text(self.title, "title"))
