"""Column shapes the section tables share: a plain attribute, a count, a menu of choices on the selection."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from desktop_app.domain.plan import Plan
from desktop_app.ui.tables.entity_table_model import TableColumn


def field_column(title: str, attribute: str) -> TableColumn:
    """The entity's own text field, as it is."""
    return TableColumn(title, lambda entity, _plan: str(getattr(entity, attribute) or ""))


def count_column(title: str, count: Callable[[Any, Plan], int]) -> TableColumn:
    """A number, right-aligned and sorted as a number."""
    return TableColumn(title, lambda entity, plan: str(count(entity, plan)), sort=count, align_right=True)


def choice_action(parent: QWidget, text: str, choices: Callable[[], Sequence[tuple[str, object]]],
                  chosen: Callable[[object], None]) -> QAction:
    """An action whose menu lists ``choices()`` (text, value) afresh each time it opens and hands
    the value picked to ``chosen``: assign to a delegation, set a priority."""
    action = QAction(text, parent)
    menu = QMenu(parent)

    def fill() -> None:
        menu.clear()
        for label, value in choices():
            menu.addAction(label).triggered.connect(lambda _checked=False, picked=value: chosen(picked))

    menu.aboutToShow.connect(fill)
    action.setMenu(menu)
    return action
