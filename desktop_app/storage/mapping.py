"""Record ⇄ domain conversion: the only place that knows both shapes."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.domain.activities import Activity, ActivityKind, ActivityStatus, Attendance
from desktop_app.domain.delivery import (
    Channel,
    DeliveredEvent,
    DeliveryRecord,
    DeliverySettings,
    DeliveryTarget,
    Recipient,
    RecipientKind,
)
from desktop_app.domain.duties import BoothDuty
from desktop_app.domain.people import Contact, Delegate, Delegation, PersonKind, Project
from desktop_app.domain.places import Market, Room, TravelTime, Venue
from desktop_app.domain.plan import Plan, PlanSettings
from desktop_app.domain.requests import (
    AvailabilityWindow,
    MeetingRequest,
    ParticipantKind,
    ParticipantRef,
    RequestStatus,
)
from desktop_app.domain.stays import Stay

from . import records as r

# Domain types whose fields map one-to-one onto their record's columns.
SIMPLE_RECORDS: dict[type, type[r.Base]] = {
    Market: r.MarketRecord,
    Venue: r.VenueRecord,
    Room: r.RoomRecord,
    Delegation: r.DelegationRecord,
    Delegate: r.DelegateRecord,
    Contact: r.ContactRecord,
    Stay: r.StayRecord,
}


def _fields(entity: Any, *exclude: str) -> dict[str, Any]:
    return {name: getattr(entity, name) for name in entity.__dataclass_fields__ if name not in exclude}


def _columns(record: Any, *exclude: str) -> dict[str, Any]:
    return {c.key: getattr(record, c.key) for c in record.__table__.columns
            if c.key not in exclude and c.key not in r.BOOKKEEPING_COLUMNS}


def _tags(text: str) -> tuple[str, ...]:
    """Language tags stored as one space-separated column."""
    return tuple(text.split())


def _simple(domain_type: type, record: Any) -> Any:
    return simple_from_values(domain_type, _columns(record))


def simple_from_values(domain_type: type, values: dict[str, Any]) -> Any:
    """A simple record's column values as its entity (a delegate's kind and languages are not
    plain columns)."""
    if domain_type is Delegate:
        values = {**values, "kind": PersonKind(values["kind"]), "languages": _tags(values["languages"])}
    return domain_type(**values)


def settings_from(record: r.SettingsRecord | None) -> PlanSettings:
    if record is None:
        return PlanSettings()
    return PlanSettings(**_columns(record, "id"))


def settings_values(settings: PlanSettings) -> dict[str, Any]:
    return _fields(settings)


def simple_values(entity: Any) -> dict[str, Any]:
    values = _fields(entity, "id")
    if isinstance(entity, Delegate):
        values["kind"] = entity.kind.value
        values["languages"] = " ".join(entity.languages)
    return values


def duty_values(duty: BoothDuty) -> dict[str, Any]:
    return _fields(duty, "id", "delegation_ids", "delegate_ids")


def project_values(project: Project) -> dict[str, Any]:
    return _fields(project, "id", "member_ids")


def activity_values(activity: Activity) -> dict[str, Any]:
    values = _fields(activity, "id", "attendees", "contact_ids", "former_attendee_ids")
    values["kind"] = activity.kind.value
    values["status"] = activity.status.value
    values["interpreting"] = " ".join(activity.interpreting)
    return values


def availability_values(window: AvailabilityWindow) -> dict[str, Any]:
    return {
        "participant_kind": window.participant.kind.value,
        "participant_id": window.participant.id,
        "start": window.start,
        "end": window.end,
        "timezone": window.timezone,
    }


def request_values(request: MeetingRequest) -> dict[str, Any]:
    values = _fields(request, "id")
    values["status"] = request.status.value
    return values


def activity_from(record: r.ActivityRecord, attendees: tuple[Attendance, ...],
                  contact_ids: tuple[int, ...], former_attendee_ids: tuple[int, ...] = ()) -> Activity:
    return activity_from_values(_columns(record), attendees, contact_ids, former_attendee_ids)


def activity_from_values(values: dict[str, Any], attendees: tuple[Attendance, ...],
                         contact_ids: tuple[int, ...], former_attendee_ids: tuple[int, ...] = ()) -> Activity:
    """An activity from its row's column values (keyed as the record's attributes)."""
    values = dict(values)
    values["kind"] = ActivityKind(values["kind"])
    values["status"] = ActivityStatus(values["status"])
    values["interpreting"] = _tags(values["interpreting"])
    return Activity(**values, attendees=attendees, contact_ids=contact_ids, former_attendee_ids=former_attendee_ids)


def load_activity(session: Session, activity_id: int) -> Activity | None:
    """One activity with its links, without reading the rest of the plan."""
    record = session.get(r.ActivityRecord, activity_id)
    if record is None:
        return None
    attendees = session.scalars(
        select(r.AttendanceRecord).where(r.AttendanceRecord.activity_id == activity_id)
        .order_by(r.AttendanceRecord.delegate_id)
    )
    contacts = session.scalars(
        select(r.ActivityContactRecord.contact_id).where(r.ActivityContactRecord.activity_id == activity_id)
        .order_by(r.ActivityContactRecord.contact_id)
    )
    former = session.scalars(
        select(r.FormerAttendeeRecord.delegate_id).where(r.FormerAttendeeRecord.activity_id == activity_id)
        .order_by(r.FormerAttendeeRecord.delegate_id)
    )
    return activity_from(record, tuple(Attendance(a.delegate_id, a.required, a.interpreter) for a in attendees),
                         tuple(contacts), tuple(former))


def _duty(session: Session, record: r.BoothDutyRecord) -> BoothDuty:
    delegations = session.scalars(select(r.BoothDutyDelegationRecord.delegation_id)
                                  .where(r.BoothDutyDelegationRecord.duty_id == record.id))
    delegates = session.scalars(select(r.BoothDutyDelegateRecord.delegate_id)
                                .where(r.BoothDutyDelegateRecord.duty_id == record.id))
    return BoothDuty(**_columns(record), delegation_ids=tuple(delegations), delegate_ids=tuple(delegates))


def _duties(session: Session) -> tuple[BoothDuty, ...]:
    delegations: defaultdict[int, list[int]] = defaultdict(list)
    for link in session.scalars(select(r.BoothDutyDelegationRecord)):
        delegations[link.duty_id].append(link.delegation_id)
    delegates: defaultdict[int, list[int]] = defaultdict(list)
    for person in session.scalars(select(r.BoothDutyDelegateRecord)):
        delegates[person.duty_id].append(person.delegate_id)
    return tuple(BoothDuty(**_columns(rec), delegation_ids=tuple(delegations[rec.id]),
                           delegate_ids=tuple(delegates[rec.id]))
                 for rec in session.scalars(select(r.BoothDutyRecord).order_by(r.BoothDutyRecord.id)))


def load_entity(session: Session, entity_type: type, key: object) -> Any | None:
    """One entity by its id (a travel time by its (from, to) venue ids), or None; the same
    conversion ``load_plan`` makes, without reading the rest of the plan."""
    if entity_type is Activity:
        return load_activity(session, key)  # type: ignore[arg-type]
    if entity_type is TravelTime:
        travel = session.get(r.TravelTimeRecord, key)
        return None if travel is None else TravelTime(**_columns(travel))
    if entity_type is Project:
        project = session.get(r.ProjectRecord, key)
        if project is None:
            return None
        members = session.scalars(select(r.ProjectMemberRecord.delegate_id)
                                  .where(r.ProjectMemberRecord.project_id == key)
                                  .order_by(r.ProjectMemberRecord.delegate_id))
        return Project(**_columns(project), member_ids=tuple(members))
    if entity_type is AvailabilityWindow:
        window = session.get(r.AvailabilityRecord, key)
        return None if window is None else _window(window)
    if entity_type is MeetingRequest:
        request = session.get(r.MeetingRequestRecord, key)
        return None if request is None else _request(request)
    if entity_type is BoothDuty:
        duty = session.get(r.BoothDutyRecord, key)
        return None if duty is None else _duty(session, duty)
    record = session.get(SIMPLE_RECORDS[entity_type], key)
    return None if record is None else _simple(entity_type, record)


def load_all(session: Session, entity_type: type) -> list[Any]:
    """Every entity of one kind (not activities: ``load_plan`` reads those with their links)."""
    if entity_type is Activity:
        raise TypeError("read activities with load_plan or load_activity")
    if entity_type is Project:
        members: defaultdict[int, list[int]] = defaultdict(list)
        for member in session.scalars(select(r.ProjectMemberRecord)):
            members[member.project_id].append(member.delegate_id)
        return [Project(**_columns(rec), member_ids=tuple(members[rec.id]))
                for rec in session.scalars(select(r.ProjectRecord).order_by(r.ProjectRecord.id))]
    if entity_type is AvailabilityWindow:
        return [_window(rec) for rec in session.scalars(select(r.AvailabilityRecord).order_by(r.AvailabilityRecord.id))]
    if entity_type is MeetingRequest:
        return [_request(rec) for rec in session.scalars(select(r.MeetingRequestRecord)
                                                            .order_by(r.MeetingRequestRecord.id))]
    if entity_type is BoothDuty:
        return list(_duties(session))
    if entity_type is TravelTime:
        return [TravelTime(**_columns(rec)) for rec in session.scalars(
            select(r.TravelTimeRecord).order_by(*r.TravelTimeRecord.__table__.primary_key))]
    record_type = SIMPLE_RECORDS[entity_type]
    return [_simple(entity_type, rec)
            for rec in session.scalars(select(record_type).order_by(*record_type.__table__.primary_key))]


def _window(record: r.AvailabilityRecord) -> AvailabilityWindow:
    return AvailabilityWindow(
        id=record.id,
        participant=ParticipantRef(ParticipantKind(record.participant_kind), record.participant_id),
        start=record.start,
        end=record.end,
        timezone=record.timezone,
    )


def _request(record: r.MeetingRequestRecord) -> MeetingRequest:
    return MeetingRequest(**_columns(record, "status"), status=RequestStatus(record.status))


def load_plan(session: Session) -> Plan:
    """Read the whole plan; one query per table, joined in memory.

    Rows are read as plain Core rows (``select(table)``), not as ORM instances: identity map,
    instrumentation and attribute events cost more than the domain objects themselves (0.45 s
    of 0.6 s for a 5,000-activity plan). Column types, UTC datetimes included, apply alike.
    """

    def rows(record_type: type[r.Base]) -> list[dict[str, Any]]:
        table = record_type.__table__
        columns = [column for column in table.columns if column.key not in r.BOOKKEEPING_COLUMNS]
        keys = [column.key for column in columns]
        result = session.execute(select(*columns).order_by(*table.primary_key))
        return [dict(zip(keys, row, strict=True)) for row in result]

    def simple(domain_type: type) -> tuple[Any, ...]:
        return tuple(simple_from_values(domain_type, values) for values in rows(SIMPLE_RECORDS[domain_type]))

    members: defaultdict[int, list[int]] = defaultdict(list)
    for member in rows(r.ProjectMemberRecord):
        members[member["project_id"]].append(member["delegate_id"])
    attendees: defaultdict[int, list[Attendance]] = defaultdict(list)
    for attendance in rows(r.AttendanceRecord):
        attendees[attendance["activity_id"]].append(
            Attendance(attendance["delegate_id"], attendance["required"], attendance["interpreter"]))
    contacts: defaultdict[int, list[int]] = defaultdict(list)
    for link in rows(r.ActivityContactRecord):
        contacts[link["activity_id"]].append(link["contact_id"])
    former: defaultdict[int, list[int]] = defaultdict(list)
    for link in rows(r.FormerAttendeeRecord):
        former[link["activity_id"]].append(link["delegate_id"])
    delegates = simple(Delegate)
    people_contacts = simple(Contact)
    activities = tuple(
        activity_from_values(values, tuple(attendees[values["id"]]), tuple(contacts[values["id"]]),
                             tuple(former[values["id"]]))
        for values in rows(r.ActivityRecord)
    )

    return Plan(
        settings=settings_from(session.get(r.SettingsRecord, 1)),
        markets=simple(Market),
        venues=simple(Venue),
        rooms=simple(Room),
        travel_times=tuple(TravelTime(**values) for values in rows(r.TravelTimeRecord)),
        delegations=simple(Delegation),
        delegates=tuple(d for d in delegates if d.removed_at is None),
        contacts=tuple(c for c in people_contacts if c.removed_at is None),
        projects=tuple(
            Project(**values, member_ids=tuple(members[values["id"]])) for values in rows(r.ProjectRecord)
        ),
        activities=tuple(a for a in activities if a.deleted_at is None),
        availability=tuple(
            AvailabilityWindow(
                id=values["id"],
                participant=ParticipantRef(ParticipantKind(values["participant_kind"]), values["participant_id"]),
                start=values["start"],
                end=values["end"],
                timezone=values["timezone"],
            )
            for values in rows(r.AvailabilityRecord)
        ),
        requests=tuple(
            MeetingRequest(**{**values, "status": RequestStatus(values["status"])})
            for values in rows(r.MeetingRequestRecord)
        ),
        stays=simple(Stay),
        removed_delegates=tuple(d for d in delegates if d.removed_at is not None),
        removed_contacts=tuple(c for c in people_contacts if c.removed_at is not None),
        deleted_activities=tuple(a for a in activities if a.deleted_at is not None),
        duties=_duties(session),
        delivery=load_delivery(session),
    )


def delivery_settings_from(record: r.DeliverySettingsRecord | None) -> DeliverySettings:
    if record is None:
        return DeliverySettings()
    return DeliverySettings(**_columns(record, "id"))


def delivery_settings_values(settings: DeliverySettings) -> dict[str, Any]:
    values = _fields(settings)
    values["smtp_security"] = settings.smtp_security.value
    return values


def delivered_event_from(values: dict[str, Any]) -> DeliveredEvent:
    fields = {key: value for key, value in values.items() if key != "target_id"}
    fields["status"] = ActivityStatus(fields["status"])
    return DeliveredEvent(**fields)


def delivered_event_values(target_id: int, event: DeliveredEvent) -> dict[str, Any]:
    values = _fields(event)
    values["status"] = event.status.value
    values["target_id"] = target_id
    return values


def delivery_target_from(values: dict[str, Any], events: tuple[DeliveredEvent, ...]) -> DeliveryTarget:
    return DeliveryTarget(
        id=values["id"],
        recipient=Recipient(RecipientKind(values["recipient_kind"]), values["recipient_id"]),
        channel=Channel(values["channel"]),
        address=values["address"],
        context_hash=values["context_hash"],
        delivered_at=values["delivered_at"],
        events=events,
    )


def load_delivery(session: Session, target_ids: set[int] | None = None) -> DeliveryRecord:
    """The delivery record (Core rows, like the rest of the plan); ``target_ids`` limits it."""
    events: defaultdict[int, list[DeliveredEvent]] = defaultdict(list)
    table = r.DeliveredEventRecord.__table__
    columns = [column for column in table.columns if column.key not in r.BOOKKEEPING_COLUMNS]
    keys = [column.key for column in columns]
    query = select(*columns).order_by(*table.primary_key)
    if target_ids is not None:
        query = query.where(table.c.target_id.in_(target_ids))
    for row in session.execute(query):
        values = dict(zip(keys, row, strict=True))
        events[values["target_id"]].append(delivered_event_from(values))
    target_table = r.DeliveryTargetRecord.__table__
    target_columns = [column for column in target_table.columns if column.key not in r.BOOKKEEPING_COLUMNS]
    target_keys = [column.key for column in target_columns]
    target_query = select(*target_columns).order_by(target_table.c.id)
    if target_ids is not None:
        target_query = target_query.where(target_table.c.id.in_(target_ids))
    targets = tuple(
        delivery_target_from(values, tuple(events[values["id"]]))
        for values in (dict(zip(target_keys, row, strict=True)) for row in session.execute(target_query))
    )
    return DeliveryRecord(delivery_settings_from(session.get(r.DeliverySettingsRecord, 1)), targets)
