"""The inspector's field widgets: times with their zone, people with type-ahead, entities by name, notes."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QMimeData

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.people import Delegate
from desktop_app.domain.places import Room, Venue
from desktop_app.domain.plan import Plan
from desktop_app.domain.requests import ParticipantKind, ParticipantRef
from desktop_app.domain.timezones import localize
from desktop_app.ui.inspector.fields.choices import participant_choices, venue_choices
from desktop_app.ui.inspector.fields.datetime_zone_edit import DateTimeZoneEdit
from desktop_app.ui.inspector.fields.entity_combo import EntityCombo, RoomCombo
from desktop_app.ui.inspector.fields.notes_edit import MAX_NOTE_CHARACTERS, NotesEdit
from desktop_app.ui.inspector.fields.people_picker import PeoplePicker

PARIS = "Europe/Paris"


# --- DateTimeZoneEdit -------------------------------------------------------------------------

def test_a_time_is_shown_in_its_zone_and_read_back_as_the_same_instant(qtbot) -> None:
    edit = DateTimeZoneEdit()
    qtbot.addWidget(edit)
    instant = datetime(2025, 5, 14, 8, 0, 17, tzinfo=UTC)  # 10:00:17 CEST
    edit.set_value(instant, PARIS)
    assert edit.wall_time() == datetime(2025, 5, 14, 10, 0, 17)
    assert edit.abbreviation.text() == "CEST" and edit.zone_picker is not None
    assert edit.zone_picker.currentText() == PARIS
    assert edit.value("start") == instant

    edit.set_wall_time(datetime(2025, 5, 14, 11, 30))
    assert edit.value("start") == localize(datetime(2025, 5, 14, 11, 30), PARIS)


def test_a_wall_time_the_zone_skips_or_repeats_is_explained_beside_the_field(qtbot) -> None:
    edit = DateTimeZoneEdit(zone_editable=False)
    qtbot.addWidget(edit)
    edit.set_value(datetime(2025, 3, 29, 12, tzinfo=UTC), PARIS)
    edit.set_wall_time(datetime(2025, 3, 30, 2, 30))
    assert "does not exist in Europe/Paris" in edit.note_text() and "read as 03:30 CEST" in edit.note_text()
    assert edit.value("start") == datetime(2025, 3, 30, 1, 30, tzinfo=UTC)
    edit.set_wall_time(datetime(2025, 10, 26, 2, 30))
    assert "happens twice" in edit.note_text()
    edit.set_wall_time(datetime(2025, 10, 26, 12, 0))
    assert edit.note_text() == "" and edit.abbreviation.text() == "CET"


def test_the_second_of_a_repeated_hour_survives_a_round_trip(qtbot) -> None:
    edit = DateTimeZoneEdit(zone_editable=False)
    qtbot.addWidget(edit)
    second = datetime(2025, 10, 26, 1, 30, tzinfo=UTC)  # 02:30 CET, after the clocks went back
    edit.set_value(second, PARIS)
    assert edit.abbreviation.text() == "CET" and edit.value("start") == second


def test_changing_the_zone_keeps_the_clock_time_and_a_bad_zone_is_refused(qtbot) -> None:
    edit = DateTimeZoneEdit()
    qtbot.addWidget(edit)
    edit.set_value(datetime(2025, 3, 17, 2, tzinfo=UTC), "Asia/Hong_Kong")  # 10:00 HKT
    edit.set_zone("Asia/Seoul")
    assert edit.wall_time().hour == 10 and edit.abbreviation.text() == "KST"
    assert edit.value("earliest") == datetime(2025, 3, 17, 1, tzinfo=UTC)
    assert edit.zone_picker is not None
    edit.zone_picker.setCurrentText("Mars/Olympus_Mons")
    with pytest.raises(ValidationError, match="not an IANA time zone") as refused:
        edit.value("earliest")
    assert refused.value.field == "earliest"


def test_an_optional_time_left_unset_is_none(qtbot) -> None:
    edit = DateTimeZoneEdit(optional=True)
    qtbot.addWidget(edit)
    edit.set_value(None, PARIS, empty_shows=datetime(2025, 5, 14, 7, tzinfo=UTC))
    assert edit.value("earliest") is None and not edit.edit.isEnabled()
    assert edit.is_set is not None
    edit.is_set.setChecked(True)
    assert edit.value("earliest") == datetime(2025, 5, 14, 7, tzinfo=UTC)


# --- PeoplePicker -----------------------------------------------------------------------------

def sixty_delegates() -> list[Delegate]:
    people = [Delegate(i, f"Delegate {i:02d}", email=f"d{i}@example.org") for i in range(1, 58)]
    return [*people, Delegate(58, "Kim Ji-woo", native_name="김지우", email="kim@example.kr"),
            Delegate(59, "Wong Ka-man", native_name="黃嘉敏", email="wong@example.hk"),
            Delegate(60, "Kim Ji-woo", native_name="김지우", email="jiwoo@other.example")]


def test_type_ahead_finds_people_by_any_part_of_their_names_or_email(qtbot) -> None:
    picker = PeoplePicker(with_required=True)
    qtbot.addWidget(picker)
    picker.set_candidates(sixty_delegates())
    assert picker.matches("嘉敏") == ["Wong Ka-man · 黃嘉敏 · wong@example.hk"]
    assert len(picker.matches("지우")) == 2  # two people share the name: the emails tell them apart
    assert picker.matches("@example.kr") == ["Kim Ji-woo · 김지우 · kim@example.kr"]


def test_enter_takes_the_one_person_the_text_names_and_explains_otherwise(qtbot) -> None:
    picker = PeoplePicker(with_required=True)
    qtbot.addWidget(picker)
    picker.set_candidates(sixty_delegates())
    picker.search.setText("wong@example.hk")
    picker.search.returnPressed.emit()
    picker.search.setText("黃嘉敏")
    picker.search.returnPressed.emit()
    assert picker.chosen() == [(59, True)] and "already listed" in picker.hint.text()
    picker.search.setText("김지우")
    picker.search.returnPressed.emit()
    assert "use the email" in picker.hint.text() and picker.chosen_ids() == (59,)
    picker.search.setText("Delegate 1")
    picker.search.returnPressed.emit()
    assert "fits 10 people" in picker.hint.text()
    picker.search.setText("Nobody")
    picker.search.returnPressed.emit()
    assert "no delegate is called 'Nobody'" in picker.hint.text()


def test_each_chosen_person_is_required_or_optional_and_can_be_removed(qtbot) -> None:
    picker = PeoplePicker(with_required=True)
    qtbot.addWidget(picker)
    picker.set_candidates(sixty_delegates())
    picker.set_chosen([(58, True), (59, False)])
    assert picker.chosen() == [(58, True), (59, False)]
    with qtbot.waitSignal(picker.changed):
        picker.table.cellWidget(0, 1).setChecked(False)
    assert picker.chosen() == [(58, False), (59, False)]
    picker.table.cellWidget(1, 2).click()
    assert picker.chosen() == [(58, False)]


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_the_completer_offers_a_korean_name_typed_in_hangul(qtbot) -> None:
    picker = PeoplePicker()
    qtbot.addWidget(picker)
    picker.set_candidates(sixty_delegates()[:59])
    picker.show()
    qtbot.waitExposed(picker)
    picker.search.setFocus()
    type_text(qtbot, picker.search, "지우")
    popup = picker.completer.popup()
    assert picker.completer.completionCount() == 1 and popup.isVisible()
    picker.completer.activated[str].emit(popup.model().index(0, 0).data())
    qtbot.waitUntil(lambda: picker.search.text() == "")
    assert picker.chosen_ids() == (58,)


def type_text(qtbot, widget, text: str) -> None:
    """Key presses of any script (QTest.keyClicks handles only Latin-1)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for character in text:
        QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown,
                                                 Qt.KeyboardModifier.NoModifier, character))


# --- EntityCombo ------------------------------------------------------------------------------

def small_plan() -> Plan:
    return Plan(venues=(Venue(1, "HKCEC", "Asia/Hong_Kong", native_name="香港會議展覽中心"),
                        Venue(2, "Palais des Festivals", PARIS)),
                rooms=(Room(1, 1, "HAF Hall"), Room(2, 2, "Riviera Hall"), Room(3, 2, "Salle Debussy")),
                delegates=(Delegate(7, "Kim Ji-woo", native_name="김지우"),))


def test_an_entity_is_found_by_its_name_by_part_of_it_or_by_its_native_name(qtbot) -> None:
    combo = EntityCombo(noun="venue", none_text="No venue")
    qtbot.addWidget(combo)
    combo.set_choices(venue_choices(small_plan()))
    for typed, key in (("Palais des Festivals", 2), ("palais", 2), ("會議", 1), ("", None)):
        combo.setEditText(typed)
        assert combo.key("venue") == key
    combo.setEditText("Olympia")
    with pytest.raises(ValidationError, match="no venue is called 'Olympia'"):
        combo.key("venue")
    combo.setEditText("e")  # in both names
    with pytest.raises(ValidationError, match="fits 2 choices"):
        combo.key("venue")


def test_a_room_combo_offers_the_venues_rooms_only(qtbot) -> None:
    rooms = RoomCombo()
    qtbot.addWidget(rooms)
    rooms.show_rooms_of(small_plan(), 2)
    assert [rooms.itemText(i) for i in range(rooms.count())] == ["", "Riviera Hall", "Salle Debussy"]
    rooms.setEditText("HAF Hall")
    with pytest.raises(ValidationError, match=r"Palais des Festivals has no room 'HAF Hall' \(its rooms: Riviera"):
        rooms.key("room")
    rooms.show_rooms_of(small_plan(), None)
    assert not rooms.isEnabled() and rooms.key("room") is None


def test_keys_need_not_be_ids(qtbot) -> None:
    combo = EntityCombo(noun="participant")
    qtbot.addWidget(combo)
    combo.set_choices(participant_choices(small_plan()))
    kim = ParticipantRef(ParticipantKind.DELEGATE, 7)
    combo.set_key(kim)
    assert combo.currentText() == "Delegate: Kim Ji-woo · 김지우" and combo.key("participant") == kim


# --- NotesEdit --------------------------------------------------------------------------------

def test_a_10_mb_paste_is_refused_at_once_with_the_reason(qtbot) -> None:
    notes = NotesEdit()
    qtbot.addWidget(notes)
    notes.set_text("Bring the sales deck.")
    paste = QMimeData()
    paste.setText("x" * 10_000_000)
    with qtbot.waitSignal(notes.refused) as refused:
        notes.insertFromMimeData(paste)
    assert "10,000,021 characters" in refused.args[0] and notes.text() == "Bring the sales deck."


def test_notes_past_the_limit_are_refused_on_save(qtbot) -> None:
    notes = NotesEdit()
    qtbot.addWidget(notes)
    notes.set_text("y" * MAX_NOTE_CHARACTERS)
    assert len(notes.text()) == MAX_NOTE_CHARACTERS
    notes.set_text("y" * (MAX_NOTE_CHARACTERS + 1))
    with pytest.raises(ValidationError, match="100,001 characters long; notes hold at most 100,000") as refused:
        notes.text("logline")
    assert refused.value.field == "logline"


# --- small values typed as text ---------------------------------------------------------------

def test_numbers_and_times_of_day_typed_as_text() -> None:
    from datetime import time

    from desktop_app.ui.inspector.fields.parsing import optional_float, optional_time, time_text

    assert optional_float(" 22,2816 ", "latitude") == 22.2816 and optional_float("", "latitude") is None
    assert optional_time("9:00", "opens") == time(9) and optional_time("1930", "closes") == time(19, 30)
    assert optional_time("", "opens") is None and time_text(time(9)) == "09:00"
    with pytest.raises(ValidationError, match="not a number") as refused:
        optional_float("north", "latitude")
    assert refused.value.field == "latitude"
    with pytest.raises(ValidationError, match="'25:00' is not a time of day"):
        optional_time("25:00", "opens")


def test_a_count_may_be_left_unset(qtbot) -> None:
    from desktop_app.ui.inspector.fields.count_spin import OptionalCountSpin

    spin = OptionalCountSpin(maximum=100)
    qtbot.addWidget(spin)
    spin.set_count(None)
    assert spin.count() is None and spin.text() == "not set"
    spin.set_count(42)
    assert spin.count() == 42
