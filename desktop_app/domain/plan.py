"""The plan as one consistent snapshot, and the rules that span several entities."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property
from typing import Any, TypeVar

from .activities import Activity
from .delivery import DeliveryRecord
from .duties import BoothDuty
from .errors import NotFoundError, ValidationError
from .people import Contact, Delegate, Delegation, Project
from .places import DEFAULT_TRAVEL_MINUTES, Market, Room, TravelTime, Venue
from .requests import AvailabilityWindow, MeetingRequest, ParticipantKind, ParticipantRef
from .stays import Stay, sorted_stays
from .timezones import validate_zone


@dataclass(frozen=True, slots=True)
class PlanSettings:
    name: str = "Untitled plan"
    timezone: str = "Asia/Hong_Kong"
    """Zone used for times given without one when no market or venue says otherwise."""
    default_travel_minutes: int = DEFAULT_TRAVEL_MINUTES
    max_meetings_per_day: int | None = None
    lunch_start: str = ""  # "12:30" local time, empty for no protected lunch break
    lunch_minutes: int = 0

    def __post_init__(self) -> None:
        validate_zone(self.timezone)


T = TypeVar("T")


def _by_id(items: Iterable[Any]) -> dict[int, Any]:
    return {item.id: item for item in items}


@dataclass(frozen=True)
class Plan:
    """Everything a plan file holds, read in one transaction; lookups are built lazily.

    ``delegates``, ``contacts`` and ``activities`` are the live ones, which every view, check
    and export works with. Removed people and deleted activities are kept beside them only so
    calendars can be told what left them; the ``*_by_id`` lookups of people still find removed
    ones (an old request or a former attendee keeps a name).
    """

    settings: PlanSettings = field(default_factory=PlanSettings)
    markets: tuple[Market, ...] = ()
    venues: tuple[Venue, ...] = ()
    rooms: tuple[Room, ...] = ()
    travel_times: tuple[TravelTime, ...] = ()
    delegations: tuple[Delegation, ...] = ()
    delegates: tuple[Delegate, ...] = ()
    contacts: tuple[Contact, ...] = ()
    projects: tuple[Project, ...] = ()
    activities: tuple[Activity, ...] = ()
    availability: tuple[AvailabilityWindow, ...] = ()
    requests: tuple[MeetingRequest, ...] = ()
    stays: tuple[Stay, ...] = ()
    removed_delegates: tuple[Delegate, ...] = ()
    removed_contacts: tuple[Contact, ...] = ()
    deleted_activities: tuple[Activity, ...] = ()
    duties: tuple[BoothDuty, ...] = ()

    @cached_property
    def duty_by_id(self) -> dict[int, BoothDuty]:
        return _by_id(self.duties)

    @property
    def staff(self) -> list[Delegate]:
        """The live staff (interpreters, assistants, drivers), in id order."""
        return [d for d in self.delegates if d.is_staff]

    def duty_zone(self, duty: BoothDuty) -> str:
        """The zone a duty's hours are read in: its venue's."""
        return self.venue_by_id[duty.venue_id].timezone
    delivery: DeliveryRecord = field(default_factory=DeliveryRecord)
    """What was delivered to each delegate and delegation (subscriptions, invitations, packs)."""

    @cached_property
    def venue_by_id(self) -> dict[int, Venue]:
        return _by_id(self.venues)

    @cached_property
    def room_by_id(self) -> dict[int, Room]:
        return _by_id(self.rooms)

    @cached_property
    def delegation_by_id(self) -> dict[int, Delegation]:
        return _by_id(self.delegations)

    @cached_property
    def delegate_by_id(self) -> dict[int, Delegate]:
        """Live and removed delegates (check ``removed_at`` before planning with one)."""
        return _by_id((*self.delegates, *self.removed_delegates))

    @cached_property
    def contact_by_id(self) -> dict[int, Contact]:
        """Live and removed contacts."""
        return _by_id((*self.contacts, *self.removed_contacts))

    @cached_property
    def market_by_id(self) -> dict[int, Market]:
        return _by_id(self.markets)

    @cached_property
    def _stays_by_delegate(self) -> dict[int, list[Stay]]:
        grouped: dict[int, list[Stay]] = {}
        for stay in self.stays:
            grouped.setdefault(stay.delegate_id, []).append(stay)
        return {delegate_id: sorted_stays(stays) for delegate_id, stays in grouped.items()}

    def stays_of(self, delegate_id: int) -> list[Stay]:
        """The delegate's stays in time order; none means "always here"."""
        return list(self._stays_by_delegate.get(delegate_id, ()))

    @cached_property
    def project_by_id(self) -> dict[int, Project]:
        return _by_id(self.projects)

    @cached_property
    def activity_by_id(self) -> dict[int, Activity]:
        return _by_id(self.activities)

    @cached_property
    def request_by_id(self) -> dict[int, MeetingRequest]:
        return _by_id(self.requests)

    @cached_property
    def _travel(self) -> dict[tuple[int, int], int]:
        minutes: dict[tuple[int, int], int] = {}
        for travel in self.travel_times:  # an entered reverse row wins over the mirrored one
            minutes.setdefault((travel.to_venue_id, travel.from_venue_id), travel.minutes)
        for travel in self.travel_times:
            minutes[(travel.from_venue_id, travel.to_venue_id)] = travel.minutes
        return minutes

    def travel_minutes(self, from_venue_id: int | None, to_venue_id: int | None) -> int:
        """Minutes from one venue to another: 0 within a venue or when either is unknown."""
        if from_venue_id is None or to_venue_id is None or from_venue_id == to_venue_id:
            return 0
        return self._travel.get((from_venue_id, to_venue_id), self.settings.default_travel_minutes)

    def rooms_of(self, venue_id: int) -> list[Room]:
        return [room for room in self.rooms if room.venue_id == venue_id]

    def delegates_of(self, delegation_id: int) -> list[Delegate]:
        return [d for d in self.delegates if d.delegation_id == delegation_id]

    @cached_property
    def _activities_by_delegate(self) -> dict[int, list[Activity]]:
        grouped: dict[int, list[Activity]] = {}
        for activity in sorted(self.activities, key=lambda a: (a.start, a.end, a.title)):
            for attendance in activity.attendees:
                grouped.setdefault(attendance.delegate_id, []).append(activity)
        return grouped

    def activities_of(self, delegate_id: int) -> list[Activity]:
        """The delegate's live activities in time order."""
        return list(self._activities_by_delegate.get(delegate_id, ()))

    def departed_activities_of(self, delegate_id: int) -> list[Activity]:
        """Activities that left the delegate's calendar: ones they were taken off, and deleted
        ones they attended. Their calendars carry these as cancelled."""
        taken_off = [a for a in self.activities if delegate_id in a.former_attendee_ids]
        deleted = [a for a in self.deleted_activities
                   if delegate_id in a.delegate_ids or delegate_id in a.former_attendee_ids]
        return sorted([*taken_off, *deleted], key=lambda a: (a.start, a.end, a.title))

    def availability_of(self, participant: ParticipantRef) -> list[AvailabilityWindow]:
        return [w for w in self.availability if w.participant == participant]

    def market_on(self, day: date) -> Market | None:
        """The market running on ``day`` (the shortest, when several do: HAF inside FilMart)."""
        running = [m for m in self.markets if m.covers(day)]
        return min(running, key=lambda m: (m.last_day - m.first_day, m.first_day, m.name), default=None)

    @property
    def primary_market(self) -> Market | None:
        return min(self.markets, key=lambda m: (m.first_day, m.name), default=None)

    @property
    def market_timezone(self) -> str:
        market = self.primary_market
        return market.timezone if market else self.settings.timezone

    def market_days(self) -> list[date]:
        """Every day of every market, in order, each once (markets may overlap, as HAF and FilMart do)."""
        days = {
            market.first_day + timedelta(days=offset)
            for market in self.markets
            for offset in range((market.last_day - market.first_day).days + 1)
        }
        return sorted(days)

    @property
    def first_day(self) -> date | None:
        return min((m.first_day for m in self.markets), default=None)

    @property
    def last_day(self) -> date | None:
        return max((m.last_day for m in self.markets), default=None)

    def participant_name(self, participant: ParticipantRef) -> str:
        lookup: dict[ParticipantKind, dict[int, object]] = {
            ParticipantKind.DELEGATE: self.delegate_by_id,  # type: ignore[dict-item]
            ParticipantKind.CONTACT: self.contact_by_id,  # type: ignore[dict-item]
            ParticipantKind.PROJECT: self.project_by_id,  # type: ignore[dict-item]
        }
        item = lookup[participant.kind].get(participant.id)
        if item is None:
            raise NotFoundError(f"no {participant.kind.value} with id {participant.id}")
        return str(getattr(item, "name", None) or getattr(item, "title", ""))

    def describe_place(self, venue_id: int | None, room_id: int | None) -> str:
        if venue_id is None:
            return ""
        venue = self.venue_by_id[venue_id].name
        if room_id is None:
            return venue
        return f"{venue}, {self.room_by_id[room_id].name}"

    def sorted_activities(self) -> list[Activity]:
        return sorted(self.activities, key=lambda a: (a.start, a.end, a.title))

    # --- rules that need more than one entity -------------------------------------------

    def check_activity(self, activity: Activity) -> None:
        """Raise if ``activity`` refers to anything this plan does not hold consistently."""
        check_place(self, activity.venue_id, activity.room_id)
        live_delegates = {d.id for d in self.delegates}
        for attendance in activity.attendees:
            if attendance.delegate_id not in live_delegates:
                raise ValidationError("attendees", _missing("delegate", attendance.delegate_id,
                                                            self.delegate_by_id))
        live_contacts = {c.id for c in self.contacts}
        for contact_id in activity.contact_ids:
            if contact_id not in live_contacts:
                raise ValidationError("contacts", _missing("contact", contact_id, self.contact_by_id))
        if activity.project_id is not None and activity.project_id not in self.project_by_id:
            raise ValidationError("project", f"no project with id {activity.project_id}")

    def check_duty(self, duty: BoothDuty) -> None:
        check_place(self, duty.venue_id, duty.room_id)
        live_delegates = {d.id for d in self.delegates}
        for delegate_id in duty.delegate_ids:
            if delegate_id not in live_delegates:
                raise ValidationError("eligible", _missing("delegate", delegate_id, self.delegate_by_id))
        for delegation_id in duty.delegation_ids:
            if delegation_id not in self.delegation_by_id:
                raise ValidationError("eligible", f"no delegation with id {delegation_id}")

    def check_request(self, request: MeetingRequest) -> None:
        check_place(self, request.venue_id, request.room_id)
        if request.contact_id not in {c.id for c in self.contacts}:
            raise ValidationError("contact", _missing("contact", request.contact_id, self.contact_by_id))
        if request.delegate_id is not None and request.delegate_id not in {d.id for d in self.delegates}:
            raise ValidationError("delegate", _missing("delegate", request.delegate_id, self.delegate_by_id))
        if request.project_id is not None and request.project_id not in self.project_by_id:
            raise ValidationError("project", f"no project with id {request.project_id}")


def _missing(noun: str, entity_id: int, known: dict[int, Any]) -> str:
    person = known.get(entity_id)
    if person is not None:
        return f"{person.name} was removed from the plan"
    return f"no {noun} with id {entity_id}"


def check_place(plan: Plan, venue_id: int | None, room_id: int | None) -> None:
    if venue_id is not None and venue_id not in plan.venue_by_id:
        raise ValidationError("venue", f"no venue with id {venue_id}")
    if room_id is not None:
        room = plan.room_by_id.get(room_id)
        if room is None:
            raise ValidationError("room", f"no room with id {room_id}")
        if room.venue_id != venue_id:
            venue = plan.venue_by_id[venue_id].name if venue_id in plan.venue_by_id else "?"
            raise ValidationError("room", f"room '{room.name}' is not in venue '{venue}'")
