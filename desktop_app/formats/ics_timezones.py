"""VTIMEZONE components that every calendar client reads the same way.

icalendar's ``add_missing_timezones()`` describes a zone by its past transitions, written as
multi-valued ``RDATE`` lists. ical.js (Thunderbird's parser) reads only the first value of each
``RDATE``, so with the default 1970-2038 range a 09:00 Europe/Paris meeting in May 2025 comes
out one hour wrong there. This module writes zones the way Outlook, Apple and Google do:
one STANDARD and one DAYLIGHT observance with a yearly ``RRULE`` when the zone follows a
weekday rule ("last Sunday of March"), checked against the real transitions over the years the
calendar covers. A zone that follows no such rule gets one observance per transition, each with
a single ``DTSTART`` and no ``RDATE``; a zone without transitions gets one observance.
"""

from __future__ import annotations

import calendar as month_calendar
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache

from icalendar import Timezone, TimezoneDaylight, TimezoneStandard, vRecur

from desktop_app.domain.timezones import zone

_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


@dataclass(frozen=True, slots=True)
class Transition:
    """The zone's rules change at ``utc``: from one UTC offset to another."""

    utc: datetime
    offset_from: timedelta
    offset_to: timedelta
    name: str
    is_dst: bool

    @property
    def local_onset(self) -> datetime:
        """The onset as RFC 5545 wants it: wall-clock time in the offset in force before it."""
        return (self.utc + self.offset_from).replace(tzinfo=None)


def _state(zone_name: str, instant: datetime) -> tuple[timedelta, str, bool]:
    local = instant.astimezone(zone(zone_name))
    return local.utcoffset() or timedelta(), local.tzname() or "", bool(local.dst())


@lru_cache(maxsize=128)
def transitions(zone_name: str, first_year: int, last_year: int) -> tuple[Transition, ...]:
    """Every change of offset, name or DST flag from 1 Jan ``first_year`` to 31 Dec ``last_year``."""
    step = timedelta(hours=1)
    moment = datetime(first_year, 1, 1, tzinfo=UTC)
    stop = datetime(last_year + 1, 1, 1, tzinfo=UTC)
    found: list[Transition] = []
    before = _state(zone_name, moment)
    while moment < stop:
        after = _state(zone_name, moment + step)
        if after != before:
            found.append(_pinpoint(zone_name, moment, moment + step, before))
        moment, before = moment + step, after
    return tuple(found)


def _pinpoint(zone_name: str, low: datetime, high: datetime, before: tuple[timedelta, str, bool]) -> Transition:
    """Bisect to the exact second at which the state changes (zones change on whole minutes)."""
    while high - low > timedelta(seconds=1):
        middle = low + (high - low) / 2
        if _state(zone_name, middle) == before:
            low = middle
        else:
            high = middle
    offset_to, name, is_dst = _state(zone_name, high)
    return Transition(high, before[0], offset_to, name, is_dst)


def _weekday_rules(local: datetime) -> set[str]:
    """The BYDAY values that name ``local``'s date within its month: "2SU", and "-1SU" if last."""
    weekday = _WEEKDAYS[local.weekday()]
    rules = {f"{(local.day - 1) // 7 + 1}{weekday}"}
    if local.day + 7 > month_calendar.monthrange(local.year, local.month)[1]:
        rules.add(f"-1{weekday}")
    return rules


def _yearly_rule(group: list[Transition], years: range) -> str | None:
    """A BYDAY rule that gives exactly these transitions, one per year, or None."""
    if sorted(t.local_onset.year for t in group) != list(years):
        return None
    onsets = [t.local_onset for t in group]
    if len({(o.month, o.time()) for o in onsets}) != 1:
        return None
    common = set.intersection(*(_weekday_rules(o) for o in onsets))
    if not common:
        return None
    return min(common, key=lambda rule: (not rule.startswith("-"), rule))  # prefer "last Sunday"


def _observance(
    is_dst: bool, onset: datetime, offset_from: timedelta, offset_to: timedelta, name: str
) -> TimezoneStandard | TimezoneDaylight:
    observance = TimezoneDaylight() if is_dst else TimezoneStandard()
    observance.add("DTSTART", onset)
    observance.add("TZOFFSETFROM", offset_from)
    observance.add("TZOFFSETTO", offset_to)
    if name:
        observance.add("TZNAME", name)
    return observance


def vtimezone(zone_name: str, first_year: int, last_year: int) -> Timezone:
    """A VTIMEZONE for ``zone_name`` correct for every instant from ``first_year`` to ``last_year``.

    One year of margin each side keeps an event on 1 January right whatever its zone.
    """
    first_year, last_year = first_year - 1, last_year + 1
    component = Timezone()
    component.add("TZID", zone_name)
    component.add("X-LIC-LOCATION", zone_name)
    changes = transitions(zone_name, first_year, last_year)
    offset, name, is_dst = _state(zone_name, datetime(first_year, 1, 1, tzinfo=UTC))
    rrule_observances = _rrule_observances(changes, range(first_year, last_year + 1))
    if rrule_observances is not None:
        for observance in rrule_observances:
            component.add_component(observance)
        return component
    component.add_component(_observance(is_dst, datetime(first_year, 1, 1), offset, offset, name))
    for change in changes:
        # Readers such as dateutil assume DAYLIGHT is the larger offset; Morocco's "negative DST"
        # (+00 in Ramadan) labelled by zoneinfo's dst() flag would be read an hour wrong there.
        daylight = change.offset_to > change.offset_from if change.offset_to != change.offset_from else change.is_dst
        component.add_component(
            _observance(daylight, change.local_onset, change.offset_from, change.offset_to, change.name)
        )
    return component


def _rrule_observances(
    changes: tuple[Transition, ...], years: range
) -> list[TimezoneStandard | TimezoneDaylight] | None:
    groups: dict[tuple[bool, timedelta, timedelta, str], list[Transition]] = {}
    for change in changes:
        groups.setdefault((change.is_dst, change.offset_from, change.offset_to, change.name), []).append(change)
    if len(groups) != 2 or {key[0] for key in groups} != {True, False}:
        return None
    observances: list[TimezoneStandard | TimezoneDaylight] = []
    for (is_dst, offset_from, offset_to, name), group in groups.items():
        rule = _yearly_rule(group, years)
        if rule is None:
            return None
        first = group[0].local_onset
        observance = _observance(is_dst, first, offset_from, offset_to, name)
        observance.add("RRULE", vRecur(FREQ="YEARLY", BYMONTH=first.month, BYDAY=rule))
        observances.append(observance)
    return observances
