"""Plans opened from the desktop while the app runs: macOS's Finder hands them over as a
``QFileOpenEvent`` to the application (not as a command-line argument), at start too."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFileOpenEvent


class FileOpenRelay(QObject):
    """An application event filter passing each opened file to ``open_plan``."""

    def __init__(self, open_plan: Callable[[Path], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._open_plan = open_plan

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent) and event.file():
            self._open_plan(Path(event.file()))
            return True
        return super().eventFilter(watched, event)
