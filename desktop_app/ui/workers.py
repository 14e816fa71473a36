"""Background work for the GUI: run a function in the thread pool, get the result on the GUI thread.

One helper for all long work (opening a plan, computing conflicts ...), in the manner of Anki's
operations and Picard's ``run_task``: the function runs on a pool thread with a ``TaskContext``
to report progress and check for cancellation; ``on_result`` or ``on_error`` then runs on the GUI
thread. ``TaskRunner(synchronous=True)`` runs everything at once, for tests.

Plan writes go through a runner over ``serial_pool()`` (one thread): they run one at a time, in
the order they were asked for, as SQLite and undo order need.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


def serial_pool(parent: QObject | None = None) -> QThreadPool:
    """A pool of one thread: tasks run one after another, first asked first run."""
    pool = QThreadPool(parent)
    pool.setMaxThreadCount(1)
    pool.setExpiryTimeout(-1)  # keep the thread: writes come in bursts
    return pool


class TaskCancelled(Exception):
    """Raised inside a task that noticed it was cancelled; no callback runs for it."""


@dataclass
class TaskContext:
    """Handed to the task function: report progress, ask whether the user cancelled."""

    _cancelled: threading.Event = field(default_factory=threading.Event)
    _report: Callable[[int, int, str], None] = lambda done, total, text: None

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def cancel(self) -> None:
        self._cancelled.set()

    def check_cancelled(self) -> None:
        if self._cancelled.is_set():
            raise TaskCancelled

    def progress(self, done: int, total: int, text: str = "") -> None:
        self._report(done, total, text)


ResultCallback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]
ProgressCallback = Callable[[int, int, str], None]


@dataclass
class TaskHandle:
    task_id: int
    context: TaskContext
    on_result: ResultCallback
    on_error: ErrorCallback | None
    on_progress: ProgressCallback | None
    on_discarded: ResultCallback | None = None
    """Gets a result that arrived after cancel, so that resources it holds can be released."""
    on_cancelled: Callable[[], None] | None = None
    """Runs once the task has stopped after a cancel (e.g. to say "cancelled" to the user)."""
    done: bool = False

    def cancel(self) -> None:
        self.context.cancel()


class _Runnable(QRunnable):
    def __init__(self, runner: TaskRunner, handle: TaskHandle, function: Callable[[TaskContext], Any]) -> None:
        super().__init__()
        self._runner = runner
        self._handle = handle
        self._function = function

    def run(self) -> None:
        try:
            result, error = self._function(self._handle.context), None
        except BaseException as caught:  # delivered to on_error on the GUI thread
            result, error = None, caught
        self._runner.task_finished.emit(self._handle.task_id, result, error)


class TaskRunner(QObject):
    """Runs tasks off the GUI thread; results and errors are posted back to it."""

    # Emitted from pool threads; the runner lives on the GUI thread, so delivery is queued there.
    task_finished = Signal(int, object, object)
    task_progressed = Signal(int, int, int, str)
    busy_changed = Signal(bool)

    def __init__(self, pool: QThreadPool | None = None, *, synchronous: bool = False,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._synchronous = synchronous
        self._ids = itertools.count(1)
        self._running: dict[int, TaskHandle] = {}
        self.task_finished.connect(self._deliver)
        self.task_progressed.connect(self._deliver_progress)

    @property
    def synchronous(self) -> bool:
        return self._synchronous

    @property
    def active_count(self) -> int:
        return len(self._running)

    def run(self, function: Callable[[TaskContext], Any], on_result: ResultCallback, *,
            on_error: ErrorCallback | None = None, on_progress: ProgressCallback | None = None,
            on_discarded: ResultCallback | None = None,
            on_cancelled: Callable[[], None] | None = None) -> TaskHandle:
        task_id = next(self._ids)
        context = TaskContext(_report=lambda done, total, text: self.task_progressed.emit(task_id, done, total, text))
        handle = TaskHandle(task_id, context, on_result, on_error, on_progress, on_discarded, on_cancelled)
        self._running[task_id] = handle
        if len(self._running) == 1:
            self.busy_changed.emit(True)
        if self._synchronous:
            try:
                result, error = function(context), None
            except BaseException as caught:
                result, error = None, caught
            self._deliver(task_id, result, error)
        else:
            self._pool.start(_Runnable(self, handle, function))
        return handle

    def cancel_all(self) -> None:
        for handle in self._running.values():
            handle.cancel()

    def wait_for_done(self, timeout_ms: int = 30_000) -> bool:
        """Block until the pool is idle (shutdown and tests); queued results still need the event loop."""
        return self._pool.waitForDone(timeout_ms)

    @Slot(int, object, object)
    def _deliver(self, task_id: int, result: object, error: object) -> None:
        handle = self._running.pop(task_id, None)
        if not self._running:
            self.busy_changed.emit(False)
        if handle is None:
            return
        handle.done = True
        if isinstance(error, TaskCancelled) or handle.context.cancelled:
            if error is None and handle.on_discarded is not None:
                handle.on_discarded(result)
            if handle.on_cancelled is not None:
                handle.on_cancelled()
            return
        if error is None:
            handle.on_result(result)
        elif handle.on_error is not None:
            handle.on_error(error)  # type: ignore[arg-type]
        else:
            raise error  # type: ignore[misc]  # an unhandled failure is a bug: let the excepthook show it

    @Slot(int, int, int, str)
    def _deliver_progress(self, task_id: int, done: int, total: int, text: str) -> None:
        handle = self._running.get(task_id)
        if handle is not None and handle.on_progress is not None and not handle.context.cancelled:
            handle.on_progress(done, total, text)
