"""Unexpected errors: logged with their traceback and shown to the user, never lost.

Qt calls Python from C++ (slots, overrides, a worker's result delivered without an error
callback); an exception there goes to ``sys.excepthook``. The default hook prints to a console
the user never sees, and the window carries on as if nothing happened. ``ExceptionHook``
logs it and shows a message box. The hook may be called on any thread, so it only emits a
signal; the box is shown by a queued slot on the GUI thread.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

translate = QCoreApplication.translate

log = logging.getLogger(__name__)

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def show_unexpected_error(parent: QWidget | None, summary: str, details: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, translate("ErrorHook", "Unexpected error"), summary,
                      QMessageBox.StandardButton.Ok, parent)
    box.setInformativeText(translate(
        "ErrorHook", "The plan file is safe: every change is saved or undone whole. "
        "If this happens again, please report it with the details below."))
    box.setDetailedText(details)
    box.exec()


class ExceptionHook(QObject):
    """``install()`` replaces ``sys.excepthook``; ``uninstall()`` puts the previous hook back."""

    error_raised = Signal(str, str)
    """(one-line summary, full traceback); emitted from whichever thread failed."""

    def __init__(self, parent_widget: Callable[[], QWidget | None] = QApplication.activeWindow,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._parent_widget = parent_widget
        self._previous: ExceptHook | None = None
        self._showing = False
        # Queued even on the GUI thread: a box must not open inside the code that just failed.
        self.error_raised.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def set_parent_widget(self, widget: QWidget) -> None:
        self._parent_widget = lambda: widget

    @property
    def installed(self) -> bool:
        return self._previous is not None

    def install(self) -> None:
        if self._previous is None:
            self._previous = sys.excepthook
            sys.excepthook = self.handle

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook = self._previous
            self._previous = None

    def handle(self, kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        log.error("unexpected error", exc_info=(kind, error, trace))
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        first_line = (str(error).strip() or kind.__name__).splitlines()[0]
        details = "".join(traceback.format_exception(kind, error, trace))
        self.error_raised.emit(f"{kind.__name__}: {first_line}", details)

    @Slot(str, str)
    def _show(self, summary: str, details: str) -> None:
        if self._showing:  # one box at a time; the rest are in the log
            return
        self._showing = True
        try:
            show_unexpected_error(self._parent_widget(), summary, details)
        finally:
            self._showing = False
