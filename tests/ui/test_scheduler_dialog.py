"""Tools → Schedule meetings: a live readout, Cancel, ghosts, and part of a proposal as one undo step."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop_app.app import build_main_window
from desktop_app.domain.activities import ActivityKind, ActivityStatus
from desktop_app.domain.requests import RequestStatus
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.tools.proposal_table_model import TAKE
from desktop_app.ui.tools.scheduler_dialog import SchedulerDialog

TIME_LIMIT = 8  # the demo plan is proven optimal in about 3.5 s


@pytest.fixture
def window(qtbot, app_settings, sync_runner, demo_plan_copy: Path) -> MainWindow:
    window = build_main_window(app_settings, sync_runner)
    qtbot.addWidget(window)
    window.open_plan(demo_plan_copy)
    assert window.document.is_settled
    return window


def ghosts_seen(window: MainWindow) -> list[list[object]]:
    seen: list[list[object]] = []
    window.tools.proposal_changed.connect(seen.append)
    return seen


def proposed(window: MainWindow) -> SchedulerDialog:
    dialog = window.tools.show_scheduler()
    dialog.time_limit.setValue(TIME_LIMIT)
    dialog.start()
    assert dialog.state == dialog.PROPOSED, dialog.error.text()
    return dialog


def haf_meetings(window: MainWindow) -> dict[int, object]:
    return {a.request_id: a for a in window.document.plan.activities
            if a.kind is ActivityKind.HAF_MEETING and a.request_id is not None}


def test_the_readout_ends_with_the_proof_and_the_proposal_is_listed(window: MainWindow, qtmodeltester):
    before = len(window.document.plan.activities)
    dialog = proposed(window)

    result = dialog.proposal
    assert result is not None and result.placed
    assert dialog.model.rowCount() == len(result.placed)
    assert dialog.objective_label.text() == str(result.objective)
    assert dialog.bound_label.text() == f"{result.bound:g}"
    assert dialog.stage_label.text().startswith("Done in")
    assert dialog.gap_label.text() == "Proven optimal: no schedule places more priority."
    assert dialog.tabs.tabText(0) == f"Proposed ({len(result.placed)})"
    assert dialog.tabs.tabText(1) == f"Not placed ({len(result.unplaced)})"
    assert len(window.document.plan.activities) == before  # nothing written yet
    qtmodeltester.check(dialog.model)


def test_accepting_part_of_a_proposal_is_one_undo_step(window: MainWindow):
    ghosts = ghosts_seen(window)
    dialog = proposed(window)
    placed = dialog.proposal.placed
    assert len(ghosts[-1]) == len(placed)  # every meeting ticked, drawn as a ghost
    assert all(g.id is None and g.status is ActivityStatus.TENTATIVE for g in ghosts[-1])

    dialog.tick_none.click()
    taken = [dialog.model.rows()[i].placement for i in (0, 2, 5)]
    for row in (0, 2, 5):
        dialog.model.setData(dialog.model.index(row, TAKE), Qt.CheckState.Checked.value,
                             Qt.ItemDataRole.CheckStateRole)
    assert [g.start for g in ghosts[-1]] == [p.start for p in taken]
    assert dialog.accept_ticked_button.text() == "Accept &ticked (3)"
    dialog.accept_ticked_button.click()

    written = haf_meetings(window)
    assert {p.request_id for p in taken} <= set(written)
    for placement in taken:
        meeting = written[placement.request_id]
        assert (meeting.start, meeting.end, meeting.status) == (placement.start, placement.end,
                                                                ActivityStatus.TENTATIVE)
    requests = window.document.plan.request_by_id
    assert {r for r in requests if requests[r].status is RequestStatus.SCHEDULED} == {p.request_id for p in taken}
    assert window.undo_stack.undoText() == "Schedule 3 meetings"
    assert ghosts[-1] == [] and dialog.model.rowCount() == 0

    window.undo_stack.undo()

    assert not {p.request_id for p in taken} & set(haf_meetings(window))
    assert all(r.status is RequestStatus.PENDING for r in window.document.plan.requests)


def test_discarding_writes_nothing_and_clears_the_ghosts(window: MainWindow):
    ghosts = ghosts_seen(window)
    dialog = proposed(window)
    before = window.document.plan

    dialog.discard_button.click()

    assert ghosts[-1] == [] and dialog.proposal is None and window.document.plan == before
    assert window.undo_stack.count() == 0


def test_a_running_scheduler_can_be_cancelled(qtbot, app_settings, threaded_runner, demo_plan_copy: Path):
    window = build_main_window(app_settings, threaded_runner)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.document.opened, timeout=10_000):
        window.open_plan(demo_plan_copy)
    qtbot.waitUntil(lambda: window.document.is_settled, timeout=10_000)
    ghosts = ghosts_seen(window)
    dialog = window.tools.show_scheduler()
    dialog.time_limit.setValue(5)

    dialog.start()
    assert dialog.state == dialog.RUNNING and not dialog.start_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.run.latest is not None, timeout=10_000)  # the solver has begun
    dialog.cancel_button.click()

    assert dialog.state == dialog.CANCELLING and not dialog.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.state == dialog.IDLE, timeout=10_000)
    assert dialog.message.text() == "Cancelled; nothing was proposed."
    assert dialog.proposal is None and dialog.model.rowCount() == 0
    assert not any(ghosts)  # never a ghost of a run that was cancelled
    assert dialog.start_button.isEnabled()
    window.close()


def test_closing_the_dialog_takes_its_ghosts_away_and_showing_it_brings_them_back(window: MainWindow):
    ghosts = ghosts_seen(window)
    dialog = proposed(window)
    count = len(ghosts[-1])

    dialog.close()
    assert ghosts[-1] == []
    window.tools.show_scheduler()
    assert len(ghosts[-1]) == count
