"""The plan's conflicts, for the CLI's ``conflicts`` command and the main window's side panel."""

from __future__ import annotations

from typing import Protocol

from desktop_app.domain.activities import Activity
from desktop_app.domain.conflicts import Conflict, Scope, find_conflicts, refreshed_conflicts
from desktop_app.domain.duties import BoothDuty
from desktop_app.domain.people import Contact, Delegate, Delegation, Project
from desktop_app.domain.places import Market, Room
from desktop_app.domain.plan import Plan
from desktop_app.domain.requests import AvailabilityWindow, MeetingRequest
from desktop_app.domain.stays import Stay

from .changes import Changes

_NO_CONFLICTS = (Market, Delegation, Contact, Project, AvailabilityWindow, MeetingRequest, BoothDuty)
"""Entities no conflict rule reads (contacts count only through the activities they attend; a
duty only through the shifts the roster writes, which are activities)."""


class PlanReader(Protocol):
    def read(self) -> Plan: ...


def find_plan_conflicts(store: PlanReader) -> list[Conflict]:
    """Every conflict and warning in the plan as it is now (one read transaction)."""
    return find_conflicts(store.read())


def conflicts_in(plan: Plan) -> list[Conflict]:
    """Every conflict and warning in a snapshot already read (the window reads once per refresh)."""
    return find_conflicts(plan)


def conflicts_after(plan: Plan, previous: list[Conflict] | tuple[Conflict, ...], changes: Changes) -> list[Conflict]:
    """The conflicts of ``plan`` (a snapshot patched with ``changes``), checking again only the
    delegates, rooms and activities the change touched; all of them when it touched what every
    check reads (a venue's hours, travel times, the settings)."""
    scopes = touched_scopes(changes)
    if scopes is None:
        return find_conflicts(plan)
    return refreshed_conflicts(plan, previous, scopes)


def touched_scopes(changes: Changes) -> set[Scope] | None:
    """The conflict scopes ``changes`` can affect; None when it may affect any."""
    if not changes.can_patch:
        return None
    scopes: set[Scope] = set()
    for revision in changes.revisions:
        entity = revision.entity
        if isinstance(entity, Activity):
            for side in (revision.before, revision.after):
                if isinstance(side, Activity):
                    scopes.update(("delegate", d) for d in side.delegate_ids)
                    if side.room_id is not None:
                        scopes.add(("room", side.room_id))
            scopes.add(("activity", entity.id or 0))
        elif isinstance(entity, Stay):
            scopes.add(("delegate", entity.delegate_id))
        elif isinstance(entity, Delegate):
            scopes.add(("delegate", entity.id or 0))
        elif isinstance(entity, Room):
            scopes.add(("room", entity.id or 0))
        elif not isinstance(entity, _NO_CONFLICTS):
            return None  # a venue, a travel time, the settings: every check may read it
    return scopes


def conflicts_json(conflicts: list[Conflict]) -> list[dict[str, object]]:
    """The ``conflicts --json`` payload: one object per conflict, in the order found."""
    return [conflict.to_json() for conflict in conflicts]
