"""What one user action changed, so that each view refreshes only what it shows.

Every edit use case returns a ``Changes`` record. It carries the entities the transaction wrote,
each as it was before and as it is after (``revisions``): views patch their snapshot with them
(``apply_to``) instead of reading the plan again, and undo writes the ``before`` side back.
Plain data, no storage or Qt.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from desktop_app.domain.activities import Activity
from desktop_app.domain.duties import BoothDuty
from desktop_app.domain.people import Contact, Delegate, Delegation, Project
from desktop_app.domain.places import Market, Room, TravelTime, Venue
from desktop_app.domain.plan import Plan, PlanSettings
from desktop_app.domain.plan_patch import entity_key, patched
from desktop_app.domain.requests import AvailabilityWindow, MeetingRequest
from desktop_app.domain.stays import Stay


class EntityKind(StrEnum):
    """The kinds of things a change can touch; views refresh only for kinds they show."""

    SETTINGS = "settings"
    MARKET = "market"
    VENUE = "venue"
    ROOM = "room"
    TRAVEL = "travel"
    DELEGATION = "delegation"
    DELEGATE = "delegate"
    STAY = "stay"
    CONTACT = "contact"
    PROJECT = "project"
    ACTIVITY = "activity"
    AVAILABILITY = "availability"
    REQUEST = "request"
    DUTY = "duty"
    DELIVERY = "delivery"
    """What was sent to whom (``Plan.delivery``); never patched, views re-read the plan."""


KIND_OF: dict[type, EntityKind] = {
    PlanSettings: EntityKind.SETTINGS, Market: EntityKind.MARKET, Venue: EntityKind.VENUE, Room: EntityKind.ROOM,
    TravelTime: EntityKind.TRAVEL, Delegation: EntityKind.DELEGATION, Delegate: EntityKind.DELEGATE,
    Stay: EntityKind.STAY, Contact: EntityKind.CONTACT, Project: EntityKind.PROJECT, Activity: EntityKind.ACTIVITY,
    AvailabilityWindow: EntityKind.AVAILABILITY, MeetingRequest: EntityKind.REQUEST, BoothDuty: EntityKind.DUTY,
}


@dataclass(frozen=True, slots=True)
class Revision:
    """One entity as it was before an action (None: the action created it) and after it (None:
    the action deleted it). Removing a person or deleting an activity keeps it, marked: both sides
    are then set."""

    before: object | None
    after: object | None

    @property
    def entity(self) -> object:
        found = self.after if self.after is not None else self.before
        assert found is not None
        return found

    @property
    def kind(self) -> EntityKind:
        return KIND_OF[type(self.entity)]


def _live(entity: object | None) -> bool:
    return entity is not None and getattr(entity, "removed_at", None) is None \
        and getattr(entity, "deleted_at", None) is None


@dataclass(frozen=True, slots=True)
class Changes:
    """What one user action changed. Activities are also named by id so tables can update rows narrowly."""

    kinds: frozenset[EntityKind] = frozenset()
    updated_activity_ids: frozenset[int] = frozenset()
    added_activity_ids: frozenset[int] = frozenset()
    removed_activity_ids: frozenset[int] = frozenset()
    revisions: tuple[Revision, ...] = ()

    @classmethod
    def everything(cls) -> Changes:
        """A whole plan was (re)loaded: every view refreshes fully."""
        return cls(kinds=frozenset(EntityKind))

    @classmethod
    def activities(cls, *, updated: Iterable[int] = (), added: Iterable[int] = (),
                   removed: Iterable[int] = ()) -> Changes:
        return cls(
            kinds=frozenset({EntityKind.ACTIVITY}),
            updated_activity_ids=frozenset(updated),
            added_activity_ids=frozenset(added),
            removed_activity_ids=frozenset(removed),
        )

    @classmethod
    def of(cls, revisions: Iterable[Revision]) -> Changes:
        """The record of a transaction that wrote ``revisions`` (its writer's journal, in order).

        An entity written several times is kept once, from its first ``before`` to its last
        ``after``; one created and deleted within the action leaves no trace.
        """
        merged: dict[tuple[type, object], Revision] = {}
        for revision in revisions:
            key = (type(revision.entity), entity_key(revision.entity))
            first = merged.get(key)
            merged[key] = Revision(first.before if first else revision.before, revision.after)
        kept = tuple(r for r in merged.values() if r.before != r.after)
        added: set[int] = set()
        updated: set[int] = set()
        removed: set[int] = set()
        for revision in kept:
            if not isinstance(revision.entity, Activity):
                continue
            activity_id = entity_key(revision.entity)
            assert isinstance(activity_id, int)
            was, now = _live(revision.before), _live(revision.after)
            (added if now and not was else removed if was and not now else updated).add(activity_id)
        return cls(kinds=frozenset(r.kind for r in kept), updated_activity_ids=frozenset(updated),
                   added_activity_ids=frozenset(added), removed_activity_ids=frozenset(removed), revisions=kept)

    def touches(self, kind: EntityKind) -> bool:
        return kind in self.kinds

    @property
    def is_everything(self) -> bool:
        return self.kinds == frozenset(EntityKind)

    @property
    def rows_added_or_removed(self) -> bool:
        """Whether lists must be rebuilt, rather than changed rows repainted."""
        return self.is_everything or bool(self.added_activity_ids or self.removed_activity_ids)

    @property
    def activity_ids(self) -> frozenset[int]:
        return self.updated_activity_ids | self.added_activity_ids | self.removed_activity_ids

    @property
    def saved(self) -> tuple[object, ...]:
        """Entities as the action left them (added, updated, removed or deleted with a mark)."""
        return tuple(r.after for r in self.revisions if r.after is not None)

    @property
    def deleted(self) -> tuple[object, ...]:
        """Entities the action took out of the file altogether."""
        return tuple(r.before for r in self.revisions if r.after is None and r.before is not None)

    @property
    def can_patch(self) -> bool:
        """Whether ``apply_to`` knows everything this action did (else a view must reload)."""
        return (not self.is_everything and EntityKind.DELIVERY not in self.kinds
                and (bool(self.revisions) or not self.kinds))

    def apply_to(self, plan: Plan) -> Plan:
        """``plan`` as it is after this action, without reading the file."""
        return patched(plan, self.saved, self.deleted)

    def inverse(self) -> Changes:
        """The record of undoing this action (each revision turned around)."""
        return Changes.of(Revision(r.after, r.before) for r in reversed(self.revisions))

    def __or__(self, other: Changes) -> Changes:
        if self.can_patch and other.can_patch:  # both journaled: one record of everything written
            return Changes.of((*self.revisions, *other.revisions))
        return Changes(  # one of them only names what changed: views reload
            kinds=self.kinds | other.kinds,
            updated_activity_ids=self.updated_activity_ids | other.updated_activity_ids,
            added_activity_ids=self.added_activity_ids | other.added_activity_ids,
            removed_activity_ids=self.removed_activity_ids | other.removed_activity_ids,
        )
