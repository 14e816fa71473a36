"""The editors the roster needs, on the demo plan: booth duties, staff with their languages, and an
activity's interpreting need with its interpreter; each gives back what it loaded, and each save
is one undo step."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop_app.app import build_main_window
from desktop_app.domain.people import PersonKind
from desktop_app.ui.inspector.editor import EntityEditor
from desktop_app.ui.inspector.editors.activity_editor import ActivityEditor
from desktop_app.ui.inspector.editors.delegate_editor import DelegateEditor
from desktop_app.ui.inspector.editors.duty_editor import DutyEditor
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.roster.roster_section import RosterSection


@pytest.fixture
def window(qtbot, app_settings, sync_runner, demo_plan_copy: Path) -> MainWindow:
    window = build_main_window(app_settings, sync_runner)
    qtbot.addWidget(window)
    window.open_plan(demo_plan_copy)
    assert window.document.is_settled
    return window


def open_editor(window: MainWindow, entity: object) -> EntityEditor:
    editor = window.inspector.show_entity(entity, window.document.plan)
    assert editor is not None
    return editor


@pytest.mark.parametrize("field", ["duties", "staff", "activities"])
def test_each_editor_gives_back_what_it_loaded(window: MainWindow, field: str) -> None:
    plan = window.document.plan
    entities = [a for a in plan.activities if a.interpreting] if field == "activities" else getattr(plan, field)
    assert entities
    for entity in entities:
        editor = open_editor(window, entity)
        assert editor.collect() == entity and not editor.has_unsaved_changes()
    assert window.undo_stack.count() == 0


def test_a_new_booth_duty_from_the_roster_section_is_one_undo_step(window: MainWindow) -> None:
    section = window.show_section("roster")
    assert isinstance(section, RosterSection)
    section.show_day(date(2025, 3, 20))
    section.duties.table.setFocus()
    section.duties.new_action.trigger()
    editor = window.inspector.editor
    assert isinstance(editor, DutyEditor) and editor.is_new
    assert editor.day.date().toPython() == date(2025, 3, 20)  # the day the roster shows
    editor.stand.setCurrentIndex(editor.stand.findText("HAF Hall (S421), HKCEC"))
    editor.opens.setTime(editor.opens.time().fromString("09:00", "HH:mm"))
    editor.closes.setTime(editor.closes.time().fromString("12:00", "HH:mm"))
    editor.shift_minutes.setValue(90)
    editor.min_staff.setValue(2)
    editor.max_staff.set_count(3)
    editor.save_button.click()

    added = [d for d in window.document.plan.duties if d.opens == time(9)]
    assert len(added) == 1 and (added[0].closes, added[0].shift_minutes, added[0].min_staff,
                                added[0].max_staff) == (time(12), 90, 2, 3)
    assert section.grid.rowCount() == 2 and section.grid.columnCount() == 5  # 09:00, 10:00 (A10), 10:30 ...
    assert window.undo_stack.undoText().startswith("Add booth duty")

    window.undo_stack.undo()
    assert not [d for d in window.document.plan.duties if d.opens == time(9)]
    assert section.grid.rowCount() == 1


def test_a_closing_before_opening_is_said_beside_the_hours(window: MainWindow) -> None:
    editor = open_editor(window, window.document.plan.duties[0])
    editor.closes.setTime(editor.closes.time().fromString("09:00", "HH:mm"))
    editor.save_button.click()
    assert "before it opens" in editor.error_text("end")
    assert window.undo_stack.count() == 0


def test_staff_and_their_languages_are_edited_with_the_delegate(window: MainWindow) -> None:
    yoon = next(p for p in window.document.plan.staff if p.name == "Yoon Ha-eun")
    editor = open_editor(window, yoon)
    assert isinstance(editor, DelegateEditor)
    assert editor.kind.value() is PersonKind.STAFF and editor.languages.text() == "ko; yue; en"
    editor.languages.setText("ko, yue en ja")
    editor.save_button.click()
    assert window.document.plan.delegate_by_id[yoon.id].languages == ("ko", "yue", "en", "ja")

    editor = open_editor(window, window.document.plan.delegate_by_id[yoon.id])
    editor.languages.setText("ko; 한국어")
    editor.save_button.click()
    assert "not a language tag" in editor.error_text("languages")


def test_an_activity_keeps_its_interpreter_and_gets_one_in_the_editor(window: MainWindow) -> None:
    plan = window.document.plan
    interpreted = next(a for a in plan.activities if a.interpreter_id is not None)
    editor = open_editor(window, interpreted)
    assert isinstance(editor, ActivityEditor)
    assert interpreted.interpreter_id not in editor.attendees.chosen_ids()  # not one of its delegates
    editor.title.setText(interpreted.title + " (moved table)")
    editor.save_button.click()
    saved = window.document.plan.activity_by_id[interpreted.id]
    assert saved.interpreter_id == interpreted.interpreter_id and saved.interpreting == interpreted.interpreting

    open_need = next(a for a in window.document.plan.activities if a.interpreting and a.interpreter_id is None)
    nattaya = next(p for p in plan.staff if p.name == "Nattaya Boonmee")
    editor = open_editor(window, open_need)
    assert editor.interpreting.text() == "th-en"
    editor.interpreter.setCurrentIndex(editor.interpreter.index_of(nattaya.id))
    editor.save_button.click()
    assert window.document.plan.activity_by_id[open_need.id].interpreter_id == nattaya.id

    editor = open_editor(window, window.document.plan.activity_by_id[open_need.id])
    editor.interpreting.clear()  # no need any more: the interpreter goes with it
    editor.save_button.click()
    cleared = window.document.plan.activity_by_id[open_need.id]
    assert cleared.interpreting == () and cleared.interpreter_id is None
    assert nattaya.id not in cleared.delegate_ids


def test_the_delegates_table_lists_languages(window: MainWindow) -> None:
    section = window.show_section("delegates")
    model = section.model  # type: ignore[attr-defined]
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    column = headers.index("Languages")
    texts = {model.index(r, column).data() for r in range(model.rowCount())}
    assert "ko, yue, en" in texts and "th, en" in texts
