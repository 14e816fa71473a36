"""What the plan says about when venues and people are free, as minute spans on one grid.

Shared by the scheduler's instance builder and find-time, so both read the rules alike:
opening hours (opening.py), every stay of a delegate (their union; no stays = always there),
availability windows (someone without any is free whenever the venue is open), and the
non-cancelled activities that block people, widened by the travel time to and from the venue.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date

from desktop_app.domain.activities import Activity
from desktop_app.domain.errors import DomainError
from desktop_app.domain.plan import Plan
from desktop_app.domain.requests import ParticipantRef

from .grid import Grid, grid_origin, slot_minutes
from .instance import CONTACT, DELEGATE, PersonKey
from .intervals import Span, normalise
from .opening import OpeningHours, place_days

ALWAYS: list[Span] = [(-10**9, 10**9)]

NO_DAYS = ("The plan has no markets, so there are no days to place meetings in: import the "
           "markets first (import PLAN FILE --as markets)")


class PlanTimes:
    """``step``: the coarsest slot wanted; it is refined by ``durations`` and by the UTC offsets
    of the venues in ``venue_ids`` (see grid.py). ``days``: the days to search (find-time's
    window) instead of each venue's market days. ``blocking``: the activities that take people's
    time (default: every non-cancelled one). ``lunch_break``: whether venues close for the plan's
    lunch break (they do for meetings, not for booth duty)."""

    def __init__(self, plan: Plan, *, step: int, venue_ids: Iterable[int | None], durations: Iterable[int] = (),
                 days: list[date] | None = None, blocking: Iterable[Activity] | None = None,
                 lunch_break: bool = True) -> None:
        self.plan = plan
        all_days = days if days is not None else plan.market_days()
        if not all_days:
            raise DomainError(NO_DAYS + ".")
        zone_days = [(zone_name, day) for venue_id in set(venue_ids)
                     for day, zone_name in place_days(plan, venue_id, days)]
        self.grid = Grid(grid_origin(all_days[0]), slot_minutes(step, durations, zone_days))
        self.opening = OpeningHours(plan, self.grid, days, lunch_break=lunch_break)
        self.blocking = [a for a in plan.activities if not a.is_cancelled] if blocking is None else list(blocking)
        self.busy_of: dict[PersonKey, list[Activity]] = defaultdict(list)
        for activity in self.blocking:
            for delegate_id in activity.delegate_ids:
                self.busy_of[(DELEGATE, delegate_id)].append(activity)
            for contact_id in activity.contact_ids:
                self.busy_of[(CONTACT, contact_id)].append(activity)
        self._windows: dict[ParticipantRef, list[Span]] | None = None
        self._stays: dict[int, list[Span]] = {}
        self._busy: dict[tuple[PersonKey, int | None], list[Span]] = {}

    @property
    def slot(self) -> int:
        return self.grid.slot

    def open_spans(self, venue_id: int | None) -> list[Span]:
        return self.opening.spans(venue_id)

    def stay_spans(self, delegate_id: int) -> list[Span]:
        """When the delegate is in town: the union of their stays (always, without stays)."""
        if delegate_id not in self._stays:
            stays = self.plan.stays_of(delegate_id)
            grid = self.grid
            self._stays[delegate_id] = normalise(
                (grid.ceil(s.arrival) if s.arrival else ALWAYS[0][0],
                 grid.floor(s.departure) if s.departure else ALWAYS[0][1]) for s in stays) if stays else ALWAYS
        return self._stays[delegate_id]

    def window_spans(self, ref: ParticipantRef) -> list[Span] | None:
        """The participant's availability windows; None when they have none (free whenever open)."""
        if self._windows is None:
            by_ref: dict[ParticipantRef, list[Span]] = defaultdict(list)
            for w in self.plan.availability:
                by_ref[w.participant].append((self.grid.ceil(w.start), self.grid.floor(w.end)))
            self._windows = {key: normalise(spans) for key, spans in by_ref.items()}
        return self._windows.get(ref)

    def busy_span(self, activity: Activity, venue_id: int | None) -> Span:
        """The time ``activity`` takes from someone meeting at ``venue_id``, travel included."""
        plan = self.plan
        return (self.grid.floor(activity.start) - plan.travel_minutes(venue_id, activity.venue_id),
                self.grid.ceil(activity.end) + plan.travel_minutes(activity.venue_id, venue_id))

    def busy_spans(self, person: PersonKey, venue_id: int | None) -> list[Span]:
        key = (person, venue_id)
        if key not in self._busy:
            self._busy[key] = normalise(self.busy_span(a, venue_id) for a in self.busy_of.get(person, ()))
        return self._busy[key]
