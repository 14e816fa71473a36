"""The conflict service on a real plan file: the same findings as on the snapshot, and JSON for the CLI."""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks.generate_plan import generate_plan, write_plan_file
from desktop_app.domain.conflicts import ConflictKind, find_conflicts
from desktop_app.services.conflict_service import conflicts_json, find_plan_conflicts
from desktop_app.storage.plan_store import PlanStore


def _comparable(conflicts: list) -> list[tuple[object, ...]]:  # type: ignore[type-arg]
    return [(c.kind, c.severity, c.subject, c.activities, c.start, c.end, c.timezone, c.message) for c in conflicts]


def test_a_stored_plan_has_the_conflicts_of_the_plan_written_into_it(tmp_path: Path) -> None:
    generated = generate_plan(delegates=12, activities=600, seed=3)
    path = tmp_path / "bench.dplan"
    write_plan_file(generated, path)
    with PlanStore.open(path) as store:
        found = find_plan_conflicts(store)
        stored = store.read()
    assert len(stored.activities) == 600
    assert {c.kind for c in found} >= {ConflictKind.DOUBLE_BOOKED, ConflictKind.TRAVEL_TIME}
    assert _comparable(found) == _comparable(find_conflicts(generated))
    for conflict in found:  # ids are the file's own, and name the activities the conflict is about
        assert [stored.activity_by_id[i].title for i in conflict.activity_ids] == [t for _, t in conflict.activities]


def test_json_is_plain_data_with_local_offsets(tmp_path: Path) -> None:
    plan = generate_plan(delegates=12, activities=600, seed=3)
    payload = conflicts_json(find_conflicts(plan))
    assert json.loads(json.dumps(payload, ensure_ascii=False)) == payload
    first = payload[0]
    assert set(first) == {"kind", "severity", "subject", "activities", "start", "end", "timezone", "message"}
    assert first["start"].endswith(("+08:00", "+01:00", "+02:00"))  # type: ignore[union-attr]
    uids = {a.uid for a in plan.activities}
    assert all(item["uid"] in uids for c in payload for item in c["activities"])  # type: ignore[union-attr]


class _Reader:
    def __init__(self, plan: object) -> None:
        self.plan, self.reads = plan, 0

    def read(self) -> object:
        self.reads += 1
        return self.plan


def test_the_service_reads_the_plan_once() -> None:
    reader = _Reader(generate_plan(delegates=4, activities=50, seed=1))
    find_plan_conflicts(reader)  # type: ignore[arg-type]
    assert reader.reads == 1
