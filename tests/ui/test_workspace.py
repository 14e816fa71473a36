"""The workspace: navigator sections over thin models, the inspector's editors, undoable edits
that patch the window's snapshot, and the window's self-portrait."""

from __future__ import annotations

import dataclasses
import re
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtTest import QAbstractItemModelTester

from desktop_app.__main__ import VIEWS, main
from desktop_app.app import build_main_window
from desktop_app.domain.places import Market
from desktop_app.ui.inspector.editors.market_editor import MarketEditor
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.sections.markets_section import MarketsSection
from desktop_app.ui.tables import deletion_dialog


@pytest.fixture
def window(qtbot, app_settings, sync_runner, sample_plan_path: Path) -> MainWindow:
    window = build_main_window(app_settings, sync_runner)
    qtbot.addWidget(window)
    window.open_plan(sample_plan_path)
    assert window.document.is_open
    return window


def test_every_section_model_passes_qts_model_tester(window: MainWindow) -> None:
    tested = 0
    for section in window.sections.values():
        for part in (section, *getattr(section, "details", ())):
            for model in (getattr(part, "model", None), getattr(part, "proxy", None)):
                if model is not None:
                    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
                    tested += 1
    assert tested >= 2 * 9  # every table section, the rooms and the delegations, model and proxy
    window.run_edit("Rename", lambda store: _rename(store, window.document.plan.markets[0]))  # the testers watch
    window.undo_stack.undo()


def test_the_navigator_counts_and_switches_sections(window: MainWindow) -> None:
    counts = [window.navigator.item(row).text() for row in range(window.navigator.count())]
    assert counts == ["Activities  (6)", "Day", "Week", "Agenda", "Load", "Markets  (1)",
                      "Delegations & delegates  (4)", "Contacts  (0)", "Projects  (0)",
                      "Venues & rooms  (2)", "Travel times  (1)", "Meeting requests  (0)", "Roster"]
    assert tuple(window.sections) == VIEWS[:-1]  # the views --view names, in the navigator's order
    window.navigator.choose("markets")
    assert window.current_section.key == "markets"


def test_a_market_is_created_edited_undone_and_redone_in_the_window(window: MainWindow) -> None:
    markets = window.show_section("markets")
    assert isinstance(markets, MarketsSection)
    markets.create_new()
    editor = window.inspector.editor
    assert isinstance(editor, MarketEditor) and editor.is_new
    editor.name.setText("Marché du Film 2025")
    editor.city.setText("Cannes")
    editor.zone.set_zone("paris")  # a city alone finds its zone
    editor.first_day.setDate(date(2025, 5, 13))
    editor.last_day.setDate(date(2025, 5, 21))
    editor.save()
    plan = window.document.plan
    assert [m.name for m in plan.markets] == ["FilMart 2025", "Marché du Film 2025"]
    assert plan.markets[1].timezone == "Europe/Paris"
    assert plan == window.document.store.read()  # type: ignore[union-attr]  # patched, not re-read
    row = list(window.sections).index("markets")
    assert markets.model.rowCount() == 2 and window.navigator.item(row).text() == "Markets  (2)"

    cannes = plan.markets[1]
    markets.select([cannes])
    editor = window.inspector.editor
    assert isinstance(editor, MarketEditor) and editor.original == cannes
    editor.last_day.setDate(date(2025, 5, 20))
    editor.save()
    assert window.document.plan.markets[1].last_day == date(2025, 5, 20)
    assert window.undo_stack.undoText() == "Change market 'Marché du Film 2025'"

    window.undo_stack.undo()
    assert window.document.plan.markets[1].last_day == date(2025, 5, 21)
    window.undo_stack.undo()
    assert [m.name for m in window.document.plan.markets] == ["FilMart 2025"]
    assert markets.model.rowCount() == 1
    window.undo_stack.redo()
    assert window.document.plan.markets[1].id == cannes.id  # the same market back, same id


def test_a_rule_broken_in_the_editor_is_shown_beside_its_field_and_nothing_is_written(window: MainWindow) -> None:
    markets = window.show_section("markets")
    markets.create_new()
    editor = window.inspector.editor
    assert isinstance(editor, MarketEditor)
    editor.zone.set_zone("Mars/Olympus_Mons")
    before = window.document.plan
    editor.save()
    assert "not an IANA time zone" in editor.error_text("timezone")
    assert window.document.plan == before and window.undo_stack.count() == 0


def test_an_editor_open_on_a_row_changed_since_refuses_to_overwrite_it(window: MainWindow, monkeypatch) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(window, "show_error", lambda title, message: shown.append((title, message)))
    markets = window.show_section("markets")
    filmart = window.document.plan.markets[0]
    markets.select([filmart])
    editor = window.inspector.editor
    assert isinstance(editor, MarketEditor)
    from desktop_app.services.editing.entities import save

    save(window.document.store, dataclasses.replace(filmart, city="HK"))  # another window, meanwhile
    editor.city.setText("Wan Chai")
    editor.save()
    assert shown and re.search(r"was changed by \S+ at .+ UTC since you opened it \(city\)", shown[0][1])


def test_deleting_asks_first_and_is_one_undo_step(window: MainWindow, monkeypatch) -> None:
    monkeypatch.setattr(deletion_dialog, "confirm", lambda *_args: True)
    markets = window.show_section("markets")
    markets.select(list(window.document.plan.markets))
    markets.delete_selected()
    assert window.document.plan.markets == ()
    window.undo_stack.undo()
    assert [m.name for m in window.document.plan.markets] == ["FilMart 2025"]
    monkeypatch.setattr(deletion_dialog, "confirm", lambda *_args: False)
    markets.select(list(window.document.plan.markets))
    markets.delete_selected()
    assert len(window.document.plan.markets) == 1  # cancelled: nothing happened


@pytest.mark.parametrize("view", VIEWS)
def test_the_window_draws_itself_into_a_png(view: str, sample_plan_path: Path, tmp_path: Path) -> None:
    target = tmp_path / f"{view}.png"
    assert main([str(sample_plan_path), "--screenshot", str(target), "--view", view, "--size", "1200x700",
                 "--date", "2025-03-18"]) == 0
    from PySide6.QtGui import QImage

    image = QImage(str(target))
    assert (image.width(), image.height()) == (1200, 700)


def test_a_screenshot_of_a_missing_plan_is_one_line_and_exit_1(tmp_path: Path, capsys) -> None:
    assert main([str(tmp_path / "nothing.dplan"), "--screenshot", str(tmp_path / "x.png")]) == 1
    assert capsys.readouterr().err.strip().startswith("delegation-planner: error:")


def test_market_rows_follow_an_entity_saved_elsewhere(window: MainWindow) -> None:
    markets = window.show_section("markets")
    [filmart] = window.document.plan.markets
    window.run_edit("Rename", lambda store: _rename(store, filmart))
    assert markets.model.entity_at(0).name == "FilMart 2025 (HK)"
    assert isinstance(markets.model.entity_at(0), Market)


def _rename(store: object, market: Market) -> object:
    from desktop_app.services.editing.entities import save

    return save(store, dataclasses.replace(market, name="FilMart 2025 (HK)"))[1]  # type: ignore[arg-type]
