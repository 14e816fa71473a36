"""Plans as documents: new plans, a copy of the open plan, and noticing another program's edits."""

from __future__ import annotations

import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from desktop_app.services import plan_service
from desktop_app.services.editing import activities as activity_service
from desktop_app.services.errors import FailureKind, PlanFileError, classify_failure


def test_a_new_empty_plan_takes_the_name_and_zone_asked(tmp_path: Path) -> None:
    with plan_service.create_plan(tmp_path / "spring.dplan", name="Spring trip", timezone="Europe/Paris") as store:
        plan = store.read()
    assert (plan.settings.name, plan.settings.timezone) == ("Spring trip", "Europe/Paris")
    assert plan.activities == ()


def test_a_new_plan_from_the_demo_keeps_its_data_under_the_new_name(tmp_path: Path) -> None:
    with plan_service.create_plan(tmp_path / "mine.dplan", name="Our FilMart", demo=True) as store:
        plan = store.read()
    assert plan.settings.name == "Our FilMart" and len(plan.activities) > 100


def test_save_copy_writes_the_open_plan_and_refuses_the_plan_itself(demo_plan_copy: Path, tmp_path: Path) -> None:
    with plan_service.open_plan(demo_plan_copy) as store:
        first = store.read().activities[0]
        activity_service.shift_activities(store, [first.id], timedelta(minutes=15))
        target = plan_service.save_copy(store, tmp_path / "copy.dplan")
        with pytest.raises(PlanFileError, match="is the plan itself") as refused:
            plan_service.save_copy(store, demo_plan_copy)
        assert classify_failure(refused.value).kind is FailureKind.USER
        shifted = store.read().activity_by_id[first.id]
    with plan_service.open_plan(target) as copy:
        assert copy.read().activity_by_id[first.id].start == shifted.start  # the edit just made is in it


def test_the_change_counter_moves_for_another_process_only(demo_plan_copy: Path) -> None:
    with plan_service.open_plan(demo_plan_copy) as store:
        plan = store.read()
        mine, theirs = [a for a in plan.activities if a.external_id][:2]
        seen = plan_service.change_counter(store)
        activity_service.shift_activities(store, [mine.id], timedelta(minutes=15))
        assert plan_service.change_counter(store) == seen

        subprocess.run([sys.executable, "-m", "desktop_app", "edit", str(demo_plan_copy), theirs.external_id,
                        "--shift", "15"], check=True, capture_output=True, cwd=Path(__file__).parents[2])

        assert plan_service.change_counter(store) != seen
        assert store.read().activity_by_id[theirs.id].start == theirs.start + timedelta(minutes=15)
