"""Undo commands: redo → assert → undo → assert, against the real plan file."""

from __future__ import annotations

import threading
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoStack

from desktop_app.domain.activities import ActivityStatus
from desktop_app.services.editing import activities as activity_service
from desktop_app.storage.plan_store import PlanStore
from desktop_app.ui.commands import (
    DeleteActivitiesCommand,
    EditActivitiesCommand,
    drop_obsolete_neighbours,
    move_command,
    set_status_command,
)
from desktop_app.ui.plan_document import PlanDocument
from desktop_app.ui.workers import TaskRunner, serial_pool


@pytest.fixture
def document(qapp, sync_runner: TaskRunner, sample_plan_path: Path):
    document = PlanDocument(sync_runner)
    document.open(sample_plan_path)
    assert document.is_open
    yield document
    document.close()


def on_disk(path: Path, title: str):
    with PlanStore.open(path) as store:
        return next(a for a in store.read().activities if a.title == title)


def by_title(document: PlanDocument, title: str):
    return next(a for a in document.plan.activities if a.title == title)


def test_status_change_redo_and_undo(document, sample_plan_path, qtbot):
    stack = QUndoStack()
    panel = by_title(document, "Producers Connect panel")
    assert panel.status is ActivityStatus.TENTATIVE

    with qtbot.waitSignal(document.changed, timeout=0) as changed:
        stack.push(set_status_command(document, [panel], ActivityStatus.CONFIRMED))
    assert [c.updated_activity_ids for c in changed.args] == [{panel.id}]
    assert on_disk(sample_plan_path, "Producers Connect panel").status is ActivityStatus.CONFIRMED
    assert by_title(document, "Producers Connect panel").status is ActivityStatus.CONFIRMED
    assert stack.undoText() == "Confirm 'Producers Connect panel'"

    stack.undo()
    restored = on_disk(sample_plan_path, "Producers Connect panel")
    assert restored.status is ActivityStatus.TENTATIVE
    assert restored.sequence == panel.sequence + 2  # calendars that saw the change must see it undone
    assert by_title(document, "Producers Connect panel").status is ActivityStatus.TENTATIVE

    stack.redo()
    assert on_disk(sample_plan_path, "Producers Connect panel").status is ActivityStatus.CONFIRMED


def test_move_of_several_activities_redo_and_undo(document, sample_plan_path):
    stack = QUndoStack()
    opening, lunch = by_title(document, "FilMart opening"), by_title(document, "Buyers lunch")

    stack.push(move_command(document, [opening, lunch], timedelta(minutes=15)))
    assert on_disk(sample_plan_path, "FilMart opening").start == opening.start + timedelta(minutes=15)
    assert on_disk(sample_plan_path, "Buyers lunch").end == lunch.end + timedelta(minutes=15)
    assert stack.undoText() == "Move 2 activities later by 15 min"

    stack.undo()
    assert on_disk(sample_plan_path, "FilMart opening").start == opening.start
    assert on_disk(sample_plan_path, "Buyers lunch").end == lunch.end


def test_moving_earlier_is_named_so(document):
    command = move_command(document, [by_title(document, "Buyers lunch")], -timedelta(minutes=15))
    assert command.text() == "Move 'Buyers lunch' earlier by 15 min"


def test_a_change_that_breaks_a_rule_reports_and_leaves_no_undo_step(document, sample_plan_path):
    stack = QUndoStack()
    reported: list[str] = []
    lunch = by_title(document, "Buyers lunch")
    # as if the activity had been moved and shortened to nothing
    command = EditActivitiesCommand(document, "Shorten", {lunch.id: {"start": lunch.start + timedelta(minutes=15),
                                                                     "end": lunch.start}}, reported.append)

    stack.push(command)

    assert stack.count() == 0
    assert len(reported) == 1 and "ends at or before its start" in reported[0]
    assert on_disk(sample_plan_path, "Buyers lunch").start == lunch.start


def test_statuses_already_set_make_an_empty_command(document):
    lunch = by_title(document, "Buyers lunch")
    assert set_status_command(document, [lunch], ActivityStatus.CONFIRMED).after == {}


def test_undo_restores_what_the_file_held_even_if_the_view_was_behind(document, sample_plan_path):
    stack = QUndoStack()
    stale_panel = by_title(document, "Producers Connect panel")  # tentative, as the view last showed it
    with PlanStore.open(sample_plan_path) as other_window:  # meanwhile the file changed
        activity_service.set_status(other_window, stale_panel.id, ActivityStatus.PROPOSED)

    stack.push(set_status_command(document, [stale_panel], ActivityStatus.CANCELLED))
    assert on_disk(sample_plan_path, "Producers Connect panel").status is ActivityStatus.CANCELLED
    stack.undo()
    assert on_disk(sample_plan_path, "Producers Connect panel").status is ActivityStatus.PROPOSED


def test_a_command_that_finds_nothing_to_change_leaves_no_undo_step(document, sample_plan_path):
    stack = QUndoStack()
    lunch = by_title(document, "Buyers lunch")
    stale = lunch.revised(status=ActivityStatus.TENTATIVE)  # the view thought it was tentative
    stack.push(set_status_command(document, [stale], ActivityStatus.CONFIRMED))
    assert stack.count() == 0


def test_delete_redo_undo_redo_keeps_the_id(document, sample_plan_path):
    stack = QUndoStack()
    lunch = by_title(document, "Buyers lunch")
    titles = lambda: sorted(a.title for a in document.plan.activities)  # noqa: E731
    all_titles = titles()

    stack.push(DeleteActivitiesCommand(document, [lunch]))
    assert "Buyers lunch" not in titles()
    assert stack.undoText() == "Delete 'Buyers lunch'"

    stack.undo()
    assert titles() == all_titles
    restored = on_disk(sample_plan_path, "Buyers lunch")
    assert restored.uid == lunch.uid and restored.id == lunch.id

    stack.redo()
    assert "Buyers lunch" not in titles()
    stack.undo()
    assert on_disk(sample_plan_path, "Buyers lunch").uid == lunch.uid


# --- review fixes: unexpected errors, stale views, undo after restore, writes off the GUI thread ---


def test_an_unexpected_error_is_reported_and_leaves_the_stack_usable(document, sample_plan_path, monkeypatch):
    stack = QUndoStack()
    reported: list[str] = []
    lunch, opening = by_title(document, "Buyers lunch"), by_title(document, "FilMart opening")

    def broken(*_args, **_kwargs):
        raise RuntimeError("disk I/O error")

    with monkeypatch.context() as patched:
        patched.setattr(activity_service, "edit_activities", broken)
        stack.push(set_status_command(document, [lunch], ActivityStatus.CANCELLED, reported.append))

    assert stack.count() == 0
    assert reported == ["An unexpected error stopped the change (RuntimeError: disk I/O error). Nothing was changed."]
    assert document.is_settled  # nothing left pending: edits stay possible
    stack.push(move_command(document, [opening], timedelta(minutes=15), reported.append))
    assert stack.count() == 1 and len(reported) == 1
    stack.undo()
    assert on_disk(sample_plan_path, "FilMart opening").start == opening.start


def test_two_quick_moves_from_a_stale_view_move_twice(document, sample_plan_path):
    stack = QUndoStack()
    stale = by_title(document, "Buyers lunch")  # both presses see the view's copy from before the first

    stack.push(move_command(document, [stale], timedelta(minutes=15)))
    stack.push(move_command(document, [stale], timedelta(minutes=15)))

    assert on_disk(sample_plan_path, "Buyers lunch").start == stale.start + timedelta(minutes=30)
    stack.undo()
    assert on_disk(sample_plan_path, "Buyers lunch").start == stale.start + timedelta(minutes=15)
    stack.undo()
    assert on_disk(sample_plan_path, "Buyers lunch").start == stale.start


def test_delete_pressed_twice_from_a_stale_view_deletes_once_without_an_error(document):
    stack = QUndoStack()
    reported: list[str] = []
    stale = by_title(document, "Buyers lunch")

    stack.push(DeleteActivitiesCommand(document, [stale], reported.append))
    stack.push(DeleteActivitiesCommand(document, [stale], reported.append))

    assert reported == [] and stack.count() == 1
    stack.undo()
    assert by_title(document, "Buyers lunch").id == stale.id


def test_undo_and_redo_across_a_delete_keep_earlier_steps_working(document, sample_plan_path):
    stack = QUndoStack()
    reported: list[str] = []
    lunch = by_title(document, "Buyers lunch")
    later = lunch.start + timedelta(minutes=15)

    stack.push(move_command(document, [lunch], timedelta(minutes=15), reported.append))
    stack.push(DeleteActivitiesCommand(document, [by_title(document, "Buyers lunch")], reported.append))
    stack.undo()  # the delete
    assert on_disk(sample_plan_path, "Buyers lunch").start == later
    stack.undo()  # the move, which names the activity by its id
    assert on_disk(sample_plan_path, "Buyers lunch").start == lunch.start

    stack.redo()
    assert on_disk(sample_plan_path, "Buyers lunch").start == later
    stack.redo()
    assert "Buyers lunch" not in [a.title for a in document.plan.activities]
    stack.undo()
    stack.undo()
    restored = on_disk(sample_plan_path, "Buyers lunch")
    assert (restored.id, restored.uid, restored.start) == (lunch.id, lunch.uid, lunch.start)
    assert reported == [] and stack.count() == 2


@pytest.fixture
def threaded_document(qapp, qtbot, sync_runner: TaskRunner, sample_plan_path: Path):
    """Reads at once, writes on a real one-thread pool: the shape of the running app."""
    pool = serial_pool()
    document = PlanDocument(sync_runner, write_runner=TaskRunner(pool))
    document.open(sample_plan_path)
    yield document
    assert pool.waitForDone(10_000)
    qtbot.waitUntil(lambda: document.is_settled or not document.is_open, timeout=5000)
    document.close()


def test_writes_run_on_the_serial_worker_and_changes_arrive_on_the_gui_thread(
        threaded_document, sample_plan_path, qtbot, monkeypatch):
    stack = QUndoStack()
    write_threads: list[bool] = []
    shift = activity_service.shift_activities

    def recording_shift(*args, **kwargs):
        write_threads.append(threading.current_thread() is threading.main_thread())
        return shift(*args, **kwargs)

    monkeypatch.setattr(activity_service, "shift_activities", recording_shift)
    lunch = by_title(threaded_document, "Buyers lunch")

    received: list[object] = []
    threaded_document.changed.connect(received.append)
    stack.push(move_command(threaded_document, [lunch], timedelta(minutes=15)))
    stack.push(move_command(threaded_document, [lunch], timedelta(minutes=15)))
    assert not threaded_document.is_settled  # the writes are queued, the view is behind
    qtbot.waitUntil(lambda: threaded_document.is_settled, timeout=5000)

    assert write_threads == [False, False]  # never on the GUI thread
    # Each write's record patches the snapshot as it lands: no reload, nothing missed.
    assert [c.updated_activity_ids for c in received] == [{lunch.id}, {lunch.id}]  # type: ignore[attr-defined]
    assert by_title(threaded_document, "Buyers lunch").start == lunch.start + timedelta(minutes=30)
    assert threaded_document.plan == threaded_document.store.read()  # type: ignore[union-attr]


def test_a_write_failing_on_the_worker_takes_its_step_off_the_stack(threaded_document, sample_plan_path, qtbot):
    stack = QUndoStack()
    reported: list[str] = []

    def drop_soon() -> None:
        QTimer.singleShot(0, lambda: drop_obsolete_neighbours(stack))

    lunch = by_title(threaded_document, "Buyers lunch")
    stack.push(move_command(threaded_document, [lunch], timedelta(minutes=15), reported.append, drop_soon))
    broken = EditActivitiesCommand(threaded_document, "Break", {lunch.id: {"end": lunch.start}}, reported.append,
                                   drop_soon)
    stack.push(broken)
    assert stack.count() == 2  # pushed before the worker could say no

    qtbot.waitUntil(lambda: stack.count() == 1, timeout=5000)
    assert len(reported) == 1 and "ends at or before its start" in reported[0]
    assert stack.undoText() == "Move 'Buyers lunch' later by 15 min"
    stack.undo()
    qtbot.waitUntil(lambda: threaded_document.is_settled, timeout=5000)
    assert on_disk(sample_plan_path, "Buyers lunch").start == lunch.start
