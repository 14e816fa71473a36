"""The navigator's table sections on the two-market trip (FilMart, then Cannes): rows, sorting,
filters, selections that survive sorting and edits, New, bulk actions as one undo step, deletion."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from desktop_app.app import build_main_window
from desktop_app.domain.activities import ActivityStatus
from desktop_app.domain.people import Delegation
from desktop_app.domain.plan import PlanSettings
from desktop_app.domain.plan_patch import entity_key
from desktop_app.domain.requests import RequestStatus
from desktop_app.services.changes import Changes
from desktop_app.services.editing import activities as activity_service
from desktop_app.services.editing.deletion import Resolution
from desktop_app.services.editing.entities import save
from desktop_app.services.imports import import_file
from desktop_app.storage.plan_store import PlanStore
from desktop_app.ui.inspector.registry import editor_for
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.sections import activity_picker_dialog
from desktop_app.ui.sections.delegates_section import DelegatesSection
from desktop_app.ui.sections.requests_section import RequestsSection
from desktop_app.ui.sections.venues_section import VenuesSection
from desktop_app.ui.tables import deletion_dialog
from desktop_app.ui.tables.entity_table_model import SORT_ROLE
from desktop_app.ui.tables.table_section import TableSection

TRIP = Path(__file__).parents[1] / "data" / "trip"
KINDS = ("markets", "venues", "travel", "delegates", "stays", "contacts", "projects", "programme", "availability",
         "requests")
TABLE_KEYS = ("markets", "delegates", "contacts", "projects", "venues", "travel", "requests")


@pytest.fixture(scope="module")
def trip_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("trip") / "trip.dplan"
    store = PlanStore.create(path, PlanSettings(name="KOFIC 2025", timezone="Asia/Seoul"))
    for kind in KINDS:
        import_file(store, TRIP / f"{kind}.csv", kind)
    store.close()
    return path


@pytest.fixture
def window(qtbot, app_settings, sync_runner, trip_file: Path, tmp_path: Path) -> MainWindow:
    path = tmp_path / "trip.dplan"
    shutil.copyfile(trip_file, path)
    window = build_main_window(app_settings, sync_runner)
    qtbot.addWidget(window)
    window.open_plan(path)
    assert window.document.is_open
    return window


def table(window: MainWindow, key: str) -> TableSection:
    section = window.show_section(key)
    assert isinstance(section, TableSection)
    return section


def column_of(part: TableSection, title: str) -> int:
    return next(i for i, c in enumerate(part.model.columns) if c.title == title)


def shown(part: TableSection, title: str) -> list[str]:
    column = column_of(part, title)
    return [part.proxy.index(row, column).data() for row in range(part.proxy.rowCount())]


def on_disk(window: MainWindow):
    store = window.document.store
    assert store is not None
    return store.read()


# --- rows and cells -------------------------------------------------------------------------

def test_each_section_lists_the_plan_s_rows(window: MainWindow) -> None:
    plan = window.document.plan
    expected = {"markets": plan.markets, "delegates": plan.delegates, "contacts": plan.contacts,
                "projects": plan.projects, "venues": plan.venues, "travel": plan.travel_times,
                "requests": plan.requests}
    for key, entities in expected.items():
        section = table(window, key)
        assert sorted(map(entity_key, section.model.entities), key=str) == sorted(map(entity_key, entities), key=str)
        assert section.count(plan) == len(entities) > 0
    venues = table(window, "venues")
    assert isinstance(venues, VenuesSection)
    assert venues.rooms.model.rowCount() == len(plan.rooms) == 7
    delegates = table(window, "delegates")
    assert isinstance(delegates, DelegatesSection)
    assert [d.name for d in delegates.delegations.model.entities] == ["Korean Film Council"]


def test_cells_name_other_entities_and_show_times_where_they_happen(window: MainWindow) -> None:
    delegates = table(window, "delegates")
    han = shown(delegates, "Name").index("Han So-hee")
    assert shown(delegates, "Delegation")[han] == "Korean Film Council"
    assert shown(delegates, "Stays")[han] == "Hong Kong 16–20 Mar · Cannes 12–17 May"
    assert shown(delegates, "Activities")[han] == "7"
    requests = table(window, "requests")
    row = shown(requests, "ID").index("KR-REQ-04")
    assert shown(requests, "Requested by")[row] == "The Salt Road"
    assert shown(requests, "Place")[row] == "Palais des Festivals, Riviera Hall"
    assert (shown(requests, "Earliest")[row], shown(requests, "Latest")[row]) == (
        "Wed 14 May 09:00 CEST", "Wed 14 May 18:00 CEST")  # Cannes time, not the plan's Seoul
    travel = table(window, "travel")
    assert shown(travel, "From") == ["HKCEC", "Palais des Festivals"]
    assert shown(travel, "Way back")[0] == "5 min, the same (not entered)"
    projects = table(window, "projects")
    assert shown(projects, "Team")[shown(projects, "Title").index("The Salt Road")] == "Lee Min-jung, Kang Dae-sung"


def test_sorting_goes_by_numbers_and_instants_not_their_text(window: MainWindow) -> None:
    rooms = table(window, "venues").details[0]
    seats = column_of(rooms, "Seats")
    rooms.table.sortByColumn(seats, Qt.SortOrder.DescendingOrder)
    assert shown(rooms, "Seats")[:3] == ["1068", "60", "42"]  # as text, "8" would come first
    requests = table(window, "requests")
    requests.table.sortByColumn(column_of(requests, "Earliest"), Qt.SortOrder.DescendingOrder)
    assert shown(requests, "ID")[:2] == ["KR-REQ-05", "KR-REQ-04"]
    for key in TABLE_KEYS:  # every column has a sort key of one type (Qt cannot order mixed ones)
        section = table(window, key)
        for part in (section, *section.details):
            for column in range(part.model.columnCount()):
                kinds = {type(part.model.index(row, column).data(SORT_ROLE)) for row in range(part.model.rowCount())}
                assert len(kinds) == 1, (key, part.model.columns[column].title, kinds)


def test_the_search_and_the_delegation_filter_narrow_the_rows(window: MainWindow) -> None:
    delegates = table(window, "delegates")
    assert isinstance(delegates, DelegatesSection)
    delegates.search_field.setText("producer")
    assert set(shown(delegates, "Name")) == {"Lee Min-jung", "Park Ji-ho", "Jang Woo-jin"}
    assert delegates.summary_label.text() == "3 of 8 delegates shown"
    delegates.search_field.clear()
    combo = delegates.delegation_filter
    assert [combo.itemText(i) for i in range(combo.count())] == ["All delegations", "Korean Film Council",
                                                                  "No delegation"]
    combo.setCurrentIndex(2)
    assert delegates.proxy.rowCount() == 0
    combo.setCurrentIndex(1)
    assert delegates.proxy.rowCount() == 8
    assert delegates.blank(window.document.plan).delegation_id == window.document.plan.delegations[0].id


# --- New ----------------------------------------------------------------------------------------

def test_new_opens_a_blank_entity_of_the_table_s_kind_in_the_inspector(window: MainWindow, qtbot) -> None:
    plan = window.document.plan
    for key in TABLE_KEYS:
        section = table(window, key)
        for part in (section, *section.details):
            blank = part.blank(plan)
            assert isinstance(blank, part.entity_type), key
            assert getattr(blank, "id", None) is None
            assert entity_key(blank) not in {entity_key(e) for e in part.model.entities}
        with qtbot.waitSignal(section.open_requested) as opened:
            section.create_new()
        assert isinstance(opened.args[0], section.entity_type)
        if editor_for(section.entity_type) is not None:  # editors for every kind are being written
            assert window.inspector.shown == opened.args[0] and window.inspector.editor is not None


def test_a_new_room_belongs_to_the_venue_selected(window: MainWindow) -> None:
    venues = table(window, "venues")
    assert isinstance(venues, VenuesSection)
    palais = next(v for v in window.document.plan.venues if v.name == "Palais des Festivals")
    venues.select([palais])
    assert set(shown(venues.rooms, "Venue")) == {"Palais des Festivals"}
    assert venues.rooms.heading.text() == "Rooms of Palais des Festivals"
    room = venues.rooms.blank(window.document.plan)
    assert room is not None and room.venue_id == palais.id


# --- selections -----------------------------------------------------------------------------------

def test_a_selection_survives_sorting_and_edits_made_elsewhere(window: MainWindow) -> None:
    delegates = table(window, "delegates")
    plan = window.document.plan
    chosen = [d for d in plan.delegates if d.name in {"Han So-hee", "Park Ji-ho", "Yoon Seo-yeon"}]
    delegates.select(chosen)
    keys = {d.id for d in chosen}
    delegates.table.sortByColumn(column_of(delegates, "Activities"), Qt.SortOrder.DescendingOrder)
    assert {d.id for d in delegates.selected()} == keys
    kofic = plan.delegations[0]
    other = next(d for d in plan.delegates if d.id not in keys)
    window.run_edit("Rename", lambda store: save(store, Delegation(kofic.id, "KOFIC"))[1])
    window.run_edit("Move", lambda store: activity_service.add_attendees(store, [plan.activities[0].id or 0],
                                                                         [other.id or 0]))
    assert {d.id for d in delegates.selected()} == keys
    assert set(shown(delegates, "Delegation")) == {"KOFIC"}  # names of other entities repainted
    assert delegates.delegation_filter.itemText(1) == "KOFIC"
    window.document.changed.emit(Changes.everything())  # as after a reload, which cannot patch
    assert {d.id for d in delegates.selected()} == keys


def test_the_section_s_selection_is_that_of_the_table_last_worked_in(window: MainWindow) -> None:
    venues = table(window, "venues")
    assert isinstance(venues, VenuesSection)
    plan = window.document.plan
    hkcec = next(v for v in plan.venues if v.name == "HKCEC")
    venues.select([hkcec])
    assert venues.selected() == [hkcec]
    hall = next(r for r in plan.rooms if r.name == "HAF Hall")
    venues.select([hall])
    assert venues.selected() == [hall]
    assert window.inspector.shown is None or window.inspector.shown == hall
    venues.select([hkcec])
    assert venues.selected() == [hkcec]


# --- bulk actions -----------------------------------------------------------------------------------

def test_assigning_delegates_to_a_delegation_is_one_undo_step(window: MainWindow) -> None:
    window.run_edit("New delegation", lambda store: save(store, Delegation(None, "Busan Film Commission"))[1])
    delegates = table(window, "delegates")
    assert isinstance(delegates, DelegatesSection)
    plan = window.document.plan
    busan = next(d for d in plan.delegations if d.name == "Busan Film Commission")
    chosen = list(plan.delegates[:3])
    delegates.select(chosen)
    assert delegates.assign_action.isEnabled()
    steps = window.undo_stack.count()
    delegates.assign_to_delegation(busan.id)
    assert window.undo_stack.count() == steps + 1
    assert window.undo_stack.undoText() == "Move 3 delegates to 'Busan Film Commission'"
    assert {on_disk(window).delegate_by_id[d.id or 0].delegation_id for d in chosen} == {busan.id}
    counts = dict(zip(shown(delegates.delegations, "Delegation"), shown(delegates.delegations, "Delegates"),
                      strict=True))
    assert counts == {"Busan Film Commission": "3", "Korean Film Council": "5"}
    window.undo_stack.undo()
    assert {on_disk(window).delegate_by_id[d.id or 0].delegation_id for d in chosen} == {plan.delegations[0].id}
    assert window.document.plan == on_disk(window)
    assert {d.id for d in delegates.selected()} == {d.id for d in chosen}


def test_adding_delegates_as_attendees_asks_for_activities_and_is_one_step(window: MainWindow, monkeypatch) -> None:
    delegates = table(window, "delegates")
    assert isinstance(delegates, DelegatesSection)
    plan = window.document.plan
    flight = next(a for a in plan.activities if a.title.startswith("Flight"))
    asked: list[list[str]] = []

    def choose(_parent: object, _plan: object, chosen: list) -> tuple[list[int], bool]:
        asked.append([d.name for d in chosen])
        return [flight.id or 0], False

    monkeypatch.setattr(activity_picker_dialog, "choose_activities", choose)
    newcomers = [d for d in plan.delegates if d.id not in flight.delegate_ids][:2]
    delegates.select(newcomers)
    delegates.add_as_attendees()
    assert asked == [[d.name for d in newcomers]]
    after = on_disk(window).activity_by_id[flight.id or 0]
    assert all(after.attendance_of(d.id or 0) is not None and not after.attendance_of(d.id or 0).required
               for d in newcomers)
    assert window.undo_stack.undoText().startswith(f"Add 2 delegates to '{flight.title}'")
    window.undo_stack.undo()
    assert on_disk(window).activity_by_id[flight.id or 0].delegate_ids == flight.delegate_ids


def test_the_activity_picker_searches_every_live_activity(window: MainWindow, qtbot) -> None:
    plan = window.document.plan
    dialog = activity_picker_dialog.ActivityPickerDialog(window, plan, plan.delegates[:1])
    qtbot.addWidget(dialog)
    QAbstractItemModelTester(dialog.proxy, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert dialog.proxy.rowCount() == sum(1 for a in plan.activities if not a.is_cancelled)
    dialog.search_field.setText("debussy")  # a room's name
    assert {dialog.proxy.index(r, 1).data() for r in range(dialog.proxy.rowCount())} == {
        "Korean Night", "Screening: The Salt Road (market)"}
    dialog.search_field.setText("fri 16 may")
    assert [dialog.proxy.index(r, 1).data() for r in range(dialog.proxy.rowCount())] == ["Korean Night"]
    dialog.table.selectRow(0)
    assert dialog.chosen_ids() == [next(a.id for a in plan.activities if a.title == "Korean Night")]


def test_requests_are_withdrawn_and_given_a_priority_each_in_one_step(window: MainWindow) -> None:
    requests = table(window, "requests")
    assert isinstance(requests, RequestsSection)
    plan = window.document.plan
    first, second = plan.requests[:2]
    start = plan.activities[0].start
    window.run_edit("Place", lambda store: activity_service.add_activity(store, _meeting(first, start))[1])
    meeting = next(a for a in window.document.plan.activities if a.request_id == first.id)
    assert shown(requests, "Meeting")[shown(requests, "ID").index(first.external_id)] != ""
    requests.select([first, second])
    requests.set_priority(1)
    assert {on_disk(window).request_by_id[r.id or 0].priority for r in (first, second)} == {1}
    assert window.undo_stack.undoText() == "Set the priority of 2 requests to 1"
    requests.withdraw_selected()
    after = on_disk(window)
    assert {after.request_by_id[r.id or 0].status for r in (first, second)} == {RequestStatus.WITHDRAWN}
    assert after.activity_by_id[meeting.id or 0].status is ActivityStatus.CANCELLED  # calendars are told
    assert {r.id for r in requests.selected()} == {first.id, second.id}
    requests.status_filter.setCurrentIndex(requests.status_filter.findData("withdrawn"))
    assert shown(requests, "ID") == [first.external_id, second.external_id]
    window.undo_stack.undo()
    assert on_disk(window).request_by_id[first.id or 0].status is RequestStatus.PENDING
    assert on_disk(window).activity_by_id[meeting.id or 0].status is meeting.status
    assert requests.proxy.rowCount() == 0  # the withdrawn filter: none left


def _meeting(request, start):
    from datetime import timedelta

    from desktop_app.domain.activities import Activity

    return Activity(None, "Placed meeting", start + timedelta(hours=5), start + timedelta(hours=5, minutes=30),
                    "Asia/Hong_Kong", request_id=request.id)


# --- deletion ---------------------------------------------------------------------------------------

def test_removing_delegates_asks_first_and_takes_them_out_of_every_view(window: MainWindow, monkeypatch) -> None:
    questions: list[str] = []
    monkeypatch.setattr(deletion_dialog, "confirm", lambda _parent, question, _detail: questions.append(question)
                        or True)
    delegates = table(window, "delegates")
    assert delegates.delete_action.text() == "Remove…"
    chosen = list(window.document.plan.delegates[:2])
    delegates.select(chosen)
    delegates.delete_selected()
    assert questions == ["Remove 2 delegates?"]
    row = list(window.sections).index("delegates")
    assert delegates.model.rowCount() == 6 and window.navigator.item(row).text() == "Delegations & delegates  (6)"
    assert {d.id for d in chosen}.isdisjoint(d.id for d in on_disk(window).delegates)
    window.undo_stack.undo()
    assert delegates.model.rowCount() == 8


def test_deleting_a_delegation_with_delegates_asks_what_becomes_of_them(window: MainWindow, monkeypatch) -> None:
    asked: list[tuple[str, tuple[Resolution, ...]]] = []

    def answer(_parent, question, _lines, choices, _reassign):
        asked.append((question, choices))
        return Resolution.DETACH, None

    monkeypatch.setattr(deletion_dialog, "ask_resolution", answer)
    delegates = table(window, "delegates")
    assert isinstance(delegates, DelegatesSection)
    kofic = window.document.plan.delegations[0]
    delegates.select([kofic])
    assert delegates.selected() == [kofic]
    delegates.delete_selected()  # the section's Delete acts on the table worked in: the delegations
    assert asked == [("Delete 'Korean Film Council'?", (Resolution.DETACH, Resolution.REASSIGN))]
    assert on_disk(window).delegations == ()
    assert {d.delegation_id for d in on_disk(window).delegates} == {None}
    assert set(shown(delegates, "Delegation")) == {""}
    assert delegates.delegation_filter.count() == 2  # All, No delegation
    window.undo_stack.undo()
    assert set(shown(delegates, "Delegation")) == {"Korean Film Council"}


def test_a_room_in_use_is_deleted_with_a_choice_for_its_activities(window: MainWindow, monkeypatch) -> None:
    monkeypatch.setattr(deletion_dialog, "ask_resolution", lambda *_args: (Resolution.DETACH, None))
    venues = table(window, "venues")
    assert isinstance(venues, VenuesSection)
    plan = window.document.plan
    hall = next(r for r in plan.rooms if r.name == "HAF Hall")
    venues.select([hall])
    venues.delete_selected()
    assert hall.id not in on_disk(window).room_by_id
    assert venues.rooms.model.row_of(hall.id) is None
    assert shown(venues, "Rooms")[shown(venues, "Venue").index("HKCEC")] == "1"


def test_deleting_a_travel_time_names_its_venues(window: MainWindow, monkeypatch) -> None:
    questions: list[str] = []
    monkeypatch.setattr(deletion_dialog, "confirm", lambda _parent, question, _detail: questions.append(question)
                        or True)
    travel = table(window, "travel")
    travel.select([window.document.plan.travel_times[0]])
    travel.delete_selected()
    assert questions == ["Delete 'HKCEC → Grand Hyatt'?"]
    assert travel.model.rowCount() == 1


def test_delete_reaches_the_table_that_has_the_focus(window: MainWindow, qtbot, monkeypatch) -> None:
    monkeypatch.setattr(deletion_dialog, "confirm", lambda *_args: True)
    monkeypatch.setattr(deletion_dialog, "ask_resolution", lambda *_args: (Resolution.DETACH, None))
    window.show()
    qtbot.waitExposed(window)
    venues = table(window, "venues")
    assert isinstance(venues, VenuesSection)
    plan = window.document.plan
    venues.select([plan.venues[0]])
    lounge = next(r for r in plan.rooms if r.name == "Korean Pavilion 1D-C12")
    venues.rooms.select([lounge])
    venues.select([plan.venues[0]])  # the venues table was worked in last ...
    venues.rooms.table.setFocus()  # ... but the focus is in the rooms
    qtbot.waitUntil(lambda: venues.rooms.table.hasFocus())
    qtbot.keyClick(venues.rooms.table, Qt.Key.Key_Delete)
    assert lounge.id not in on_disk(window).room_by_id
    assert plan.venues[0].id in on_disk(window).venue_by_id
