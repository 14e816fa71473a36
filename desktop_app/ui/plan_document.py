"""The open plan as the window sees it: the store, its latest snapshot and conflicts, kept fresh.

Loading (open, read, find conflicts) runs through the ``TaskRunner`` off the GUI thread. Edits
go through services and hand back a ``Changes`` record; the document then reloads the snapshot
in the background and tells views what changed, so each refreshes only what it shows.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal

from desktop_app.domain.conflicts import Conflict
from desktop_app.domain.errors import DomainError
from desktop_app.domain.plan import Plan
from desktop_app.services import conflict_service, plan_service
from desktop_app.services.activity_service import Changes
from desktop_app.services.plan_service import PlanSummary
from desktop_app.ui.workers import TaskContext, TaskHandle, TaskRunner

log = logging.getLogger(__name__)


class PlanFile(Protocol):
    """What the window needs of an open plan (a ``PlanStore`` from ``plan_service``)."""

    path: Path

    def read(self) -> Plan: ...

    def close(self) -> None: ...


@dataclass(frozen=True, slots=True)
class LoadedPlan:
    plan: Plan
    conflicts: tuple[Conflict, ...]
    summary: PlanSummary


class _SnapshotReader:
    """Lets the conflict service work on a snapshot already read, instead of reading again."""

    def __init__(self, plan: Plan) -> None:
        self._plan = plan

    def read(self) -> Plan:
        return self._plan


def load(store: PlanFile, context: TaskContext) -> LoadedPlan:
    """Read the plan and compute its conflicts (runs on a pool thread)."""
    context.progress(0, 3, "Reading the plan…")
    plan = store.read()
    context.check_cancelled()
    context.progress(1, 3, "Looking for conflicts…")
    conflicts = conflict_service.find_plan_conflicts(_SnapshotReader(plan))
    context.check_cancelled()
    context.progress(2, 3, "Summing up…")
    summary = plan_service.summarize(store, plan)  # type: ignore[arg-type]
    context.progress(3, 3, "")
    return LoadedPlan(plan, tuple(conflicts), summary)


class PlanDocument(QObject):
    opened = Signal()
    """A plan was opened: everything is new."""
    changed = Signal(object)
    """The plan was edited and reloaded; the argument is the ``Changes`` record."""
    open_failed = Signal(str, str)
    """(path, one-line message) when a plan could not be opened."""
    refresh_failed = Signal(str)
    """(one-line message) when the open plan could not be read again after an edit."""
    progressed = Signal(int, int, str)
    busy_changed = Signal(bool)

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self.store: PlanFile | None = None
        self.path: Path | None = None
        self._loaded: LoadedPlan | None = None
        self._generation = 0  # results of superseded loads are dropped
        self._pending: TaskHandle | None = None  # the load in flight, for cancel

    # --- state --------------------------------------------------------------------------

    @property
    def is_open(self) -> bool:
        return self.store is not None and self._loaded is not None

    @property
    def plan(self) -> Plan:
        return self._loaded.plan if self._loaded else Plan()

    @property
    def conflicts(self) -> tuple[Conflict, ...]:
        return self._loaded.conflicts if self._loaded else ()

    @property
    def summary(self) -> PlanSummary | None:
        return self._loaded.summary if self._loaded else None

    @property
    def market_timezone(self) -> str:
        return self.plan.market_timezone

    # --- opening ------------------------------------------------------------------------

    def open(self, path: Path, *, prepare: Callable[[], Path] | None = None) -> None:
        """Open ``path`` in the background; ``prepare`` runs first there (e.g. to build the demo plan)."""
        self._generation += 1
        generation = self._generation
        self.cancel()

        def work(context: TaskContext) -> tuple[Path, PlanFile, LoadedPlan]:
            target = prepare() if prepare else path
            context.check_cancelled()
            store = plan_service.open_plan(target)
            try:
                return target, store, load(store, context)
            except BaseException:
                store.close()
                raise

        def opened(result: tuple[Path, PlanFile, LoadedPlan]) -> None:
            target, store, loaded = result
            if generation != self._generation:
                store.close()
                return
            self.close()
            self.store, self.path, self._loaded = store, target, loaded
            self.opened.emit()

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self.open_failed.emit(str(path), _one_line(error))

        def discarded(result: tuple[Path, PlanFile, LoadedPlan]) -> None:
            result[1].close()

        self._start(work, opened, failed, discarded)

    def refresh(self, changes: Changes) -> None:
        """Re-read after an edit; views get ``changes`` once the new snapshot is in."""
        store = self.store
        if store is None:
            return
        self._generation += 1
        generation = self._generation

        def reloaded(loaded: LoadedPlan) -> None:
            if generation != self._generation or store is not self.store:
                return
            self._loaded = loaded
            self.changed.emit(changes)

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self.refresh_failed.emit(_one_line(error))

        self._start(lambda context: load(store, context), reloaded, failed)

    def cancel(self) -> None:
        if self._pending is not None:
            self._pending.cancel()
            self._pending = None
            self.busy_changed.emit(False)

    def close(self) -> None:
        if self.store is not None:
            self.store.close()
        self.store, self.path, self._loaded = None, None, None

    def _start(self, work: Callable[[TaskContext], Any], on_result: Callable[[Any], None],
               on_error: Callable[[BaseException], None],
               on_discarded: Callable[[Any], None] | None = None) -> None:
        self.busy_changed.emit(True)
        handle: TaskHandle | None = None

        def finish_with(callback: Callable[[Any], None]) -> Callable[[Any], None]:
            def finish(value: Any) -> None:
                if self._pending is handle or handle is None:
                    self._pending = None
                    self.busy_changed.emit(False)
                callback(value)
            return finish

        handle = self._runner.run(
            work, finish_with(on_result), on_error=finish_with(on_error),
            on_progress=self.progressed.emit, on_discarded=on_discarded,
        )
        if not handle.done:
            self._pending = handle


def _one_line(error: BaseException) -> str:
    """The message a person sees; anything that is not a known failure is logged as a bug too."""
    if not isinstance(error, DomainError | OSError):
        log.error("unexpected failure while loading a plan", exc_info=error)
    text = str(error).strip() or type(error).__name__
    return text.splitlines()[0]
