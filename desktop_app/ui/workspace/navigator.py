"""The sidebar listing the plan's sections with their counts, as mail and calendar apps do."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class Navigator(QListWidget):
    section_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Sections of the plan"))
        self.setUniformItemSizes(True)
        self.setMinimumWidth(170)
        self.setMaximumWidth(260)
        self.currentItemChanged.connect(self._on_current)
        self._titles: dict[str, str] = {}

    def add_section(self, key: str, title: str) -> None:
        item = QListWidgetItem(title)
        item.setData(KEY_ROLE, key)
        item.setToolTip(title)
        self._titles[key] = title
        self.addItem(item)

    def set_count(self, key: str, count: int | None) -> None:
        item = self._item(key)
        if item is not None:
            title = self._titles[key]
            item.setText(title if count is None else f"{title}  ({count})")

    def choose(self, key: str) -> None:
        item = self._item(key)
        if item is not None:
            self.setCurrentItem(item)

    @property
    def current_key(self) -> str:
        item = self.currentItem()
        return str(item.data(KEY_ROLE)) if item is not None else ""

    def _item(self, key: str) -> QListWidgetItem | None:
        for row in range(self.count()):
            item = self.item(row)
            if item.data(KEY_ROLE) == key:
                return item
        return None

    def _on_current(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is not None:
            self.section_chosen.emit(str(current.data(KEY_ROLE)))
