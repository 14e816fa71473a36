"""Background tasks: results and errors arrive on the GUI thread; cancel drops them."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread

from desktop_app.ui.workers import TaskCancelled, TaskContext, TaskRunner, serial_pool


def test_synchronous_runner_delivers_result_and_error_at_once(sync_runner: TaskRunner):
    results: list[object] = []
    errors: list[BaseException] = []

    sync_runner.run(lambda context: 6 * 7, results.append, on_error=errors.append)
    sync_runner.run(lambda context: 1 / 0, results.append, on_error=errors.append)

    assert results == [42]
    assert isinstance(errors[0], ZeroDivisionError)
    assert sync_runner.active_count == 0


def test_an_error_without_handler_is_raised_not_swallowed(sync_runner: TaskRunner):
    with pytest.raises(ZeroDivisionError):
        sync_runner.run(lambda context: 1 / 0, lambda result: None)


def test_work_runs_off_the_gui_thread_and_the_result_comes_back_on_it(qtbot, threaded_runner: TaskRunner):
    gui_thread = QThread.currentThread()
    seen: dict[str, object] = {}

    def work(context: TaskContext) -> str:
        seen["worker"] = threading.current_thread() is threading.main_thread()
        context.progress(1, 2, "half way")
        return "done"

    def on_result(result: object) -> None:
        seen["result"], seen["thread"] = result, QThread.currentThread()

    progress: list[tuple[int, int, str]] = []
    with qtbot.waitSignal(threaded_runner.busy_changed, timeout=5000, check_params_cb=lambda busy: not busy):
        threaded_runner.run(work, on_result, on_progress=lambda *args: progress.append(args))

    assert seen == {"worker": False, "result": "done", "thread": gui_thread}
    assert progress == [(1, 2, "half way")]


def test_a_cancelled_task_delivers_nothing_but_hands_back_what_it_holds(qtbot, threaded_runner: TaskRunner):
    release = threading.Event()
    results: list[object] = []
    discarded: list[object] = []

    def work(context: TaskContext) -> str:
        release.wait(5)
        return "an open file"

    handle = threaded_runner.run(work, results.append, on_discarded=discarded.append)
    handle.cancel()
    release.set()
    qtbot.waitUntil(lambda: handle.done, timeout=5000)

    assert results == [] and discarded == ["an open file"]


def test_a_task_that_notices_cancel_stops_quietly(sync_runner: TaskRunner):
    calls: list[object] = []

    def work(context: TaskContext) -> None:
        context.cancel()  # as if the user pressed Cancel while it ran
        context.check_cancelled()
        calls.append("went on")

    sync_runner.run(work, calls.append, on_error=calls.append)
    assert calls == []


def test_check_cancelled_raises_only_once_cancelled():
    context = TaskContext()
    context.check_cancelled()
    context.cancel()
    assert context.cancelled
    with pytest.raises(TaskCancelled):
        context.check_cancelled()


def test_a_serial_pool_runs_tasks_one_at_a_time_in_order(qtbot):
    pool = serial_pool()
    runner = TaskRunner(pool)
    started: list[int] = []
    overlapping: list[bool] = []
    running = threading.Lock()

    def task(number: int):
        def work(context: TaskContext) -> int:
            overlapping.append(not running.acquire(blocking=False))
            started.append(number)
            threading.Event().wait(0.005)  # give a second thread the chance to overlap
            running.release()
            return number
        return work

    results: list[object] = []
    for number in range(6):
        runner.run(task(number), results.append)
    assert pool.waitForDone(10_000)
    qtbot.waitUntil(lambda: len(results) == 6, timeout=5000)

    assert started == list(range(6)) and results == list(range(6))
    assert not any(overlapping) and pool.maxThreadCount() == 1


def test_a_cancelled_task_says_so_once_it_stopped(sync_runner: TaskRunner):
    calls: list[str] = []

    def work(context: TaskContext) -> None:
        context.cancel()
        context.check_cancelled()

    sync_runner.run(work, lambda _result: calls.append("result"), on_error=lambda _e: calls.append("error"),
                    on_cancelled=lambda: calls.append("cancelled"))
    sync_runner.run(lambda context: 1, lambda _result: calls.append("result"),
                    on_cancelled=lambda: calls.append("cancelled"))
    assert calls == ["cancelled", "result"]
