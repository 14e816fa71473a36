"""Exports on every core: documents rendered by a pool of worker processes when that pays.

An export is a list of :class:`Job`: a target file and a module-level function that renders its
bytes from the plan. With one worker (or little work) the jobs run here, one after another;
otherwise a process pool renders them and this process writes each result as it arrives, with
``write_atomically``. Either way the same functions make the same bytes, so a pooled export's
files are the serial export's files; and as only this process writes, a cancel or an error never
leaves half a file.

Worker processes are *spawned*, never forked: a fork copies whatever Qt's threads held locked at
that moment, and spawn is what Windows and macOS do anyway (a frozen app calls
``multiprocessing.freeze_support()`` at start-up, see ``desktop_app.__main__``). Each worker
gets the plan once, through the pool's initializer, and keeps its caches (fonts, runs of text,
an export's calendar lines) for all the jobs it runs.
"""

from __future__ import annotations

import math
import multiprocessing
import os
from collections.abc import Callable, Hashable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.plan import Plan

from . import output_files
from .errors import UserError

Progress = Callable[[int, int], None]
"""Called with (documents done, documents in all). While workers are busy it is called again
every ``HEARTBEAT`` seconds with the same figures, so a callback that raises to cancel (the
window's export job) is heard within that even while a long document is being rendered."""

HEARTBEAT = 0.2
POOL_START_MS = 700
"""What starting the pool costs, roughly: spawning interpreters that import reportlab and
icalendar, loading the fonts and unpickling the plan (measured on the 2-core machine)."""
MIN_WORK_PER_WORKER_MS = 2 * POOL_START_MS
"""A worker process is only started for at least this much estimated work, so a 5-delegate
plan is rendered here: there a pool would cost more than it saves."""
MAX_WORKERS = 32


@dataclass
class RunContext:
    """What a job function gets: the plan, and a cache that lives as long as the run in this
    process (one export's calendar writer, shared by the calendars a worker writes)."""

    plan: Plan
    cache: dict[str, Any] = field(default_factory=dict)


JobFunction = Callable[..., bytes]
"""A module-level function ``(context: RunContext, *args) -> bytes`` (picklable by name)."""


@dataclass(frozen=True, slots=True)
class Job:
    target: Path
    function: JobFunction
    args: tuple[Any, ...] = ()
    cost_ms: float = 1.0
    """Estimated rendering time: the longest jobs start first, and the sum decides the pool."""
    group: Hashable = None
    """Jobs that share most of their text (a delegation's itineraries and calendars) go to one
    worker together, so its caches serve them all; without this a pool did half as much again
    of the work a serial export does."""


def check_workers(workers: int | None) -> int | None:
    """``workers`` as a setting: None for one per core, else 1 to MAX_WORKERS (1: no pool)."""
    if workers is not None and not 1 <= workers <= MAX_WORKERS:
        raise UserError(f"the number of worker processes must be between 1 and {MAX_WORKERS}, got {workers}")
    return workers


def worker_count(workers: int | None, work_ms: float) -> int:
    """Processes worth starting for ``work_ms`` of estimated work: at most ``workers`` (None:
    one per core), and none (1, this process) for work that would not pay for them."""
    limit = check_workers(workers) or os.cpu_count() or 1
    worth = int(work_ms // MIN_WORK_PER_WORKER_MS) if MIN_WORK_PER_WORKER_MS > 0 else limit
    return max(1, min(limit, worth))


def run_jobs(plan: Plan, jobs: Sequence[Job], *, workers: int | None = None,
             progress: Progress | None = None) -> list[Path]:
    """Render every job and write it to its target; returns the targets in the order of ``jobs``."""
    render_jobs(plan, jobs, lambda job, data: output_files.write_atomically(job.target, data), workers=workers,
                progress=progress)
    return [job.target for job in jobs]


def collect_jobs(plan: Plan, jobs: Sequence[Job], *, workers: int | None = None,
                 progress: Progress | None = None) -> list[bytes]:
    """Render every job and return the bytes, in the order of ``jobs`` (e.g. for a zip)."""
    results: dict[int, bytes] = {}
    index = {id(job): position for position, job in enumerate(jobs)}
    render_jobs(plan, jobs, lambda job, data: results.__setitem__(index[id(job)], data), workers=workers,
                progress=progress)
    return [results[position] for position in range(len(jobs))]


def render_jobs(plan: Plan, jobs: Sequence[Job], deliver: Callable[[Job, bytes], None], *,
                workers: int | None = None, progress: Progress | None = None) -> None:
    """Render every job, here or in a pool (see ``worker_count``), and hand each result to
    ``deliver`` in this process, as it arrives."""
    count = min(worker_count(workers, sum(job.cost_ms for job in jobs)), len(jobs))
    if count <= 1:
        context = RunContext(plan)
        for done, job in enumerate(jobs, start=1):
            deliver(job, _render(context, job))
            if progress is not None:
                progress(done, len(jobs))
        return
    _render_pooled(plan, jobs, count, deliver, progress)


def _render(context: RunContext, job: Job) -> bytes:
    try:
        return job.function(context, *job.args)
    except ValidationError as error:  # e.g. a paper size given to the formats directly
        raise UserError(str(error)) from None


_worker_context: RunContext | None = None


def _start_worker(plan: Plan) -> None:
    global _worker_context  # one plan per worker process, for its whole life
    _worker_context = RunContext(plan)


def _render_in_worker(batch: tuple[Job, ...]) -> list[bytes]:
    assert _worker_context is not None, "the pool's initializer sets the plan"
    context = _worker_context
    return [_render(context, job) for job in batch]


def batches(jobs: Sequence[Job], workers: int) -> list[tuple[Job, ...]]:
    """Jobs cut into tasks for ``workers`` processes: by group, each group in pieces small enough
    (about a quarter of a worker's share) for the workers to finish together."""
    size = max(1, math.ceil(len(jobs) / (workers * 4)))
    groups: dict[Hashable, list[Job]] = {}
    for job in jobs:
        groups.setdefault(job.group, []).append(job)
    return [tuple(group[start:start + size]) for group in groups.values() for start in range(0, len(group), size)]


def _render_pooled(plan: Plan, jobs: Sequence[Job], count: int, deliver: Callable[[Job, bytes], None],
                   progress: Progress | None) -> None:
    executor = ProcessPoolExecutor(max_workers=count, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_start_worker, initargs=(plan,))
    try:
        # Longest first, so that the overview does not start last and finish alone.
        tasks = sorted(batches(jobs, count), key=lambda batch: -sum(job.cost_ms for job in batch))
        pending: dict[Future[list[bytes]], tuple[Job, ...]] = {
            executor.submit(_render_in_worker, batch): batch for batch in tasks
        }
        done = 0
        while pending:
            finished, _ = wait(pending, timeout=HEARTBEAT, return_when=FIRST_COMPLETED)
            for future in finished:
                batch = pending.pop(future)
                for job, data in zip(batch, future.result(), strict=True):
                    deliver(job, data)
                    done += 1
            if progress is not None:
                progress(done, len(jobs))
    except BaseException:
        # Cancelled or failed: nothing more is delivered; the workers drop what is queued, finish
        # the one document each is on and exit, without this process waiting for them.
        executor.shutdown(wait=False, cancel_futures=True)
        raise
    executor.shutdown(wait=True)
