"""Markets, venues, rooms and the travel times between venues."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from ._checks import in_range, required_text
from .errors import ValidationError
from .timezones import validate_zone

DEFAULT_TRAVEL_MINUTES = 30
"""Assumed travel time between two venues nobody entered a time for."""


@dataclass(frozen=True, slots=True)
class Market:
    id: int | None
    name: str
    city: str
    timezone: str
    first_day: date
    last_day: date

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", required_text(self.name, "market name"))
        validate_zone(self.timezone)
        if self.last_day < self.first_day:
            raise ValidationError(
                "last_day", f"{self.name} ends ({self.last_day}) before it starts ({self.first_day})"
            )

    def covers(self, day: date) -> bool:
        return self.first_day <= day <= self.last_day


@dataclass(frozen=True, slots=True)
class Venue:
    id: int | None
    name: str
    timezone: str
    native_name: str = ""
    address: str = ""
    native_address: str = ""
    latitude: float | None = None
    longitude: float | None = None
    opens: time | None = None
    closes: time | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", required_text(self.name, "venue"))
        validate_zone(self.timezone)
        if self.latitude is not None and not -90 <= self.latitude <= 90:
            raise ValidationError("latitude", f"{self.latitude} is not between -90 and 90")
        if self.longitude is not None and not -180 <= self.longitude <= 180:
            raise ValidationError("longitude", f"{self.longitude} is not between -180 and 180")
        if (self.opens is None) != (self.closes is None):
            raise ValidationError("opens", "give both opening and closing time, or neither")
        if self.opens is not None and self.closes is not None and self.closes <= self.opens:
            raise ValidationError("closes", f"{self.name} closes ({self.closes}) before it opens")


@dataclass(frozen=True, slots=True)
class Room:
    """A room of a venue. ``capacity`` counts people (seats); ``tables`` counts the meetings a hall
    holds at once (HAF's numbered tables). Without ``tables`` a room holds one activity at a time."""

    id: int | None
    venue_id: int
    name: str
    capacity: int | None = None
    tables: int | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", required_text(self.name, "room"))
        if self.capacity is not None:
            in_range(self.capacity, 1, 100_000, "capacity")
        if self.tables is not None:
            in_range(self.tables, 1, 10_000, "tables")

    @property
    def meetings_at_once(self) -> int:
        """How many meetings (or other activities) may share the room at one time."""
        return self.tables or 1


@dataclass(frozen=True, slots=True)
class TravelTime:
    from_venue_id: int
    to_venue_id: int
    minutes: int

    def __post_init__(self) -> None:
        if self.from_venue_id == self.to_venue_id:
            raise ValidationError("to", "travel time is between two different venues")
        in_range(self.minutes, 0, 24 * 60, "minutes")
