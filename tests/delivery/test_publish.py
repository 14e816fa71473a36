"""publish against a real Radicale server on loopback: content after publish, move, cancel, delete."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import icalendar
import pytest

from desktop_app.domain.activities import ActivityStatus
from desktop_app.domain.delivery import Channel, Recipient
from desktop_app.services.delivery import publishing
from desktop_app.services.delivery.calendars import delegate_calendar
from desktop_app.services.editing.activities import delete_activities, set_status, shift_activities
from desktop_app.storage.plan_store import PlanStore
from tests.delivery.servers import PASSWORD, USER, Radicale


def publish(store: PlanStore, radicale: Radicale, **options: object) -> publishing.DeliveryReport:
    report, _changes = publishing.publish(store, server=radicale.url, user=USER, password=PASSWORD,
                                          **options)  # type: ignore[arg-type]
    return report


def server_events(radicale: Radicale, url: str) -> dict[str, icalendar.Event]:
    """UID -> event of every resource in the collection; asserts one event per resource, each UID once."""
    events: dict[str, icalendar.Event] = {}
    for data in radicale.resources(url).values():
        calendar = icalendar.Calendar.from_ical(data)
        [event] = calendar.walk("VEVENT")
        uid = str(event["UID"])
        assert uid not in events, f"{uid} twice on the server"
        events[uid] = event
    return events


@pytest.fixture
def store(demo_location: object) -> PlanStore:
    """The demo plan in a file and on the server: the delivery record's writes on both engines."""
    opened = PlanStore.open(demo_location)  # type: ignore[arg-type]
    yield opened  # type: ignore[misc]
    opened.close()


def test_publish_puts_every_delegates_activities_once_and_a_second_run_sends_nothing(
        store: PlanStore, radicale: Radicale) -> None:
    report = publish(store, radicale)
    plan = store.read()
    assert not report.failed
    assert len(report.outcomes) == len(plan.delegates) + len(plan.delegations)
    kim = next(d for d in plan.delegates if d.name == "Kim Ji-woo")
    target = plan.delivery.target(Recipient.delegate(kim.id), Channel.CALDAV)  # type: ignore[arg-type]
    assert target is not None and target.address.startswith(radicale.url)
    on_server = server_events(radicale, target.address)
    expected = {a.uid: a for a in delegate_calendar(plan, kim).live if not a.is_cancelled}
    assert set(on_server) == set(expected)
    for uid, event in on_server.items():
        assert int(event["SEQUENCE"]) == expected[uid].sequence
        assert event.decoded("DTSTART") == expected[uid].start
    outcome = next(o for o in report.outcomes if o.recipient == Recipient.delegate(kim.id))  # type: ignore[arg-type]
    # one PUT per event, and MKCALENDAR with the PROPPATCH that names the new calendar
    assert outcome.created == len(expected) and outcome.requests == len(expected) + 2
    assert plan.delivery.settings.caldav_url == radicale.url  # remembered
    again = publish(store, radicale)
    assert again.requests == 0
    assert all(o.sent == 0 and not o.error for o in again.outcomes)


def test_a_move_sends_one_put_per_calendar_that_holds_it(store: PlanStore, radicale: Radicale) -> None:
    publish(store, radicale)
    plan = store.read()
    shared = next(a for a in plan.activities if len(a.delegate_ids) == 2 and not a.is_cancelled)
    shift_activities(store, [shared.id], timedelta(minutes=30))  # type: ignore[list-item]
    report = publish(store, radicale)
    plan = store.read()
    delegations = {plan.delegate_by_id[d].delegation_id for d in shared.delegate_ids}
    assert report.requests == 2 + len(delegations)
    touched = [o for o in report.outcomes if o.requests]
    assert all((o.updated, o.requests) == (1, 1) for o in touched)
    moved = plan.activity_by_id[shared.id]  # type: ignore[index]
    for delegate_id in shared.delegate_ids:
        target = plan.delivery.target(Recipient.delegate(delegate_id), Channel.CALDAV)
        assert target is not None
        event = server_events(radicale, target.address)[shared.uid]
        assert event.decoded("DTSTART") == moved.start and int(event["SEQUENCE"]) == moved.sequence


def test_cancelled_and_deleted_activities_reach_the_server(store: PlanStore, radicale: Radicale) -> None:
    publish(store, radicale)
    plan = store.read()
    kim = next(d for d in plan.delegates if d.name == "Kim Ji-woo")
    first, second = [a for a in plan.activities_of(kim.id) if not a.is_cancelled][:2]  # type: ignore[arg-type]
    set_status(store, first.id, ActivityStatus.CANCELLED)  # type: ignore[arg-type]
    delete_activities(store, [second.id])  # type: ignore[list-item]
    report = publish(store, radicale, delegates=["Kim Ji-woo"])
    [outcome] = report.outcomes
    assert (outcome.cancelled, outcome.deleted, outcome.requests) == (1, 1, 2)
    target = store.read().delivery.target(Recipient.delegate(kim.id), Channel.CALDAV)  # type: ignore[arg-type]
    assert target is not None
    events = server_events(radicale, target.address)
    assert str(events[first.uid]["STATUS"]) == "CANCELLED"
    assert second.uid not in events
    assert second.uid not in target.event_by_uid


def test_a_calendar_deleted_on_the_server_is_made_again_with_everything(store: PlanStore, radicale: Radicale) -> None:
    import niquests

    publish(store, radicale, delegates=["Kim Ji-woo"])
    plan = store.read()
    kim = next(d for d in plan.delegates if d.name == "Kim Ji-woo")
    old = plan.delivery.target(Recipient.delegate(kim.id), Channel.CALDAV)  # type: ignore[arg-type]
    assert old is not None
    assert niquests.delete(old.address, auth=(USER, PASSWORD), timeout=10).status_code in (200, 204)
    shared = plan.activities_of(kim.id)[0]  # type: ignore[arg-type]
    shift_activities(store, [shared.id], timedelta(minutes=15))  # type: ignore[list-item]
    [outcome] = publish(store, radicale, delegates=["Kim Ji-woo"]).outcomes
    assert not outcome.error
    new = store.read().delivery.target(Recipient.delegate(kim.id), Channel.CALDAV)  # type: ignore[arg-type]
    assert new is not None and new.address != old.address
    assert set(server_events(radicale, new.address)) == {a.uid for a in delegate_calendar(store.read(), kim).live
                                                          if not a.is_cancelled}


def test_an_interrupted_publish_resumes_with_what_did_not_arrive(store: PlanStore, radicale: Radicale) -> None:
    class Stop(Exception):
        pass

    def stop_after_three(done: int, total: int) -> None:
        if done == 3:
            raise Stop

    with pytest.raises(Stop):
        publish(store, radicale, progress=stop_after_three)
    plan = store.read()
    published = [t for t in plan.delivery.targets if t.channel is Channel.CALDAV]
    assert len(published) == 3  # three calendars complete, none of the others started
    report = publish(store, radicale)
    assert not report.failed
    assert sum(o.created for o in report.outcomes) > 0
    assert all(o.created == 0 for o in report.outcomes[:3])  # the complete ones were not sent again
    assert publish(store, radicale).requests == 0


def test_a_server_that_is_down_fails_each_calendar_and_the_next_run_sends_everything(
        store: PlanStore, tmp_path: Path) -> None:
    server = Radicale(tmp_path).start()
    url = server.url
    server.stop()
    report, _ = publishing.publish(store, server=url, user=USER, password=PASSWORD, delegates=["Kim Ji-woo"])
    [outcome] = report.outcomes
    assert outcome.error is not None and "cannot reach the server" in outcome.error
    assert store.read().delivery.target(outcome.recipient, Channel.CALDAV) is None
    server.start()
    try:
        report, _ = publishing.publish(store, server=url, user=USER, password=PASSWORD, delegates=["Kim Ji-woo"])
        assert not report.failed and report.outcomes[0].created > 0
    finally:
        server.stop()


def test_a_wrong_password_stops_the_run_with_one_clear_message(store: PlanStore, radicale: Radicale) -> None:
    report, _ = publishing.publish(store, server=radicale.url, user=USER, password="wrong")
    assert report.failed and all(o.error == report.outcomes[0].error for o in report.outcomes)
    assert "did not accept the user name and password" in (report.outcomes[0].error or "")
    assert report.requests == 1  # stopped at the first refusal


def test_a_dry_run_contacts_nobody_and_says_what_would_be_sent(store: PlanStore) -> None:
    report, changes = publishing.publish(store, server="http://127.0.0.1:9/", user=USER, dry_run=True)
    assert report.dry_run and report.requests == 0 and not changes.kinds
    assert sum(o.created for o in report.outcomes) > 0
    assert store.read().delivery.targets == ()


def test_a_delegate_who_gets_invitations_is_not_also_subscribed(store: PlanStore, radicale: Radicale) -> None:
    from desktop_app.domain.delivery import DeliveryTarget

    plan = store.read()
    kim = next(d for d in plan.delegates if d.name == "Kim Ji-woo")
    with store.write() as tx:
        tx.save_delivery_target(DeliveryTarget(None, Recipient.delegate(kim.id), Channel.EMAIL,  # type: ignore[arg-type]
                                               address=kim.email))
    [outcome] = publish(store, radicale, delegates=["Kim Ji-woo"]).outcomes
    assert outcome.skipped and "invitation e-mails" in outcome.skipped and outcome.requests == 0


def test_http_to_another_machine_is_refused_before_a_password_travels(store: PlanStore) -> None:
    with pytest.raises(publishing.DeliveryFailed, match="unencrypted"):
        publishing.publish(store, server="http://dav.example/", user=USER, password=PASSWORD)
