"""Reading calendars as Google, Outlook and Apple write them: bytes in, plain events out.

Handled: ``X-WR-TIMEZONE`` (Google), Windows zone names with their own VTIMEZONE (Outlook),
floating times (read in a default zone, reported), all-day events, recurring events expanded
within a window (``recurring-ical-events``), ``RECURRENCE-ID`` overrides and cancelled
instances, local times that a clock change skips or repeats (read as RFC 5545 says, and
reported). Every event gets a stable ``key``: its UID, or for one instance of a recurring
series ``UID#<instant>``, the instance's original start (its RECURRENCE-ID) in UTC as
``20250318T010000Z`` (all-day instances: ``20250318``). Re-reading a changed file gives the
same keys, so an import can update instead of duplicating.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import recurring_ical_events
import x_wr_timezone
from icalendar import Calendar, Component
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from desktop_app.domain.errors import DomainError, ValidationError
from desktop_app.domain.timezones import localize, localize_reporting, validate_zone

_NAME = re.compile(r"^[A-Za-z0-9-]+$")
_STATUSES = {"CONFIRMED": "confirmed", "TENTATIVE": "tentative", "CANCELLED": "cancelled"}


@dataclass(frozen=True, slots=True)
class IcsProblem:
    line: int
    property: str
    reason: str


class IcsRejected(DomainError):
    """The calendar cannot be read; ``problems`` says where (line) and why."""

    def __init__(self, problems: list[IcsProblem]) -> None:
        self.problems = problems
        super().__init__("; ".join(f"line {p.line}: {p.reason}" for p in problems[:5]))


@dataclass(frozen=True, slots=True)
class CalendarEvent:
    key: str
    uid: str
    recurrence_id: str
    title: str
    start: datetime
    end: datetime
    timezone: str
    all_day: bool
    status: str
    busy: bool
    location: str = ""
    description: str = ""
    url: str = ""
    categories: tuple[str, ...] = ()

    @property
    def in_series(self) -> bool:
        return bool(self.recurrence_id)


@dataclass(slots=True)
class ParsedCalendar:
    name: str
    events: list[CalendarEvent]
    series_uids: frozenset[str]
    """UIDs of recurring series: an instance of one missing from the file was cancelled."""
    warnings: list[str] = field(default_factory=list)


def read_calendar(
    data: bytes, *, windows: Sequence[tuple[datetime, datetime]], default_zone: str
) -> ParsedCalendar:
    """The events of ``data`` that overlap any of ``windows`` (UTC instants, e.g. one per market),
    recurring ones expanded within them."""
    text = _decode(data)
    event_lines = _check_structure(text)
    try:
        calendar = Calendar.from_ical(text)
    except (ValueError, IndexError, KeyError) as error:
        raise IcsRejected([IcsProblem(1, "", f"not a readable calendar ({error})")]) from None
    if isinstance(calendar, list):  # several VCALENDARs in one file
        calendar = calendar[0]
    vevents = calendar.walk("VEVENT")
    _check_events(vevents, event_lines)
    _give_uids(vevents)
    warnings: list[str] = []
    calendar, zone_name = _standardised(calendar, text, default_zone, vevents, warnings)
    series_uids = frozenset(
        str(e["UID"]) for e in vevents if ("RRULE" in e or "RDATE" in e or "RECURRENCE-ID" in e)
    )
    occurrences: list[Component] = []
    try:
        for window in windows:
            occurrences.extend(recurring_ical_events.of(calendar).between(*window))
    except Exception as error:  # the library raises several unrelated types for bad rules
        raise IcsRejected([IcsProblem(event_lines[0] if event_lines else 1, "RRULE",
                                      f"a recurring event cannot be expanded ({error})")]) from None
    # An event whose DTSTART is in UTC (our export writes a local time that happens twice so) is
    # in its DTEND's zone, read here: recurring-ical-events rewrites DTEND in DTSTART's zone.
    end_zones = {str(e["UID"]): _wall_time_zone(e.decoded("DTEND"), e["DTEND"].params.get("TZID"))
                 for e in calendar.walk("VEVENT") if "DTEND" in e and "RECURRENCE-ID" not in e}
    found: dict[str, CalendarEvent] = {}  # an event overlapping two windows is found twice
    for occurrence in occurrences:
        event = _event(occurrence, series_uids, end_zones.get(str(occurrence["UID"])) or zone_name, warnings)
        if event is not None:
            found[event.key] = event
    events = list(found.values())
    outside = len({str(e["UID"]) for e in vevents} - {e.uid for e in events} - series_uids)
    if outside:
        spans = ", ".join(f"{start:%Y-%m-%d}–{end:%Y-%m-%d}" for start, end in windows)
        warnings.append(f"{outside} event(s) outside the plan's dates ({spans}) were skipped")
    name = str(calendar.get("X-WR-CALNAME", "") or calendar.get("NAME", ""))
    events.sort(key=lambda e: (e.start, e.key))
    return ParsedCalendar(name, events, series_uids, list(dict.fromkeys(warnings)))  # once per event


def _decode(data: bytes) -> str:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise IcsRejected([IcsProblem(line, "", "the file is not UTF-8 text")]) from None
    if not text.lstrip().upper().startswith("BEGIN:VCALENDAR"):
        raise IcsRejected([IcsProblem(1, "", "not an iCalendar file (it must start with BEGIN:VCALENDAR)")])
    return text


def _logical_lines(text: str) -> list[tuple[int, str]]:
    """Unfolded content lines, each with the number of the physical line it starts on."""
    lines: list[tuple[int, str]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if line[:1] in (" ", "\t") and lines:
            lines[-1] = (lines[-1][0], lines[-1][1] + line[1:])
        elif line.strip():
            lines.append((number, line))
    return lines


def _check_structure(text: str) -> list[int]:
    """Line numbers of each VEVENT's BEGIN; rejects bad lines and unbalanced BEGIN/END."""
    problems: list[IcsProblem] = []
    stack: list[tuple[str, int]] = []
    event_lines: list[int] = []
    for number, line in _logical_lines(text):
        head, colon, value = line.partition(":")
        name = head.split(";", 1)[0]
        if not colon or not _NAME.match(name):
            problems.append(IcsProblem(number, "", f"not an iCalendar content line: {line[:60]!r}"))
            continue
        kind = value.strip().upper()
        if name.upper() == "BEGIN":
            stack.append((kind, number))
            if kind == "VEVENT":
                event_lines.append(number)
        elif name.upper() == "END":
            if not stack or stack[-1][0] != kind:
                expected = f"END:{stack[-1][0]}" if stack else "nothing"
                problems.append(IcsProblem(number, "END", f"END:{value.strip()} where {expected} was expected"))
                break
            stack.pop()
    if stack and not problems:
        kind, number = stack[-1]
        problems.append(IcsProblem(number, "BEGIN", f"BEGIN:{kind} is never closed (the file is cut short?)"))
    if problems:
        raise IcsRejected(problems)
    return event_lines


def _check_events(vevents: list[Component], lines: list[int]) -> None:
    problems: list[IcsProblem] = []
    for vevent, line in zip(vevents, lines, strict=False):
        for name, reason in vevent.errors:
            problems.append(IcsProblem(line, name or "", reason))
        if "DTSTART" not in vevent:
            problems.append(IcsProblem(line, "DTSTART", "an event without DTSTART"))
        for name in ("RRULE", "DTEND", "DURATION", "RECURRENCE-ID"):
            if name in vevent and not vevent.errors:
                try:
                    vevent.decoded(name)
                except (ValueError, TypeError, AttributeError) as error:
                    problems.append(IcsProblem(line, name, str(error)))
    if problems:
        raise IcsRejected(problems)


def _zone_for(tzid: str) -> str | None:
    """An IANA zone for a TZID as Google, Apple ("Europe/Paris") or Outlook ("Romance Standard Time")
    write it, or None."""
    tzid = tzid.strip().strip('"')
    # Old Thunderbird/Lightning files write "/mozilla.org/20050126_1/Europe/Paris".
    tail = "/".join(tzid.split("/")[-2:]) if tzid.count("/") >= 2 else ""
    for candidate in filter(None, (tzid, WINDOWS_TO_OLSON.get(tzid), tail)):
        try:
            return validate_zone(candidate)
        except ValidationError:
            continue
    return None


def _standardised(
    calendar: Calendar, text: str, default_zone: str, vevents: list[Component], warnings: list[str]
) -> tuple[Calendar, str]:
    """Floating and UTC times moved into X-WR-TIMEZONE (Google) or ``default_zone``."""
    declared = str(calendar.get("X-WR-TIMEZONE", "") or "")
    zone_name = _zone_for(declared) if declared else default_zone
    if zone_name is None:
        line = next((n for n, row in enumerate(text.splitlines(), 1) if row.upper().startswith("X-WR-TIMEZONE")), 1)
        raise IcsRejected([IcsProblem(line, "X-WR-TIMEZONE", f"unknown time zone '{declared}'")])
    if not declared:
        floating = sum(
            1 for e in vevents
            if isinstance(e.decoded("DTSTART"), datetime) and e.decoded("DTSTART").tzinfo is None
        )
        if floating:
            warnings.append(f"{floating} event(s) have floating times (no zone); read as {default_zone} time")
    walked = _ZoneWalker(ZoneInfo(zone_name)).walk(calendar)
    # Applied: recurring_ical_events.of() would apply it again with x-wr-timezone's own walker,
    # moving Outlook's TZNAME-less zones (and the fold of UTC times) into X-WR-TIMEZONE.
    walked.pop("X-WR-TIMEZONE", None)
    return walked, zone_name


class _ZoneWalker(x_wr_timezone.UTCChangingWalker):  # type: ignore[misc]
    """x-wr-timezone's conversion of UTC and floating times into the calendar's zone.

    x-wr-timezone takes any time whose ``tzname()`` is None for floating; Outlook's
    VTIMEZONEs ("W. Europe Standard Time") have no TZNAME, so their times would be moved
    into another zone. Floating means no tzinfo at all.

    UTC times move into the zone only in recurring events, whose series must repeat at the
    same local hour across DST (Google). A single event keeps UTC: recurring-ical-events
    computes occurrences by datetime arithmetic, which drops ``fold``, so 01:30Z on the night
    Paris clocks go back (02:30 CET, the second 02:30) would come back as 00:30Z.
    """

    _utc_into_zone = True

    def walk_event(self, event: Component) -> Component:
        self._utc_into_zone = any(name in event for name in ("RRULE", "RDATE", "RECURRENCE-ID"))
        walked: Component = super().walk_event(event)
        return walked

    def is_UTC(self, dt: datetime) -> bool:
        return self._utc_into_zone and bool(super().is_UTC(dt))

    def is_Floating(self, dt: datetime) -> bool:
        return dt.tzinfo is None


def _instant(value: date | datetime, zone_name: str) -> datetime:
    if isinstance(value, datetime):
        return value.astimezone(UTC) if value.tzinfo is not None else localize(value, zone_name)
    return localize(datetime.combine(value, time.min), zone_name)


def _wall_time_zone(value: date | datetime | None, tzid: str | None) -> str | None:
    """The IANA zone whose wall-clock time ``value`` is (its TZID's, or the calendar's for a
    floating time), or None for a date, a UTC time or a TZID we cannot map."""
    if not isinstance(value, datetime):
        return None
    key = getattr(value.tzinfo, "key", None)
    if key == "UTC" or value.tzinfo is UTC:
        return None
    if key:
        return str(key)
    return _zone_for(tzid) if tzid else None


def _timed_instant(value: datetime, tzid: str | None) -> tuple[datetime, str]:
    """The instant of a DTSTART/DTEND, and a note when a clock change skips or repeats its wall
    time: then it is read as RFC 5545 says (the offset before the gap; the first of two), which
    dateutil's reading of a custom VTIMEZONE is not in a gap. An ordinary wall time keeps the
    reading of the file's own VTIMEZONE (Outlook's)."""
    zone_name = _wall_time_zone(value, tzid)
    if zone_name is not None:
        instant, note = localize_reporting(value.replace(tzinfo=None), zone_name)
        if note:
            return instant, note
    return value.astimezone(UTC), ""


def _recurrence_key(value: date | datetime, zone_name: str) -> str:
    if isinstance(value, datetime):
        return _instant(value, zone_name).strftime("%Y%m%dT%H%M%SZ")
    return value.strftime("%Y%m%d")


def _give_uids(vevents: list[Component]) -> None:
    """Files from some tools have no UID; a hash of what identifies the event stands in, so that
    re-importing the same file still finds the same events."""
    for vevent in vevents:
        if not vevent.get("UID"):
            vevent.add("UID", _fallback_uid(vevent))


def _fallback_uid(vevent: Component) -> str:
    basis = f"{vevent.get('DTSTART') and vevent['DTSTART'].to_ical()!r}|{vevent.get('SUMMARY', '')}"
    return f"{hashlib.sha1(basis.encode()).hexdigest()[:16]}@no-uid.import"


def _event(
    occurrence: Component, series_uids: frozenset[str], zone_name: str, warnings: list[str]
) -> CalendarEvent | None:
    """The occurrence as a plain event; ``zone_name`` is its zone when DTSTART names none."""
    uid = str(occurrence["UID"])
    start_value = occurrence.decoded("DTSTART")
    all_day = not isinstance(start_value, datetime)
    end_value = occurrence.decoded("DTEND") if "DTEND" in occurrence else (
        start_value + (timedelta(days=1) if all_day else timedelta()))
    start_tzid = occurrence["DTSTART"].params.get("TZID")
    end_tzid = occurrence["DTEND"].params.get("TZID") if "DTEND" in occurrence else start_tzid
    event_zone = _wall_time_zone(start_value, start_tzid) or zone_name
    title = str(occurrence.get("SUMMARY", "") or "").strip() or "(no title)"
    if isinstance(start_value, datetime) and isinstance(end_value, datetime):
        start, start_note = _timed_instant(start_value, start_tzid)
        end, end_note = _timed_instant(end_value, end_tzid)
        warnings.extend(f"'{title}', {which} time: {note}"
                        for which, note in (("start", start_note), ("end", end_note)) if note)
    else:
        start, end = _instant(start_value, event_zone), _instant(end_value, event_zone)
    if end <= start:
        warnings.append(f"'{title}' ({uid}) has no duration and was skipped")
        return None
    recurrence_id = ""
    if uid in series_uids and "RECURRENCE-ID" in occurrence:
        recurrence_id = _recurrence_key(occurrence.decoded("RECURRENCE-ID"), event_zone)
    status = _STATUSES.get(str(occurrence.get("STATUS", "CONFIRMED")).upper(), "confirmed")
    categories = [str(category) for category in getattr(occurrence, "categories", ())]
    return CalendarEvent(
        key=f"{uid}#{recurrence_id}" if recurrence_id else uid,
        uid=uid,
        recurrence_id=recurrence_id,
        title=title,
        start=start,
        end=end,
        timezone=event_zone,
        all_day=all_day,
        status=status,
        busy=str(occurrence.get("TRANSP", "OPAQUE")).upper() != "TRANSPARENT",
        location=str(occurrence.get("LOCATION", "") or "").strip(),
        description=str(occurrence.get("DESCRIPTION", "") or "").strip(),
        url=str(occurrence.get("URL", "") or "").strip(),
        categories=tuple(categories),
    )

