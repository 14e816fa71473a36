"""Plan activities as an RFC 5545 calendar that Apple, Google and Outlook read the same way.

Rules kept here (see docs/stack-notes.md, "iCalendar"):
- every DTSTART/DTEND carries the TZID of the activity's own zone, with a VTIMEZONE for it
  written by ``ics_timezones`` (RRULE observances); never a floating time;
- except a local time that happens twice (the hour clocks go back): that one is written in UTC,
  because RFC 5545 reads it as the first occurrence and ical.js (Thunderbird) as the second
  (and a DTSTART before a UTC DTEND too: see :func:`event_times`);
- UID and SEQUENCE come from the plan, never from ``Event.new()`` (which invents a random UID);
- no ATTENDEE/ORGANIZER: some clients send invitations when they import those;
- escaping and folding are icalendar's job; we only strip control characters.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from icalendar import Alarm, Calendar, Event

from desktop_app import __version__
from desktop_app.domain.activities import Activity, ActivityStatus
from desktop_app.domain.dates_text import clock_span, weekday_day_month
from desktop_app.domain.interpreting import interpreting_text
from desktop_app.domain.plan import Plan
from desktop_app.domain.timezones import is_ambiguous, require_utc, to_local

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
    return bytes(build_calendar(plan, spec, now=now, alarm_minutes=alarm_minutes).to_ical())


def build_calendar(
    plan: Plan, spec: CalendarSpec, *, now: datetime, alarm_minutes: int | None = 15
) -> Calendar:
    now = require_utc(now, "now").replace(microsecond=0)
    calendar = Calendar()  # not Calendar.new(): that would add a random UID on every export
    calendar.add("VERSION", "2.0")
    calendar.add("PRODID", PRODID)
    calendar.add("CALSCALE", "GREGORIAN")
    calendar.add("METHOD", "PUBLISH")
    name = ics_text(spec.name)
    calendar.add("X-WR-CALNAME", name)
    calendar.add("NAME", name)
    live = {a.uid for a in spec.activities}
    departed = {a.uid for a in spec.departed} - live
    activities = sorted([*spec.activities, *(a for a in spec.departed if a.uid in departed)],
                        key=lambda a: (a.start, a.end, a.uid))
    home_zone = _home_zone(plan, spec.delegate_id)
    events = [
        _event(plan, replace(activity, status=ActivityStatus.CANCELLED) if activity.uid in departed else activity,
               spec.delegate_id, home_zone, now=now, alarm_minutes=alarm_minutes)
        for activity in activities
    ]
    # A VTIMEZONE for every TZID written, and only for those (a time in UTC needs none).
    used_zones = {str(event[name].params["TZID"]) for event in events for name in ("DTSTART", "DTEND")
                  if "TZID" in event[name].params}
    years = [year for a in activities for year in (a.local_start.year, a.local_end.year)]
    for zone_name in sorted(used_zones):
        calendar.add_component(vtimezone(zone_name, min(years), max(years)))
    for event in events:
        calendar.add_component(event)
    return calendar


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
    title = ics_text(activity.title)
    if activity.is_cancelled:
        title = f"Cancelled: {title}"  # for clients that ignore STATUS in imported files
    event.add("UID", activity.uid)
    event.add("SEQUENCE", activity.sequence)
    event.add("DTSTAMP", now)
    created = (activity.created or activity.last_modified or now).replace(microsecond=0)
    event.add("CREATED", created)
    event.add("LAST-MODIFIED", (activity.last_modified or created).replace(microsecond=0))
    # Aware datetimes in the activity's ZoneInfo: icalendar writes TZID=<IANA name> (UTC: a Z).
    # DTEND, not DURATION: libical adds a DURATION as wall-clock time across a clock change.
    start, end = event_times(activity)
    event.add("DTSTART", start)
    event.add("DTEND", end)
    event.add("SUMMARY", title)
    event.add("STATUS", _STATUS[activity.status])
    event.add("TRANSP", "TRANSPARENT" if activity.is_cancelled else "OPAQUE")
    event.add("CATEGORIES", [activity.kind.label])
    location = _location(plan, activity)
    if location:
        event.add("LOCATION", location)
    venue = plan.venue_by_id.get(activity.venue_id) if activity.venue_id is not None else None
    if venue is not None and venue.latitude is not None and venue.longitude is not None:
        event.add("GEO", (venue.latitude, venue.longitude))
    event.add("DESCRIPTION", _description(plan, activity, delegate_id, home_zone))
    url = ics_text(activity.url)
    if url:
        event.add("URL", url)
    if alarm_minutes is not None and not activity.is_cancelled:
        event.add_component(_alarm(title, alarm_minutes))
    return event


def _alarm(title: str, minutes: int) -> Alarm:
    alarm = Alarm()
    alarm.add("ACTION", "DISPLAY")
    alarm.add("DESCRIPTION", title)
    alarm.add("TRIGGER", timedelta(minutes=-minutes))
    return alarm


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
