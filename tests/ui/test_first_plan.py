"""A first plan built in the window alone, as a new user would: no demo, no files to import.

New plan → a market → a venue → two delegates (one with a Chinese name) → two activities → an
edit, undo, redo → a bulk change; every step through the window's own actions and editors, and
the file holds what the window shows.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate

from desktop_app.app import build_main_window
from desktop_app.domain.activities import ActivityStatus
from desktop_app.domain.timezones import localize
from desktop_app.storage.plan_store import PlanStore
from desktop_app.ui.documents.new_plan_dialog import NewPlanRequest
from desktop_app.ui.inspector.editor import EntityEditor
from desktop_app.ui.inspector.editors.activity_editor import ActivityEditor
from desktop_app.ui.inspector.editors.delegate_editor import DelegateEditor
from desktop_app.ui.inspector.editors.market_editor import MarketEditor
from desktop_app.ui.inspector.editors.venue_editor import VenueEditor
from desktop_app.ui.main_window import MainWindow

HK = "Asia/Hong_Kong"


@pytest.fixture
def window(qtbot, app_settings, sync_runner, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    window = build_main_window(app_settings, sync_runner)
    qtbot.addWidget(window)
    refusals: list[str] = []
    monkeypatch.setattr(window, "show_error", lambda _title, message: refusals.append(message))
    window.refusals = refusals  # type: ignore[attr-defined]
    window.show()
    return window


def new_in(window: MainWindow, section: str) -> EntityEditor:
    window.show_section(section)
    window.sections[section].create_new()  # type: ignore[attr-defined]
    editor = window.inspector.editor
    assert editor is not None and editor.is_new
    return editor


def test_a_first_plan_from_nothing_in_the_window(window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "Busan to FilMart.dplan"
    window.documents.create_plan(NewPlanRequest(path, "Busan to FilMart", "Asia/Seoul"))
    assert window.document.is_open and window.document.plan.activities == ()
    assert window.windowTitle().startswith("Busan to FilMart")

    market = new_in(window, "markets")
    assert isinstance(market, MarketEditor)
    market.name.setText("FilMart 2025")
    market.city.setText("Hong Kong")
    market.zone.set_zone(HK)
    market.first_day.setDate(QDate(2025, 3, 17))
    market.last_day.setDate(QDate(2025, 3, 20))
    market.save()
    [filmart] = window.document.plan.markets
    assert (filmart.timezone, filmart.first_day, filmart.last_day) == (HK, date(2025, 3, 17), date(2025, 3, 20))

    venue = new_in(window, "venues")
    assert isinstance(venue, VenueEditor)
    venue.name.setText("HKCEC")
    venue.native_name.setText("香港會議展覽中心")
    venue.zone.set_zone(HK)
    venue.save()
    [hkcec] = window.document.plan.venues

    for latin, native in (("Kim Ji-woo", "김지우"), ("Wong Ka-man", "黃嘉敏")):
        delegate = new_in(window, "delegates")
        assert isinstance(delegate, DelegateEditor)
        delegate.name.setText(latin)
        delegate.native_name.setText(native)
        delegate.save()
    names = {(d.name, d.native_name) for d in window.document.plan.delegates}
    assert names == {("Kim Ji-woo", "김지우"), ("Wong Ka-man", "黃嘉敏")}
    assert window.navigator.item(list(window.sections).index("delegates")).text().endswith("(2)")  # counted

    for title, hour in (("HAF pitch rehearsal", 10), ("Producers Connect lunch", 12)):
        window.show_section("activities")
        window.sections["activities"].create_new()  # type: ignore[attr-defined]
        activity = window.inspector.editor
        assert isinstance(activity, ActivityEditor) and activity.is_new
        assert activity.zone.zone() == HK  # the market's zone on its first day, not Seoul's
        activity.title.setText(title)
        activity.venue.setCurrentIndex(activity.venue.index_of(hkcec.id))
        activity.start.set_wall_time(datetime(2025, 3, 18, hour, 0))
        activity.end.set_wall_time(datetime(2025, 3, 18, hour + 1, 0))
        for person in window.document.plan.delegates:
            activity.attendees.add(person.id or 0)
        activity.save()
    plan = window.document.plan
    assert [a.title for a in sorted(plan.activities, key=lambda a: a.start)] == \
        ["HAF pitch rehearsal", "Producers Connect lunch"]
    assert plan.activities[0].start == localize(datetime(2025, 3, 18, 10), HK)
    assert window.activities_view.days == [date(2025, 3, 17), date(2025, 3, 18), date(2025, 3, 19),
                                            date(2025, 3, 20)]

    # an edit, undone and redone
    rehearsal = next(a for a in plan.activities if a.title == "HAF pitch rehearsal")
    window.inspector.show_entity(rehearsal, plan)
    editor = window.inspector.editor
    assert isinstance(editor, ActivityEditor)
    editor.title.setText("HAF pitch rehearsal (room B)")
    editor.save()
    assert window.undo_stack.undoText() == "Change activity 'HAF pitch rehearsal (room B)'"
    window.undo_stack.undo()
    assert {a.title for a in window.document.plan.activities} == {"HAF pitch rehearsal", "Producers Connect lunch"}
    window.undo_stack.redo()
    assert "HAF pitch rehearsal (room B)" in {a.title for a in window.document.plan.activities}

    # a bulk change: both made tentative in one step, one undo
    window.show_section("activities")
    window.activities_view.show_day(date(2025, 3, 18))
    window.activities_view.select_activities([a.id for a in window.document.plan.activities])
    steps = window.undo_stack.count()
    assert {a.status for a in window.document.plan.activities} == {ActivityStatus.CONFIRMED}  # as made
    window.activities_view.edit_actions[0][1].trigger()  # Mark tentative
    assert {a.status for a in window.document.plan.activities} == {ActivityStatus.TENTATIVE}
    assert window.undo_stack.count() == steps + 1 and window.undo_stack.undoText() == "Mark 2 activities tentative"
    window.undo_stack.undo()
    assert {a.status for a in window.document.plan.activities} == {ActivityStatus.CONFIRMED}

    assert window.refusals == []  # type: ignore[attr-defined]
    window.document.close()
    with PlanStore.open(path) as store:  # the file holds what the window showed
        stored = store.read()
    assert {d.native_name for d in stored.delegates} == {"김지우", "黃嘉敏"}
    assert stored.venues[0].native_name == "香港會議展覽中心" and len(stored.activities) == 2
