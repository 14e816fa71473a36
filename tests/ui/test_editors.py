"""An editor for every entity, in the window's inspector, on issue 8's Korean trip: built from
nothing, refused with the reason beside the field (nothing written), never overwriting a change
made meanwhile, saying at once what a saved activity now clashes with, and round-tripping every
entity of the plan unchanged."""

from __future__ import annotations

import dataclasses
import re
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel

from desktop_app.app import build_main_window
from desktop_app.domain.activities import Activity, ActivityStatus, Attendance
from desktop_app.domain.plan import Plan
from desktop_app.domain.timezones import localize
from desktop_app.services.editing import activities as activity_service
from desktop_app.services.editing.entities import save
from desktop_app.services.editing.removal import remove_person
from desktop_app.services.lookup import find_delegate
from desktop_app.ui import style
from desktop_app.ui.appearance import Appearance
from desktop_app.ui.inspector.editor import EntityEditor
from desktop_app.ui.inspector.editors.activity_editor import ActivityEditor, new_activity
from desktop_app.ui.inspector.editors.delegate_editor import DelegateEditor
from desktop_app.ui.inspector.editors.stay_editor import StayEditor
from desktop_app.ui.main_window import MainWindow
from tests.ui.test_editor_fields import type_text
from tests.ui.trip_plan_file import build_trip_plan

PARIS = "Europe/Paris"


@pytest.fixture
def shown_errors() -> list[str]:
    """What the window said in its message boxes (replaced: a modal box would stop the test)."""
    return []


@pytest.fixture
def window(qtbot, app_settings, sync_runner, tmp_path: Path, shown_errors: list[str],
           monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    window = build_main_window(app_settings, sync_runner)
    qtbot.addWidget(window)
    monkeypatch.setattr(window, "show_error", lambda _title, message: shown_errors.append(message))
    window.open_plan(build_trip_plan(tmp_path / "trip.dplan"))
    assert window.document.is_open
    return window


def open_editor(window: MainWindow, entity: object) -> EntityEditor:
    editor = window.inspector.show_entity(entity, window.document.plan)
    assert editor is not None
    return editor


def titled(plan: Plan, title: str) -> Activity:
    return next(a for a in plan.activities if a.title == title)


def cannes(day: int, hour: int, minute: int = 0) -> datetime:
    return localize(datetime(2025, 5, day, hour, minute), PARIS)


# --- an activity from nothing -------------------------------------------------------------------

@pytest.mark.qt_log_ignore("This plugin does not support")
def test_an_activity_is_built_from_nothing_in_the_editor(qtbot, window: MainWindow) -> None:
    window.show()
    qtbot.waitExposed(window)
    editor = open_editor(window, new_activity(window.document.plan))
    assert isinstance(editor, ActivityEditor) and editor.is_new and editor.heading.text() == "New activity"
    editor.title.setText("戛纳韩国电影早餐会")
    editor.venue.setEditText("palais")  # part of the name is enough
    editor.venue.setCurrentIndex(editor.venue.index_of(editor.venue.key("venue")))
    assert editor.zone.currentText() == PARIS and not editor.zone.isEnabled()  # the venue's zone
    editor.room.setEditText("Riviera Hall")
    editor.attendees.search.setFocus()
    type_text(qtbot, editor.attendees.search, "소희")  # Han So-hee, by her Korean name
    popup = editor.attendees.completer.popup()
    assert popup.isVisible() and popup.model().index(0, 0).data() == "Han So-hee · 한소희 · sohee.han@kofic.example"
    editor.attendees.completer.activated[str].emit(popup.model().index(0, 0).data())
    qtbot.waitUntil(lambda: editor.attendees.search.text() == "")
    editor.start.set_wall_time(datetime(2025, 5, 15, 8, 30))
    editor.end.set_wall_time(datetime(2025, 5, 15, 9, 30))
    assert editor.start.abbreviation.text() == "CEST" and editor.end.abbreviation.text() == "CEST"

    editor.save()

    saved = titled(window.document.plan, "戛纳韩国电影早餐会")
    plan = window.document.plan
    assert (saved.start, saved.end, saved.timezone) == (cannes(15, 8, 30), cannes(15, 9, 30), PARIS)
    assert plan.venue_by_id[saved.venue_id or 0].name == "Palais des Festivals"
    assert plan.room_by_id[saved.room_id or 0].name == "Riviera Hall"
    assert saved.attendees == (Attendance(find_delegate(plan, "한소희").id or 0),)
    assert plan == window.document.store.read()  # type: ignore[union-attr]
    assert window.undo_stack.undoText() == "Add activity '戛纳韩国电影早餐会'"
    # The editor now holds the activity as saved, and says at once what it clashes with.
    assert window.inspector.editor is editor and editor.original == saved and not editor.is_new
    assert "Now clashes with 'Delegation breakfast' for Han So-hee" in editor.notice.text()
    assert not editor.notice.isHidden()


def test_an_edit_of_an_activity_is_a_revision_and_undoes(window: MainWindow) -> None:
    night = titled(window.document.plan, "Korean Night")
    editor = open_editor(window, night)
    assert isinstance(editor, ActivityEditor)
    assert editor.start.wall_time() == datetime(2025, 5, 16, 19, 30) and editor.start.abbreviation.text() == "CEST"
    editor.status.set_value(ActivityStatus.TENTATIVE)
    editor.attendees.remove(find_delegate(window.document.plan, "Han So-hee").id or 0)
    editor.save()
    after = window.document.plan.activity_by_id[night.id or 0]
    assert after.status is ActivityStatus.TENTATIVE and after.sequence == night.sequence + 1
    assert find_delegate(window.document.plan, "Han So-hee").id in after.former_attendee_ids
    assert editor.original == after and not editor.has_unsaved_changes()
    window.undo_stack.undo()
    assert window.document.plan.activity_by_id[night.id or 0].status is ActivityStatus.CONFIRMED


# --- refused, with the reason beside the field, nothing written -------------------------------------

def refused(window: MainWindow, editor: EntityEditor, field: str) -> str:
    before = window.document.plan
    editor.save()
    assert window.document.plan == before and window.undo_stack.count() == 0
    return editor.error_text(field)


def test_an_end_before_the_start_is_refused_beside_the_end(window: MainWindow) -> None:
    editor = open_editor(window, titled(window.document.plan, "Korean Night"))
    assert isinstance(editor, ActivityEditor)
    editor.end.set_wall_time(datetime(2025, 5, 16, 18, 0))
    assert "ends at or before its start (2025-05-16 19:30)" in refused(window, editor, "end")


def test_the_editors_messages_follow_a_dark_scheme(window: MainWindow, qapp) -> None:
    """Refusals are shown in the scheme's error colour, so they read on a dark window too."""
    appearance = Appearance.of(qapp)
    palette, style_name = QPalette(qapp.palette()), qapp.style().name()
    try:
        appearance.force(Qt.ColorScheme.Dark)
        qapp.processEvents()
        editor = open_editor(window, titled(window.document.plan, "Korean Night"))
        editor.end.set_wall_time(datetime(2025, 5, 16, 18, 0))
        refused(window, editor, "end")
        labels = [label for label in editor.findChildren(QLabel)
                  if label.isVisibleTo(editor) and "ends at or before" in label.text()]
        assert labels and {label.palette().color(QPalette.ColorRole.WindowText).name()
                           for label in labels} == {style.DARK.error_text}
    finally:
        appearance.force(None)
        qapp.setPalette(palette)
        qapp.setStyle(style_name)


def test_a_room_of_another_venue_is_refused_beside_the_room(window: MainWindow) -> None:
    editor = open_editor(window, titled(window.document.plan, "Korean Night"))
    assert isinstance(editor, ActivityEditor)
    editor.room.setEditText("HAF Hall")  # at HKCEC, not at the Palais
    message = refused(window, editor, "room")
    assert "Palais des Festivals has no room 'HAF Hall'" in message and "Riviera Hall" in message


def test_a_zone_that_does_not_exist_is_refused_beside_the_zone(window: MainWindow) -> None:
    editor = open_editor(window, titled(window.document.plan, "Seoul office debrief (video call)"))
    assert isinstance(editor, ActivityEditor) and editor.zone.isEnabled()  # no venue: its own zone
    editor.zone.setCurrentText("Asia/Atlantis")
    assert "'Asia/Atlantis' is not an IANA time zone" in refused(window, editor, "timezone")


def test_10_mb_of_notes_are_refused_beside_the_notes(qtbot, window: MainWindow) -> None:
    editor = open_editor(window, titled(window.document.plan, "Korean Night"))
    assert isinstance(editor, ActivityEditor)
    paste = QMimeData()
    paste.setText("가" * 10_000_000)
    editor.notes.insertFromMimeData(paste)
    assert "Not pasted" in editor.error_text("notes") and editor.notes.length() == 0
    editor.notes.set_text("나" * 100_001)  # grown past the limit some other way
    assert "notes hold at most 100,000" in refused(window, editor, "notes")


# --- changed elsewhere: never overwritten -------------------------------------------------------------

def test_an_activity_changed_elsewhere_is_not_overwritten(window: MainWindow, shown_errors: list[str]) -> None:
    night = titled(window.document.plan, "Korean Night")
    editor = open_editor(window, night)
    assert isinstance(editor, ActivityEditor)
    activity_service.set_status(window.document.store, night.id or 0, ActivityStatus.TENTATIVE)  # another window
    editor.title.setText("Korean Night (Palais)")
    editor.save()
    expected = r"'Korean Night' was changed by \S+ at .+ UTC since you opened it \(status\)"  # who and when
    assert re.search(expected, editor.error_text("")) and re.search(expected, shown_errors[0])
    assert window.document.store.read().activity_by_id[night.id or 0].title == "Korean Night"  # type: ignore[union-attr]


def test_a_delegate_removed_while_the_editor_is_open_cannot_be_saved(window: MainWindow,
                                                                      shown_errors: list[str]) -> None:
    han = find_delegate(window.document.plan, "Han So-hee")
    editor = open_editor(window, han)
    assert isinstance(editor, DelegateEditor)
    remove_person(window.document.store, lambda plan: plan.delegate_by_id[han.id or 0])  # another window
    editor.phone.setText("+82 10 0000 0000")
    editor.save()
    assert re.search(r"'Han So-hee' was removed from the plan by \S+ at .+ UTC since you opened it; nothing was "
                     r"changed", editor.error_text(""))
    assert shown_errors and window.undo_stack.count() == 0


def test_unsaved_changes_survive_an_edit_made_meanwhile_in_the_window(window: MainWindow) -> None:
    han = find_delegate(window.document.plan, "Han So-hee")
    editor = open_editor(window, han)
    assert isinstance(editor, DelegateEditor)
    editor.phone.setText("+82 10 0000 0000")
    window.run_edit("Rename", lambda store: save(store, dataclasses.replace(han, role="Head of delegation"))[1])
    assert editor.phone.text() == "+82 10 0000 0000" and "Changed elsewhere meanwhile" in editor.error_text("")
    editor.save()
    assert re.search(r"was changed by \S+ at .+ UTC since you opened it \(role\)", editor.error_text(""))


def test_a_service_rule_is_shown_beside_its_field(window: MainWindow) -> None:
    editor = open_editor(window, window.document.plan.venues[1])
    editor.field("name").setText("HKCEC")  # unique: checked inside the transaction
    editor.save()
    assert "a venue called 'HKCEC' is already in the plan" in editor.error_text("name")


# --- a delegate's stays -------------------------------------------------------------------------------

def test_a_delegates_stays_are_listed_added_and_removed_from_the_delegate_editor(window: MainWindow) -> None:
    plan = window.document.plan
    jang = find_delegate(plan, "Jang Woo-jin")  # at FilMart only
    editor = open_editor(window, jang)
    assert isinstance(editor, DelegateEditor) and editor.stays.count() == 1
    assert "HKT" in editor.stays.item(0).text() and "Grand Hyatt" in editor.stays.item(0).text()

    editor.add_stay_button.click()
    stay_editor = window.inspector.editor
    assert isinstance(stay_editor, StayEditor) and stay_editor.is_new
    stay_editor.market.setCurrentIndex(stay_editor.market.index_of(plan.markets[1].id))  # Cannes
    assert stay_editor.zone.currentText() == PARIS
    stay_editor.arrival.set_wall_time(datetime(2025, 5, 13, 9, 0))
    stay_editor.departure.set_wall_time(datetime(2025, 5, 18, 11, 0))
    assert stay_editor.arrival.abbreviation.text() == "CEST"
    stay_editor.hotel.setText("Hôtel Martinez")
    stay_editor.save()
    [cannes_stay] = [s for s in window.document.plan.stays_of(jang.id or 0) if s.hotel == "Hôtel Martinez"]
    assert (cannes_stay.arrival, cannes_stay.departure) == (cannes(13, 9), cannes(18, 11))

    stay_editor.open_delegate.click()
    editor = window.inspector.editor
    assert isinstance(editor, DelegateEditor) and editor.stays.count() == 2
    editor.stays.setCurrentRow(1)
    editor.remove_stay_button.click()
    assert len(window.document.plan.stays_of(jang.id or 0)) == 1 and editor.stays.count() == 1


# --- every editor, every entity -----------------------------------------------------------------------

PLAN_FIELDS = ("markets", "venues", "rooms", "travel_times", "delegations", "delegates", "stays", "contacts",
               "projects", "requests", "availability", "activities")


@pytest.mark.parametrize("field", PLAN_FIELDS)
def test_each_editor_gives_back_each_entity_as_it_loaded_it(window: MainWindow, field: str) -> None:
    plan = window.document.plan
    entities = getattr(plan, field)
    assert entities
    for entity in entities:
        editor = open_editor(window, entity)
        assert editor.collect() == entity and not editor.has_unsaved_changes()
        editor.save()  # nothing changed: nothing to write
    assert window.undo_stack.count() == 0


# --- with writes on their own thread, as in the app ---------------------------------------------------

def test_with_a_real_write_thread_the_editor_hears_what_became_of_its_save(qtbot, app_settings, threaded_runner,
                                                                            tmp_path: Path,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    window = build_main_window(app_settings, threaded_runner)
    qtbot.addWidget(window)
    monkeypatch.setattr(window, "show_error", lambda _title, _message: None)
    with qtbot.waitSignal(window.document.opened, timeout=10_000):
        window.open_plan(build_trip_plan(tmp_path / "trip.dplan"))
    plan = window.document.plan
    editor = open_editor(window, titled(plan, "Sales meeting: Riviera Sales"))
    assert isinstance(editor, ActivityEditor)
    editor.start.set_wall_time(datetime(2025, 5, 15, 8, 0))  # onto the delegation breakfast
    editor.end.set_wall_time(datetime(2025, 5, 15, 8, 30))
    editor.save()
    qtbot.waitUntil(lambda: "Now clashes with 'Delegation breakfast' for Choi Yu-na" in editor.notice.text(),
                    timeout=10_000)

    activity_service.set_status(window.document.store, editor.original.id, ActivityStatus.TENTATIVE)
    editor.title.setText("Sales meeting (moved)")
    editor.save()
    qtbot.waitUntil(lambda: re.search(r"was changed by \S+ at .+ UTC since you opened it \(status\)",
                                      editor.error_text("")) is not None, timeout=10_000)
    qtbot.waitUntil(lambda: window.document.is_settled, timeout=10_000)
    window.close()
