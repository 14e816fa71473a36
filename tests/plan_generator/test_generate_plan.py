"""The benchmark plan generator: deterministic, consistent, realistic, with only a sprinkling of conflicts."""

from __future__ import annotations

import re
from collections import Counter

from benchmarks.generate_plan import generate_plan
from desktop_app.domain.activities import ActivityStatus
from desktop_app.domain.conflicts import ConflictKind, find_conflicts


def test_the_same_arguments_give_the_same_plan() -> None:
    assert generate_plan(10, 400, seed=1) == generate_plan(10, 400, seed=1)
    assert generate_plan(10, 400, seed=1) != generate_plan(10, 400, seed=2)


def test_the_plan_has_the_requested_size_and_passes_every_domain_rule() -> None:
    plan = generate_plan(delegates=25, activities=1500, seed=0)
    assert len(plan.delegates) == 25
    assert len(plan.activities) == 1500
    assert len({a.id for a in plan.activities}) == len({a.uid for a in plan.activities}) == 1500
    for activity in plan.activities:
        plan.check_activity(activity)
    for request in plan.requests:
        plan.check_request(request)
    assert len({d.name for d in plan.delegates}) == 25
    assert len({d.email for d in plan.delegates}) == 25


def test_the_plan_is_realistic_two_markets_many_scripts_all_statuses() -> None:
    plan = generate_plan(delegates=25, activities=1500, seed=0)
    assert {a.timezone for a in plan.activities} == {"Asia/Hong_Kong", "Europe/Paris"}
    native = " ".join(d.native_name for d in plan.delegates)
    for script in (r"[\u4e00-\u9fff]", r"[\uac00-\ud7af]", r"[\u0e00-\u0e7f]"):  # Han, Hangul, Thai
        assert re.search(script, native)
    assert set(Counter(a.status for a in plan.activities)) == set(ActivityStatus)
    assert sum(1 for a in plan.activities if a.attendees) > 1000


def test_conflicts_of_every_kind_are_planted_but_only_a_sprinkling() -> None:
    plan = generate_plan(delegates=30, activities=2500, seed=0)
    conflicts = find_conflicts(plan)
    assert {c.kind for c in conflicts} == set(ConflictKind)
    assert len(conflicts) < 0.05 * len(plan.activities)
