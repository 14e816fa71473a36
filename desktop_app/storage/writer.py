"""Changes inside one transaction: add, update and delete domain entities."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from desktop_app import __version__
from desktop_app.domain.activities import Activity
from desktop_app.domain.change_log import ChangeEntry
from desktop_app.domain.delivery import DeliveredEvent, DeliveryRecord, DeliverySettings, DeliveryTarget
from desktop_app.domain.duties import BoothDuty
from desktop_app.domain.errors import NotFoundError, ValidationError
from desktop_app.domain.people import Project
from desktop_app.domain.places import Room, TravelTime
from desktop_app.domain.plan import Plan, PlanSettings
from desktop_app.domain.plan_patch import entity_key
from desktop_app.domain.requests import AvailabilityWindow, MeetingRequest

from . import records as r
from .change_log import change_by_id, summarize
from .dependents import affected_by_delete, entity_tables
from .mapping import (
    SIMPLE_RECORDS,
    activity_values,
    availability_values,
    delivered_event_values,
    delivery_settings_from,
    delivery_settings_values,
    duty_values,
    load_activity,
    load_all,
    load_delivery,
    load_entity,
    load_plan,
    project_values,
    request_values,
    settings_from,
    settings_values,
    simple_values,
)

E = TypeVar("E")

RECORD_TYPES: dict[type, type[r.Base]] = {
    **SIMPLE_RECORDS,
    Project: r.ProjectRecord,
    Activity: r.ActivityRecord,
    AvailabilityWindow: r.AvailabilityRecord,
    MeetingRequest: r.MeetingRequestRecord,
    BoothDuty: r.BoothDutyRecord,
}


OWNER_TABLES = entity_tables({**RECORD_TYPES, TravelTime: r.TravelTimeRecord})


def _values(entity: Any) -> dict[str, Any]:
    if isinstance(entity, Activity):
        return activity_values(entity)
    if isinstance(entity, Project):
        return project_values(entity)
    if isinstance(entity, AvailabilityWindow):
        return availability_values(entity)
    if isinstance(entity, MeetingRequest):
        return request_values(entity)
    if isinstance(entity, BoothDuty):
        return duty_values(entity)
    return simple_values(entity)


@dataclasses.dataclass(frozen=True, slots=True)
class Written:
    """One entity as it was before the transaction wrote it and as it is after: ``before`` is
    None for an insert, ``after`` None for a delete. Undo writes ``before`` back."""

    before: object | None
    after: object | None


class PlanWriter:
    """Handed out by ``PlanStore.write()``; valid only inside that ``with`` block.

    It keeps a journal of every entity it writes (``written``), the raw material of the
    ``Changes`` record a service returns, of undo, and of patching a window's snapshot. Its
    first write opens the transaction's row of the change log (who, when); every row it writes
    gets that row's id as its ``row_version``; ``finish`` counts what it wrote into the log.
    """

    def __init__(self, session: Session, clock: Callable[[], datetime], *, author: str = "") -> None:
        self._session = session
        self._clock = clock
        self._author = author
        self._written: list[Written] = []
        self._change: r.ChangeRecord | None = None
        self.delivery_written = False
        """Whether the delivery record was written (it is not journaled entity by entity: a
        delivery is no edit to undo, and views re-read it)."""
        self._delivery_counts: dict[str, int] = {}
        """Delivery rows written per table, for the change log ("delivered_events": 12)."""

    @property
    def written(self) -> tuple[Written, ...]:
        """Every entity written so far, in order (an entity written twice appears twice)."""
        return tuple(self._written)

    @property
    def change_id(self) -> int | None:
        """The change log's id of this transaction (None while it wrote nothing)."""
        return self._change.id if self._change is not None else None

    def last_change(self, entity_type: type, key: object) -> ChangeEntry | None:
        """Who last wrote this entity's row, and when (None: before the change log, or gone)."""
        record_type = r.TravelTimeRecord if entity_type is TravelTime else (
            r.SettingsRecord if entity_type is PlanSettings else RECORD_TYPES[entity_type])
        found = self._session.get(record_type, 1 if entity_type is PlanSettings else key)
        return change_by_id(self._session, int(getattr(found, "row_version", 0) or 0))

    def finish(self) -> int | None:
        """Count what the transaction wrote into its change log row, before it commits."""
        if self._change is None:
            return None
        counts = summarize(((w.before, w.after) for w in self._written), _table_of, entity_key)
        for table, count in self._delivery_counts.items():
            counts.setdefault(table, {})["recorded"] = count
        if not counts:  # everything written back as it was: nothing to tell anyone
            self._session.delete(self._change)
            self._session.flush()
            return None
        self._change.summary = json.dumps(counts, sort_keys=True)
        self._session.flush()
        return self._change.id

    def _version(self) -> int:
        if self._change is None:
            self._change = r.ChangeRecord(at=self._clock(), author=self._author, summary="{}",
                                          app_version=__version__)
            self._session.add(self._change)
            self._session.flush()
        return self._change.id

    def all(self, entity_type: type[E]) -> list[E]:
        """Every entity of one kind as it is inside this transaction (not activities)."""
        self._session.flush()
        return load_all(self._session, entity_type)

    def entity(self, entity_type: type[E], key: object) -> E:
        """One entity as it is inside this transaction (a travel time by its (from, to) ids)."""
        self._session.flush()
        found = load_entity(self._session, entity_type, key)
        if found is None:
            raise NotFoundError(f"no {entity_type.__name__.lower()} with id {key} in the plan (was it deleted?)")
        return found  # type: ignore[no-any-return]

    def snapshot(self) -> Plan:
        self._session.flush()
        return load_plan(self._session)

    def activity(self, activity_id: int, *, deleted: bool = False) -> Activity:
        """One live activity as it is inside this transaction (cheap: no whole-plan read);
        with ``deleted``, also one that was deleted (to restore it)."""
        activity = load_activity(self._session, activity_id)
        if activity is None or (activity.deleted_at is not None and not deleted):
            raise NotFoundError(f"no activity with id {activity_id} in the plan (was it deleted?)")
        return activity

    def settings(self) -> PlanSettings:
        return settings_from(self._session.get(r.SettingsRecord, 1))

    def set_settings(self, settings: PlanSettings) -> None:
        record = self._session.get(r.SettingsRecord, 1)
        before = settings_from(record) if record is not None else None
        record = record or r.SettingsRecord(id=1)
        for key, value in settings_values(settings).items():
            setattr(record, key, value)
        record.row_version = self._version()
        self._session.add(record)
        self._written.append(Written(before, settings))

    # --- the delivery record -----------------------------------------------------------

    def delivery(self, target_ids: set[int] | None = None) -> DeliveryRecord:
        self._session.flush()
        return load_delivery(self._session, target_ids)

    def set_delivery_settings(self, settings: DeliverySettings) -> None:
        record = self._session.get(r.DeliverySettingsRecord, 1)
        if record is not None and delivery_settings_from(record) == settings:
            return
        record = record or r.DeliverySettingsRecord(id=1)
        for key, value in delivery_settings_values(settings).items():
            setattr(record, key, value)
        record.row_version = self._version()
        self._session.add(record)
        self._delivered(r.DeliverySettingsRecord.__tablename__, 1)

    def save_delivery_target(self, target: DeliveryTarget) -> DeliveryTarget:
        """Insert or update the target of (recipient, channel); its events are written apart."""
        table = r.DeliveryTargetRecord
        record = self._session.execute(select(table).where(
            table.recipient_kind == target.recipient.kind.value, table.recipient_id == target.recipient.id,
            table.channel == target.channel.value)).scalar_one_or_none()
        if record is None:
            record = table(recipient_kind=target.recipient.kind.value, recipient_id=target.recipient.id,
                           channel=target.channel.value)
        record.address = target.address
        record.context_hash = target.context_hash
        record.delivered_at = target.delivered_at
        record.row_version = self._version()
        self._session.add(record)
        self._session.flush()
        self._delivered(table.__tablename__, 1)
        return dataclasses.replace(target, id=record.id, events=())

    def record_delivered(self, target_id: int, events: list[DeliveredEvent]) -> None:
        """Remember ``events`` as now delivered to the target (replacing what it had for their UIDs)."""
        if not events:
            return
        table = r.DeliveredEventRecord
        self._session.execute(delete(table).where(table.target_id == target_id,
                                                  table.uid.in_([event.uid for event in events])))
        version = self._version()
        self._session.execute(insert(table), [{**delivered_event_values(target_id, event), "row_version": version}
                                              for event in events])
        self._delivered(table.__tablename__, len(events))

    def forget_delivered(self, target_id: int, uids: list[str] | None = None) -> None:
        """The target no longer holds these UIDs (all of them, with None)."""
        table = r.DeliveredEventRecord
        query = delete(table).where(table.target_id == target_id)
        if uids is not None:
            if not uids:
                return
            query = query.where(table.uid.in_(uids))
        self._version()
        forgotten = self._session.execute(query).rowcount  # type: ignore[attr-defined]
        self._delivered(table.__tablename__, forgotten or 0)

    def _delivered(self, table: str, rows: int) -> None:
        self.delivery_written = True
        if rows:
            self._delivery_counts[table] = self._delivery_counts.get(table, 0) + rows

    # --- generic entity operations ----------------------------------------------------

    def add(self, entity: E, *, keep_id: bool = False) -> E:
        """Insert ``entity`` under a new id, or under its own id with ``keep_id`` (undoing a delete)."""
        if isinstance(entity, TravelTime):
            self._put_travel(entity)
            return entity
        entity = self._stamped(entity, created=True)
        self._check_place(entity)
        record: Any = RECORD_TYPES[type(entity)](**_values(entity))
        kept_id = getattr(entity, "id", None) if keep_id else None
        if kept_id is not None:
            record.id = kept_id
        record.row_version = self._version()
        self._session.add(record)
        self._session.flush()
        self._write_links(record.id, entity, fresh=True)
        saved = dataclasses.replace(entity, id=record.id)  # type: ignore[type-var,unused-ignore]
        self._written.append(Written(None, saved))
        return saved

    def update(self, entity: E) -> E:
        if isinstance(entity, TravelTime):
            self._put_travel(entity)
            return entity
        record = self._record(type(entity), entity.id)  # type: ignore[attr-defined]
        before = load_entity(self._session, type(entity), record.id)
        entity = self._stamped(entity, created=False)
        self._check_place(entity)
        for key, value in _values(entity).items():
            setattr(record, key, value)
        record.row_version = self._version()  # also when only its links change
        self._session.flush()
        self._write_links(record.id, entity)
        self._written.append(Written(before, entity))
        return entity

    def delete(self, entity_type: type, entity_id: int) -> None:
        if entity_type is TravelTime:
            raise TypeError("delete travel times with delete_travel()")
        record = self._record(entity_type, entity_id)
        before = load_entity(self._session, entity_type, entity_id)
        self._version()
        self._session.flush()
        # what the database clears or removes with it, journaled first: undo then restores the
        # entity before the rows that point at it
        affected = list(dict.fromkeys(affected_by_delete(
            self._session, record.__table__, {"id": entity_id}, OWNER_TABLES)))
        affected_before = [(kind, key, load_entity(self._session, kind, key)) for kind, key in affected]
        self._session.delete(record)
        self._session.flush()
        self._session.expire_all()  # the database changed rows behind the session's back
        for kind, key, was in affected_before:
            now = load_entity(self._session, kind, key)
            if now != was:
                self._written.append(Written(was, now))
        self._written.append(Written(before, None))

    def delete_travel(self, from_venue_id: int, to_venue_id: int) -> None:
        before = load_entity(self._session, TravelTime, (from_venue_id, to_venue_id))
        self._version()
        self._session.execute(
            delete(r.TravelTimeRecord).where(
                r.TravelTimeRecord.from_venue_id == from_venue_id,
                r.TravelTimeRecord.to_venue_id == to_venue_id,
            )
        )
        if before is not None:
            self._written.append(Written(before, None))

    # --- helpers ----------------------------------------------------------------------

    def _record(self, entity_type: type, entity_id: int | None) -> Any:
        record_type = RECORD_TYPES[entity_type]
        record = None if entity_id is None else self._session.get(record_type, entity_id)
        if record is None:
            raise NotFoundError(f"no {entity_type.__name__.lower()} with id {entity_id} in the plan")
        return record

    def _stamped(self, entity: E, *, created: bool) -> E:
        if not isinstance(entity, Activity):
            return entity
        now = self._clock()
        return dataclasses.replace(
            entity,
            created=entity.created or now if created else entity.created,
            last_modified=now,
        )

    def _check_place(self, entity: Any) -> None:
        """A room must belong to the entity's venue (foreign keys cannot say that)."""
        room_id = getattr(entity, "room_id", None)
        if isinstance(entity, Room) or room_id is None:
            return
        room = self._session.get(r.RoomRecord, room_id)
        if room is None:
            raise ValidationError("room", f"no room with id {room_id}")
        if room.venue_id != entity.venue_id:
            venue = self._session.get(r.VenueRecord, entity.venue_id) if entity.venue_id else None
            raise ValidationError(
                "room", f"room '{room.name}' is not in venue '{venue.name if venue else entity.venue_id}'"
            )

    def _put_travel(self, travel: TravelTime) -> None:
        before = load_entity(self._session, TravelTime, (travel.from_venue_id, travel.to_venue_id))
        self._written.append(Written(before, travel))
        record = self._session.get(r.TravelTimeRecord, (travel.from_venue_id, travel.to_venue_id))
        if record is None:
            record = r.TravelTimeRecord(from_venue_id=travel.from_venue_id, to_venue_id=travel.to_venue_id)
            self._session.add(record)
        record.minutes = travel.minutes
        record.row_version = self._version()
        self._session.flush()

    def _write_links(self, record_id: int, entity: Any, *, fresh: bool = False) -> None:
        if isinstance(entity, Project):
            self._replace_links(r.ProjectMemberRecord, "project_id", record_id,
                                [{"delegate_id": d} for d in entity.member_ids], fresh)
        elif isinstance(entity, Activity):
            self._replace_links(r.AttendanceRecord, "activity_id", record_id,
                                [{"delegate_id": a.delegate_id, "required": a.required,
                                  "interpreter": a.interpreter} for a in entity.attendees], fresh)
            self._replace_links(r.ActivityContactRecord, "activity_id", record_id,
                                [{"contact_id": c} for c in entity.contact_ids], fresh)
            self._replace_links(r.FormerAttendeeRecord, "activity_id", record_id,
                                [{"delegate_id": d} for d in entity.former_attendee_ids], fresh)
        elif isinstance(entity, BoothDuty):
            self._replace_links(r.BoothDutyDelegationRecord, "duty_id", record_id,
                                [{"delegation_id": d} for d in entity.delegation_ids], fresh)
            self._replace_links(r.BoothDutyDelegateRecord, "duty_id", record_id,
                                [{"delegate_id": d} for d in entity.delegate_ids], fresh)

    def _replace_links(self, record_type: Any, owner: str, owner_id: int, rows: list[dict[str, Any]],
                       fresh: bool) -> None:
        """Link rows are few per owner: rewrite them whole (a new owner has none to delete)."""
        if not fresh:
            self._session.execute(delete(record_type).where(getattr(record_type, owner) == owner_id))
        if rows:
            self._session.execute(insert(record_type), [{owner: owner_id, **row} for row in rows])


def _table_of(entity: object) -> str:
    if isinstance(entity, PlanSettings):
        return r.SettingsRecord.__tablename__
    if isinstance(entity, TravelTime):
        return r.TravelTimeRecord.__tablename__
    return str(RECORD_TYPES[type(entity)].__tablename__)
