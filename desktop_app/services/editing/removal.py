"""Removing delegates and contacts from a plan, and withdrawing meeting requests.

Nothing is left dangling and nothing vanishes from a phone: a removed delegate is taken off
every activity (which then reaches their calendar as cancelled, SEQUENCE up; an interpreting
need they served is open again), their requests are withdrawn and they leave their projects'
teams and the booth duties that name them; a removed contact leaves every meeting and
their requests are withdrawn. The person is kept, marked removed, so calendars can still be
told what left them. ``removal_effects`` says all this before anything is written.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from desktop_app.domain.activities import Activity, ActivityStatus
from desktop_app.domain.duties import BoothDuty
from desktop_app.domain.people import Contact, Delegate, Project
from desktop_app.domain.plan import Plan
from desktop_app.domain.requests import MeetingRequest, RequestStatus
from desktop_app.domain.timezones import utc_now
from desktop_app.services.changes import Changes
from desktop_app.services.editing.entities import cancel_placed_meetings
from desktop_app.services.editing.journal import journaled
from desktop_app.services.errors import UserError

if TYPE_CHECKING:
    from desktop_app.storage.plan_store import PlanStore
    from desktop_app.storage.writer import PlanWriter

Person = Delegate | Contact
MAX_LISTED = 5


@dataclass(frozen=True, slots=True)
class RemovalEffects:
    """What removing one person does to the rest of the plan."""

    person: Person
    activities: tuple[Activity, ...]
    """Live activities the person is taken off."""
    requests: tuple[MeetingRequest, ...]
    """Requests of theirs that are withdrawn."""
    projects: tuple[Project, ...]
    """Projects whose team they leave (delegates only)."""
    duties: tuple[BoothDuty, ...] = ()
    """Booth duties that name them as eligible (delegates only)."""

    @property
    def noun(self) -> str:
        return "delegate" if isinstance(self.person, Delegate) else "contact"

    @property
    def depends(self) -> bool:
        return bool(self.activities or self.requests or self.projects)

    def describe(self) -> str:
        """'removed delegate Kim Ji-woo: taken off 3 activities ('A', 'B', 'C'); 2 requests withdrawn …'."""
        parts = self.consequences()
        what = f"removed {self.noun} {self.person.display_name}"
        return what + (": " + "; ".join(parts) if parts else "")

    def consequences(self) -> list[str]:
        """What else changes, one phrase each (empty when nothing depends on the person)."""
        parts = []
        if self.activities:
            titles = ", ".join(f"'{a.title}'" for a in self.activities[:MAX_LISTED])
            more = f" and {len(self.activities) - MAX_LISTED} more" if len(self.activities) > MAX_LISTED else ""
            calendars = " (calendars get each as cancelled)" if isinstance(self.person, Delegate) else ""
            parts.append(f"taken off {_count(len(self.activities), 'activity')} ({titles}{more}){calendars}")
        if self.requests:
            ids = ", ".join(r.external_id for r in self.requests[:MAX_LISTED])
            more = f" and {len(self.requests) - MAX_LISTED} more" if len(self.requests) > MAX_LISTED else ""
            parts.append(f"{_count(len(self.requests), 'meeting request')} withdrawn ({ids}{more})")
        if self.projects:
            parts.append("left the team of " + ", ".join(f"'{p.title}'" for p in self.projects))
        return parts


def _count(number: int, noun: str) -> str:
    plural = noun[:-1] + "ies" if noun.endswith("y") else noun + "s"
    return f"{number} {noun if number == 1 else plural}"


def removal_effects(plan: Plan, person: Person) -> RemovalEffects:
    if isinstance(person, Delegate):
        return RemovalEffects(
            person,
            tuple(plan.activities_of(person.id or 0)),
            tuple(r for r in plan.requests if r.delegate_id == person.id and r.status is not RequestStatus.WITHDRAWN),
            tuple(p for p in plan.projects if person.id in p.member_ids),
            tuple(d for d in plan.duties if person.id in d.delegate_ids),
        )
    return RemovalEffects(
        person,
        tuple(sorted((a for a in plan.activities if person.id in a.contact_ids), key=lambda a: (a.start, a.title))),
        tuple(r for r in plan.requests if r.contact_id == person.id and r.status is not RequestStatus.WITHDRAWN),
        (),
    )


def apply_removal(tx: PlanWriter, effects: RemovalEffects, now: datetime) -> None:
    """Write ``effects`` inside the caller's transaction."""
    person = effects.person
    withdrawn = {r.id for r in effects.requests}
    for activity in effects.activities:
        current = tx.activity(activity.id or 0)  # as it is inside this transaction
        changes: dict[str, object] = {}
        if isinstance(person, Delegate):
            changes["attendees"] = tuple(a for a in current.attendees if a.delegate_id != person.id)
        else:
            changes["contact_ids"] = tuple(c for c in current.contact_ids if c != person.id)
        if current.request_id is not None and current.request_id in withdrawn:
            changes["status"] = ActivityStatus.CANCELLED  # the meeting of a withdrawn request
        tx.update(current.revised(now=now, **changes))
    for request in effects.requests:
        tx.update(dataclasses.replace(request, status=RequestStatus.WITHDRAWN))
    for project in effects.projects:
        tx.update(dataclasses.replace(project, member_ids=tuple(m for m in project.member_ids if m != person.id)))
    for duty in effects.duties:
        tx.update(dataclasses.replace(duty, delegate_ids=tuple(d for d in duty.delegate_ids if d != person.id)))
    tx.update(dataclasses.replace(person, removed_at=now))


def remove_person(store: PlanStore, find: Callable[[Plan], Person], *, dry_run: bool = False,
                  clock: Callable[[], datetime] = utc_now) -> tuple[RemovalEffects, Changes]:
    """Remove the person ``find`` picks from the plan as it is inside the transaction."""
    with store.write() as tx:
        plan = tx.snapshot()
        effects = removal_effects(plan, find(plan))
        if not dry_run:
            apply_removal(tx, effects, clock())
        return effects, journaled(tx)


def withdraw_request(store: PlanStore, find: Callable[[Plan], MeetingRequest], *,
                     clock: Callable[[], datetime] = utc_now) -> tuple[MeetingRequest, Changes]:
    """Withdraw a request; a meeting already placed for it is cancelled (calendars are told)."""
    with store.write() as tx:
        plan = tx.snapshot()
        request = find(plan)
        if request.status is RequestStatus.WITHDRAWN:
            raise UserError(f"request {request.external_id} is already withdrawn")
        withdrawn = _withdraw(tx, plan, request, clock())
        return withdrawn, journaled(tx)


def withdraw_requests(store: PlanStore, request_ids: Iterable[int], *,
                      clock: Callable[[], datetime] = utc_now) -> Changes:
    """Withdraw several requests in one transaction (one undo step), as ``withdraw_request`` does;
    ones already withdrawn are left as they are."""
    wanted = set(request_ids)
    now = clock()
    with store.write() as tx:
        plan = tx.snapshot()
        missing = wanted - set(plan.request_by_id)
        if missing:
            verb = "is" if len(missing) == 1 else "are"
            raise UserError(f"{_count(len(missing), 'meeting request')} {verb} no longer in the plan "
                            "(deleted meanwhile?)")
        for request in plan.requests:
            if request.id in wanted and request.status is not RequestStatus.WITHDRAWN:
                _withdraw(tx, plan, request, now)
        return journaled(tx)


def _withdraw(tx: PlanWriter, plan: Plan, request: MeetingRequest, now: datetime) -> MeetingRequest:
    withdrawn = dataclasses.replace(request, status=RequestStatus.WITHDRAWN)
    tx.update(withdrawn)
    cancel_placed_meetings(tx, request.id, now)
    return withdrawn
