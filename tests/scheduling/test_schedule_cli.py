"""schedule and find-time end to end on the demo plan file."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from test_schedule_checker import Placed, violations

from desktop_app.domain.activities import ActivityKind, ActivityStatus
from desktop_app.domain.requests import RequestStatus
from desktop_app.storage.plan_store import PlanStore
from tests.conftest import Cli


@pytest.fixture
def demo(demo_plan_copy: Path) -> Path:
    return demo_plan_copy


def _read(path: Path):  # type: ignore[no-untyped-def]
    store = PlanStore.open(path)
    try:
        return store.read()
    finally:
        store.close()


def test_schedule_json_on_the_demo_plan_places_meetings_that_pass_an_independent_check(
        cli: Cli, demo: Path) -> None:
    before = demo.read_bytes()
    code, out, _ = cli("schedule", str(demo), "--json", "--time-limit", "20")
    assert code == 0
    document = json.loads(out)
    assert set(document) == {"placed", "unplaced", "objective", "bound", "optimal", "seconds"}
    assert len(document["placed"]) > 50
    plan = _read(demo)
    rooms = {(plan.venue_by_id[r.venue_id].name, r.name): r for r in plan.rooms}
    placed = []
    for p in document["placed"]:
        room = rooms[(p["venue"], p["room"])]
        placed.append(Placed(p["request"], datetime.fromisoformat(p["start"]), datetime.fromisoformat(p["end"]),
                             room.venue_id, room.id))
    assert violations(plan, placed) == []
    labels = {r.external_id: r for r in plan.requests}
    assert document["objective"] == sum(labels[p["request"]].priority for p in document["placed"])
    assert document["bound"] >= document["objective"]
    assert all(u["reason"] for u in document["unplaced"])
    assert demo.read_bytes() == before  # without --apply nothing is written


def test_schedule_apply_writes_the_proposal(cli: Cli, demo: Path) -> None:
    code, out, err = cli("schedule", str(demo), "--apply", "--time-limit", "20")
    assert code == 0 and "placed" in out and "tentative meetings" in err
    plan = _read(demo)
    scheduled = {r.id for r in plan.requests if r.status is RequestStatus.SCHEDULED}
    written = {a.request_id for a in plan.activities
               if a.kind is ActivityKind.HAF_MEETING and a.status is ActivityStatus.TENTATIVE
               and a.request_id in scheduled}
    assert scheduled and written == scheduled


def test_find_time_on_the_demo_plan(cli: Cli, demo: Path) -> None:
    plan = _read(demo)
    emails = [plan.delegates[0].email, plan.contacts[0].email]
    code, out, _ = cli("find-time", str(demo), "--with", ",".join(emails), "--minutes", "45", "--json")
    assert code == 0
    slots = json.loads(out)["slots"]
    assert slots and all(datetime.fromisoformat(s["end"]) - datetime.fromisoformat(s["start"])
                         == (datetime.fromisoformat(slots[0]["end"]) - datetime.fromisoformat(slots[0]["start"]))
                         for s in slots)
    code, out, _ = cli("find-time", str(demo), "--with", emails[0], "--minutes", "30")
    assert code == 0 and "free until" in out


def test_user_mistakes_exit_1_with_a_message(cli: Cli, demo: Path) -> None:
    code, _, err = cli("find-time", str(demo), "--with", "nobody@example.com", "--minutes", "30")
    assert code == 1 and "nobody@example.com" in err
    code, _, err = cli("find-time", str(demo), "--with", "x@example.com", "--minutes", "30",
                       "--from", "2025-03-18T09:00")
    assert code == 1 and "--from and --to" in err
    code, _, err = cli("schedule", str(demo), "--time-limit", "0")
    assert code == 1 and "time limit" in err
    code, _, _ = cli("schedule")
    assert code == 2
