"""Deleting what other things point at, without leaving anything dangling.

``dependents_of`` says what depends on an entity; ``delete`` takes it out with the choice a
person made for its dependents, in one transaction (and one undo step):

- a venue: its rooms and travel times go with it; its activities are taken out of any venue
  (``DETACH``), moved to another venue (``REASSIGN``) or cancelled (``CANCEL``); requests that
  name it lose their venue;
- a room: its activities lose their room, or move to another room of the venue;
- a delegation: its delegates belong to none, or move to another delegation;
- a project: its activities lose their project; its meeting requests and availability go with
  it (``CANCEL``: their placed meetings are cancelled);
- a meeting request: a meeting placed for it is cancelled (``CANCEL``) or kept unlinked (``DETACH``);
- a booth duty: its shifts are cancelled (``CANCEL``) or kept unlinked (``DETACH``); a venue's or
  room's duties go with it, and a deleted delegation leaves the duties that named it;
- a market, a stay, a travel time, an availability window: nothing depends on them.

Delegates and contacts are never erased: ``editing.removal`` removes them (their calendars still
hear what left them), and ``delete`` sends them there.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from desktop_app.domain.activities import Activity, ActivityStatus
from desktop_app.domain.duties import BoothDuty
from desktop_app.domain.people import Contact, Delegate, Delegation, Project
from desktop_app.domain.places import Market, Room, TravelTime, Venue
from desktop_app.domain.plan import Plan
from desktop_app.domain.plan_patch import entity_key
from desktop_app.domain.requests import AvailabilityWindow, MeetingRequest, ParticipantKind
from desktop_app.domain.stays import Stay
from desktop_app.domain.timezones import utc_now
from desktop_app.services.changes import Changes
from desktop_app.services.editing.journal import journaled
from desktop_app.services.editing.removal import apply_removal, removal_effects
from desktop_app.services.errors import UserError

if TYPE_CHECKING:
    from desktop_app.storage.plan_store import PlanStore
    from desktop_app.storage.writer import PlanWriter

Clock = Callable[[], datetime]
MAX_LISTED = 5


class Resolution(StrEnum):
    DETACH = "detach"
    """Keep the dependents, without the reference (an activity in no venue, a delegate in no delegation)."""
    REASSIGN = "reassign"
    """Point the dependents at another entity of the same kind (``reassign_to``)."""
    CANCEL = "cancel"
    """Cancel the dependent activities (and delete a project's requests with it)."""


@dataclass(frozen=True, slots=True)
class Dependents:
    target: object
    activities: tuple[Activity, ...] = ()
    requests: tuple[MeetingRequest, ...] = ()
    delegates: tuple[Delegate, ...] = ()
    rooms: tuple[Room, ...] = ()
    travel_times: tuple[TravelTime, ...] = ()
    windows: tuple[AvailabilityWindow, ...] = ()
    stays: tuple[Stay, ...] = ()
    duties: tuple[BoothDuty, ...] = ()
    other_shifts: tuple[Activity, ...] = ()
    """Shifts of the duties that go, outside ``activities``: they only lose their link."""
    venue_names: tuple[tuple[int, str], ...] = ()
    """(id, name) of the venues a travel time joins, for the description."""

    @property
    def choices(self) -> tuple[Resolution, ...]:
        """What a person may choose for the dependents; () when nothing needs a choice."""
        if isinstance(self.target, Venue | Room | Delegation) and (self.activities or self.delegates):
            return (Resolution.DETACH, Resolution.REASSIGN) + ((Resolution.CANCEL,) if self.activities else ())
        if isinstance(self.target, Project) and self.requests:
            return (Resolution.CANCEL,)
        if isinstance(self.target, MeetingRequest | BoothDuty) and self.activities:
            return (Resolution.CANCEL, Resolution.DETACH)
        return ()

    def describe(self) -> list[str]:
        """One line per kind of dependent: "12 activities at HKCEC ('Opening', …)"."""
        lines = []
        for items, noun in ((self.activities, "activity"), (self.requests, "meeting request"),
                            (self.delegates, "delegate"), (self.rooms, "room"), (self.travel_times, "travel time"),
                            (self.windows, "availability window"), (self.stays, "stay"),
                            (self.duties, "booth duty")):
            if items:
                names = ", ".join(f"'{self._label(item)}'" for item in items[:MAX_LISTED])
                more = f" and {len(items) - MAX_LISTED} more" if len(items) > MAX_LISTED else ""
                lines.append(f"{_count(len(items), noun)} ({names}{more})")
        return lines

    def _label(self, item: object) -> str:
        if isinstance(item, TravelTime):
            names = dict(self.venue_names)
            return f"{names.get(item.from_venue_id, '?')} → {names.get(item.to_venue_id, '?')}"
        return _label(item)


def _label(item: object) -> str:
    if isinstance(item, BoothDuty):
        return f"duty on {item.day.isoformat()} {item.opens:%H:%M}–{item.closes:%H:%M}"
    for attribute in ("title", "name", "external_id"):
        if getattr(item, attribute, None):
            return str(getattr(item, attribute))
    return str(entity_key(item))


def _count(number: int, noun: str) -> str:
    plural = noun[:-1] + "ies" if noun.endswith("y") else noun + "s"
    return f"{number} {noun if number == 1 else plural}"


class NeedsChoice(UserError):
    """Others depend on the entity; ``choices`` says what may be done with them. Nothing was written."""

    def __init__(self, dependents: Dependents) -> None:
        self.dependents = dependents
        self.choices = dependents.choices
        listed = "; ".join(dependents.describe())
        options = ", ".join(choice.value for choice in self.choices)
        super().__init__(f"'{_label(dependents.target)}' is used by {listed}; choose what happens to them "
                         f"({options})")


def dependents_of(plan: Plan, target: object) -> Dependents:
    dependents = _direct_dependents(plan, target)
    doomed = {d.id for d in dependents.duties} if isinstance(target, Venue | Room) else {entity_key(target)}
    if isinstance(target, Venue | Room | BoothDuty):
        listed = {a.id for a in dependents.activities}
        others = _sorted(a for a in plan.activities if a.duty_id in doomed and a.id not in listed)
        return dataclasses.replace(dependents, other_shifts=others)
    return dependents


def _direct_dependents(plan: Plan, target: object) -> Dependents:
    key = entity_key(target)
    if isinstance(target, Venue):
        return Dependents(target, activities=_sorted(a for a in plan.activities if a.venue_id == key),
                          requests=tuple(r for r in plan.requests if r.venue_id == key),
                          rooms=tuple(plan.rooms_of(target.id or 0)),
                          duties=tuple(d for d in plan.duties if d.venue_id == key),
                          travel_times=tuple(t for t in plan.travel_times if key in (t.from_venue_id, t.to_venue_id)),
                          venue_names=tuple((v.id or 0, v.name) for v in plan.venues))
    if isinstance(target, Room):
        return Dependents(target, activities=_sorted(a for a in plan.activities if a.room_id == key),
                          requests=tuple(r for r in plan.requests if r.room_id == key),
                          duties=tuple(d for d in plan.duties if d.room_id == key))
    if isinstance(target, Delegation):
        return Dependents(target, delegates=tuple(d for d in plan.delegates if d.delegation_id == key),
                          duties=tuple(d for d in plan.duties if key in d.delegation_ids))
    if isinstance(target, BoothDuty):
        return Dependents(target, activities=_sorted(a for a in plan.activities
                                                      if a.duty_id == key and not a.is_cancelled))
    if isinstance(target, Project):
        requests = tuple(r for r in plan.requests if r.project_id == key)
        request_ids = {r.id for r in requests}
        return Dependents(target, activities=_sorted(a for a in plan.activities
                                                      if a.project_id == key or a.request_id in request_ids),
                          requests=requests,
                          windows=tuple(w for w in plan.availability
                                        if w.participant.kind is ParticipantKind.PROJECT and w.participant.id == key))
    if isinstance(target, MeetingRequest):
        return Dependents(target, activities=_sorted(a for a in plan.activities
                                                      if a.request_id == key and not a.is_cancelled))
    if isinstance(target, Market):
        return Dependents(target, stays=tuple(s for s in plan.stays if s.market_id == key))
    return Dependents(target)


def _sorted(activities: Iterable[Activity]) -> tuple[Activity, ...]:
    return tuple(sorted(activities, key=lambda a: (a.start, a.title)))


def delete(store: PlanStore, target: object, *, resolution: Resolution | None = None,
           reassign_to: int | None = None, clock: Clock = utc_now) -> tuple[Dependents, Changes]:
    """Delete ``target`` (as the editor holds it) and settle its dependents as chosen."""
    [dependents], changes = delete_all(store, [target], resolution=resolution, reassign_to=reassign_to, clock=clock)
    return dependents, changes


def delete_all(store: PlanStore, targets: Iterable[object], *, resolution: Resolution | None = None,
               reassign_to: int | None = None, clock: Clock = utc_now) -> tuple[list[Dependents], Changes]:
    """Delete several entities in one transaction (one undo step), each as ``delete`` does."""
    now = clock()
    settled: list[Dependents] = []
    with store.write() as tx:
        base = tx.snapshot()
        for target in targets:
            plan = journaled(tx).apply_to(base)  # each sees what the previous deletions did
            settled.append(_delete_one(tx, plan, target, resolution, reassign_to, now))
        return settled, journaled(tx)


def _delete_one(tx: PlanWriter, plan: Plan, target: object, resolution: Resolution | None,
                reassign_to: int | None, now: datetime) -> Dependents:
    if isinstance(target, Delegate | Contact):
        person = (plan.delegate_by_id if isinstance(target, Delegate) else plan.contact_by_id).get(target.id or 0)
        if person is None or person.removed_at is not None:
            raise UserError(f"{target.name} is no longer in the plan")
        apply_removal(tx, removal_effects(plan, person), now)
        return Dependents(target)
    if entity_key(target) not in {entity_key(e) for e in _live_of(plan, type(target))}:
        raise UserError(f"'{_label(target)}' is no longer in the plan (deleted meanwhile?)")
    dependents = dependents_of(plan, target)
    if dependents.choices and resolution not in dependents.choices:
        raise NeedsChoice(dependents)
    if resolution is Resolution.REASSIGN:
        _check_reassign(plan, target, reassign_to)
    _settle(tx, dependents, resolution, reassign_to, now)
    _delete_target(tx, target)
    return dependents


def _live_of(plan: Plan, entity_type: type) -> tuple[object, ...]:
    fields = {Market: plan.markets, Venue: plan.venues, Room: plan.rooms, TravelTime: plan.travel_times,
              Delegation: plan.delegations, Project: plan.projects, AvailabilityWindow: plan.availability,
              MeetingRequest: plan.requests, Stay: plan.stays, BoothDuty: plan.duties}
    return fields.get(entity_type, ())


def _check_reassign(plan: Plan, target: object, reassign_to: int | None) -> None:
    pool: dict[type, dict[int, object]] = {Venue: plan.venue_by_id, Room: plan.room_by_id,  # type: ignore[dict-item]
                                           Delegation: plan.delegation_by_id}  # type: ignore[dict-item]
    chosen = pool[type(target)].get(reassign_to or -1)
    if chosen is None or reassign_to == entity_key(target):
        raise UserError(f"choose another {type(target).__name__.lower()} to move them to")
    if isinstance(target, Room) and isinstance(chosen, Room) and chosen.venue_id != target.venue_id:
        raise UserError(f"room '{chosen.name}' is in another venue; choose a room of the same venue")


def _settle(tx: PlanWriter, dependents: Dependents, resolution: Resolution | None, reassign_to: int | None,
            now: datetime) -> None:
    target = dependents.target
    doomed_requests = {r.id for r in dependents.requests} if isinstance(target, Project) else set()
    doomed_duties = {d.id for d in dependents.duties} if isinstance(target, Venue | Room) else set()
    if isinstance(target, BoothDuty):
        doomed_duties = {target.id}
    for activity in dependents.activities:
        fields = _activity_fields(target, activity, resolution, reassign_to, doomed_requests)
        if activity.duty_id is not None and activity.duty_id in doomed_duties:
            fields["duty_id"] = None  # written here, so undo puts the link back
        tx.update(activity.revised(now=now, **fields))
    _settle_duties(tx, dependents, doomed_duties)
    for request in dependents.requests:
        if isinstance(target, Project):
            tx.delete(MeetingRequest, request.id or 0)
        elif isinstance(target, Venue):
            tx.update(dataclasses.replace(request, venue_id=None, room_id=None))
        else:
            tx.update(dataclasses.replace(request, room_id=None))
    for delegate in dependents.delegates:
        moved_to = reassign_to if resolution is Resolution.REASSIGN else None
        tx.update(dataclasses.replace(delegate, delegation_id=moved_to))
    for window in dependents.windows:
        tx.delete(AvailabilityWindow, window.id or 0)
    for stay in dependents.stays:
        tx.update(dataclasses.replace(stay, market_id=None))
    for travel in dependents.travel_times:
        tx.delete_travel(travel.from_venue_id, travel.to_venue_id)
    for room in dependents.rooms:  # after the activities and requests that were in them
        tx.delete(Room, room.id or 0)


def _settle_duties(tx: PlanWriter, dependents: Dependents, doomed: set[int | None]) -> None:
    """A venue's or room's duties go with it (after their shifts let go); a delegation's leave it."""
    target = dependents.target
    for shift in dependents.other_shifts:  # cancelled or moved elsewhere: only the link goes
        tx.update(dataclasses.replace(tx.activity(shift.id or 0), duty_id=None))
    for duty in dependents.duties:
        if duty.id in doomed:
            tx.delete(BoothDuty, duty.id or 0)
        elif isinstance(target, Delegation):
            tx.update(dataclasses.replace(duty, delegation_ids=tuple(d for d in duty.delegation_ids
                                                                    if d != target.id)))


def _activity_fields(target: object, activity: Activity, resolution: Resolution | None,
                     reassign_to: int | None, doomed_requests: set[int | None]) -> dict[str, object]:
    if isinstance(target, Project):
        fields: dict[str, object] = {"project_id": None} if activity.project_id == target.id else {}
        if activity.request_id is not None and activity.request_id in doomed_requests:
            fields.update(request_id=None, status=ActivityStatus.CANCELLED)  # its request goes with the project
        return fields
    if isinstance(target, MeetingRequest | BoothDuty):
        fields = {"request_id": None} if isinstance(target, MeetingRequest) else {}
        if resolution is Resolution.CANCEL:
            fields["status"] = ActivityStatus.CANCELLED
        return fields
    if resolution is Resolution.CANCEL:
        return {"status": ActivityStatus.CANCELLED, "room_id": None, "venue_id": None}
    if isinstance(target, Venue):
        return {"venue_id": reassign_to if resolution is Resolution.REASSIGN else None, "room_id": None}
    return {"room_id": reassign_to if resolution is Resolution.REASSIGN else None}


def _delete_target(tx: PlanWriter, target: object) -> None:
    if isinstance(target, TravelTime):
        tx.delete_travel(target.from_venue_id, target.to_venue_id)
        return
    if isinstance(target, Activity):
        raise TypeError("activities are deleted through editing.activities (their cancellation reaches calendars)")
    tx.delete(type(target), entity_key(target))  # type: ignore[arg-type]
