"""A whole number that may be left unset (a room's seats or tables): the lowest step reads 'not set'."""

from __future__ import annotations

from PySide6.QtWidgets import QSpinBox, QWidget


class OptionalCountSpin(QSpinBox):
    def __init__(self, parent: QWidget | None = None, *, maximum: int, unset_text: str = "") -> None:
        super().__init__(parent)
        self.setRange(0, maximum)
        self.setSpecialValueText(unset_text or self.tr("not set"))
        self.setAccelerated(True)

    def set_count(self, count: int | None) -> None:
        self.setValue(count or 0)

    def count(self) -> int | None:
        return self.value() or None
