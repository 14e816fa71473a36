"""iTIP invitations (RFC 5546): one event per message, ``METHOD:REQUEST`` or ``METHOD:CANCEL``.

Outlook and Gmail act on the first event of a message only, so each message carries one; the
manager (the message's From) is the ORGANIZER as a bare ``mailto:``, the delegate the one
ATTENDEE. The event is the calendar export's own (same UID, SEQUENCE, times with their
VTIMEZONE, description with home time), built with icalendar's components.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum

from icalendar import Calendar, vCalAddress

from desktop_app.domain.activities import Activity, ActivityStatus
from desktop_app.domain.plan import Plan
from desktop_app.domain.timezones import require_utc

from .ics_export import PRODID, _event, _home_zone, event_times, ics_text
from .ics_timezones import vtimezone


class Method(StrEnum):
    REQUEST = "REQUEST"
    CANCEL = "CANCEL"


@dataclass(frozen=True, slots=True)
class Address:
    email: str
    name: str = ""

    @property
    def uri(self) -> str:
        return f"mailto:{self.email}"


def invitation_calendar(plan: Plan, activity: Activity, *, delegate_id: int, method: Method, organizer: Address,
                        attendee: Address, now: datetime, alarm_minutes: int | None = 15) -> Calendar:
    """The calendar part of one invitation (or its cancellation) to one delegate."""
    now = require_utc(now, "now").replace(microsecond=0)
    if method is Method.CANCEL and not activity.is_cancelled:
        activity = replace(activity, status=ActivityStatus.CANCELLED)
    calendar = Calendar()
    calendar.add("VERSION", "2.0")
    calendar.add("PRODID", PRODID)
    calendar.add("CALSCALE", "GREGORIAN")
    calendar.add("METHOD", method.value)
    event = _event(plan, activity, delegate_id, _home_zone(plan, delegate_id), now=now,
                   alarm_minutes=None if method is Method.CANCEL else alarm_minutes)
    event.add("ORGANIZER", _address(organizer))
    attendance = activity.attendance_of(delegate_id)
    optional = attendance is not None and not attendance.required
    attendee_address = _address(attendee)
    attendee_address.params.update({"CUTYPE": "INDIVIDUAL",
                                    "ROLE": "OPT-PARTICIPANT" if optional else "REQ-PARTICIPANT",
                                    "PARTSTAT": "NEEDS-ACTION", "RSVP": "FALSE"})
    event.add("ATTENDEE", attendee_address)
    zones = sorted({moment.tzinfo.key for moment in event_times(activity)  # type: ignore[union-attr]
                    if getattr(moment.tzinfo, "key", None)})
    years = (min(activity.local_start.year, activity.local_end.year),
             max(activity.local_start.year, activity.local_end.year))
    for zone_name in zones:
        calendar.add_component(vtimezone(zone_name, *years))
    calendar.add_component(event)
    return calendar


def invitation_bytes(plan: Plan, activity: Activity, **kwargs: object) -> bytes:
    return bytes(invitation_calendar(plan, activity, **kwargs).to_ical())  # type: ignore[arg-type]


def _address(address: Address) -> vCalAddress:
    value = vCalAddress(address.uri)
    if address.name:
        value.params["CN"] = ics_text(address.name)
    return value
