"""The conflicts list: its model, the severity filter and the selection signal."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop_app.domain.conflicts import Severity, find_conflicts
from desktop_app.storage.plan_store import PlanStore
from desktop_app.ui.conflicts.conflict_list_model import CONFLICT_ROLE, ConflictListModel
from desktop_app.ui.conflicts.conflicts_panel import ConflictsPanel


@pytest.fixture
def conflicts(sample_plan_path: Path):
    with PlanStore.open(sample_plan_path) as store:
        return find_conflicts(store.read())


def test_model_passes_the_model_tester(qtmodeltester, qapp, conflicts):
    model = ConflictListModel()
    model.set_conflicts(conflicts)
    qtmodeltester.check(model)


def test_model_shows_when_what_and_the_sentence(qapp, conflicts):
    model = ConflictListModel()
    model.set_conflicts(conflicts)
    assert model.rowCount() == 2
    first = model.index(0).data()
    assert first.startswith("Mon 17 Mar 10:30 · Double-booked\n")
    assert "Wong Ka-man is in 'FilMart opening' and 'HAF meeting: 山中的河' at once" in first
    assert model.index(0).data(CONFLICT_ROLE) is conflicts[0]
    assert model.index(0).data(Qt.ItemDataRole.DecorationRole) is not None
    assert model.index(1).data(Qt.ItemDataRole.AccessibleDescriptionRole) == "warning"
    assert "• Buyers lunch" in model.index(1).data(Qt.ItemDataRole.ToolTipRole)
    assert model.counts() == (1, 1)


def test_panel_hides_warnings_on_request_and_counts_both(qtbot, conflicts):
    panel = ConflictsPanel()
    qtbot.addWidget(panel)
    panel.set_conflicts(conflicts)
    assert "1 conflict" in panel.heading.text() and "1 warning" in panel.heading.text()

    panel.show_warnings.setChecked(False)

    assert [c.severity for c in panel.model.conflicts()] == [Severity.CONFLICT]
    panel.set_conflicts([])
    assert panel.heading.text() == "<b>No conflicts</b>"


def test_selecting_a_conflict_announces_it(qtbot, conflicts):
    panel = ConflictsPanel()
    qtbot.addWidget(panel)
    panel.set_conflicts(conflicts)
    with qtbot.waitSignal(panel.conflict_selected, timeout=0) as signal:
        panel.list_view.setCurrentIndex(panel.model.index(1))
    assert signal.args == [conflicts[1]]
    assert panel.selected_conflict() is conflicts[1]
