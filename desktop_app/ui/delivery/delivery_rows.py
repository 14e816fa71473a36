"""Plain Python for the window: each delegate's delivery line, computed once per plan snapshot."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.delivery import Channel
from desktop_app.domain.people import Delegate
from desktop_app.domain.plan import Plan
from desktop_app.services.delivery.status import DelegateDelivery, delivery_status

_last: tuple[int, dict[int, DelegateDelivery]] | None = None

CHANNEL_NAMES = {Channel.CALDAV: "Subscription", Channel.EMAIL: "Invitations"}


def status_of(plan: Plan) -> dict[int, DelegateDelivery]:
    """``delivery_status(plan)``, kept for the last snapshot (a table asks once per row)."""
    global _last
    if _last is None or _last[0] != id(plan):
        _last = (id(plan), delivery_status(plan))
    return _last[1]


def delivery_text(delegate: Delegate, plan: Plan) -> str:
    """The delegates table's cell: '3 changes not yet sent', 'Up to date', 'Not delivered yet'
    (the channel and the whole sentence are in the tooltip)."""
    status = status_of(plan).get(delegate.id or 0)
    if status is None or status.channel is None:
        return "Not delivered yet"
    if not status.pending:
        return "Up to date"
    count = len(status.pending)
    return f"{count} change{'s' if count != 1 else ''} not yet sent"


def delivery_line(delegate: Delegate, plan: Plan) -> str:
    """'Subscription: 3 changes not yet sent to Kim Ji-woo', 'Invitations: up to date', 'Not delivered yet'."""
    status = status_of(plan).get(delegate.id or 0)
    if status is None or status.channel is None:
        return "Not delivered yet"
    text = status.text
    return f"{CHANNEL_NAMES[status.channel]}: {text[0].lower() + text[1:] if text == 'Up to date' else text}"


def pending_count(delegate: Delegate, plan: Plan) -> int:
    status = status_of(plan).get(delegate.id or 0)
    return len(status.pending) if status is not None else 0


def delivery_tooltip(delegate: Delegate, plan: Plan) -> str:
    status = status_of(plan).get(delegate.id or 0)
    if status is None or status.channel is None:
        return "Nothing was published or sent to this delegate's phone yet (Delivery menu)."
    from desktop_app.domain.delivery_changes import describe

    lines = [delivery_line(delegate, plan), f"{status.channel.label.capitalize()}: {status.address}"]
    lines.extend(describe(change, plan) for change in status.pending[:12])
    if len(status.pending) > 12:
        lines.append(QCoreApplication.translate("DeliveryRows", "… and %1 more").replace(
            "%1", str(len(status.pending) - 12)))
    return "\n".join(lines)
