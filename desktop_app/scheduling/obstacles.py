"""Why a request has no feasible start at all, naming the rules that rule each other out.

Each rule is a set of allowed minutes: the venue's opening hours on its market days, the
request's earliest/latest, each delegate's stays, each participant's availability windows. When
their intersection holds no start, a deletion filter finds a *minimal* subset that still holds
none: rules are tried for dropping from the least fundamental (availability) to the most (the
venue's hours), so the answer prefers the request's own data, then stays, then windows.
That subset (one to three rules, usually two) is then said in words, with times in the venue's
zone: "Kim Ji-woo departs Cannes on Fri 16 May 15:00 CEST, before the request's earliest time
(Sat 17 May 09:00 CEST)".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import Enum, auto

from desktop_app.domain.conflict_text import format_instant, format_span
from desktop_app.domain.dates_text import day_month, short_month, weekday_day_month_time
from desktop_app.domain.plan import Plan
from desktop_app.domain.requests import MeetingRequest, ParticipantKind, ParticipantRef
from desktop_app.domain.stays import Stay
from desktop_app.domain.timezones import to_local, zone_abbreviation

from .intervals import Span, has_start, intersect


class Rule(Enum):
    """In order from the most fundamental (the request's own place and times) to the least."""

    HOURS = auto()
    BOUNDS = auto()
    STAY = auto()
    AVAILABILITY = auto()


@dataclass(frozen=True)
class Constraint:
    rule: Rule
    spans: list[Span]
    who: ParticipantRef | None = None


def intersect_all(constraints: list[Constraint]) -> list[Span]:
    free: list[Span] = [(-10**9, 10**9)]
    for constraint in constraints:
        free = intersect(free, constraint.spans)
    return free


def minimal_conflict(constraints: list[Constraint], fits: Callable[[list[Constraint]], bool]) -> list[Constraint]:
    """A smallest-by-inclusion subset that still ``fits`` nothing, in the original order."""
    kept = list(constraints)
    for constraint in reversed(constraints):
        without = [c for c in kept if c is not constraint]
        if not fits(without):
            kept = without
    return kept


@dataclass(frozen=True)
class NoStart:
    """What a sentence about a request with no feasible start needs to know."""

    plan: Plan
    request: MeetingRequest
    venue_id: int | None
    zone: str
    """The venue's zone: every time is said in it."""
    days: list[date]
    """The venue's market days."""
    slot: int

    def explain(self, constraints: list[Constraint]) -> str:
        length = self.request.duration_minutes

        def fits(subset: list[Constraint]) -> bool:
            return has_start(intersect_all(subset), length, self.slot)

        conflict = minimal_conflict(constraints, fits)
        rules = [c.rule for c in conflict]
        if rules == [Rule.HOURS]:
            return (f"{self.venue} is never open {length} minutes in a row on its market days "
                    f"({self.days_text()}): shorten the meeting or lengthen the opening hours")
        if rules == [Rule.BOUNDS]:
            return (f"no {length}-minute meeting fits on the {self.slot}-minute grid "
                    f"{self.bounds_phrase()}: widen them")
        if len(conflict) == 1:
            noun = "stay" if rules == [Rule.STAY] else "availability window"
            return f"every {noun} of {self.name(conflict[0])} is shorter than the {length}-minute meeting"
        if rules == [Rule.HOURS, Rule.BOUNDS]:
            return self.closed_between_bounds()
        if rules == [Rule.HOURS, Rule.STAY]:
            return (f"{self.venue} is open on its market days ({self.days_text()}) only outside every stay of "
                    f"{self.name(conflict[1])} ({self.stays_text(conflict[1])})")
        if rules == [Rule.BOUNDS, Rule.STAY]:
            return self.stay_against_bounds(conflict[1])
        if rules == [Rule.HOURS, Rule.AVAILABILITY]:
            return (f"{self.venue} is open on its market days ({self.days_text()}) only outside every "
                    f"availability window of {self.name(conflict[1])}")
        if rules == [Rule.BOUNDS, Rule.AVAILABILITY]:
            return f"{self.name(conflict[1])} is not available at any time {self.bounds_phrase()}"
        if len(conflict) == 2 and Rule.HOURS not in rules and Rule.BOUNDS not in rules:
            first, second = sorted(conflict, key=lambda c: c.rule is Rule.STAY)  # windows before stays
            overlap = "never overlap" if not intersect(first.spans, second.spans) else (
                f"never overlap for {length} minutes")
            if first.rule is second.rule:
                plural = "stays" if first.rule is Rule.STAY else "availability windows"
                return f"{self.name(first)}'s and {self.name(second)}'s {plural} {overlap}"
            return (f"{self.name(first)}'s {self.rule_name(first, own=True)} and {self.name(second)}'s "
                    f"{self.rule_name(second, own=True)} {overlap}")
        names = [self.rule_name(c) for c in conflict]
        return f"no {length}-minute time suits {', '.join(names[:-1])} and {names[-1]} together"

    # --- the pieces of a sentence -------------------------------------------------------------

    @property
    def venue(self) -> str:
        venue = self.plan.venue_by_id.get(self.venue_id) if self.venue_id is not None else None
        return venue.name if venue else "the venue"

    def when(self, instant: datetime) -> str:
        """'Fri 16 May 15:00 CEST' in the venue's zone."""
        return f"{weekday_day_month_time(to_local(instant, self.zone))} {zone_abbreviation(instant, self.zone)}"

    def name(self, constraint: Constraint) -> str:
        assert constraint.who is not None
        return self.plan.participant_name(constraint.who)

    def rule_name(self, constraint: Constraint, *, own: bool = False) -> str:
        """'the stays of Kim Ji-woo', or with ``own`` just 'stays' (after "Kim Ji-woo's")."""
        if constraint.rule is Rule.HOURS:
            return f"the opening hours of {self.venue}"
        if constraint.rule is Rule.BOUNDS:
            return "the request's earliest and latest times"
        if constraint.rule is Rule.STAY:
            assert constraint.who is not None
            noun = "stay" if len(self.plan.stays_of(constraint.who.id)) == 1 else "stays"
        else:
            noun = "availability windows"
        return noun if own else f"the {noun} of {self.name(constraint)}"

    def days_text(self) -> str:
        """'17–20 Mar', '30 Mar–2 Apr', '17–20 Mar, 13–21 May'."""
        runs: list[list[date]] = []
        for day in self.days:
            if runs and day - runs[-1][-1] == timedelta(days=1):
                runs[-1].append(day)
            else:
                runs.append([day])
        parts = []
        for run in runs:
            first, last = run[0], run[-1]
            if first == last:
                parts.append(day_month(first))
            elif first.month == last.month:
                parts.append(f"{first.day}–{last.day} {short_month(last)}")
            else:
                parts.append(f"{day_month(first)}–{day_month(last)}")
        return ", ".join(parts)

    def bounds_phrase(self) -> str:
        earliest, latest = self.request.earliest, self.request.latest
        if earliest and latest:
            return f"between the request's earliest and latest times ({self.when(earliest)} – {self.when(latest)})"
        if earliest:
            return f"after the request's earliest time ({self.when(earliest)})"
        assert latest is not None
        return f"before the request's latest time ({self.when(latest)})"

    def closed_between_bounds(self) -> str:
        earliest, latest = self.request.earliest, self.request.latest
        start = to_local(earliest, self.zone).date() if earliest else None
        end = to_local(latest, self.zone).date() if latest else None
        if not any((start is None or start <= day) and (end is None or day <= end) for day in self.days):
            market_days = f"the market days of {self.venue} ({self.days_text()})"
            if earliest and latest:
                return f"the request's earliest and latest times fall on none of {market_days}: move them"
            if earliest:
                return f"the request's earliest time ({self.when(earliest)}) is after {market_days}: move it"
            assert latest is not None
            return f"the request's latest time ({self.when(latest)}) is before {market_days}: move it"
        return f"{self.venue} is closed at every time {self.bounds_phrase()}: widen them or choose another venue"

    def stays_text(self, constraint: Constraint) -> str:
        assert constraint.who is not None
        parts = []
        for stay in self.plan.stays_of(constraint.who.id)[:3]:
            if stay.arrival and stay.departure:
                parts.append(format_span(stay.arrival, stay.departure, self.zone, "→"))
            elif stay.arrival:
                parts.append(f"from {format_instant(stay.arrival, self.zone)}")
            elif stay.departure:
                parts.append(f"until {format_instant(stay.departure, self.zone)}")
        return "; ".join(parts)

    def city(self, stay: Stay) -> str:
        market = self.plan.market_by_id.get(stay.market_id) if stay.market_id is not None else None
        return market.city if market else ""

    def stay_against_bounds(self, constraint: Constraint) -> str:
        """The delegate leaves before the earliest time, arrives after the latest, or is away between."""
        assert constraint.who is not None
        who = self.name(constraint)
        stays = self.plan.stays_of(constraint.who.id)
        minutes = self.request.duration_minutes
        length = timedelta(minutes=minutes)
        earliest, latest = self.request.earliest, self.request.latest
        departures = [(s.departure, s) for s in stays if s.departure is not None]
        arrivals = [(s.arrival, s) for s in stays if s.arrival is not None]
        if earliest and len(departures) == len(stays) and max(d for d, _ in departures) < earliest + length:
            departure, stay = max(departures, key=lambda pair: pair[0])
            city = self.city(stay)
            place = f" {city}" if city else ""
            why = ("before the request's earliest time" if departure <= earliest
                   else f"too soon for a {minutes}-minute meeting after the request's earliest time")
            return f"{who} departs{place} on {self.when(departure)}, {why} ({self.when(earliest)})"
        if latest and len(arrivals) == len(stays) and min(a for a, _ in arrivals) > latest - length:
            arrival, stay = min(arrivals, key=lambda pair: pair[0])
            city = self.city(stay)
            place = f" in {city}" if city else ""
            why = ("after the request's latest time" if arrival >= latest
                   else f"too late for a {minutes}-minute meeting before the request's latest time")
            return f"{who} arrives{place} on {self.when(arrival)}, {why} ({self.when(latest)})"
        return f"{who} is away at every time {self.bounds_phrase()}"


def participant_refs(request: MeetingRequest, delegate_ids: tuple[int, ...]) -> list[ParticipantRef]:
    """Whose availability windows count: the requester, a project's members, the contact."""
    refs = [request.requester]
    if request.delegate_id is None:
        refs += [ParticipantRef(ParticipantKind.DELEGATE, d) for d in delegate_ids]
    refs.append(ParticipantRef(ParticipantKind.CONTACT, request.contact_id))
    return refs
