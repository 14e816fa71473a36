"""Send each delegate their changed activities as iTIP invitations, one message per activity.

What changed since the last sending is read from the delivery record (``pending_changes``): a
new or changed activity goes as ``METHOD:REQUEST``, a cancelled one, or one that left the
delegate's calendar, as ``METHOD:CANCEL``. Each message is recorded as soon as the server took
it, so an interrupted run sends the rest next time and never the same message twice. A dry run
writes the .eml files to a folder instead and records nothing.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from html import escape
from pathlib import Path

from desktop_app.delivery.errors import AuthenticationFailed, DeliveryError
from desktop_app.delivery.itip_mail import Invitation, SmtpSender, invitation_message, write_eml
from desktop_app.domain.dates_text import span_text
from desktop_app.domain.delivery import Channel, DeliverySettings, DeliveryTarget, SmtpSecurity
from desktop_app.domain.delivery_changes import ChangeKind, PendingChange, describe
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.plan import Plan
from desktop_app.domain.timezones import to_local, utc_now
from desktop_app.formats.filenames import safe_stem
from desktop_app.formats.ics_itip import Address, Method, invitation_bytes
from desktop_app.services.changes import Changes, EntityKind
from desktop_app.storage.plan_store import PlanStore

from .calendars import DeliveryCalendar, content_hash, delivered
from .publishing import DEFAULT_ALARM_MINUTES, DeliveryFailed, Progress, choose_calendars
from .report import CalendarOutcome, DeliveryReport

_CANCELLING = frozenset({ChangeKind.CANCELLED, ChangeKind.REMOVED})
_COUNTER = {ChangeKind.NEW: "created", ChangeKind.CANCELLED: "cancelled", ChangeKind.REMOVED: "deleted"}


@dataclass(frozen=True, slots=True)
class SmtpServer:
    host: str
    port: int | None
    security: SmtpSecurity
    user: str
    sender: str

    @property
    def where(self) -> str:
        return f"{self.host}:{self.port}" if self.port else self.host


def resolve_smtp(settings: DeliverySettings, smtp: str | None, sender: str | None, user: str | None,
                 security: str | None) -> SmtpServer:
    """The server from the arguments, else from what the plan remembers."""
    host, port = settings.smtp_host, settings.smtp_port
    if smtp:
        host, _, port_text = smtp.strip().rpartition(":") if ":" in smtp else (smtp.strip(), "", "")
        try:
            port = int(port_text) if port_text else None
        except ValueError:
            raise DeliveryFailed(f"'{smtp}' is not HOST:PORT (the port must be a number)") from None
    if not host:
        raise DeliveryFailed("give the mail server (--smtp HOST:PORT); it is remembered in the plan")
    sender = (sender or settings.smtp_from).strip()
    if "@" not in sender:
        raise DeliveryFailed("give the address the invitations come from (--from manager@example.com)")
    try:
        chosen = replace(settings, smtp_host=host, smtp_port=port,
                         smtp_security=SmtpSecurity(security) if security else settings.smtp_security)
    except (ValueError, ValidationError) as problem:
        raise DeliveryFailed(f"{problem}") from None
    user = settings.smtp_user if user is None else user
    return SmtpServer(host, chosen.smtp_port, chosen.smtp_security, user, sender)


def send_invitations(store: PlanStore, *, smtp: str | None = None, sender: str | None = None,
                     user: str | None = None, security: str | None = None, password: str | None = None,
                     delegates: list[str] | None = None, dry_run: Path | None = None,
                     alarm_minutes: int | None = DEFAULT_ALARM_MINUTES, progress: Progress | None = None,
                     clock: Callable[[], datetime] = utc_now,
                     delegate_ids: list[int] | None = None) -> tuple[DeliveryReport, Changes]:
    """Send (or with ``dry_run``, write as .eml files into that folder) every chosen delegate's
    changed activities; returns the report and the ``Changes`` of the delivery record."""
    started = time.monotonic()
    plan = store.read()
    server = resolve_smtp(plan.delivery.settings, smtp, sender, user, security)
    calendars = choose_calendars(plan, delegates, with_delegations=False, delegate_ids=delegate_ids)
    report = DeliveryReport(Channel.EMAIL, dry_run is not None, server.where)
    now = clock()
    if dry_run is None and server.user and not password:
        raise DeliveryFailed(f"no password for {server.user} at {server.host}: store it in the system keyring (the "
                             "window asks for it), or set DELEGATION_PLANNER_SMTP_PASSWORD")
    if dry_run is None:
        with store.write() as tx:
            tx.set_delivery_settings(replace(plan.delivery.settings, smtp_host=server.host, smtp_port=server.port,
                                             smtp_security=server.security, smtp_user=server.user,
                                             smtp_from=server.sender))
    stopped: str | None = None
    for index, calendar in enumerate(calendars):
        if progress is not None:
            progress(index, len(calendars))
        outcome = CalendarOutcome(calendar.recipient, calendar.name,
                                  email=calendar.delegate.email if calendar.delegate else "",
                                  address=calendar.delegate.email if calendar.delegate else "")
        report.outcomes.append(outcome)
        changes = _prepare(plan, calendar, outcome)
        if changes is None:
            continue
        if stopped:
            outcome.error = stopped
            continue
        messages = [_message(plan, calendar, change, server, now, alarm_minutes) for change in changes]
        if dry_run is not None:
            folder = dry_run / safe_stem(calendar.name, "delegate")
            for number, (change, (message, _data)) in enumerate(zip(changes, messages, strict=True), start=1):
                name = f"{number:03d} {'CANCEL' if change.kind in _CANCELLING else 'REQUEST'} " \
                       f"{safe_stem(change.activity.title, 'activity')[:60]}.eml"
                outcome.files.append(str(write_eml(folder / name, invitation_message(message))))
                _tally(outcome, change)
            continue
        try:
            _send(store, plan, calendar, changes, messages, server, password, outcome, now)
        except AuthenticationFailed as problem:
            outcome.error = stopped = str(problem)
        except DeliveryError as problem:
            outcome.error = str(problem)
        report.requests += outcome.requests
    if progress is not None:
        progress(len(calendars), len(calendars))
    report.seconds = time.monotonic() - started
    return report, (Changes() if dry_run is not None else Changes(kinds=frozenset({EntityKind.DELIVERY})))


def _prepare(plan: Plan, calendar: DeliveryCalendar, outcome: CalendarOutcome) -> list[PendingChange] | None:
    """The changes to send, or None with the outcome saying why the delegate is left out."""
    assert calendar.delegate is not None and calendar.delegate.id is not None
    if plan.delivery.phone_channel(calendar.delegate.id) is Channel.CALDAV:
        outcome.skipped = (f"{calendar.name} subscribes to a published calendar; invitations as well would show "
                           "every event twice (one channel per delegate)")
        return None
    if not calendar.delegate.email:
        outcome.error = f"{calendar.name} has no e-mail address"
        return None
    changes = calendar.pending(plan, Channel.EMAIL)
    pending = {change.activity.uid for change in changes}
    target = calendar.target(plan, Channel.EMAIL)
    sent = target.event_by_uid if target is not None else {}
    outcome.unchanged = sum(1 for a in calendar.live if a.uid in sent and a.uid not in pending)
    return changes


def _tally(outcome: CalendarOutcome, change: PendingChange) -> None:
    counter = _COUNTER.get(change.kind, "updated")
    setattr(outcome, counter, getattr(outcome, counter) + 1)


def _send(store: PlanStore, plan: Plan, calendar: DeliveryCalendar, changes: list[PendingChange],
          messages: list[tuple[Invitation, bytes]], server: SmtpServer, password: str | None,
          outcome: CalendarOutcome, now: datetime) -> None:
    if not changes:
        return
    target: DeliveryTarget | None = None
    with SmtpSender(server.host, server.port, server.security, server.user, password) as sender:
        for change, (message, data) in zip(changes, messages, strict=True):
            sender.send(invitation_message(message))
            outcome.requests += 1
            with store.write() as tx:  # recorded message by message: never sent twice
                if target is None:  # the first one went: the delegate's channel is invitations now
                    target = tx.save_delivery_target(DeliveryTarget(
                        None, calendar.recipient, Channel.EMAIL, address=message.to_email, delivered_at=now))
                assert target.id is not None
                if change.kind is ChangeKind.REMOVED:
                    tx.forget_delivered(target.id, [change.activity.uid])
                else:
                    tx.record_delivered(target.id, [delivered(plan, change.activity, now, content=content_hash(data))])
            _tally(outcome, change)


def _message(plan: Plan, calendar: DeliveryCalendar, change: PendingChange, server: SmtpServer, now: datetime,
             alarm_minutes: int | None) -> tuple[Invitation, bytes]:
    delegate = calendar.delegate
    assert delegate is not None and delegate.id is not None
    activity = change.activity
    method = Method.CANCEL if change.kind in _CANCELLING else Method.REQUEST
    sender_name = _sender_name(plan, delegate.delegation_id, server.sender)
    data = invitation_bytes(plan, activity, delegate_id=delegate.id, method=method,
                            organizer=Address(server.sender, sender_name),
                            attendee=Address(delegate.email, delegate.display_name), now=now,
                            alarm_minutes=alarm_minutes)
    when = span_text(to_local(activity.start, activity.timezone), to_local(activity.end, activity.timezone))
    subject = {ChangeKind.NEW: "Invitation", ChangeKind.CANCELLED: "Cancelled",
               ChangeKind.REMOVED: "Cancelled"}.get(change.kind, "Updated")
    lines = [f"Dear {delegate.name},", "", describe(change, plan), ""]
    if method is Method.REQUEST:
        lines.append("Your calendar adds or updates this event when you open this message "
                     "(the attached invite.ics holds the same event).")
    else:
        lines.append("Your calendar removes this event when you open this message.")
    lines.extend(["", sender_name or server.sender, plan.settings.name])
    html = "".join(f"<p>{escape(line)}</p>" if line else "" for line in lines)
    invitation = Invitation(
        sender_email=server.sender, sender_name=sender_name, to_email=delegate.email, to_name=delegate.display_name,
        subject=f"{subject}: {activity.title} ({when})", text="\n".join(lines) + "\n",
        html=f"<html><body>{html}</body></html>\n", calendar=data, method=method.value, sent_at=now)
    return invitation, data


def _sender_name(plan: Plan, delegation_id: int | None, sender: str) -> str:
    delegation = plan.delegation_by_id.get(delegation_id) if delegation_id is not None else None
    if delegation is not None and delegation.manager_email.casefold() == sender.casefold():
        return delegation.manager_name
    return ""
