"""A plan snapshot with some entities written or deleted: what a window holds after an edit,
without reading the whole plan again.

``patched(plan, saved, deleted)`` gives exactly the snapshot a fresh read would give (each
tuple in key order, removed people and deleted activities in their own tuples), so a view
patched edit by edit never drifts from the file.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import Any

from .activities import Activity
from .duties import BoothDuty
from .people import Contact, Delegate, Delegation, Project
from .places import Market, Room, TravelTime, Venue
from .plan import Plan, PlanSettings
from .requests import AvailabilityWindow, MeetingRequest
from .stays import Stay

# entity type -> the Plan field holding its live ones (and, where kept apart, its gone ones)
_FIELDS: dict[type, tuple[str, str | None]] = {
    Market: ("markets", None),
    Venue: ("venues", None),
    Room: ("rooms", None),
    TravelTime: ("travel_times", None),
    Delegation: ("delegations", None),
    Delegate: ("delegates", "removed_delegates"),
    Contact: ("contacts", "removed_contacts"),
    Project: ("projects", None),
    Activity: ("activities", "deleted_activities"),
    AvailabilityWindow: ("availability", None),
    MeetingRequest: ("requests", None),
    Stay: ("stays", None),
    BoothDuty: ("duties", None),
}


def entity_key(entity: object) -> object:
    """What identifies an entity within its kind: its id, or a travel time's (from, to)."""
    if isinstance(entity, TravelTime):
        return (entity.from_venue_id, entity.to_venue_id)
    return getattr(entity, "id", None)


def find_entity(plan: Plan, entity_type: type, key: object) -> Any:
    """The live entity of that kind and key in ``plan``, or None."""
    live, _gone = _FIELDS[entity_type]
    return next((e for e in getattr(plan, live) if entity_key(e) == key), None)


def _is_gone(entity: object) -> bool:
    return getattr(entity, "removed_at", None) is not None or getattr(entity, "deleted_at", None) is not None


def patched(plan: Plan, saved: Iterable[object], deleted: Iterable[object]) -> Plan:
    """``plan`` with ``saved`` entities (added or updated) put in and ``deleted`` ones taken out."""
    tables: dict[str, dict[object, Any]] = {}
    settings = plan.settings

    def table(name: str) -> dict[object, Any]:
        if name not in tables:
            tables[name] = {entity_key(e): e for e in getattr(plan, name)}
        return tables[name]

    for entity in deleted:
        live, gone = _FIELDS[type(entity)]
        table(live).pop(entity_key(entity), None)
        if gone is not None:
            table(gone).pop(entity_key(entity), None)
    for entity in saved:
        if isinstance(entity, PlanSettings):
            settings = entity
            continue
        live, gone = _FIELDS[type(entity)]
        key = entity_key(entity)
        table(live).pop(key, None)
        if gone is not None:
            table(gone).pop(key, None)
        table(gone if gone is not None and _is_gone(entity) else live)[key] = entity
    changes: dict[str, Any] = {name: tuple(rows[key] for key in sorted(rows, key=_sort_key))
                               for name, rows in tables.items()}
    if settings is not plan.settings:
        changes["settings"] = settings
    return dataclasses.replace(plan, **changes) if changes else plan


def _sort_key(key: object) -> tuple[int, ...]:
    if isinstance(key, tuple):
        return tuple(int(part) for part in key)
    return (int(key) if isinstance(key, int) else 0,)
