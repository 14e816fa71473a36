"""What was delivered to whom: calendar subscriptions (CalDAV), invitation e-mails, packs.

The plan keeps, per recipient (a delegate, or a delegation's shared calendar) and channel, one
:class:`DeliveryTarget` (where it went: a collection URL, an e-mail address, a pack folder) and
per activity UID one :class:`DeliveredEvent`: the SEQUENCE sent, the hash and ETag of the bytes,
when, and what the event said then (time, place, status), so the next delivery sends only
what changed and can say how it changed. A delegate gets their phone calendar by one channel
only, subscription or invitations: both would show every event twice.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from functools import cached_property

from .activities import ActivityStatus
from .errors import ValidationError


class Channel(StrEnum):
    CALDAV = "caldav"
    EMAIL = "email"
    PACK = "pack"

    @property
    def label(self) -> str:
        return _CHANNEL_LABELS[self]


_CHANNEL_LABELS = {Channel.CALDAV: "calendar subscription", Channel.EMAIL: "invitation e-mails",
                   Channel.PACK: "delegation pack"}
PHONE_CHANNELS = frozenset({Channel.CALDAV, Channel.EMAIL})
"""The channels that put events on a phone: a delegate gets one of them, never both."""


class RecipientKind(StrEnum):
    DELEGATE = "delegate"
    DELEGATION = "delegation"


class SmtpSecurity(StrEnum):
    STARTTLS = "starttls"
    TLS = "tls"
    NONE = "none"


@dataclass(frozen=True, slots=True, order=True)
class Recipient:
    kind: RecipientKind
    id: int

    @classmethod
    def delegate(cls, delegate_id: int) -> Recipient:
        return cls(RecipientKind.DELEGATE, delegate_id)

    @classmethod
    def delegation(cls, delegation_id: int) -> Recipient:
        return cls(RecipientKind.DELEGATION, delegation_id)


@dataclass(frozen=True, slots=True)
class DeliveredEvent:
    """One activity as it was last delivered to one target."""

    uid: str
    sequence: int
    delivered_at: datetime
    content_hash: str = ""
    """SHA-256 of the bytes sent (CalDAV resource, or the e-mail's calendar part); "" for packs."""
    etag: str = ""
    modified: datetime | None = None
    """The activity's modification time when it was sent: unchanged since, nothing to send."""
    title: str = ""
    start: datetime | None = None
    end: datetime | None = None
    timezone: str = ""
    venue_id: int | None = None
    room_id: int | None = None
    place: str = ""
    """Venue and room as named then, to say "moved from Riviera 7" after a rename or deletion."""
    status: ActivityStatus = ActivityStatus.CONFIRMED


@dataclass(frozen=True)
class DeliveryTarget:
    """Where one recipient's calendar goes by one channel, and what it holds now."""

    id: int | None
    recipient: Recipient
    channel: Channel
    address: str = ""
    """The CalDAV collection URL, the e-mail address, or the pack folder last written."""
    context_hash: str = ""
    """A hash of what the bytes depend on besides the activities (names, places, reminder):
    unchanged, an activity unmodified since it was sent needs no new bytes."""
    delivered_at: datetime | None = None
    """When the last delivery to it finished (for a pack: when it was written)."""
    events: tuple[DeliveredEvent, ...] = ()

    @cached_property
    def event_by_uid(self) -> dict[str, DeliveredEvent]:
        return {event.uid: event for event in self.events}


@dataclass(frozen=True, slots=True)
class DeliverySettings:
    """Server settings remembered in the plan after their first use; never a password."""

    caldav_url: str = ""
    caldav_user: str = ""
    smtp_host: str = ""
    smtp_port: int | None = None
    smtp_security: SmtpSecurity = SmtpSecurity.STARTTLS
    smtp_user: str = ""
    smtp_from: str = ""

    def __post_init__(self) -> None:
        if not isinstance(self.smtp_security, SmtpSecurity):
            try:
                object.__setattr__(self, "smtp_security", SmtpSecurity(str(self.smtp_security).lower()))
            except ValueError:
                raise ValidationError("security", f"'{self.smtp_security}' is not one of: starttls, tls, none") \
                    from None
        if self.smtp_port is not None and not 0 < self.smtp_port < 65536:
            raise ValidationError("port", f"{self.smtp_port} is not a port number")


@dataclass(frozen=True)
class DeliveryRecord:
    settings: DeliverySettings = field(default_factory=DeliverySettings)
    targets: tuple[DeliveryTarget, ...] = ()

    @cached_property
    def _by_key(self) -> dict[tuple[Recipient, Channel], DeliveryTarget]:
        return {(target.recipient, target.channel): target for target in self.targets}

    def target(self, recipient: Recipient, channel: Channel) -> DeliveryTarget | None:
        return self._by_key.get((recipient, channel))

    def phone_channel(self, delegate_id: int) -> Channel | None:
        """The channel that puts the delegate's events on their phone, once one was used."""
        recipient = Recipient.delegate(delegate_id)
        used = [channel for channel in (Channel.CALDAV, Channel.EMAIL) if (recipient, channel) in self._by_key]
        return used[0] if used else None
