"""A fixed list to choose from (an activity's kind or status), each value shown by its label."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtWidgets import QComboBox, QWidget


class ChoiceBox(QComboBox):
    def __init__(self, parent: QWidget | None = None, choices: Iterable[tuple[Any, str]] = ()) -> None:
        super().__init__(parent)
        self.set_choices(choices)

    def set_choices(self, choices: Iterable[tuple[Any, str]]) -> None:
        self.clear()
        self._values: list[Any] = []
        for value, label in choices:
            self.addItem(label)
            self._values.append(value)

    def set_value(self, value: Any) -> None:
        self.setCurrentIndex(next((i for i in range(self.count()) if self._values[i] == value), -1))

    def value(self) -> Any:
        """The value itself (an ``ActivityStatus``), not Qt's copy of it."""
        index = self.currentIndex()
        return self._values[index] if index >= 0 else None
