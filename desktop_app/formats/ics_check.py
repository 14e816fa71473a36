"""Checks a calendar object resource before it is sent: servers mangle bad content silently.

Radicale, for one, stores an hour 25 as a date and keeps a TZID it has no VTIMEZONE for; what
a server accepted is then wrong on every phone. So each resource is read back with icalendar
before its PUT, and anything but one well-formed event with every zone defined is refused.
"""

from __future__ import annotations

from datetime import date, datetime

from icalendar import Calendar


class InvalidResource(ValueError):
    """The bytes are not a calendar object resource we may send (the message says why)."""


def check_resource(data: bytes, uid: str) -> None:
    """Raise :class:`InvalidResource` unless ``data`` is one VEVENT with ``uid``, a DTSTART
    before its DTEND (both date-times), every TZID defined, and no METHOD (RFC 4791 §4.1)."""
    try:
        calendar = Calendar.from_ical(data)
    except ValueError as error:
        raise InvalidResource(f"{uid}: not readable as iCalendar ({error})") from None
    if "METHOD" in calendar:
        raise InvalidResource(f"{uid}: a calendar object resource must not carry METHOD")
    events = calendar.walk("VEVENT")
    if len(events) != 1:
        raise InvalidResource(f"{uid}: {len(events)} events in one resource")
    event = events[0]
    if str(event.get("UID", "")) != uid:
        raise InvalidResource(f"{uid}: the event's UID is {event.get('UID')!r}")
    missing = calendar.get_missing_tzids()
    if missing:
        raise InvalidResource(f"{uid}: no VTIMEZONE for {', '.join(sorted(missing))}")
    try:
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
    except (KeyError, ValueError) as error:
        raise InvalidResource(f"{uid}: unreadable DTSTART/DTEND ({error})") from None
    if not isinstance(start, datetime) or not isinstance(end, datetime):
        kinds = {type(value).__name__ for value in (start, end) if isinstance(value, date)}
        raise InvalidResource(f"{uid}: DTSTART and DTEND must be date-times, got {', '.join(sorted(kinds))}")
    if start.tzinfo is None or end.tzinfo is None:
        raise InvalidResource(f"{uid}: a floating time would be read in each phone's own zone")
    if end <= start:
        raise InvalidResource(f"{uid}: DTEND is not after DTSTART")
