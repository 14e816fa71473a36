"""Unexpected errors: logged with their traceback, kept in a crash report, shown to the user.

Qt calls Python from C++ (slots, overrides, a worker's result delivered without an error
callback); an exception there goes to ``sys.excepthook``, one in a Python thread to
``threading.excepthook``. The default hooks print to a console the user never sees, and the
window carries on as if nothing happened. ``ExceptionHook`` logs the error, writes a crash report
into the log folder and shows a message box saying where it is. The plan needs no rescue: every
edit is its own transaction, committed or rolled back whole. The hook may be called on any
thread, so it only emits a signal; the box is shown by a queued slot on the GUI thread.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot, qVersion
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop_app.services import app_data
from desktop_app.services.version_report import version_text

translate = QCoreApplication.translate

log = logging.getLogger(__name__)

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]
ThreadHook = Callable[[threading.ExceptHookArgs], object]


def show_unexpected_error(parent: QWidget | None, summary: str, details: str, report: str = "") -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, translate("ErrorHook", "Unexpected error"), summary,
                      QMessageBox.StandardButton.Ok, parent)
    text = translate("ErrorHook", "The plan file is safe: every change is saved or undone whole. "
                     "If this happens again, please report it with the details below.")
    if report:
        text += "\n\n" + translate("ErrorHook", "A report for the developers was saved in {file}.").format(file=report)
    box.setInformativeText(text)
    box.setDetailedText(details)
    box.exec()


def qt_versions() -> tuple[tuple[str, str], ...]:
    """The Qt the window runs on, for version reports (PySide6's own version comes from pip)."""
    return (("Qt", qVersion()), ("Qt platform", QApplication.platformName() or "none"))


class ExceptionHook(QObject):
    """``install()`` replaces ``sys.excepthook`` and ``threading.excepthook``; ``uninstall()`` puts the
    previous hooks back."""

    error_raised = Signal(str, str, str)
    """(one-line summary, full traceback, the crash report's path or ""); emitted from whichever
    thread failed."""

    def __init__(self, parent_widget: Callable[[], QWidget | None] = QApplication.activeWindow,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._parent_widget = parent_widget
        self._previous: ExceptHook | None = None
        self._previous_thread_hook: ThreadHook | None = None
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
            self._previous, self._previous_thread_hook = sys.excepthook, threading.excepthook
            sys.excepthook = self.handle
            threading.excepthook = self.handle_thread

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook = self._previous
            threading.excepthook = self._previous_thread_hook or threading.__excepthook__
            self._previous = self._previous_thread_hook = None

    def handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:  # a thread's way to stop, as the default hook treats it
            return
        error = args.exc_value if args.exc_value is not None else args.exc_type()
        self.handle(args.exc_type, error, args.exc_traceback)

    def handle(self, kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        log.error("unexpected error", exc_info=(kind, error, trace))
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        first_line = (str(error).strip() or kind.__name__).splitlines()[0]
        details = "".join(traceback.format_exception(kind, error, trace))
        report = app_data.write_crash_report(details, versions=version_text(qt_versions()))
        if report is not None:
            log.error("crash report written to %s", report)
        self.error_raised.emit(f"{kind.__name__}: {first_line}", details, str(report or ""))

    @Slot(str, str, str)
    def _show(self, summary: str, details: str, report: str) -> None:
        if self._showing:  # one box at a time; the rest are in the log and the reports
            return
        self._showing = True
        try:
            show_unexpected_error(self._parent_widget(), summary, details, report)
        finally:
            self._showing = False
