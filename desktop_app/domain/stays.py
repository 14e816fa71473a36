"""Stays: when a delegate is in a market's city, and where they sleep.

A delegate may have several stays on one trip (Berlinale in February, FilMart in March,
Cannes in May). Outside every stay the delegate is elsewhere: an activity then is
``outside_stay``, except travel that brings them to a stay or takes them away from one.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from .errors import ValidationError
from .timezones import require_utc, validate_zone

TRAVEL_MARGIN = timedelta(hours=12)
"""A travel activity within this much of a stay belongs to getting there or away (a connecting
flight lands hours before the hotel check-in; a taxi leaves after the last meeting)."""

@dataclass(frozen=True, slots=True)
class Stay:
    id: int | None
    delegate_id: int
    arrival: datetime | None
    departure: datetime | None
    timezone: str
    """The zone the stay's times are shown in: its market's or its hotel's city."""
    hotel: str = ""
    market_id: int | None = None
    notes: str = ""

    def __post_init__(self) -> None:
        validate_zone(self.timezone)
        if self.arrival is not None:
            object.__setattr__(self, "arrival", require_utc(self.arrival, "arrival"))
        if self.departure is not None:
            object.__setattr__(self, "departure", require_utc(self.departure, "departure"))
        if self.arrival is not None and self.departure is not None and self.departure <= self.arrival:
            raise ValidationError("departure", "the departure must come after the arrival")

    def contains(self, start: datetime, end: datetime) -> bool:
        if self.arrival is not None and start < self.arrival:
            return False
        return self.departure is None or end <= self.departure

    def near(self, start: datetime, end: datetime, margin: timedelta) -> bool:
        """Whether [start, end) touches the stay widened by ``margin`` on both sides."""
        if self.arrival is not None and end < self.arrival - margin:
            return False
        return self.departure is None or start <= self.departure + margin


def sorted_stays(stays: Iterable[Stay]) -> list[Stay]:
    """Stays in time order (an open arrival first)."""
    return sorted(stays, key=lambda s: (s.arrival is not None, s.arrival or s.departure, s.id or 0))


@dataclass(frozen=True, slots=True)
class StayGap:
    """Where an activity sits against a delegate's stays, for a message a person can act on."""

    before: Stay | None
    """The stay that ended before the activity (or that it runs past), if any."""
    after: Stay | None
    """The stay that begins after the activity (or that it starts before), if any."""


def placement(stays: Sequence[Stay], start: datetime, end: datetime, *, travel: bool = False) -> StayGap | None:
    """None when [start, end) lies within one of ``stays`` (or there are none), else the stays
    around it. Travel only needs to come near a stay (see ``TRAVEL_MARGIN``)."""
    if not stays:
        return None
    if any(stay.contains(start, end) for stay in stays):
        return None
    if travel and any(stay.near(start, end, TRAVEL_MARGIN) for stay in stays):
        return None
    ordered = sorted_stays(stays)
    before = None
    after = None
    for stay in ordered:
        if stay.arrival is not None and stay.arrival >= end:
            after = after or stay
        elif stay.departure is not None and stay.departure <= start:
            before = stay
        else:  # overlaps the activity without containing it
            if stay.arrival is not None and start < stay.arrival:
                after = after or stay
            else:
                before = stay
    return StayGap(before, after)
