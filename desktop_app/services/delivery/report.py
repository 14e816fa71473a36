"""What a publish or a sending did, per calendar: the command line's --json and the window's list."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from desktop_app.domain.delivery import Channel, Recipient


@dataclass
class CalendarOutcome:
    recipient: Recipient
    name: str
    email: str = ""
    address: str = ""
    """The collection URL (publish) or the e-mail address (invitations)."""
    subscription_url: str = ""
    created: int = 0
    updated: int = 0
    cancelled: int = 0
    deleted: int = 0
    unchanged: int = 0
    requests: int = 0
    """HTTP requests (publish) or messages (invitations) it took."""
    error: str | None = None
    skipped: str | None = None
    files: list[str] = field(default_factory=list)
    """The .eml files a dry run of invitations wrote."""

    @property
    def sent(self) -> int:
        return self.created + self.updated + self.cancelled + self.deleted

    def summary(self) -> str:
        if self.skipped:
            return f"skipped: {self.skipped}"
        counts = ", ".join(f"{n} {label}" for n, label in ((self.created, "created"), (self.updated, "updated"),
                                                            (self.cancelled, "cancelled"), (self.deleted, "deleted"))
                           if n) or "nothing to send"
        text = f"{counts}; {self.unchanged} unchanged"
        return f"{text}; FAILED: {self.error}" if self.error else text

    def as_json(self, channel: Channel) -> dict[str, Any]:
        data: dict[str, Any] = {"kind": self.recipient.kind.value, "name": self.name}
        if self.email:
            data["email"] = self.email
        if channel is Channel.CALDAV:
            data["calendar_url"] = self.address
            data["subscription_url"] = self.subscription_url
        else:
            data["to"] = self.address
        data.update(created=self.created, updated=self.updated, cancelled=self.cancelled, deleted=self.deleted,
                    unchanged=self.unchanged)
        data["requests" if channel is Channel.CALDAV else "messages"] = self.requests
        if self.files:
            data["files"] = self.files
        data["error"] = self.error
        data["skipped"] = self.skipped
        return data


@dataclass
class DeliveryReport:
    channel: Channel
    dry_run: bool
    server: str
    outcomes: list[CalendarOutcome] = field(default_factory=list)
    requests: int = 0
    """Everything sent (HTTP requests or messages), the login included."""
    seconds: float = 0.0

    @property
    def failed(self) -> list[CalendarOutcome]:
        return [outcome for outcome in self.outcomes if outcome.error]

    def as_json(self) -> dict[str, Any]:
        key = "requests" if self.channel is Channel.CALDAV else "messages"
        return {"channel": self.channel.value, "server": self.server, "dry_run": self.dry_run,
                "calendars": [outcome.as_json(self.channel) for outcome in self.outcomes],
                key: self.requests, "seconds": round(self.seconds, 3)}
