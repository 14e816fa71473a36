"""send-invitations against a real SMTP server (aiosmtpd) on loopback; messages parsed back."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import icalendar
import pytest
import vobject

from desktop_app.domain.activities import ActivityStatus
from desktop_app.domain.delivery import Channel, Recipient
from desktop_app.services.delivery import invitations
from desktop_app.services.delivery.calendars import delegate_calendar
from desktop_app.services.delivery.publishing import DeliveryFailed
from desktop_app.services.editing.activities import delete_activities, set_status, shift_activities
from desktop_app.storage.plan_store import PlanStore
from tests.delivery.servers import Smtp

SENDER = "manager@delegation.example"
KIM = "Kim Ji-woo"


@pytest.fixture
def store(demo_location: object) -> Iterator[PlanStore]:
    """The demo plan in a file and on the server."""
    opened = PlanStore.open(demo_location)  # type: ignore[arg-type]
    yield opened
    opened.close()


def send(store: PlanStore, smtp: Smtp, **options: object) -> invitations.DeliveryReport:
    report, _ = invitations.send_invitations(store, smtp=f"localhost:{smtp.port}", sender=SENDER,
                                             security="none", **options)  # type: ignore[arg-type]
    return report


def structure(message: EmailMessage, depth: int = 0) -> list[str]:
    """'multipart/mixed', '  multipart/alternative', '    text/plain', ... with method and disposition."""
    line = "  " * depth + message.get_content_type()
    if message.get_param("method"):
        line += f"; method={message.get_param('method')}"
    if message.get_content_disposition() == "attachment":
        line += f" (attachment {message.get_filename()})"
    lines = [line]
    if message.is_multipart():
        for part in message.iter_parts():
            lines.extend(structure(part, depth + 1))  # type: ignore[arg-type]
    return lines


def calendar_part(message: EmailMessage) -> bytes:
    [part] = [p for p in message.walk() if p.get_content_type() == "text/calendar"]
    data = part.get_payload(decode=True)
    assert isinstance(data, bytes)
    return data


def test_each_changed_activity_is_one_message_with_the_calendar_inline_and_attached(
        store: PlanStore, smtp: Smtp) -> None:
    report = send(store, smtp, delegates=[KIM])
    plan = store.read()
    kim = next(d for d in plan.delegates if d.name == KIM)
    expected = [a for a in delegate_calendar(plan, kim).live if not a.is_cancelled]
    [outcome] = report.outcomes
    assert (outcome.created, outcome.requests, outcome.error) == (len(expected), len(expected), None)
    assert len(smtp.inbox.messages) == len(expected)
    envelope, message = smtp.inbox.messages[0]
    assert envelope.rcpt_tos == [kim.email] and envelope.mail_from == SENDER
    assert structure(message) == [
        "multipart/mixed",
        "  multipart/alternative",
        "    text/plain",
        "    text/html",
        "    text/calendar; method=REQUEST",
        "  application/ics (attachment invite.ics)",
    ]
    data = calendar_part(message)
    assert b"\r\nMETHOD:REQUEST\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")  # CRLF kept
    [attachment] = [p for p in message.walk() if p.get_content_type() == "application/ics"]
    assert attachment.get_payload(decode=True) == data
    calendar = icalendar.Calendar.from_ical(data)
    [event] = calendar.walk("VEVENT")
    assert calendar.get_missing_tzids() == set()
    assert str(event["ORGANIZER"]) == f"mailto:{SENDER}"
    attendees = event.get("ATTENDEE")
    assert not isinstance(attendees, list) and str(attendees) == f"mailto:{kim.email}"  # the delegate only
    uids = {str(icalendar.Calendar.from_ical(calendar_part(m)).walk("VEVENT")[0]["UID"])
            for _, m in smtp.inbox.messages}
    assert uids == {a.uid for a in expected}  # one message per activity, each once
    independent = vobject.readOne(data.decode())  # a second parser agrees on the instant and the people
    activity = next(a for a in expected if a.uid == independent.vevent.uid.value)
    assert independent.vevent.dtstart.value == activity.start
    assert independent.vevent.organizer.value == f"mailto:{SENDER}"
    first = next(a for a in expected if a.uid == str(event["UID"]))
    assert message["Subject"].startswith(f"Invitation: {first.title} (")
    body = message.get_body(("plain",))
    assert body is not None and f"New: {first.title}" in body.get_content()


def test_only_what_changed_is_sent_again_and_cancellations_use_method_cancel(store: PlanStore, smtp: Smtp) -> None:
    send(store, smtp, delegates=[KIM])
    smtp.inbox.messages.clear()
    assert send(store, smtp, delegates=[KIM]).requests == 0  # nothing changed: nothing sent
    plan = store.read()
    kim = next(d for d in plan.delegates if d.name == KIM)
    moved, cancelled, deleted = [a for a in plan.activities_of(kim.id) if not a.is_cancelled][:3]  # type: ignore[arg-type]
    shift_activities(store, [moved.id], timedelta(minutes=30))  # type: ignore[list-item]
    set_status(store, cancelled.id, ActivityStatus.CANCELLED)  # type: ignore[arg-type]
    delete_activities(store, [deleted.id])  # type: ignore[list-item]
    [outcome] = send(store, smtp, delegates=[KIM]).outcomes
    assert (outcome.updated, outcome.cancelled, outcome.deleted, outcome.requests) == (1, 1, 1, 3)
    methods = {}
    for _, message in smtp.inbox.messages:
        calendar = icalendar.Calendar.from_ical(calendar_part(message))
        [event] = calendar.walk("VEVENT")
        methods[str(event["UID"])] = (str(calendar["METHOD"]), str(event["STATUS"]), int(event["SEQUENCE"]))
        [part] = [p for p in message.walk() if p.get_content_type() == "text/calendar"]
        assert part.get_param("method") == str(calendar["METHOD"])
    plan = store.read()
    assert methods[moved.uid] == ("REQUEST", "CONFIRMED", plan.activity_by_id[moved.id].sequence)  # type: ignore[index]
    assert methods[cancelled.uid][:2] == ("CANCEL", "CANCELLED")
    assert methods[deleted.uid][:2] == ("CANCEL", "CANCELLED")
    smtp.inbox.messages.clear()
    assert send(store, smtp, delegates=[KIM]).requests == 0 and not smtp.inbox.messages


def test_a_dry_run_writes_eml_files_and_records_nothing(store: PlanStore, tmp_path: Path, smtp: Smtp) -> None:
    report, changes = invitations.send_invitations(store, smtp="localhost:9", sender=SENDER, delegates=[KIM],
                                                   dry_run=tmp_path / "eml")
    [outcome] = report.outcomes
    assert outcome.files and not changes.kinds and not smtp.inbox.messages
    message = message_from_bytes(Path(outcome.files[0]).read_bytes(), policy=policy.default)
    assert b"METHOD:REQUEST" in calendar_part(message)  # type: ignore[arg-type]
    assert Path(outcome.files[0]).read_bytes().count(b"\r\n") > 10  # as it would go on the wire
    assert store.read().delivery.targets == ()


def test_starttls_and_login(store: PlanStore, smtp_starttls: Smtp) -> None:
    report, _ = invitations.send_invitations(store, smtp=f"localhost:{smtp_starttls.port}", sender=SENDER,
                                             security="starttls", user="manager", password="mail-pw",
                                             delegates=[KIM])
    assert not report.failed and report.requests == len(smtp_starttls.inbox.messages) > 0
    assert store.read().delivery.settings.smtp_security.value == "starttls"
    bad, _ = invitations.send_invitations(store, smtp=f"localhost:{smtp_starttls.port}", sender=SENDER,
                                          security="starttls", user="manager", password="wrong",
                                          delegates=["Anne Dubois"])
    assert "did not accept the user name and password" in (bad.outcomes[0].error or "")


def test_without_starttls_the_server_that_requires_it_is_named(store: PlanStore, smtp_starttls: Smtp) -> None:
    report, _ = invitations.send_invitations(store, smtp=f"localhost:{smtp_starttls.port}", sender=SENDER,
                                             security="none", delegates=[KIM])
    assert report.failed and f"localhost:{smtp_starttls.port}" in (report.outcomes[0].error or "")
    # nothing was sent, so the delegate's channel is still open (no e-mail target yet)
    assert store.read().delivery.target(report.outcomes[0].recipient, Channel.EMAIL) is None


def test_a_subscribed_delegate_gets_no_invitations(store: PlanStore, smtp: Smtp) -> None:
    from desktop_app.domain.delivery import DeliveryTarget

    plan = store.read()
    kim = next(d for d in plan.delegates if d.name == KIM)
    with store.write() as tx:
        tx.save_delivery_target(DeliveryTarget(None, Recipient.delegate(kim.id), Channel.CALDAV,  # type: ignore[arg-type]
                                               address="http://127.0.0.1/x/"))
    [outcome] = send(store, smtp, delegates=[KIM]).outcomes
    assert outcome.skipped and not smtp.inbox.messages


def test_settings_are_remembered_and_a_missing_sender_is_one_clear_error(store: PlanStore, smtp: Smtp,
                                                                         tmp_path: Path) -> None:
    send(store, smtp, delegates=[KIM])
    settings = store.read().delivery.settings
    assert (settings.smtp_host, settings.smtp_port, settings.smtp_from) == ("localhost", smtp.port, SENDER)
    report, _ = invitations.send_invitations(store, delegates=["Anne Dubois"])  # all from the plan
    assert not report.failed and report.requests > 0
    with PlanStore.create(tmp_path / "empty.dplan") as empty, \
            pytest.raises(DeliveryFailed, match="--smtp"):
        invitations.send_invitations(empty)
