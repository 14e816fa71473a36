"""Publish delegates' and delegations' calendars to a CalDAV server; only what changed.

Per calendar, one collection (made on first use under an unguessable name, its URL kept in the
plan) and per activity one resource named by its UID. What to send is decided from the
delivery record, cheapest first: an activity whose SEQUENCE and modification time are those
recorded, in a calendar whose context (names, places, reminder) is unchanged, is unchanged
without making its bytes; any other one is written (deterministic bytes, ``resource_bytes``)
and sent only if their hash differs from the one recorded. Resources no longer in the calendar
(deleted activities, a delegate taken off) are deleted from the server.

The record is written as the PUTs succeed (in batches, and whatever happens), and a calendar's
context hash only once all of it went through: a publish interrupted halfway (network down,
Cancel, a crash) resumes next time by re-checking every resource of that calendar and sending
the ones that did not arrive. A network fault fails that calendar only; a refused password
stops the run.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime

from desktop_app.delivery.caldav_publisher import CalDAVSession, check_server_url, collection_id, webcal_url
from desktop_app.delivery.errors import AuthenticationFailed, CollectionMissing, DeliveryError
from desktop_app.domain.activities import Activity, ActivityStatus
from desktop_app.domain.delivery import Channel, DeliveredEvent, DeliveryTarget, RecipientKind
from desktop_app.domain.people import Delegate
from desktop_app.domain.plan import Plan
from desktop_app.domain.timezones import utc_now
from desktop_app.formats.ics_export import CalendarWriter
from desktop_app.services.changes import Changes, EntityKind
from desktop_app.services.errors import UserError
from desktop_app.services.lookup import find_delegate
from desktop_app.storage.plan_store import PlanStore

from .calendars import DeliveryCalendar, content_hash, context_hash, delegate_calendar, delegation_calendar, delivered
from .report import CalendarOutcome, DeliveryReport

Progress = Callable[[int, int], None]
"""(calendars done, calendars in all); may raise to cancel (the record stays consistent)."""

DEFAULT_ALARM_MINUTES = 15
BATCH_SIZE = 50
BATCH_SECONDS = 1.0


class DeliveryFailed(UserError):
    """The run could not start or had to stop (no server given, password refused)."""


@dataclass
class _Work:
    """One calendar's share of a publish, planned from the data before anything is sent."""

    calendar: DeliveryCalendar
    target: DeliveryTarget | None
    context: str
    puts: list[tuple[Activity, bytes, str, str]] = field(default_factory=list)
    """(activity, bytes, their hash, "created" | "updated" | "cancelled")"""
    deletes: list[str] = field(default_factory=list)
    quiet: list[Activity] = field(default_factory=list)
    """Same bytes as sent, newer modification time: re-recorded so it is skipped next time."""
    unchanged: int = 0


def choose_calendars(plan: Plan, delegates: list[str] | None, *, with_delegations: bool = True,
                     delegate_ids: list[int] | None = None) -> list[DeliveryCalendar]:
    """The named delegates' calendars (by email or name, or by id: the window's choice);
    nothing named: every delegate's and every delegation's."""
    if delegates or delegate_ids:
        chosen: dict[int | None, Delegate] = {d.id: d for d in plan.delegates if d.id in set(delegate_ids or ())}
        for text in delegates or ():
            delegate = find_delegate(plan, text)
            chosen[delegate.id] = delegate
        return [delegate_calendar(plan, d) for d in chosen.values()]
    calendars = [delegate_calendar(plan, d) for d in plan.delegates]
    if with_delegations:
        calendars.extend(delegation_calendar(plan, d) for d in plan.delegations if plan.delegates_of(d.id or 0))
    return calendars


def plan_work(plan: Plan, calendar: DeliveryCalendar, writer: CalendarWriter, alarm_minutes: int | None,
              *, full: bool = False) -> _Work:
    target = calendar.target(plan, Channel.CALDAV)
    context = context_hash(plan, calendar, alarm_minutes)
    work = _Work(calendar, target, context)
    sent = target.event_by_uid if target is not None and not full else {}
    fresh = target is None or full or target.context_hash != context
    for activity in calendar.live:
        previous = sent.get(activity.uid)
        if previous is None and activity.is_cancelled:
            continue  # never on the phone: nothing to cancel
        if (previous is not None and not fresh and previous.sequence == activity.sequence
                and previous.modified == activity.last_modified):
            work.unchanged += 1
            continue
        data = writer.resource_bytes(activity, calendar.delegate_id)
        digest = content_hash(data)
        if previous is not None and previous.content_hash == digest:
            work.unchanged += 1
            if previous.modified != activity.last_modified or previous.sequence != activity.sequence:
                work.quiet.append(activity)
            continue
        kind = ("created" if previous is None else
                "cancelled" if activity.is_cancelled and previous.status is not ActivityStatus.CANCELLED else "updated")
        work.puts.append((activity, data, digest, kind))
    live = {activity.uid for activity in calendar.live}
    work.deletes = sorted(uid for uid in sent if uid not in live)
    return work


class _Recorder:
    """Writes what reached the server into the plan, in batches, so an interruption loses little."""

    def __init__(self, store: PlanStore, target_id: int) -> None:
        self._store, self._target_id = store, target_id
        self._done: list[DeliveredEvent] = []
        self._gone: list[str] = []
        self._since = time.monotonic()

    def sent(self, event: DeliveredEvent) -> None:
        self._done.append(event)
        self._maybe_flush()

    def deleted(self, uid: str) -> None:
        self._gone.append(uid)
        self._maybe_flush()

    def _maybe_flush(self) -> None:
        if len(self._done) + len(self._gone) >= BATCH_SIZE or time.monotonic() - self._since > BATCH_SECONDS:
            self.flush()

    def flush(self) -> None:
        if self._done or self._gone:
            with self._store.write() as tx:
                tx.record_delivered(self._target_id, self._done)
                tx.forget_delivered(self._target_id, self._gone)
            self._done, self._gone = [], []
        self._since = time.monotonic()


def _outcome(calendar: DeliveryCalendar, target: DeliveryTarget | None) -> CalendarOutcome:
    address = target.address if target is not None else ""
    email = calendar.delegate.email if calendar.delegate is not None else ""
    return CalendarOutcome(calendar.recipient, calendar.name, email=email, address=address,
                           subscription_url=address)


def _count(outcome: CalendarOutcome, work: _Work) -> None:
    for _activity, _data, _digest, kind in work.puts:
        setattr(outcome, kind, getattr(outcome, kind) + 1)
    outcome.deleted += len(work.deletes)
    outcome.unchanged += work.unchanged


def publish(store: PlanStore, *, server: str | None = None, user: str | None = None, password: str | None = None,
            delegates: list[str] | None = None, dry_run: bool = False,
            alarm_minutes: int | None = DEFAULT_ALARM_MINUTES, progress: Progress | None = None,
            clock: Callable[[], datetime] = utc_now,
            delegate_ids: list[int] | None = None) -> tuple[DeliveryReport, Changes]:
    """Publish the chosen calendars (every delegate's and delegation's when none is named).

    ``server`` and ``user`` default to those remembered in the plan, and are remembered after a
    real run. ``dry_run`` contacts nobody: it says what would be sent. Returns the report and
    the ``Changes`` of the delivery record (none for a dry run).
    """
    started = time.monotonic()
    plan = store.read()
    settings = plan.delivery.settings
    server, user = resolve_server(server or settings.caldav_url, user or settings.caldav_user)
    calendars = choose_calendars(plan, delegates, delegate_ids=delegate_ids)
    writer = CalendarWriter(plan, now=None, alarm_minutes=alarm_minutes)
    report = DeliveryReport(Channel.CALDAV, dry_run, server)
    works: list[_Work] = []
    for calendar in calendars:
        outcome = _outcome(calendar, calendar.target(plan, Channel.CALDAV))
        report.outcomes.append(outcome)
        skipped = _skip_reason(plan, calendar)
        if skipped:
            outcome.skipped = skipped
            continue
        work = plan_work(plan, calendar, writer, alarm_minutes)
        works.append(work)
        if dry_run:
            _count(outcome, work)
    if dry_run:
        report.seconds = time.monotonic() - started
        return report, Changes()
    if not password:
        raise DeliveryFailed(f"no password for {user} at {server}: store it in the system keyring (the window asks "
                             f"for it), or set DELEGATION_PLANNER_CALDAV_PASSWORD")
    now = clock()
    with store.write() as tx:
        tx.set_delivery_settings(replace(settings, caldav_url=server, caldav_user=user))
    by_recipient = {outcome.recipient: outcome for outcome in report.outcomes}
    try:
        with CalDAVSession(server, user, password) as session:
            stopped: str | None = None
            for index, work in enumerate(works):
                if progress is not None:
                    progress(index, len(works))
                outcome = by_recipient[work.calendar.recipient]
                if stopped:
                    outcome.error = stopped
                    continue
                before = session.requests
                try:
                    _publish_calendar(store, session, plan, work, writer, alarm_minutes, outcome, now)
                except AuthenticationFailed as problem:
                    outcome.error = stopped = str(problem)
                except DeliveryError as problem:
                    outcome.error = str(problem)
                finally:
                    outcome.requests = session.requests - before
            report.requests = session.requests
    except DeliveryError as problem:  # the address itself is refused
        raise DeliveryFailed(str(problem)) from None
    if progress is not None:
        progress(len(works), len(works))
    report.seconds = time.monotonic() - started
    return report, Changes(kinds=frozenset({EntityKind.DELIVERY}))


def resolve_server(server: str, user: str) -> tuple[str, str]:
    if not server:
        raise DeliveryFailed("give the CalDAV server's address (--server https://…); it is remembered in the plan")
    if not user:
        raise DeliveryFailed("give the user name on the CalDAV server (--user NAME); it is remembered in the plan")
    try:
        return check_server_url(server), user
    except DeliveryError as problem:
        raise DeliveryFailed(str(problem)) from None


def _skip_reason(plan: Plan, calendar: DeliveryCalendar) -> str | None:
    if calendar.recipient.kind is RecipientKind.DELEGATE and \
            plan.delivery.phone_channel(calendar.recipient.id) is Channel.EMAIL:
        return (f"{calendar.name} receives invitation e-mails; a subscription as well would show every "
                "event twice (one channel per delegate)")
    return None


def _publish_calendar(store: PlanStore, session: CalDAVSession, plan: Plan, work: _Work, writer: CalendarWriter,
                      alarm_minutes: int | None, outcome: CalendarOutcome, now: datetime) -> None:
    for attempt in range(2):
        target = work.target
        if target is None or target.id is None or not target.address:
            if target is not None:  # it held events once: send them all again
                work = plan_work(plan, work.calendar, writer, alarm_minutes, full=True)
            target = work.target = _new_collection(store, session, work.calendar, target)
        assert target.id is not None
        recorder = _Recorder(store, target.id)
        try:
            for activity in work.quiet:
                previous = target.event_by_uid[activity.uid]
                recorder.sent(delivered(plan, activity, now, content=previous.content_hash, etag=previous.etag))
            for activity, data, digest, _kind in work.puts:
                result = session.put(target.address, activity.uid, data)
                recorder.sent(delivered(plan, activity, now, content=digest, etag=result.etag))
            for uid in work.deletes:
                session.delete(target.address, uid)
                recorder.deleted(uid)
        except CollectionMissing:
            if attempt:
                raise
            recorder.flush()
            work = replace(work, target=replace(target, address=""))  # deleted on the server: make it again
            continue
        finally:
            recorder.flush()
        with store.write() as tx:  # complete: from now on unmodified activities need no bytes
            tx.save_delivery_target(replace(target, context_hash=work.context, delivered_at=now))
        outcome.address = outcome.subscription_url = target.address
        _count(outcome, work)
        return


def _new_collection(store: PlanStore, session: CalDAVSession, calendar: DeliveryCalendar,
                    old: DeliveryTarget | None) -> DeliveryTarget:
    url = session.make_collection(collection_id(calendar.name), calendar.title)
    with store.write() as tx:  # kept at once: a crash must not leave a collection nobody knows of
        target = tx.save_delivery_target(DeliveryTarget(old.id if old else None, calendar.recipient, Channel.CALDAV,
                                                        address=url))
        assert target.id is not None
        tx.forget_delivered(target.id)
    return target


def subscription_urls(url: str) -> tuple[str, str]:
    """The collection URL and its webcal:// form (Apple's subscribe links)."""
    return url, webcal_url(url)
