"""What one user action changed, so that each view refreshes only what it shows.

Returned by every edit use case (``activity_service`` and those to come) and read by the GUI;
plain data, no storage or Qt.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class EntityKind(StrEnum):
    """The kinds of things a change can touch; views refresh only for kinds they show."""

    SETTINGS = "settings"
    MARKET = "market"
    VENUE = "venue"
    DELEGATE = "delegate"
    CONTACT = "contact"
    PROJECT = "project"
    ACTIVITY = "activity"
    AVAILABILITY = "availability"
    REQUEST = "request"


@dataclass(frozen=True, slots=True)
class Changes:
    """What one user action changed. Activities are named by id so tables can update rows narrowly."""

    kinds: frozenset[EntityKind] = frozenset()
    updated_activity_ids: frozenset[int] = frozenset()
    added_activity_ids: frozenset[int] = frozenset()
    removed_activity_ids: frozenset[int] = frozenset()

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

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            kinds=self.kinds | other.kinds,
            updated_activity_ids=self.updated_activity_ids | other.updated_activity_ids,
            added_activity_ids=self.added_activity_ids | other.added_activity_ids,
            removed_activity_ids=self.removed_activity_ids | other.removed_activity_ids,
        )
