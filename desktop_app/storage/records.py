"""ORM records: the plan file's tables. Never leave storage/; mapping.py converts them."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from sqlalchemy import (
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    Time,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship


class UtcDateTime(TypeDecorator[datetime]):
    """Stores an aware instant as naive UTC text; reads it back aware, in UTC."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("refusing to store a naive datetime")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {  # noqa: RUF012 - SQLAlchemy reads this class attribute
        datetime: UtcDateTime(),
        date: Date(),
        time: Time(),
        str: Text(),
    }


class Versioned:
    """A row that records which change last wrote it (``change_log.id``): who and when, for the
    message that refuses an overwrite; and the database itself refuses an UPDATE of a row that
    changed since this transaction read it (SQLAlchemy's version check, ``StaleDataError``).
    The writer sets it; new entity tables inherit this and get the column in their migration
    (``migrations/row_versions.add_row_version``)."""

    row_version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, object]:
        return {"version_id_col": cls.__table__.c.row_version, "version_id_generator": False}  # type: ignore[attr-defined]


BOOKKEEPING_COLUMNS = frozenset({"row_version"})
"""Columns the domain objects do not carry (``mapping`` leaves them out)."""


class SettingsRecord(Versioned, Base):
    __tablename__ = "plan_settings"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    timezone: Mapped[str] = mapped_column(String(64))
    default_travel_minutes: Mapped[int] = mapped_column(Integer, default=30)
    max_meetings_per_day: Mapped[int | None]
    lunch_start: Mapped[str] = mapped_column(default="")
    lunch_minutes: Mapped[int] = mapped_column(default=0)


class MarketRecord(Versioned, Base):
    __tablename__ = "markets"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    city: Mapped[str] = mapped_column(default="")
    timezone: Mapped[str] = mapped_column(String(64))
    first_day: Mapped[date]
    last_day: Mapped[date]


class VenueRecord(Versioned, Base):
    __tablename__ = "venues"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(unique=True)
    native_name: Mapped[str] = mapped_column(default="")
    address: Mapped[str] = mapped_column(default="")
    native_address: Mapped[str] = mapped_column(default="")
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    timezone: Mapped[str] = mapped_column(String(64))
    opens: Mapped[time | None]
    closes: Mapped[time | None]
    rooms: Mapped[list[RoomRecord]] = relationship(back_populates="venue", cascade="all, delete-orphan")


class RoomRecord(Versioned, Base):
    __tablename__ = "rooms"
    __table_args__ = (UniqueConstraint("venue_id", "name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    venue_id: Mapped[int] = mapped_column(ForeignKey("venues.id", ondelete="CASCADE"), index=True)
    name: Mapped[str]
    capacity: Mapped[int | None]
    """Seats: people at once."""
    tables: Mapped[int | None]
    """Meetings at once (a HAF hall's numbered tables); none: one activity at a time."""
    venue: Mapped[VenueRecord] = relationship(back_populates="rooms")


class TravelTimeRecord(Versioned, Base):
    __tablename__ = "travel_times"
    from_venue_id: Mapped[int] = mapped_column(ForeignKey("venues.id", ondelete="CASCADE"), primary_key=True)
    to_venue_id: Mapped[int] = mapped_column(ForeignKey("venues.id", ondelete="CASCADE"), primary_key=True)
    minutes: Mapped[int]


class DelegationRecord(Versioned, Base):
    __tablename__ = "delegations"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(unique=True)
    manager_name: Mapped[str] = mapped_column(default="")
    manager_email: Mapped[str] = mapped_column(default="")
    manager_phone: Mapped[str] = mapped_column(default="")


class DelegateRecord(Versioned, Base):
    __tablename__ = "delegates"
    id: Mapped[int] = mapped_column(primary_key=True)
    delegation_id: Mapped[int | None] = mapped_column(
        ForeignKey("delegations.id", ondelete="SET NULL"), index=True
    )
    name: Mapped[str]
    native_name: Mapped[str] = mapped_column(default="")
    email: Mapped[str] = mapped_column(default="", index=True)
    phone: Mapped[str] = mapped_column(default="")
    organisation: Mapped[str] = mapped_column(default="")
    role: Mapped[str] = mapped_column(default="")
    home_timezone: Mapped[str] = mapped_column(String(64), default="")
    notes: Mapped[str] = mapped_column(default="")
    removed_at: Mapped[datetime | None]
    kind: Mapped[str] = mapped_column(String(16), default="delegate", server_default="delegate")
    """delegate or staff (interpreters, assistants, drivers)."""
    languages: Mapped[str] = mapped_column(default="", server_default="")
    """BCP 47 tags separated by spaces: 'ko yue en'."""


class StayRecord(Versioned, Base):
    __tablename__ = "stays"
    id: Mapped[int] = mapped_column(primary_key=True)
    delegate_id: Mapped[int] = mapped_column(ForeignKey("delegates.id", ondelete="CASCADE"), index=True)
    arrival: Mapped[datetime | None]
    departure: Mapped[datetime | None]
    timezone: Mapped[str] = mapped_column(String(64))
    hotel: Mapped[str] = mapped_column(default="")
    market_id: Mapped[int | None] = mapped_column(ForeignKey("markets.id", ondelete="SET NULL"))
    notes: Mapped[str] = mapped_column(default="")


class ContactRecord(Versioned, Base):
    __tablename__ = "contacts"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    native_name: Mapped[str] = mapped_column(default="")
    email: Mapped[str] = mapped_column(default="", index=True)
    phone: Mapped[str] = mapped_column(default="")
    organisation: Mapped[str] = mapped_column(default="")
    role: Mapped[str] = mapped_column(default="")
    country: Mapped[str] = mapped_column(default="")
    notes: Mapped[str] = mapped_column(default="")
    removed_at: Mapped[datetime | None]


class ProjectRecord(Versioned, Base):
    __tablename__ = "projects"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(unique=True)
    original_title: Mapped[str] = mapped_column(default="")
    stage: Mapped[str] = mapped_column(default="")
    logline: Mapped[str] = mapped_column(default="")
    credits: Mapped[str] = mapped_column(default="")
    external_id: Mapped[str] = mapped_column(default="", index=True)


class ProjectMemberRecord(Base):
    __tablename__ = "project_members"
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), primary_key=True)
    delegate_id: Mapped[int] = mapped_column(ForeignKey("delegates.id", ondelete="CASCADE"), primary_key=True)


class ActivityRecord(Versioned, Base):
    __tablename__ = "activities"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(unique=True)
    external_id: Mapped[str] = mapped_column(default="", index=True)
    source: Mapped[str] = mapped_column(default="", server_default="")
    kind: Mapped[str] = mapped_column(String(32))
    title: Mapped[str]
    start: Mapped[datetime] = mapped_column(index=True)
    end: Mapped[datetime]
    timezone: Mapped[str] = mapped_column(String(64))
    venue_id: Mapped[int | None] = mapped_column(ForeignKey("venues.id", ondelete="RESTRICT"), index=True)
    room_id: Mapped[int | None] = mapped_column(ForeignKey("rooms.id", ondelete="RESTRICT"), index=True)
    status: Mapped[str] = mapped_column(String(16))
    priority: Mapped[int] = mapped_column(default=3)
    notes: Mapped[str] = mapped_column(default="")
    url: Mapped[str] = mapped_column(default="")
    project_id: Mapped[int | None] = mapped_column(ForeignKey("projects.id", ondelete="SET NULL"))
    request_id: Mapped[int | None] = mapped_column(ForeignKey("meeting_requests.id", ondelete="SET NULL"))
    pinned: Mapped[bool] = mapped_column(default=False)
    sequence: Mapped[int] = mapped_column(default=0)
    created: Mapped[datetime | None]
    last_modified: Mapped[datetime | None]
    deleted_at: Mapped[datetime | None]
    interpreting: Mapped[str] = mapped_column(default="", server_default="")
    """The two languages of an interpreting need, separated by a space ('ko yue'), or ''."""
    duty_id: Mapped[int | None] = mapped_column(ForeignKey("booth_duties.id", ondelete="SET NULL"), index=True)


class AttendanceRecord(Base):
    __tablename__ = "activity_attendees"
    activity_id: Mapped[int] = mapped_column(ForeignKey("activities.id", ondelete="CASCADE"), primary_key=True)
    delegate_id: Mapped[int] = mapped_column(
        ForeignKey("delegates.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    required: Mapped[bool] = mapped_column(default=True)
    interpreter: Mapped[bool] = mapped_column(default=False, server_default="0")


class FormerAttendeeRecord(Base):
    """A delegate taken off an activity: their calendar still gets its cancellation."""

    __tablename__ = "activity_former_attendees"
    activity_id: Mapped[int] = mapped_column(ForeignKey("activities.id", ondelete="CASCADE"), primary_key=True)
    delegate_id: Mapped[int] = mapped_column(
        ForeignKey("delegates.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class ActivityContactRecord(Base):
    __tablename__ = "activity_contacts"
    activity_id: Mapped[int] = mapped_column(ForeignKey("activities.id", ondelete="CASCADE"), primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True)


class AvailabilityRecord(Versioned, Base):
    __tablename__ = "availability_windows"
    id: Mapped[int] = mapped_column(primary_key=True)
    participant_kind: Mapped[str] = mapped_column(String(16))
    participant_id: Mapped[int] = mapped_column(index=True)
    start: Mapped[datetime]
    end: Mapped[datetime]
    timezone: Mapped[str] = mapped_column(String(64))


class MeetingRequestRecord(Versioned, Base):
    __tablename__ = "meeting_requests"
    id: Mapped[int] = mapped_column(primary_key=True)
    external_id: Mapped[str] = mapped_column(unique=True)
    delegate_id: Mapped[int | None] = mapped_column(ForeignKey("delegates.id", ondelete="CASCADE"))
    project_id: Mapped[int | None] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"))
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    duration_minutes: Mapped[int]
    priority: Mapped[int] = mapped_column(default=3)
    venue_id: Mapped[int | None] = mapped_column(ForeignKey("venues.id", ondelete="SET NULL"))
    room_id: Mapped[int | None] = mapped_column(ForeignKey("rooms.id", ondelete="SET NULL"))
    earliest: Mapped[datetime | None]
    latest: Mapped[datetime | None]
    status: Mapped[str] = mapped_column(String(16), default="pending")
    notes: Mapped[str] = mapped_column(default="")


class BoothDutyRecord(Versioned, Base):
    """A stand to staff on one day; its shifts are ``booth_duty`` activities (``ActivityRecord.duty_id``)."""

    __tablename__ = "booth_duties"
    id: Mapped[int] = mapped_column(primary_key=True)
    venue_id: Mapped[int] = mapped_column(ForeignKey("venues.id", ondelete="RESTRICT"), index=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("rooms.id", ondelete="RESTRICT"), index=True)
    day: Mapped[date]
    opens: Mapped[time]
    closes: Mapped[time]
    shift_minutes: Mapped[int]
    min_staff: Mapped[int]
    max_staff: Mapped[int | None]
    notes: Mapped[str] = mapped_column(default="")


class BoothDutyDelegationRecord(Base):
    __tablename__ = "booth_duty_delegations"
    duty_id: Mapped[int] = mapped_column(ForeignKey("booth_duties.id", ondelete="CASCADE"), primary_key=True)
    delegation_id: Mapped[int] = mapped_column(ForeignKey("delegations.id", ondelete="CASCADE"), primary_key=True)


class BoothDutyDelegateRecord(Base):
    __tablename__ = "booth_duty_delegates"
    duty_id: Mapped[int] = mapped_column(ForeignKey("booth_duties.id", ondelete="CASCADE"), primary_key=True)
    delegate_id: Mapped[int] = mapped_column(ForeignKey("delegates.id", ondelete="CASCADE"), primary_key=True)


class DeliverySettingsRecord(Versioned, Base):
    """Server settings for publishing and sending, remembered after their first use (one row)."""

    __tablename__ = "delivery_settings"
    id: Mapped[int] = mapped_column(primary_key=True)
    caldav_url: Mapped[str] = mapped_column(default="")
    caldav_user: Mapped[str] = mapped_column(default="")
    smtp_host: Mapped[str] = mapped_column(default="")
    smtp_port: Mapped[int | None]
    smtp_security: Mapped[str] = mapped_column(String(16), default="starttls")
    smtp_user: Mapped[str] = mapped_column(default="")
    smtp_from: Mapped[str] = mapped_column(default="")


class DeliveryTargetRecord(Versioned, Base):
    """One recipient's calendar by one channel (caldav, email, pack). Recipients are named by
    kind and id, not by a foreign key, so that other kinds of people can receive calendars too;
    delegates and delegations are never erased (removed people are kept), so none dangles."""

    __tablename__ = "delivery_targets"
    __table_args__ = (UniqueConstraint("recipient_kind", "recipient_id", "channel"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    recipient_kind: Mapped[str] = mapped_column(String(16))
    recipient_id: Mapped[int]
    channel: Mapped[str] = mapped_column(String(16))
    address: Mapped[str] = mapped_column(default="")
    context_hash: Mapped[str] = mapped_column(default="")
    delivered_at: Mapped[datetime | None]


class DeliveredEventRecord(Versioned, Base):
    """One activity as last delivered to one target: SEQUENCE, bytes' hash, ETag, when, and
    what it said then."""

    __tablename__ = "delivered_events"
    target_id: Mapped[int] = mapped_column(ForeignKey("delivery_targets.id", ondelete="CASCADE"), primary_key=True)
    uid: Mapped[str] = mapped_column(primary_key=True)
    sequence: Mapped[int]
    delivered_at: Mapped[datetime]
    content_hash: Mapped[str] = mapped_column(default="")
    etag: Mapped[str] = mapped_column(default="")
    modified: Mapped[datetime | None]
    title: Mapped[str] = mapped_column(default="")
    start: Mapped[datetime | None]
    end: Mapped[datetime | None]
    timezone: Mapped[str] = mapped_column(String(64), default="")
    venue_id: Mapped[int | None]
    room_id: Mapped[int | None]
    place: Mapped[str] = mapped_column(default="")
    status: Mapped[str] = mapped_column(String(16), default="confirmed")


class ChangeRecord(Base):
    """One committed transaction: who made it, when, and how many entities of each kind it
    added, changed, moved or deleted (JSON: {"activities": {"moved": 3}})."""

    __tablename__ = "change_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime]
    author: Mapped[str] = mapped_column(default="")
    summary: Mapped[str] = mapped_column(default="{}")
    app_version: Mapped[str] = mapped_column(String(32), default="")
