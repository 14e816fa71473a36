"""Per delegate: by which channel their phone gets events, and how many changes are not yet sent."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desktop_app.domain.delivery import Channel
from desktop_app.domain.delivery_changes import PendingChange, count_text
from desktop_app.domain.plan import Plan

from .calendars import delegate_calendar


@dataclass(frozen=True, slots=True)
class DelegateDelivery:
    delegate_id: int
    name: str
    channel: Channel | None
    """CALDAV or EMAIL once one was used; None: nothing was delivered to their phone yet."""
    pending: tuple[PendingChange, ...]
    address: str = ""
    """Their subscription URL (CalDAV) or e-mail address (invitations)."""
    delivered_at: datetime | None = None

    @property
    def text(self) -> str:
        """'3 changes not yet sent to Kim Ji-woo', 'Up to date', 'Not delivered yet'."""
        if self.channel is None:
            return "Not delivered yet"
        if not self.pending:
            return "Up to date"
        return count_text(len(self.pending), self.name)


def delivery_status(plan: Plan) -> dict[int, DelegateDelivery]:
    """Every live delegate's phone delivery: channel, address, changes not yet sent."""
    status = {}
    for delegate in plan.delegates:
        assert delegate.id is not None
        channel = plan.delivery.phone_channel(delegate.id)
        calendar = delegate_calendar(plan, delegate)
        target = calendar.target(plan, channel) if channel is not None else None
        pending = tuple(calendar.pending(plan, channel)) if channel is not None else ()
        status[delegate.id] = DelegateDelivery(delegate.id, delegate.display_name, channel, pending,
                                               target.address if target else "",
                                               target.delivered_at if target else None)
    return status
