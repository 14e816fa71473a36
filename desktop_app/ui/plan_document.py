"""The open plan as the window sees it: the store, its latest snapshot and conflicts, kept fresh.

Loading (open, read, find conflicts) runs through the ``TaskRunner`` off the GUI thread. Edits
(``submit_edit``) run on a second, serial runner, one write at a time in the order asked, and
hand back a ``Changes`` record; once no write is left in flight the document reloads the
snapshot in the background and tells views what changed, so each refreshes only what it shows.
While a write or a reload is pending the document is not *settled*: views still show the
previous snapshot, so the window disables edits that would be computed from it.

Another window, program or manager may write the same plan. Every ``OUTSIDE_CHECK_MS`` the
document asks the plan's change counter (a file: SQLite's ``data_version`` on the store's own
write connection, which moves for other connections' commits, never for ours; a plan on a
server: the count of other stores' NOTIFYs its LISTEN thread heard) and, once settled, reads the
plan again in the background and emits ``changed_outside`` with a note of who changed what (the
change log's entries since, not our own).

While a plan's server cannot be reached the document is *offline*: what is on screen stays,
nothing can be edited (``connection_changed`` says why), and the checks go on until the server
answers again, when the plan is read again whole.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from desktop_app.domain.change_log import ChangeEntry
from desktop_app.domain.conflicts import Conflict
from desktop_app.domain.plan import Plan
from desktop_app.domain.plan_location import PlanLocation
from desktop_app.services import conflict_service, plan_service
from desktop_app.services.changes import Changes
from desktop_app.services.editing.journal import EditConflict
from desktop_app.services.errors import FailureKind, classify_failure, is_connection_lost
from desktop_app.services.plan_service import PlanSummary
from desktop_app.ui.workers import TaskContext, TaskHandle, TaskRunner, serial_pool

log = logging.getLogger(__name__)

OUTSIDE_CHECK_MS = 1500
"""How often the document looks for another window's or program's changes (a cheap PRAGMA)."""


class PlanFile(Protocol):
    """What the window needs of an open plan (a ``PlanStore`` from ``plan_service``)."""

    path: PlanLocation
    own_changes: set[int]
    author: str

    def read(self) -> Plan: ...

    def data_version(self) -> int | None: ...

    def latest_change_id(self) -> int: ...

    def history(self, *, after: int | None = None, limit: int | None = None) -> list[ChangeEntry]: ...

    def close(self) -> None: ...


@dataclass(frozen=True, slots=True)
class LoadedPlan:
    plan: Plan
    conflicts: tuple[Conflict, ...]
    summary: PlanSummary


def load(store: PlanFile, context: TaskContext) -> LoadedPlan:
    """Read the plan and compute its conflicts (runs on a pool thread)."""
    context.progress(0, 3, QCoreApplication.translate("PlanDocument", "Reading the plan…"))
    plan = store.read()
    context.check_cancelled()
    context.progress(1, 3, QCoreApplication.translate("PlanDocument", "Looking for conflicts…"))
    conflicts = conflict_service.conflicts_in(plan)
    context.check_cancelled()
    context.progress(2, 3, QCoreApplication.translate("PlanDocument", "Summing up…"))
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
    changed_outside = Signal(str)
    """Another window, program or manager changed the plan; ``changed`` has brought the views up
    to date; the argument is the note to show ('Lau Mei-ling moved 3 activities')."""
    connection_changed = Signal(str)
    """The plan's server cannot be reached (the reason; the window is read-only), or "" once it
    can again."""
    progressed = Signal(int, int, str)
    busy_changed = Signal(bool)
    settled_changed = Signal(bool)
    """Whether a plan is open with no write or reload pending (edits may be computed from it)."""

    def __init__(self, runner: TaskRunner, parent: QObject | None = None, *,
                 write_runner: TaskRunner | None = None) -> None:
        """``write_runner`` must run one task at a time; by default a synchronous ``runner`` (tests)
        serves for writes too, and a threaded one gets a ``serial_pool()`` of its own."""
        super().__init__(parent)
        self._runner = runner
        if write_runner is None:
            write_runner = runner if runner.synchronous else TaskRunner(serial_pool(self), parent=self)
        self._write_runner = write_runner
        self._writes_in_flight = 0
        self._unrefreshed = Changes()  # what finished writes changed, not yet reloaded
        self._settled = False
        self.store: PlanFile | None = None
        self.path: PlanLocation | None = None
        self._loaded: LoadedPlan | None = None
        self._generation = 0  # results of superseded loads are dropped
        self._pending: TaskHandle | None = None  # the load in flight, for cancel
        self._changes_in_reload = Changes()  # what the reload in flight will report
        self._outside_in_reload = False  # whether it reads another window's or program's changes
        self._seen_counter: int | None = None  # the change counter the snapshot has caught up with
        self._seen_change = 0  # the newest change-log entry the window has told of (or made)
        self.offline = ""
        """Why the plan's server cannot be reached, "" while it can."""
        self.last_write_conflict = False
        """Whether the last failed write was refused because someone changed the row since."""
        self._outside_check = QTimer(self)
        self._outside_check.setInterval(OUTSIDE_CHECK_MS)
        self._outside_check.timeout.connect(self.check_outside_changes)

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

    @property
    def runner(self) -> TaskRunner:
        """The runner for background reads and other long work (exports)."""
        return self._runner

    @property
    def is_settled(self) -> bool:
        return self._is_idle and not self.offline

    @property
    def _is_idle(self) -> bool:
        return self.is_open and self._writes_in_flight == 0 and self._pending is None

    def _notify_settled(self) -> None:
        settled = self.is_settled
        if settled != self._settled:
            self._settled = settled
            self.settled_changed.emit(settled)

    # --- editing ------------------------------------------------------------------------

    def submit_edit(self, work: Callable[[Any], Changes], *,
                    on_done: Callable[[Changes], None] | None = None,
                    on_failed: Callable[[BaseException], None] | None = None) -> None:
        """Run ``work(store)`` on the serial write runner; its ``Changes`` are applied on the GUI thread.

        Every failure, expected or not, goes to ``on_failed`` (unexpected ones are logged too).
        """
        store = self.store
        if store is None:
            if on_failed is not None:
                on_failed(RuntimeError("no plan is open"))
            return
        self._writes_in_flight += 1
        self._notify_settled()

        def done(changes: Changes) -> None:
            self._write_finished(changes)
            if on_done is not None:
                on_done(changes)

        def failed(error: BaseException) -> None:
            if classify_failure(error).kind is FailureKind.BUG:
                log.error("unexpected failure while writing the plan", exc_info=error)
            self.last_write_conflict = isinstance(error, EditConflict)
            self._write_finished(Changes())
            if is_connection_lost(error):
                self._go_offline(str(error))
            if on_failed is not None:
                on_failed(error)

        # Not retried here: an undo command's write keeps state between its steps, so running it
        # twice is not the same as once. Our writers take turns per plan (no deadlock among them).
        self._write_runner.run(lambda _context: work(store), done, on_error=failed)

    def _write_finished(self, changes: Changes) -> None:
        self._writes_in_flight -= 1
        if self._can_patch_with(changes):
            self._patch(changes)
        elif changes.kinds:
            self._unrefreshed = self._unrefreshed | changes
        # What could not be patched is read again once, after a burst of writes.
        if self._writes_in_flight == 0 and self._unrefreshed.kinds:
            changes, self._unrefreshed = self._unrefreshed, Changes()
            self.refresh(changes)
        self._notify_settled()

    def _can_patch_with(self, changes: Changes) -> bool:
        """Whether ``changes`` says everything the write did, and the snapshot is the one it followed."""
        return (changes.can_patch and bool(changes.revisions) and self._loaded is not None
                and self._pending is None and not self._unrefreshed.kinds)

    def _patch(self, changes: Changes) -> None:
        """Apply a write to the snapshot without reading the file: the entities it wrote go in,
        conflicts are checked again only where it touched (the same result as a full reload)."""
        loaded, store = self._loaded, self.store
        assert loaded is not None and store is not None
        plan = changes.apply_to(loaded.plan)
        conflicts = conflict_service.conflicts_after(plan, loaded.conflicts, changes)
        schema = loaded.summary.schema if loaded.summary else None
        summary = plan_service.summarize(store, plan, schema=schema)  # type: ignore[arg-type]
        self._loaded = LoadedPlan(plan, tuple(conflicts), summary)
        self.changed.emit(changes)

    def wait_for_writes(self, timeout_ms: int = 30_000) -> bool:
        """Block until queued writes are done (before closing the file); their results need the event loop."""
        if self._write_runner.synchronous:
            return True
        return self._write_runner.wait_for_done(timeout_ms)

    # --- opening ------------------------------------------------------------------------

    def open(self, path: PlanLocation, *, prepare: Callable[[], PlanLocation] | None = None) -> None:
        """Open ``path`` in the background; ``prepare`` runs first there (e.g. to build the demo plan)."""
        self._generation += 1
        generation = self._generation
        self.cancel()

        def work(context: TaskContext) -> tuple[PlanLocation, PlanFile, LoadedPlan, int | None, int]:
            target = prepare() if prepare else path
            context.check_cancelled()
            store = plan_service.open_plan(target)
            try:
                # before reading: a commit after this point is seen by the next check, never missed
                counter = plan_service.change_counter(store)
                seen = plan_service.latest_change_id(store)
                return target, store, load(store, context), counter, seen
            except BaseException:
                store.close()
                raise

        def opened(result: tuple[PlanLocation, PlanFile, LoadedPlan, int | None, int]) -> None:
            target, store, loaded, counter, seen = result
            if generation != self._generation:
                store.close()
                return
            self.close()
            self.store, self.path, self._loaded = store, target, loaded
            self._seen_counter, self._seen_change = counter, seen
            self._outside_check.start()
            self.opened.emit()

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self.open_failed.emit(str(path), _one_line(error))

        def discarded(result: tuple[PlanLocation, PlanFile, LoadedPlan, int | None, int]) -> None:
            result[1].close()

        self._start(work, opened, failed, discarded)
        self._notify_settled()

    def refresh(self, changes: Changes, *, outside: bool = False) -> None:
        """Re-read after an edit (or, with ``outside``, another program's); views get ``changes``
        once the new snapshot is in."""
        store = self.store
        if store is None:
            return
        self._generation += 1
        generation = self._generation

        # A reload superseded by this one never reported its changes: report them now.
        changes = self._changes_in_reload | changes
        self._changes_in_reload = changes
        outside = self._outside_in_reload = self._outside_in_reload or outside

        seen_change = self._seen_change

        def reread(context: TaskContext) -> tuple[int | None, LoadedPlan, list[ChangeEntry]]:
            counter = plan_service.change_counter(store)  # type: ignore[arg-type]
            others: list[ChangeEntry] = []
            if outside:  # who did what since the window last looked (not this window's own)
                others = [entry for entry in plan_service.history(store, after=seen_change)  # type: ignore[arg-type]
                          if entry.id not in store.own_changes]
            return counter, load(store, context), others

        def reloaded(result: tuple[int | None, LoadedPlan, list[ChangeEntry]]) -> None:
            if generation != self._generation or store is not self.store:
                return
            counter, loaded, others = result
            if others:
                self._seen_change = max(self._seen_change, max(entry.id for entry in others))
            previous = self._loaded
            self._loaded = loaded
            self._changes_in_reload, self._outside_in_reload = Changes(), False
            if counter is not None:
                self._seen_counter = counter
            if outside and previous is not None and (previous.plan, previous.conflicts) == (
                    loaded.plan, loaded.conflicts):
                return  # the file moved (a checkpoint, an edit undone there): nothing to show
            self.changed.emit(changes)
            if outside:
                from desktop_app.ui.documents.change_note import change_note

                self.changed_outside.emit(change_note(others))

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self._changes_in_reload, self._outside_in_reload = Changes(), False
                if is_connection_lost(error):
                    self._go_offline(str(error))
                else:
                    self.refresh_failed.emit(_one_line(error))

        self._start(reread, reloaded, failed)
        self._notify_settled()

    def check_outside_changes(self) -> bool:
        """Read the plan again in the background if another window or program has committed to it
        since the snapshot was read; True when a reload started. Waits while not settled."""
        store = self.store
        if store is None or not self._is_idle:
            return False
        try:
            counter = plan_service.change_counter(store)  # type: ignore[arg-type]
        except Exception as error:
            if is_connection_lost(error):
                self._go_offline(str(error))
            else:
                log.warning("could not look for outside changes to %s: %s", self.path, error)
            return False
        if self.offline:  # the server answers again: what was missed is read whole
            self.offline = ""
            self.connection_changed.emit("")
            self._notify_settled()
            self._seen_counter = counter
            self.refresh(Changes.everything(), outside=True)
            return True
        if counter is None or counter == self._seen_counter:
            return False
        self._seen_counter = counter
        self.refresh(Changes.everything(), outside=True)
        return True

    def _go_offline(self, reason: str) -> None:
        if self.offline == reason or self.store is None:
            return
        self.offline = reason
        self.connection_changed.emit(reason)
        self._notify_settled()

    def cancel(self) -> None:
        if self._pending is not None:
            self._pending.cancel()
            self._pending = None
            self.busy_changed.emit(False)
            self._notify_settled()

    def close(self) -> None:
        self._outside_check.stop()
        if self.store is not None:
            self.wait_for_writes()  # a write in flight finishes before its file closes
            self.store.close()
        self.store, self.path, self._loaded = None, None, None
        self._changes_in_reload, self._outside_in_reload, self._seen_counter = Changes(), False, None
        self._seen_change, self.offline = 0, ""
        self._notify_settled()

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
                self._notify_settled()
            return finish

        handle = self._runner.run(
            work, finish_with(on_result), on_error=finish_with(on_error),
            on_progress=self.progressed.emit, on_discarded=on_discarded,
        )
        if not handle.done:
            self._pending = handle


def _one_line(error: BaseException) -> str:
    """The message a person sees; a bug is logged with its traceback too."""
    failure = classify_failure(error)
    if failure.kind is FailureKind.BUG:
        log.error("unexpected failure while loading a plan", exc_info=error)
    return failure.message.splitlines()[0]
