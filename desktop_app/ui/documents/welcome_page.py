"""What the window shows without a plan: New, Open, the demo, and the plans opened lately."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.plan_location import PlanLocation, parse_plan_location
from desktop_app.ui.appearance import mark_as_error

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


class WelcomePage(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_chosen = Signal(object)
    """(PlanLocation) of a plan in the recent list: a file's path or a plan on a server."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        heading = QLabel(self.tr("Delegation Planner"), self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        intro = QLabel(self.tr("Plan a delegation's week at a film market. Every change is kept in the plan "
                               "file the moment you make it."), self)
        intro.setWordWrap(True)
        self.note_label = mark_as_error(QLabel(self))
        self.note_label.setWordWrap(True)
        self.note_label.setTextFormat(Qt.TextFormat.PlainText)
        self.note_label.hide()

        self.new_button = self._button(self.tr("&New plan…"), self.tr("Create an empty plan, or one from the demo"),
                                       self.new_requested)
        self.open_button = self._button(self.tr("&Open…"), self.tr("Open a plan file (.dplan)"), self.open_requested)
        self.demo_button = self._button(self.tr("Open the &demo plan"),
                                        self.tr("The FilMart 2025 demo plan in your data folder"), self.demo_requested)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.demo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.recent_heading = QLabel(self.tr("&Recent plans"), self)
        self.recent_list = QListWidget(self)
        self.recent_list.setAccessibleName(self.tr("Recent plans"))
        self.recent_list.setToolTip(self.tr("Double-click or press Enter to open"))
        self.recent_list.itemActivated.connect(self._on_activated)
        self.recent_heading.setBuddy(self.recent_list)

        column = QVBoxLayout()
        column.addWidget(heading)
        column.addWidget(intro)
        column.addSpacing(8)
        column.addWidget(self.note_label)
        column.addLayout(buttons)
        column.addSpacing(12)
        column.addWidget(self.recent_heading)
        column.addWidget(self.recent_list, 1)
        frame = QWidget(self)
        frame.setLayout(column)
        frame.setMaximumWidth(720)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(32, 32, 32, 32)
        outer.addStretch(1)
        outer.addWidget(frame, 4)
        outer.addStretch(1)

    def _button(self, text: str, tooltip: str, signal: SignalInstance) -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tooltip)
        button.clicked.connect(signal)
        return button

    def set_recent(self, paths: Sequence[PlanLocation]) -> None:
        """The plans to offer, newest first; files no longer on disk are left out."""
        self.recent_list.clear()
        for path in paths:
            if isinstance(path, Path) and not path.exists():
                continue
            item = QListWidgetItem(f"{path.stem if isinstance(path, Path) else path.name}\n{path}")
            item.setData(PATH_ROLE, str(path))
            item.setToolTip(str(path))
            self.recent_list.addItem(item)
        has_any = self.recent_list.count() > 0
        self.recent_heading.setVisible(has_any)
        self.recent_list.setVisible(has_any)
        if has_any:
            self.recent_list.setCurrentRow(0)

    def set_note(self, text: str) -> None:
        """A sentence above the buttons (why a plan did not open); empty hides it."""
        self.note_label.setText(text)
        self.note_label.setVisible(bool(text))

    def focus_first(self) -> None:
        (self.recent_list if self.recent_list.isVisibleTo(self) else self.new_button).setFocus()

    def _on_activated(self, item: QListWidgetItem) -> None:
        self.recent_chosen.emit(parse_plan_location(str(item.data(PATH_ROLE))))
