"""Undo commands: redo → assert → undo → assert, against the real plan file."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack

from desktop_app.domain.activities import ActivityStatus
from desktop_app.services import activity_service
from desktop_app.services.activity_service import Changes
from desktop_app.storage.plan_store import PlanStore
from desktop_app.ui.commands import DeleteActivitiesCommand, move_command, set_status_command
from desktop_app.ui.plan_document import PlanDocument
from desktop_app.ui.workers import TaskRunner


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
    assert changed.args == [Changes.activities(updated=[panel.id])]
    assert on_disk(sample_plan_path, "Producers Connect panel").status is ActivityStatus.CONFIRMED
    assert by_title(document, "Producers Connect panel").status is ActivityStatus.CONFIRMED
    assert stack.undoText() == "Mark 'Producers Connect panel' confirmed"

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
    command = move_command(document, [lunch], timedelta(minutes=15), reported.append)
    command.after[lunch.id]["end"] = lunch.start  # as if the activity had been shortened to nothing

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


def test_delete_redo_undo_redo_follows_the_new_ids(document, sample_plan_path):
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
    assert restored.uid == lunch.uid and restored.id != lunch.id

    stack.redo()
    assert "Buyers lunch" not in titles()
    stack.undo()
    assert on_disk(sample_plan_path, "Buyers lunch").uid == lunch.uid
