"""When a venue is open for meetings: its market days, its hours and the lunch break, each
evaluated in the venue's own zone on each day (so DST moves them with the local clock).

A venue's market days are those of the markets in its zone (the Palais des Festivals opens for
the Marché du Film, not for FilMart); a venue in a zone no market is in uses every market day.
A search over an explicit window (find-time ``--from``/``--to``) uses the window's days instead.
Without a venue, each day is read in the zone of the market running then (``market_zone_on``).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from desktop_app.domain.local_time import market_zone_on
from desktop_app.domain.places import Market, Venue
from desktop_app.domain.plan import Plan
from desktop_app.domain.timezones import localize, to_local

from .grid import Grid
from .intervals import Span, normalise, subtract

DEFAULT_OPENING = (time(9, 0), time(18, 0))
"""Hours of a venue that has none entered (and of a meeting without a venue)."""


def venue_markets(plan: Plan, venue: Venue) -> list[Market]:
    own = [m for m in plan.markets if m.timezone == venue.timezone]
    return own or list(plan.markets)


def days_of(markets: list[Market]) -> list[date]:
    return sorted({m.first_day + timedelta(days=n) for m in markets
                   for n in range((m.last_day - m.first_day).days + 1)})


def meeting_zone(plan: Plan, venue_id: int | None, instant: datetime) -> str:
    """The zone a meeting speaks in: its venue's, else the market's on that day."""
    venue = plan.venue_by_id.get(venue_id) if venue_id is not None else None
    if venue is not None:
        return venue.timezone
    return market_zone_on(plan, to_local(instant, plan.settings.timezone).date())


def window_days(start: datetime, end: datetime) -> list[date]:
    """Every day a window may touch in any zone (UTC dates widened by one): the hours of each are
    clipped to the window afterwards, so the widening adds nothing but safety."""
    first, last = start.date() - timedelta(days=1), end.date() + timedelta(days=1)
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def place_days(plan: Plan, venue_id: int | None, window: list[date] | None = None) -> list[tuple[date, str]]:
    """(day, zone) for every day the place may be open: ``window`` if given, else its market days."""
    venue = plan.venue_by_id.get(venue_id) if venue_id is not None else None
    if venue is not None:
        return [(day, venue.timezone) for day in window or days_of(venue_markets(plan, venue))]
    days = window or plan.market_days()
    if not plan.markets:
        return [(day, plan.settings.timezone) for day in days]
    return [(day, market_zone_on(plan, day)) for day in days]


class OpeningHours:
    """Open spans per venue on one grid, computed once per venue. ``lunch_break=False`` keeps the
    plan's lunch break open (a stand stays staffed over lunch; only meetings stop for it)."""

    def __init__(self, plan: Plan, grid: Grid, days: list[date] | None = None, *, lunch_break: bool = True) -> None:
        self.plan = plan
        self.grid = grid
        self.window_days = days
        self.lunch_break = lunch_break
        self._spans: dict[int | None, list[Span]] = {}

    def place_days(self, venue_id: int | None) -> list[tuple[date, str]]:
        return place_days(self.plan, venue_id, self.window_days)

    def hours(self, venue_id: int | None) -> tuple[time, time]:
        venue = self.plan.venue_by_id.get(venue_id) if venue_id is not None else None
        if venue is not None and venue.opens and venue.closes:
            return venue.opens, venue.closes
        return DEFAULT_OPENING

    def spans(self, venue_id: int | None) -> list[Span]:
        if venue_id not in self._spans:
            self._spans[venue_id] = self._compute(venue_id)
        return self._spans[venue_id]

    def _compute(self, venue_id: int | None) -> list[Span]:
        grid = self.grid
        opens, closes = self.hours(venue_id)
        place_days = self.place_days(venue_id)
        spans = normalise((grid.ceil(localize(datetime.combine(day, opens), zone_name)),
                           grid.floor(localize(datetime.combine(day, closes), zone_name)))
                          for day, zone_name in place_days)
        settings = self.plan.settings
        if not (self.lunch_break and settings.lunch_start and settings.lunch_minutes):
            return spans
        lunch = time.fromisoformat(settings.lunch_start)
        breaks = []
        for day, zone_name in place_days:
            start = localize(datetime.combine(day, lunch), zone_name)
            breaks.append((grid.floor(start), grid.ceil(start + timedelta(minutes=settings.lunch_minutes))))
        return subtract(spans, normalise(breaks))

    def zone_of(self, venue_id: int | None, minute: int) -> str:
        return meeting_zone(self.plan, venue_id, self.grid.instant(minute))

    def day_of(self, venue_id: int | None, minute: int) -> int:
        """The local day (an ordinal) of ``minute`` where the meeting is: what limits count by."""
        return to_local(self.grid.instant(minute), self.zone_of(venue_id, minute)).date().toordinal()
