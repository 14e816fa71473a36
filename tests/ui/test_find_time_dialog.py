"""Tools → Find a time: people chosen with the picker, the best slots, one click to create the meeting."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

import pytest

from desktop_app.app import build_main_window
from desktop_app.domain.activities import ActivityKind, ActivityStatus
from desktop_app.domain.timezones import localize
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.tools.find_time_dialog import FindTimeDialog

HK = "Asia/Hong_Kong"


@pytest.fixture
def window(qtbot, app_settings, sync_runner, sample_plan_path: Path) -> MainWindow:
    window = build_main_window(app_settings, sync_runner)
    qtbot.addWidget(window)
    window.open_plan(sample_plan_path)
    return window


def delegate_id(window: MainWindow, name: str) -> int:
    return next(d.id for d in window.document.plan.delegates if d.name == name)


def with_kim_and_wong(window: MainWindow) -> FindTimeDialog:
    dialog = window.tools.show_find_time()
    assert not dialog.find_button.isEnabled()  # nobody chosen yet
    dialog.delegates.search.setText("kim@example.kr")
    dialog.delegates.search.returnPressed.emit()
    dialog.delegates.add(delegate_id(window, "Wong Ka-man"))
    dialog.minutes.setValue(60)
    return dialog


def test_the_slots_are_the_earliest_common_free_times(window: MainWindow):
    dialog = with_kim_and_wong(window)
    assert dialog.title.placeholderText() == "Meeting: Kim Ji-woo, Wong Ka-man"

    dialog.find_button.click()

    starts = [s.start for s in dialog.found.slots]
    # the 17th: both at the opening 10-11 and Wong in the HAF meeting; Kim at the 14:00 panel
    assert starts[:3] == [localize(datetime(2025, 3, 17, 9), HK), localize(datetime(2025, 3, 17, 11), HK),
                          localize(datetime(2025, 3, 17, 15), HK)]
    assert dialog.slots.item(0).text().endswith("09:00–10:00 HKT (everyone free until 10:00 HKT)")
    assert dialog.found.timezone == HK


def test_choosing_a_slot_creates_the_meeting_as_one_undo_step(window: MainWindow):
    dialog = with_kim_and_wong(window)
    hkcec = next(v.id for v in window.document.plan.venues if v.name == "HKCEC")
    dialog.venue.set_key(hkcec)
    dialog.window_start.set_wall(date(2025, 3, 18), time(12))  # a wall time given is set
    assert dialog.window_start.is_set.isChecked()
    dialog.search()
    slot = dialog.found.slots[0]
    assert slot.start == localize(datetime(2025, 3, 18, 12), HK)
    dialog.title.setText("Co-production talk")

    dialog.slots.itemActivated.emit(dialog.slots.item(0))  # a double-click or Enter on the slot

    meeting = next(a for a in window.document.plan.activities if a.title == "Co-production talk")
    assert (meeting.start, meeting.end, meeting.venue_id) == (slot.start, slot.end, hkcec)
    assert (meeting.kind, meeting.status) == (ActivityKind.MEETING, ActivityStatus.TENTATIVE)
    assert set(meeting.delegate_ids) == {delegate_id(window, "Kim Ji-woo"), delegate_id(window, "Wong Ka-man")}
    assert window.undo_stack.undoText() == "Add 'Co-production talk'"
    assert dialog.note.text().startswith("Added 'Co-production talk' on ")

    window.undo_stack.undo()
    assert all(a.title != "Co-production talk" for a in window.document.plan.activities)


def test_a_window_that_ends_before_it_starts_is_said_in_the_dialog(window: MainWindow):
    dialog = with_kim_and_wong(window)
    for edit, day in ((dialog.window_start, 19), (dialog.window_end, 18)):
        edit.set_wall(date(2025, 3, day), time(9))
        edit.is_set.setChecked(True)

    dialog.search()

    assert dialog.error.text() == "The end of the window must be after its start."
    assert dialog.slots.count() == 0
