"""Back, a day list spanning every market of the plan, forward: "Mon 17 Mar · FilMart 2025 · HKT".

Each day is labelled with the market it belongs to and the zone it is shown in, so a trip from
the Berlinale to FilMart to Cannes reads as one list. Names follow the user's locale (window text).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QToolButton, QWidget

from desktop_app.ui.calendar.model.navigator_days import NavigatorDay, nearest_day


def day_text(day: date) -> str:
    """'Mon 17 Mar' in the user's locale."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM")


def navigator_text(entry: NavigatorDay) -> str:
    parts = [day_text(entry.day)]
    if entry.market:
        parts.append(entry.market)
    parts.append(entry.zone_label)
    return " · ".join(parts)


class DateNavigator(QWidget):
    day_changed = Signal(object)
    """(date) the day chosen."""

    def __init__(self, parent: QWidget | None = None, *, step_days: int = 1) -> None:
        super().__init__(parent)
        self._days: list[NavigatorDay] = []
        self.step_days = step_days
        self.back = QToolButton(self)
        self.back.setText("‹")
        self.back.setAutoRaise(True)
        self.forward = QToolButton(self)
        self.forward.setText("›")
        self.forward.setAutoRaise(True)
        self.combo = QComboBox(self)
        self.combo.setMinimumContentsLength(22)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setAccessibleName(self.tr("Day shown"))
        self.set_step_texts()
        self.back.clicked.connect(lambda: self.step(-1))
        self.forward.clicked.connect(lambda: self.step(1))
        self.combo.currentIndexChanged.connect(self._on_index)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.back)
        layout.addWidget(self.combo, 1)
        layout.addWidget(self.forward)

    def set_step_texts(self) -> None:
        week = self.step_days >= 7
        self.back.setToolTip(self.tr("Previous week") if week else self.tr("Previous day"))
        self.forward.setToolTip(self.tr("Next week") if week else self.tr("Next day"))
        self.back.setAccessibleName(self.back.toolTip())
        self.forward.setAccessibleName(self.forward.toolTip())

    @property
    def days(self) -> list[date]:
        return [entry.day for entry in self._days]

    @property
    def entries(self) -> list[NavigatorDay]:
        return list(self._days)

    @property
    def current_day(self) -> date | None:
        index = self.combo.currentIndex()
        return self._days[index].day if 0 <= index < len(self._days) else None

    def set_days(self, days: list[NavigatorDay], keep: date | None = None) -> None:
        """Offer ``days``; show ``keep`` (or the nearest later day) without emitting if it stays."""
        previous = self.current_day
        self._days = list(days)
        self.combo.blockSignals(True)
        self.combo.clear()
        for entry in days:
            self.combo.addItem(navigator_text(entry))
        chosen = nearest_day(self._days, keep if keep is not None else previous)
        if chosen is not None:
            self.combo.setCurrentIndex(self._days.index(chosen))
        self.combo.blockSignals(False)
        self._update_buttons()
        if self.current_day != previous:
            self.day_changed.emit(self.current_day)

    def show_day(self, day: date) -> bool:
        if day not in self.days:
            return False
        self.combo.setCurrentIndex(self.days.index(day))
        return True

    def step(self, direction: int) -> None:
        current = self.current_day
        if current is None:
            return
        if self.step_days <= 1:
            index = self.combo.currentIndex() + direction
        else:
            wanted = current.toordinal() + direction * self.step_days
            if direction > 0:
                index = next((i for i, d in enumerate(self._days) if d.day.toordinal() >= wanted), -1)
            else:
                index = max((i for i, d in enumerate(self._days) if d.day.toordinal() <= wanted), default=-1)
        if 0 <= index < len(self._days):
            self.combo.setCurrentIndex(index)

    def _on_index(self, _index: int) -> None:
        self._update_buttons()
        self.day_changed.emit(self.current_day)

    def _update_buttons(self) -> None:
        index = self.combo.currentIndex()
        self.back.setEnabled(index > 0)
        self.forward.setEnabled(0 <= index < len(self._days) - 1)
