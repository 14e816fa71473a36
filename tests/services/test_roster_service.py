"""The roster's use cases on the demo plan: propose, apply in one journaled transaction, re-run,
refuse a stale proposal; what shifts and interpreters look like in calendars and itineraries."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from pathlib import Path

import pypdf
import pytest

from desktop_app.domain.activities import ActivityKind, ActivityStatus
from desktop_app.domain.conflicts import find_conflicts
from desktop_app.services import ics_service, pdf_service
from desktop_app.services import roster as roster_service
from desktop_app.services.changes import EntityKind
from desktop_app.services.conflict_service import conflicts_after
from desktop_app.services.editing import journal
from desktop_app.services.editing.entities import save
from desktop_app.services.errors import UserError
from desktop_app.services.lookup import find_delegate
from desktop_app.storage.plan_store import PlanStore
from tests.scheduling.roster_checker import violations

NOW = datetime(2025, 3, 2, 9, tzinfo=UTC)


@pytest.fixture
def demo(demo_location: object) -> PlanStore:
    """The demo plan in a file and on the server: the roster's writes on both engines."""
    store = PlanStore.open(demo_location, clock=lambda: NOW)  # type: ignore[arg-type]
    yield store  # type: ignore[misc]
    store.close()


def test_the_demo_roster_staffs_the_stand_and_gives_the_open_need_its_interpreter(demo: PlanStore) -> None:
    plan = demo.read()
    result = roster_service.propose_roster(plan, time_limit=10)
    assert violations(plan, result) == [] and result.optimal
    assert len(result.shifts) == 15 and len(result.interpreting) == 10
    nattaya = find_delegate(plan, "Nattaya Boonmee")
    served = {plan.activity_by_id[i.activity_id].external_id: i.interpreter_id for i in result.interpreting}
    assert served["HAF-2025-115"] == nattaya.id
    # the opening ceremony and the HAF Awards keep every producer away from two shifts
    assert [u.start.isoformat() for u in result.unfilled] == ["2025-03-17T02:00:00+00:00",
                                                              "2025-03-19T08:00:00+00:00"]
    assert "'HAF Awards ceremony'" in result.unfilled[1].reason
    shape = roster_service.result_to_json(plan, result)
    assert set(shape) == {"shifts", "interpreting", "unfilled", "spread_minutes", "optimal", "seconds"}
    assert set(shape["shifts"][0]) == {"duty", "start", "end", "room", "staff"}  # type: ignore[index]
    assert shape["shifts"][0]["start"] == "2025-03-17T10:00:00+08:00"  # type: ignore[index]
    assert {"activity": "HAF-2025-115", "interpreter": "Nattaya Boonmee"} in shape["interpreting"]  # type: ignore[operator]


def test_applying_writes_tentative_shifts_and_interpreters_in_one_undoable_step(demo: PlanStore) -> None:
    before = demo.read()
    previous = find_conflicts(before)
    result = roster_service.propose_roster(before, time_limit=10)
    changes = roster_service.apply_roster(demo, result, clock=lambda: NOW)
    after = demo.read()
    shifts = [a for a in after.activities if a.kind is ActivityKind.BOOTH_DUTY]
    assert len(shifts) == sum(1 for s in result.shifts if s.staff) == 13
    assert {a.status for a in shifts} == {ActivityStatus.TENTATIVE} and all(a.duty_id for a in shifts)
    assert {a.source for a in shifts} == {"roster"}
    haf = next(a for a in after.activities if a.external_id == "HAF-2025-115")
    assert haf.interpreter_id == find_delegate(after, "Nattaya Boonmee").id
    assert changes.apply_to(before) == after and changes.touches(EntityKind.ACTIVITY)
    conflicts = conflicts_after(after, previous, changes)  # the window's narrow refresh
    assert conflicts == find_conflicts(after)
    assert {c.kind.value for c in conflicts} == {c.kind.value for c in previous} - {"interpreting"}
    again = roster_service.propose_roster(after, time_limit=10)
    assert again.changes == 0 and [s.staff for s in again.shifts] == [s.staff for s in result.shifts]
    assert roster_service.apply_roster(demo, again).revisions == ()  # nothing to write
    journal.revert(demo, changes)
    undone = demo.read()
    assert [a for a in undone.activities if a.kind is ActivityKind.BOOTH_DUTY and not a.deleted_at] == []
    assert next(a for a in undone.activities if a.external_id == "HAF-2025-115").interpreter_id is None


def test_a_proposal_is_refused_once_the_plan_changed(demo: PlanStore) -> None:
    plan = demo.read()
    result = roster_service.propose_roster(plan, time_limit=10)
    kim = find_delegate(plan, "Kim Ji-woo")
    save(demo, dataclasses.replace(kim, phone="+82 10 5555 0000"))
    with pytest.raises(UserError, match="changed since the roster was made"):
        roster_service.apply_roster(demo, result)
    assert not any(a.kind is ActivityKind.BOOTH_DUTY for a in demo.read().activities)


def test_a_plan_with_nothing_to_roster_and_a_bad_time_limit_are_user_errors(store: PlanStore) -> None:
    with pytest.raises(UserError, match="no booth duties"):
        roster_service.propose_roster(store.read())
    with pytest.raises(UserError, match="positive"):
        roster_service.propose_roster(store.read(), time_limit=0)


def test_interpreters_and_shifts_reach_calendars_and_itineraries(demo: PlanStore, tmp_path: Path) -> None:
    roster_service.apply_roster(demo, roster_service.propose_roster(demo.read(), time_limit=10))
    plan = demo.read()
    files = ics_service.export_calendars(plan, tmp_path / "ics", delegates=["Nattaya Boonmee", "Kim Ji-woo"],
                                         now=NOW)
    nattaya_ics, kim_ics = (path.read_text(encoding="utf-8").replace("\r\n ", "") for path in files)
    assert "Interpreting: Thai–English (th/en): you interpret" in nattaya_ics
    assert "Monsoon Kitchen × Hanbit Capital Partners" in nattaya_ics
    assert "SUMMARY:Booth duty: Hong Kong Pavilion Stand A10" in kim_ics and "CATEGORIES:Booth duty" in kim_ics
    siriporn = pdf_service.export_pdfs(plan, tmp_path / "pdf", delegates=["Siriporn Chaiyaphum"], now=NOW)
    text = "".join(page.extract_text() for page in pypdf.PdfReader(siriporn[0]).pages)
    assert "Interpreting" in text and "Thai–English (th/en), by Nattaya Boonmee" in " ".join(text.split())
