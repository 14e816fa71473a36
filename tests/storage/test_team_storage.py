"""Row versions and the change log, on a file and on a server: who changed what, and when."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

from sqlalchemy import text

from desktop_app.domain.activities import Activity
from desktop_app.domain.change_log import ChangeCount, describe
from desktop_app.domain.people import Delegate
from desktop_app.domain.places import TravelTime, Venue
from desktop_app.domain.plan import PlanSettings
from desktop_app.storage.plan_store import PlanStore

HK = "Asia/Hong_Kong"
START = datetime(2025, 3, 17, 2, 0, tzinfo=UTC)


def row_version(store: PlanStore, table: str, key: int) -> int:
    with store.raw_read() as connection:
        query = text(f"SELECT row_version FROM {table} WHERE id = :id")
        return int(connection.execute(query, {"id": key}).scalar_one())


def test_each_transaction_is_logged_with_who_when_and_how_many(store: PlanStore) -> None:
    store.author = "Lau Mei-ling"
    with store.write() as tx:
        venue = tx.add(Venue(None, "HKCEC", HK))
        first = tx.add(Activity(None, "Pitch", START, START + timedelta(minutes=30), HK, venue_id=venue.id))
        second = tx.add(Activity(None, "Lunch", START + timedelta(hours=2), START + timedelta(hours=3), HK))
    with store.write() as tx:
        for activity in (first, second):
            tx.update(dataclasses.replace(activity, start=activity.start + timedelta(hours=1),
                                          end=activity.end + timedelta(hours=1)))
        tx.add(Delegate(None, "Wong Ka-man"))
    store.author = "Chan Tsz-hin"
    with store.write() as tx:
        tx.update(dataclasses.replace(tx.activity(first.id or 0), title="Pitch (HAF)"))
    moved, added = store.history()[1:]
    assert describe(moved) == "Lau Mei-ling moved 2 activities and added 1 delegate"
    assert set(added.counts) == {ChangeCount("venues", "added", 1), ChangeCount("activities", "added", 2)}
    latest = store.history(limit=1)[0]
    assert describe(latest) == "Chan Tsz-hin changed 1 activity"
    assert latest.at == datetime(2025, 3, 1, 9, 30, tzinfo=UTC)  # the store's clock
    assert row_version(store, "activities", first.id or 0) == latest.id
    assert row_version(store, "activities", second.id or 0) == moved.id
    assert [e.id for e in store.history(after=added.id)] == [latest.id, moved.id]
    assert store.own_changes == {added.id, moved.id, latest.id}


def test_a_transaction_that_changes_nothing_leaves_no_entry(store: PlanStore) -> None:
    before = store.latest_change_id()
    with store.write() as tx:
        tx.set_settings(tx.settings())
    with store.write() as tx:
        tx.snapshot()
    assert store.latest_change_id() == before


def test_travel_times_settings_and_deletes_are_versioned_and_counted(store: PlanStore) -> None:
    with store.write() as tx:
        a, b = tx.add(Venue(None, "A", HK)), tx.add(Venue(None, "B", HK))
        tx.add(TravelTime(a.id or 0, b.id or 0, 20))
    with store.write() as tx:
        tx.add(TravelTime(a.id or 0, b.id or 0, 25))
        tx.set_settings(dataclasses.replace(tx.settings(), name="Renamed"))
        tx.delete(Venue, b.id or 0)  # its travel time goes with it
    entry = store.history(limit=1)[0]
    assert set(entry.counts) == {ChangeCount("travel_times", "deleted", 1), ChangeCount("plan_settings", "changed", 1),
                                 ChangeCount("venues", "deleted", 1)}
    assert describe(entry).endswith("changed the plan's settings and deleted 1 travel time, 1 venue")
    with store.raw_read() as connection:
        assert connection.execute(text("SELECT row_version FROM plan_settings")).scalar_one() == entry.id


def test_who_changed_a_row_is_known_inside_a_transaction(store: PlanStore) -> None:
    store.author = "Lau Mei-ling"
    with store.write() as tx:
        venue = tx.add(Venue(None, "HKCEC", HK))
    with store.write() as tx:
        entry = tx.last_change(Venue, venue.id)
        assert entry is not None and entry.author == "Lau Mei-ling"
        assert tx.last_change(PlanSettings, None) is None  # written when the plan was made, before any log


def test_a_copy_keeps_every_row_version_and_the_log(store: PlanStore, tmp_path) -> None:
    from desktop_app.storage.plan_copy import copy_plan, row_counts

    store.author = "Lau Mei-ling"
    with store.write() as tx:
        venue = tx.add(Venue(None, "HKCEC", HK))
        tx.add(Activity(None, "Pitch", START, START + timedelta(minutes=30), HK, venue_id=venue.id, sequence=4))
    with copy_plan(store, tmp_path / "copy.dplan") as copied:
        assert copied.read() == store.read()
        assert copied.history() == store.history()
        assert row_counts(copied) == row_counts(store)
        assert copied.read().activities[0].sequence == 4
