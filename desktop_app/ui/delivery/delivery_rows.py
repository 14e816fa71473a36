"""The window's words for each delegate's delivery, computed once per plan snapshot."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop_app.domain.delivery import Channel
from desktop_app.domain.people import Delegate
from desktop_app.domain.plan import Plan
from desktop_app.services.delivery.status import DelegateDelivery, delivery_status

_last: tuple[int, dict[int, DelegateDelivery]] | None = None

CONTEXT = "DeliveryRows"
CHANNEL_NAMES = {Channel.CALDAV: QT_TRANSLATE_NOOP("DeliveryRows", "Subscription"),
                 Channel.EMAIL: QT_TRANSLATE_NOOP("DeliveryRows", "Invitations")}


def _pending_text(count: int) -> str:
    # two sentences, not a %n plural: lupdate marks no plural in a Python translate() call
    if count == 1:
        return QCoreApplication.translate("DeliveryRows", "1 change not yet sent")
    return QCoreApplication.translate("DeliveryRows", "%1 changes not yet sent").replace("%1", str(count))


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
        return QCoreApplication.translate("DeliveryRows", "Not delivered yet")
    if not status.pending:
        return QCoreApplication.translate("DeliveryRows", "Up to date")
    return _pending_text(len(status.pending))


def delivery_line(delegate: Delegate, plan: Plan) -> str:
    """'Subscription: 3 changes not yet sent to Kim Ji-woo', 'Invitations: up to date', 'Not delivered yet'."""
    status = status_of(plan).get(delegate.id or 0)
    if status is None or status.channel is None:
        return QCoreApplication.translate("DeliveryRows", "Not delivered yet")
    if not status.pending:
        state = QCoreApplication.translate("DeliveryRows", "up to date")
    else:
        to = QCoreApplication.translate("DeliveryRows", "%1 to %2")  # '3 changes not yet sent' to 'Kim Ji-woo'
        state = to.replace("%1", _pending_text(len(status.pending))).replace("%2", delegate.display_name)
    channel = QCoreApplication.translate(CONTEXT, CHANNEL_NAMES[status.channel])
    return QCoreApplication.translate("DeliveryRows", "%1: %2").replace("%1", channel).replace("%2", state)


def pending_count(delegate: Delegate, plan: Plan) -> int:
    status = status_of(plan).get(delegate.id or 0)
    return len(status.pending) if status is not None else 0


def delivery_tooltip(delegate: Delegate, plan: Plan) -> str:
    status = status_of(plan).get(delegate.id or 0)
    if status is None or status.channel is None:
        return QCoreApplication.translate(
            "DeliveryRows", "Nothing was published or sent to this delegate's phone yet (Delivery menu).")
    from desktop_app.domain.delivery_changes import describe

    where = QCoreApplication.translate("DeliveryRows", "%1: %2").replace("%1", status.channel.label.capitalize())
    lines = [delivery_line(delegate, plan), where.replace("%2", status.address)]
    lines.extend(describe(change, plan) for change in status.pending[:12])
    if len(status.pending) > 12:
        more = QCoreApplication.translate("DeliveryRows", "… and %1 more")
        lines.append(more.replace("%1", str(len(status.pending) - 12)))
    return "\n".join(lines)
