"""Every action reachable by keyboard, every unlabelled control named for screen readers, Tab in order."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QMenu,
    QWidget,
)

from desktop_app.app import build_main_window
from desktop_app.ui.main_window import MainWindow

MNEMONIC = re.compile(r"(?<!&)(?:&&)*&([^&])")  # "&&" is a literal ampersand


@pytest.fixture
def opened(qtbot, app_settings, sync_runner, sample_plan_path: Path) -> MainWindow:
    window = build_main_window(app_settings, sync_runner)
    qtbot.addWidget(window)
    window.open_plan(sample_plan_path)
    window.show()
    qtbot.waitExposed(window)
    return window


def menu_actions(menu: QMenu, trail: str = "") -> list[tuple[str, QAction]]:
    menu.aboutToShow.emit()  # menus filled on demand (Open recent)
    found = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        path = f"{trail} › {action.text()}"
        found.append((path, action))
        if action.menu() is not None:
            found += menu_actions(action.menu(), path)
    return found


def test_every_menu_action_has_a_mnemonic_or_a_shortcut(opened: MainWindow):
    missing, clashes = [], []
    for top in opened.menuBar().actions():
        assert MNEMONIC.search(top.text()), f"menu {top.text()!r} has no mnemonic"
        entries = menu_actions(top.menu(), top.text())
        for path, action in entries:
            if action.isEnabled() and not MNEMONIC.search(action.text()) and action.shortcut().isEmpty():
                missing.append(path)
        for menu in [top.menu(), *(a.menu() for _p, a in entries if a.menu() is not None)]:
            letters = [m.group(1).lower() for a in menu.actions() if (m := MNEMONIC.search(a.text()))]
            clashes += [f"{menu.title()}: &{letter}" for letter in set(letters) if letters.count(letter) > 1]
    assert missing == [] and clashes == []


def test_the_file_menu_offers_the_document_commands_with_standard_keys(opened: MainWindow):
    file_menu = opened.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions() if not a.isSeparator()]
    assert texts[:10] == ["&New plan…", "&Open…", "Open from a &server…", "Open &recent", "Open the &demo plan",
                          "Save a copy &as…", "Plan &history…", "&Close plan", "&Import…", "&Export"]
    assert texts[-1] == "&Quit"
    documents = opened.documents

    def keys(action: QAction) -> list[str]:
        return [sequence.toString() for sequence in action.shortcuts()]

    assert "Ctrl+N" in keys(documents.new_action) and "Ctrl+O" in keys(documents.open_action)
    assert "Ctrl+Shift+S" in keys(documents.save_copy_action) and "Ctrl+W" in keys(documents.close_action)
    assert "Ctrl+Q" in keys(documents.quit_action)


def named_by_container(widget: QWidget) -> bool:
    """The line edit of a combo box or spin box, a combo's popup list, a table's headers: the
    container carries the name."""
    if isinstance(widget, QHeaderView):
        return bool(widget.parentWidget().accessibleName())
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox | QAbstractSpinBox):
            return bool(parent.accessibleName())
        parent = parent.parentWidget()
    return False


@pytest.mark.parametrize("with_plan", [True, False])
def test_every_field_and_list_has_an_accessible_name(opened: MainWindow, with_plan: bool):
    if not with_plan:
        opened.documents.close_plan()
    for section in opened.sections.values():  # every section, shown or not
        opened.show_section(section.key)
    unnamed = [
        f"{type(w).__name__} {w.objectName() or ''} in {type(w.parentWidget()).__name__}"
        for w in opened.findChildren(QWidget)
        if isinstance(w, QLineEdit | QAbstractItemView) and not w.accessibleName() and not named_by_container(w)
    ]
    assert unnamed == [], unnamed


def test_docks_and_status_bar_buttons_say_what_they_are(opened: MainWindow):
    assert opened.inspector_dock.accessibleName() == "Inspector"
    assert opened.conflicts_dock.accessibleName() == "Conflicts"
    assert opened.cancel_button.toolTip()
    welcome_buttons = opened.documents.welcome.findChildren(QAbstractButton)
    assert welcome_buttons and all(b.toolTip() for b in welcome_buttons)


def focus_chain(window: MainWindow, start: QWidget, steps: int) -> list[QWidget]:
    chain, widget = [], start
    for _ in range(steps):
        widget = widget.nextInFocusChain()
        if widget is start:  # round the whole chain
            break
        if widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & widget.focusPolicy().TabFocus:
            chain.append(widget)
    return chain


def test_tab_goes_from_the_navigator_to_the_sections_search_and_table_then_the_inspector(opened: MainWindow):
    view = opened.activities_view
    opened.inspector_dock.raise_()
    view.select_activities([view.model.rows()[0].activity.id])  # the inspector shows its editor
    chain = focus_chain(opened, opened.navigator, 5000)
    assert chain.index(view.search_field) < chain.index(view.table)
    assert chain[0] is view.day_tabs or chain[0] is view.search_field  # straight into the section
    first_inspector = next(i for i, w in enumerate(chain) if opened.inspector_dock.isAncestorOf(w))
    assert chain.index(view.table) < first_inspector

    opened.show_section("markets")
    markets = opened.sections["markets"]
    chain = focus_chain(opened, opened.navigator, 5000)
    assert chain[0] is markets.search_field
    assert chain.index(markets.search_field) < chain.index(markets.table)
