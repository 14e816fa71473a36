"""Creating, changing and deleting any entity of a plan, one transaction each, as the window's
editors and the command line do: markets, venues and rooms, travel times, delegations,
delegates and staff, stays, contacts, projects, availability windows, meeting requests, booth
duties, settings.

``save`` adds an entity (no id) or replaces one (with its id). Given ``expected`` (the entity
as the editor read it), it refuses when the row changed since, so an editor open for minutes
never overwrites someone else's change. Names that must be unique, references that must exist
and rooms that must belong to their venue are checked with messages a person can act on.
Deleting what others point at is ``deletion``'s; activities are ``activity_service``'s.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar

from desktop_app.domain.activities import Activity, ActivityStatus
from desktop_app.domain.duties import BoothDuty
from desktop_app.domain.errors import NotFoundError, ValidationError
from desktop_app.domain.people import Contact, Delegate, Delegation, Project
from desktop_app.domain.places import Market, Room, TravelTime, Venue
from desktop_app.domain.plan import PlanSettings
from desktop_app.domain.plan_patch import entity_key
from desktop_app.domain.requests import AvailabilityWindow, MeetingRequest, ParticipantKind, RequestStatus
from desktop_app.domain.stays import Stay
from desktop_app.domain.timezones import utc_now
from desktop_app.services.changes import Changes
from desktop_app.services.editing.journal import EditConflict, changed_by, journaled
from desktop_app.services.errors import UserError
from desktop_app.services.lookup import name_key

if TYPE_CHECKING:
    from desktop_app.storage.plan_store import PlanStore
    from desktop_app.storage.writer import PlanWriter

E = TypeVar("E")
Clock = Callable[[], datetime]

EDITABLE = (Market, Venue, Room, TravelTime, Delegation, Delegate, Stay, Contact, Project, AvailabilityWindow,
            MeetingRequest, BoothDuty)


def save(store: PlanStore, entity: E, *, expected: E | None = None, clock: Clock = utc_now) -> tuple[E, Changes]:
    """Add ``entity`` (its id None) or write it over the stored one; returns it as saved."""
    [saved], changes = save_all(store, [entity], expected=None if expected is None else [expected], clock=clock)
    return saved, changes


def save_all(store: PlanStore, entities: Iterable[E], *, expected: Iterable[E | None] | None = None,
             clock: Clock = utc_now) -> tuple[list[E], Changes]:
    """Save several entities as ``save`` does, in one transaction (one undo step): all or none.

    ``expected`` gives, in the same order, each entity as the view read it (None: no check);
    one changed since refuses the whole save. Each is checked against the ones saved before it.
    """
    targets = list(entities)
    originals = list(expected) if expected is not None else [None] * len(targets)
    if len(originals) != len(targets):
        raise ValueError("expected names one entity (or None) for each entity saved")
    with store.write() as tx:
        now = clock()
        saved = [_save_in(tx, entity, original, now) for entity, original in zip(targets, originals, strict=True)]
        return saved, journaled(tx)


def cancel_placed_meetings(tx: PlanWriter, request_id: int | None, now: datetime) -> None:
    """A withdrawn request's meeting, if one was placed, is cancelled (and so reaches calendars)."""
    if request_id is None:
        return
    for meeting in tx.snapshot().activities:
        if meeting.request_id == request_id and not meeting.is_cancelled:
            tx.update(meeting.revised(now=now, status=ActivityStatus.CANCELLED))


def _save_in(tx: PlanWriter, entity: E, expected: E | None, now: datetime) -> E:
    if isinstance(entity, Activity):
        raise TypeError("activities are edited through editing.activities (SEQUENCE, attendees)")
    if not isinstance(entity, EDITABLE):
        raise TypeError(f"{type(entity).__name__} is not an editable entity")
    current = _current(tx, type(entity), entity_key(entity))
    if expected is not None and current != expected:
        raise EditConflict(_changed_since(entity, current, expected, changed_by(tx, current) if current else ""))
    _check(tx, entity)
    if current is None:
        return tx.add(entity)
    if current == entity:
        return entity
    if (isinstance(entity, MeetingRequest) and entity.status is RequestStatus.WITHDRAWN
            and current.status is not RequestStatus.WITHDRAWN):
        cancel_placed_meetings(tx, current.id, now)
    return tx.update(entity)


def save_settings(store: PlanStore, settings: PlanSettings, *, expected: PlanSettings | None = None) -> Changes:
    with store.write() as tx:
        if expected is not None and tx.settings() != expected:
            raise EditConflict(f"the plan's settings were changed{changed_by(tx, expected)} since you opened them; "
                               "nothing was changed")
        tx.set_settings(settings)
        return journaled(tx)


def _current(tx: PlanWriter, entity_type: type, key: object) -> Any:
    if key is None:
        return None
    try:
        return tx.entity(entity_type, key)
    except NotFoundError:
        if entity_type is TravelTime:
            return None  # a travel time is added under its pair of venues
        raise UserError(f"that {entity_type.__name__.lower()} is no longer in the plan (deleted meanwhile?)") from None


def _changed_since(entity: object, current: object | None, expected: object, by: str = "") -> str:
    name = _name(entity)
    if current is None:
        return f"'{name}' was deleted since you opened it; nothing was changed"
    if getattr(current, "removed_at", None) is not None and getattr(expected, "removed_at", None) is None:
        return f"'{name}' was removed from the plan{by} since you opened it; nothing was changed"
    fields = [f.name for f in dataclasses.fields(current)  # type: ignore[arg-type]
              if getattr(current, f.name) != getattr(expected, f.name)]
    return f"'{name}' was changed{by} since you opened it ({', '.join(fields)}); reload it and try again"


def _name(entity: object) -> str:
    for attribute in ("name", "title", "external_id"):
        value = getattr(entity, attribute, None)
        if value:
            return str(value)
    return type(entity).__name__.lower()


# --- rules a single row cannot check --------------------------------------------------------

def _check(tx: PlanWriter, entity: object) -> None:
    checks: dict[type, Callable[[PlanWriter, Any], None]] = {
        Venue: _check_venue, Room: _check_room, TravelTime: _check_travel, Delegation: _check_delegation,
        Delegate: _check_delegate, Stay: _check_stay, Project: _check_project,
        AvailabilityWindow: _check_window, MeetingRequest: _check_request, BoothDuty: _check_duty,
    }
    check = checks.get(type(entity))
    if check is not None:
        check(tx, entity)


def _unique(tx: PlanWriter, entity: Any, field: str, label: str, *, among: Callable[[Any], bool] = lambda _e: True,
            value: Callable[[Any], str] | None = None) -> None:
    read = value or (lambda e: getattr(e, field))
    wanted = name_key(read(entity))
    for other in tx.all(type(entity)):
        if other.id != entity.id and among(other) and name_key(read(other)) == wanted:
            raise ValidationError(field, f"{label} '{read(entity)}' is already in the plan")


def _check_venue(tx: PlanWriter, venue: Venue) -> None:
    _unique(tx, venue, "name", "a venue called")


def _check_room(tx: PlanWriter, room: Room) -> None:
    venue = _refers(tx, Venue, room.venue_id, "venue")
    _unique(tx, room, "name", f"{venue.name} already has a room called", among=lambda r: r.venue_id == room.venue_id)


def _check_travel(tx: PlanWriter, travel: TravelTime) -> None:
    _refers(tx, Venue, travel.from_venue_id, "from")
    _refers(tx, Venue, travel.to_venue_id, "to")


def _check_delegation(tx: PlanWriter, delegation: Delegation) -> None:
    _unique(tx, delegation, "name", "a delegation called")


def _check_delegate(tx: PlanWriter, delegate: Delegate) -> None:
    if delegate.delegation_id is not None:
        _refers(tx, Delegation, delegate.delegation_id, "delegation")
    if delegate.email:
        _unique(tx, delegate, "email", "a delegate with the email", among=lambda d: d.removed_at is None)


def _check_stay(tx: PlanWriter, stay: Stay) -> None:
    _live(tx, Delegate, stay.delegate_id, "delegate")
    if stay.market_id is not None:
        _refers(tx, Market, stay.market_id, "market")


def _check_project(tx: PlanWriter, project: Project) -> None:
    _unique(tx, project, "title", "a project titled")
    for member in project.member_ids:
        _live(tx, Delegate, member, "team")


def _check_window(tx: PlanWriter, window: AvailabilityWindow) -> None:
    kinds: dict[ParticipantKind, type] = {ParticipantKind.DELEGATE: Delegate, ParticipantKind.CONTACT: Contact,
                                          ParticipantKind.PROJECT: Project}
    _refers(tx, kinds[window.participant.kind], window.participant.id, "participant")


def _check_request(tx: PlanWriter, request: MeetingRequest) -> None:
    _unique(tx, request, "external_id", "a request with the id")
    _live(tx, Contact, request.contact_id, "contact")
    if request.delegate_id is not None:
        _live(tx, Delegate, request.delegate_id, "delegate")
    if request.project_id is not None:
        _refers(tx, Project, request.project_id, "project")
    if request.venue_id is not None:
        _refers(tx, Venue, request.venue_id, "venue")
    if request.room_id is not None:
        room = _refers(tx, Room, request.room_id, "room")
        if room.venue_id != request.venue_id:
            raise ValidationError("room", f"room '{room.name}' is not in that venue")


def _check_duty(tx: PlanWriter, duty: BoothDuty) -> None:
    _refers(tx, Venue, duty.venue_id, "venue")
    room = _refers(tx, Room, duty.room_id, "room")
    if room.venue_id != duty.venue_id:
        raise ValidationError("room", f"room '{room.name}' is not in that venue")
    for delegation_id in duty.delegation_ids:
        _refers(tx, Delegation, delegation_id, "eligible")
    for delegate_id in duty.delegate_ids:
        _live(tx, Delegate, delegate_id, "eligible")


def _refers(tx: PlanWriter, entity_type: type[E], key: int, field: str) -> E:
    try:
        return tx.entity(entity_type, key)
    except NotFoundError:
        raise ValidationError(field, f"the {entity_type.__name__.lower()} it names is no longer in the plan") from None


def _live(tx: PlanWriter, entity_type: type[Delegate] | type[Contact], key: int, field: str) -> None:
    person = _refers(tx, entity_type, key, field)
    if person.removed_at is not None:
        raise ValidationError(field, f"{person.name} was removed from the plan")
