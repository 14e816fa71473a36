"""Plan activities as an RFC 5545 calendar that Apple, Google and Outlook read the same way.

Rules kept here (see docs/stack-notes.md, "iCalendar"):
- every DTSTART/DTEND carries the TZID of the activity's own zone, with a VTIMEZONE for it
  written by ``ics_timezones`` (RRULE observances); never a floating time;
- except a local time that happens twice (the hour clocks go back): that one is written in UTC,
  because RFC 5545 reads it as the first occurrence and ical.js (Thunderbird) as the second
  (and a DTSTART before a UTC DTEND too: see :func:`event_times`);
- UID and SEQUENCE come from the plan, never from ``Event.new()`` (which invents a random UID);
- no ATTENDEE/ORGANIZER: some clients send invitations when they import those;
- escaping and folding are icalendar's (``ics_lines`` gives its bytes faster); we only strip
  control characters.

:class:`CalendarWriter` writes the files of one export: the lines of an event that are the same
in every file it is in are made once, and each VTIMEZONE once. :func:`build_calendar` is the
same calendar as icalendar components, the reference the writer's bytes are tested against.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import Any

from icalendar import Alarm, Calendar, Event

from desktop_app import __version__
from desktop_app.domain.activities import Activity, ActivityStatus
from desktop_app.domain.dates_text import clock_span, weekday_day_month
from desktop_app.domain.interpreting import interpreting_text
from desktop_app.domain.plan import Plan
from desktop_app.domain.timezones import is_ambiguous, require_utc, to_local

from .ics_lines import LineCache, rank, text_line
from .ics_timezones import vtimezone

PRODID = f"-//Delegation Planner//delegation-planner {__version__}//EN"
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")
_STATUS = {
    ActivityStatus.PROPOSED: "TENTATIVE",
    ActivityStatus.TENTATIVE: "TENTATIVE",
    ActivityStatus.CONFIRMED: "CONFIRMED",
    ActivityStatus.CANCELLED: "CANCELLED",
}


def ics_text(text: str) -> str:
    """User text without control characters (which RFC 5545 forbids); newlines kept."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _CONTROL.sub("", text).strip()


@dataclass(frozen=True, slots=True)
class CalendarSpec:
    """One file: its name, its activities and, for a delegate's own file, whose it is."""

    name: str
    activities: Sequence[Activity]
    delegate_id: int | None = None
    departed: Sequence[Activity] = ()
    """Activities that left this calendar (its delegate was taken off, or they were deleted):
    written as cancelled so a phone that holds them drops them instead of keeping them."""


def calendar_bytes(plan: Plan, spec: CalendarSpec, *, now: datetime, alarm_minutes: int | None = 15) -> bytes:
    """One calendar file; an export of many files should share one :class:`CalendarWriter`."""
    return CalendarWriter(plan, now=now, alarm_minutes=alarm_minutes).calendar_bytes(spec)


def _header(spec: CalendarSpec) -> Calendar:
    calendar = Calendar()  # not Calendar.new(): that would add a random UID on every export
    calendar.add("VERSION", "2.0")
    calendar.add("PRODID", PRODID)
    calendar.add("CALSCALE", "GREGORIAN")
    calendar.add("METHOD", "PUBLISH")
    name = ics_text(spec.name)
    calendar.add("X-WR-CALNAME", name)
    calendar.add("NAME", name)
    return calendar


def _file_activities(spec: CalendarSpec) -> list[tuple[Activity, bool]]:
    """(activity, departed) in file order; a departed activity is written as cancelled."""
    live = {a.uid for a in spec.activities}
    departed = {a.uid for a in spec.departed} - live
    activities = sorted([*spec.activities, *(a for a in spec.departed if a.uid in departed)],
                        key=lambda a: (a.start, a.end, a.uid))
    return [(activity, activity.uid in departed) for activity in activities]


def _as_written(activity: Activity, departed: bool) -> Activity:
    return replace(activity, status=ActivityStatus.CANCELLED) if departed else activity


def build_calendar(
    plan: Plan, spec: CalendarSpec, *, now: datetime, alarm_minutes: int | None = 15
) -> Calendar:
    """The calendar as icalendar components (the writer's bytes are ``build_calendar(...).to_ical()``)."""
    now = require_utc(now, "now").replace(microsecond=0)
    calendar = _header(spec)
    activities = _file_activities(spec)
    home_zone = _home_zone(plan, spec.delegate_id)
    events = [_event(plan, _as_written(activity, departed), spec.delegate_id, home_zone, now=now,
                     alarm_minutes=alarm_minutes)
              for activity, departed in activities]
    # A VTIMEZONE for every TZID written, and only for those (a time in UTC needs none).
    used_zones = {str(event[name].params["TZID"]) for event in events for name in ("DTSTART", "DTEND")
                  if "TZID" in event[name].params}
    years = [year for a, _ in activities for year in (a.local_start.year, a.local_end.year)]
    for zone_name in sorted(used_zones):
        calendar.add_component(vtimezone(zone_name, min(years), max(years)))
    for event in events:
        calendar.add_component(event)
    return calendar


@dataclass(frozen=True, slots=True)
class _SharedEvent:
    """An event's bytes around its DESCRIPTION, the one line that differs between files."""

    activity: Activity  # kept so that the id() the cache is keyed by stays this activity's
    before: bytes
    after: bytes
    zones: frozenset[str]
    years: tuple[int, int]


_END_CALENDAR = b"END:VCALENDAR\r\n"


class CalendarWriter:
    """Writes the calendars of one export of ``plan``: each event's lines that are the same in
    every file it appears in are made once, each VTIMEZONE once per zone, and the description
    for delegation and project files (the same in all of them) once."""

    def __init__(self, plan: Plan, *, now: datetime | None, alarm_minutes: int | None = 15) -> None:
        self._plan = plan
        self._now = require_utc(now, "now").replace(microsecond=0) if now is not None else None
        """None: every event is stamped with its own modification time (published resources)."""
        self._alarm_minutes = alarm_minutes
        self._event_lines = LineCache(Event)
        self._alarm_lines = LineCache(Alarm)
        self._shared: dict[tuple[int, bool], _SharedEvent] = {}
        self._descriptions: dict[tuple[int, bool], bytes] = {}
        self._zones: dict[tuple[str, int, int], bytes] = {}

    def resource_bytes(self, activity: Activity, delegate_id: int | None) -> bytes:
        """One activity as a CalDAV calendar object resource: no METHOD (RFC 4791 forbids it
        there), DTSTAMP from the activity's modification time, and a VTIMEZONE over the event's
        own years only, so the bytes change when, and only when, the event (or what its text
        names: people, places, the reminder) did."""
        home_zone = _home_zone(self._plan, delegate_id)
        shared = self._shared_event(activity, False)
        parts = [_resource_header()]
        parts.extend(self._vtimezone(zone_name, *shared.years) for zone_name in sorted(shared.zones))
        parts.extend([shared.before, self._description(activity, False, delegate_id, home_zone), shared.after,
                      _END_CALENDAR])
        return b"".join(parts)

    def calendar_bytes(self, spec: CalendarSpec) -> bytes:
        header = _header(spec).to_ical()
        assert header.endswith(_END_CALENDAR)
        home_zone = _home_zone(self._plan, spec.delegate_id)
        events = []
        zones: set[str] = set()
        first_year, last_year = 10_000, 0
        for activity, departed in _file_activities(spec):
            shared = self._shared_event(activity, departed)
            events.append(shared.before)
            events.append(self._description(activity, departed, spec.delegate_id, home_zone))
            events.append(shared.after)
            zones |= shared.zones
            first_year, last_year = min(first_year, shared.years[0]), max(last_year, shared.years[1])
        parts = [header[:-len(_END_CALENDAR)]]
        parts.extend(self._vtimezone(zone_name, first_year, last_year) for zone_name in sorted(zones))
        parts.extend(events)
        parts.append(_END_CALENDAR)
        return b"".join(parts)

    def _vtimezone(self, zone_name: str, first_year: int, last_year: int) -> bytes:
        key = (zone_name, first_year, last_year)
        data = self._zones.get(key)
        if data is None:
            data = self._zones[key] = bytes(vtimezone(zone_name, first_year, last_year).to_ical())
        return data

    def _shared_event(self, activity: Activity, departed: bool) -> _SharedEvent:
        key = (id(activity), departed)
        shared = self._shared.get(key)
        if shared is None:
            shared = self._shared[key] = self._make_shared(activity, departed)
        return shared

    def _make_shared(self, original: Activity, departed: bool) -> _SharedEvent:
        activity = _as_written(original, departed)
        properties = _shared_properties(self._plan, activity, now=self._now or modification_stamp(original))
        lines = sorted(((_EVENT_RANK[name], self._event_lines.line(name, value)) for name, value in properties),
                       key=lambda item: item[0])
        split = bisect_left([position for position, _ in lines], _EVENT_RANK["DESCRIPTION"])
        alarm = b""
        if self._alarm_minutes is not None and not activity.is_cancelled:
            alarm = b"".join([b"BEGIN:VALARM\r\n",
                              *(self._alarm_lines.line(name, value) + b"\r\n"
                                for name, value in _alarm_properties(_title(activity), self._alarm_minutes)),
                              b"END:VALARM\r\n"])
        start, end = event_times(activity)
        zones = frozenset(moment.tzinfo.key for moment in (start, end)  # type: ignore[union-attr]
                          if moment.tzinfo is not UTC)
        return _SharedEvent(
            original,
            b"BEGIN:VEVENT\r\n" + b"".join(line + b"\r\n" for _, line in lines[:split]),
            b"".join(line + b"\r\n" for _, line in lines[split:]) + alarm + b"END:VEVENT\r\n",
            zones,
            (min(activity.local_start.year, activity.local_end.year),
             max(activity.local_start.year, activity.local_end.year)),
        )

    def _description(self, activity: Activity, departed: bool, delegate_id: int | None,
                     home_zone: str | None) -> bytes:
        if delegate_id is not None:  # names the others and the delegate's home time: this file's own
            return text_line("DESCRIPTION", _description(self._plan, _as_written(activity, departed),
                                                         delegate_id, home_zone)) + b"\r\n"
        key = (id(activity), departed)  # the shared event keeps the activity alive
        line = self._descriptions.get(key)
        if line is None:
            text = _description(self._plan, _as_written(activity, departed), None, None)
            line = self._descriptions[key] = text_line("DESCRIPTION", text) + b"\r\n"
        return line


RESOURCE_PRODID = "-//Delegation Planner//delegation-planner//EN"
"""Without the version: a new release alone must not change (and re-publish) every resource."""
_UNSTAMPED = datetime(2000, 1, 1, tzinfo=UTC)
"""The stamp of an activity that never got a modification time (made outside a plan file)."""


def modification_stamp(activity: Activity) -> datetime:
    """DTSTAMP of a published resource: when the activity last changed, never "now"."""
    return (activity.last_modified or activity.created or _UNSTAMPED).replace(microsecond=0)


@lru_cache(maxsize=1)
def _resource_header() -> bytes:
    calendar = Calendar()
    calendar.add("VERSION", "2.0")
    calendar.add("PRODID", RESOURCE_PRODID)
    calendar.add("CALSCALE", "GREGORIAN")
    header = bytes(calendar.to_ical())
    return header[:-len(_END_CALENDAR)]


def event_times(activity: Activity) -> tuple[datetime, datetime]:
    """What DTSTART and DTEND hold: local times in the activity's zone (written with its TZID),
    or the instant in UTC (written with a Z) for a local time that happens twice, and for a
    DTSTART whose DTEND is in UTC: recurring-ical-events adds DTEND - DTSTART to DTSTART as
    wall-clock time, an hour wrong across the clock change."""
    start, end = (to_local(instant, activity.timezone).replace(microsecond=0)
                  for instant in (activity.start, activity.end))
    if is_ambiguous(end, activity.timezone):
        end = activity.end.astimezone(UTC).replace(microsecond=0)
    if end.tzinfo is UTC or is_ambiguous(start, activity.timezone):
        start = activity.start.astimezone(UTC).replace(microsecond=0)
    return start, end


def _home_zone(plan: Plan, delegate_id: int | None) -> str | None:
    if delegate_id is None:
        return None
    return plan.delegate_by_id[delegate_id].home_timezone or None


def _title(activity: Activity) -> str:
    title = ics_text(activity.title)
    return f"Cancelled: {title}" if activity.is_cancelled else title  # for clients that ignore STATUS


def _shared_properties(plan: Plan, activity: Activity, *, now: datetime) -> list[tuple[str, Any]]:
    """Every property of the event but DESCRIPTION and the alarm: the same in every file."""
    created = (activity.created or activity.last_modified or now).replace(microsecond=0)
    # Aware datetimes in the activity's ZoneInfo: icalendar writes TZID=<IANA name> (UTC: a Z).
    # DTEND, not DURATION: libical adds a DURATION as wall-clock time across a clock change.
    start, end = event_times(activity)
    properties: list[tuple[str, Any]] = [
        ("UID", activity.uid),
        ("SEQUENCE", activity.sequence),
        ("DTSTAMP", now),
        ("CREATED", created),
        ("LAST-MODIFIED", (activity.last_modified or created).replace(microsecond=0)),
        ("DTSTART", start),
        ("DTEND", end),
        ("SUMMARY", _title(activity)),
        ("STATUS", _STATUS[activity.status]),
        ("TRANSP", "TRANSPARENT" if activity.is_cancelled else "OPAQUE"),
        ("CATEGORIES", [activity.kind.label]),
    ]
    location = _location(plan, activity)
    if location:
        properties.append(("LOCATION", location))
    venue = plan.venue_by_id.get(activity.venue_id) if activity.venue_id is not None else None
    if venue is not None and venue.latitude is not None and venue.longitude is not None:
        properties.append(("GEO", (venue.latitude, venue.longitude)))
    url = ics_text(activity.url)
    if url:
        properties.append(("URL", url))
    return properties


def _alarm_properties(title: str, minutes: int) -> list[tuple[str, Any]]:
    return [("ACTION", "DISPLAY"), ("DESCRIPTION", title), ("TRIGGER", timedelta(minutes=-minutes))]


_EVENT_RANK = rank(Event, ["UID", "SEQUENCE", "DTSTAMP", "CREATED", "LAST-MODIFIED", "DTSTART", "DTEND",
                           "SUMMARY", "STATUS", "TRANSP", "CATEGORIES", "LOCATION", "GEO", "URL", "DESCRIPTION"])


def _event(
    plan: Plan,
    activity: Activity,
    delegate_id: int | None,
    home_zone: str | None,
    *,
    now: datetime,
    alarm_minutes: int | None,
) -> Event:
    event = Event()
    for name, value in _shared_properties(plan, activity, now=now):
        event.add(name, value)
    event.add("DESCRIPTION", _description(plan, activity, delegate_id, home_zone))
    if alarm_minutes is not None and not activity.is_cancelled:
        alarm = Alarm()
        for name, value in _alarm_properties(_title(activity), alarm_minutes):
            alarm.add(name, value)
        event.add_component(alarm)
    return event


def _location(plan: Plan, activity: Activity) -> str:
    if activity.venue_id is None:
        return ""
    venue = plan.venue_by_id[activity.venue_id]
    parts = [venue.name + (f" {venue.native_name}" if venue.native_name else "")]
    if activity.room_id is not None:
        parts.append(plan.room_by_id[activity.room_id].name)
    parts.extend(address for address in (venue.address, venue.native_address) if address)
    return ics_text(", ".join(parts))


def home_time(activity: Activity, home_zone: str) -> str:
    """'10:00–11:00 HKT / 03:00–04:00 CET', with the home date when it is another day; an end
    after a clock change names its own abbreviation ('01:30 CET–03:30 CEST')."""
    home_start, home_end = to_local(activity.start, home_zone), to_local(activity.end, home_zone)
    there = clock_span(home_start, home_end)
    if home_start.date() != activity.local_start.date():
        there += f" ({weekday_day_month(home_start)})"
    return f"{clock_span(activity.local_start, activity.local_end)} / {there}"


def _description(plan: Plan, activity: Activity, delegate_id: int | None, home_zone: str | None) -> str:
    lines = [activity.kind.label + ("" if activity.status is ActivityStatus.CONFIRMED else
                                    f" ({activity.status.value})")]
    if home_zone and home_zone != activity.timezone:
        lines.append(f"Time: {home_time(activity, home_zone)}")
    if activity.project_id is not None:
        project = plan.project_by_id[activity.project_id]
        original = f" ({project.original_title})" if project.original_title else ""
        lines.append(f"Project: {project.title}{original}")
    attending = _attendees(plan, activity, delegate_id)
    if attending:
        label = "Also attending" if delegate_id is not None else "Attending"
        lines.append(f"{label}: {attending}")
    if delegate_id is not None:
        attendance = activity.attendance_of(delegate_id)
        if attendance is not None and not attendance.required:
            lines.append("Your attendance is optional.")
    if activity.interpreting:
        lines.append(f"Interpreting: {interpreting_text(plan, activity, delegate_id)}")
    for contact_id in activity.contact_ids:
        contact = plan.contact_by_id[contact_id]
        details = [contact.display_name]
        organisation = ", ".join(part for part in (contact.role, contact.organisation) if part)
        if organisation:
            details[0] += f" ({organisation})"
        details.extend(part for part in (contact.phone, contact.email) if part)
        lines.append("Meeting: " + " · ".join(details))
    if activity.notes:
        lines.extend(["", activity.notes])
    return ics_text("\n".join(lines))


def _attendees(plan: Plan, activity: Activity, delegate_id: int | None) -> str:
    names = []
    for attendance in activity.attendees:
        if attendance.delegate_id == delegate_id:
            continue
        name = plan.delegate_by_id[attendance.delegate_id].display_name
        names.append(name if attendance.required else f"{name} (optional)")
    return ", ".join(names)
