"""Undo commands: plain before/after data, applied through the activity service.

A command never touches widgets. Its ``redo``/``undo`` hand a write to the document's serial
write worker (``PlanDocument.submit_edit``); the worker calls ``activity_service`` and the
returned ``Changes`` come back to the GUI thread, where the document reloads and each view
refreshes what it shows. The state a command keeps between steps (old values, deleted rows) is
read and written only inside those writes, which run one at a time in the order asked, so an
undo queued behind its own redo sees what that redo recorded.

A write that fails, for any reason, marks the command obsolete and is reported; ``on_dropped``
lets the stack's owner take the step off the stack, so it never holds a step that did not happen.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack
from shiboken6 import Shiboken

from desktop_app.domain.activities import Activity, ActivityStatus
from desktop_app.services.changes import Changes
from desktop_app.services.editing import activities as activity_service
from desktop_app.services.editing.journal import revert
from desktop_app.services.errors import FailureKind, classify_failure
from desktop_app.ui.plan_document import PlanDocument

translate = QCoreApplication.translate

FieldsById = Mapping[int, Mapping[str, Any]]
ErrorReporter = Callable[[str], None]
Store = Any  # the open PlanStore, handed to the write by the document


def describe_failure(error: BaseException) -> str:
    """The sentence a person sees, sorted by the one rule the command line uses too."""
    failure = classify_failure(error)
    if failure.kind is FailureKind.BUG:
        return translate("Commands", "An unexpected error stopped the change (%1). Nothing was changed.").replace(
            "%1", failure.message)
    return failure.message


class PlanEditCommand(QUndoCommand):
    """Base: ``_redo_write``/``_undo_write`` run on the write worker and return ``Changes``."""

    def __init__(self, document: PlanDocument, text: str, report_error: ErrorReporter | None = None,
                 on_dropped: Callable[[], None] | None = None) -> None:
        super().__init__(text)
        self._document = document
        self._report_error = report_error
        self._on_dropped = on_dropped
        self.error: str | None = None

    def redo(self) -> None:
        self._submit(self._redo_write, first=self._first_redo_pending())

    def undo(self) -> None:
        self._submit(self._undo_write, first=False)

    def _redo_write(self, store: Store) -> Changes:
        raise NotImplementedError

    def _undo_write(self, store: Store) -> Changes:
        raise NotImplementedError

    def _first_redo_pending(self) -> bool:
        return False

    def _did_nothing(self) -> bool:
        """After the first redo: True when the file already was as asked (no step to undo)."""
        return False

    def _submit(self, write: Callable[[Store], Changes], *, first: bool) -> None:
        def done(_changes: Changes) -> None:
            if first and self._did_nothing():
                self._drop()

        def failed(error: BaseException) -> None:
            self.error = describe_failure(error)
            self._drop()
            if self._report_error is not None:
                self._report_error(self.error)

        self._document.submit_edit(write, on_done=done, on_failed=failed)

    def _drop(self) -> None:
        # The stack may have deleted the command meanwhile (a new plan was opened).
        if Shiboken.isValid(self):
            self.setObsolete(True)
            if self._on_dropped is not None:
                self._on_dropped()


class JournalCommand(PlanEditCommand):
    """Any edit as one undo step: the first redo runs ``work``; undo writes back what that wrote,
    from its ``Changes`` (``editing.journal.revert``: refused if a row changed since, never
    lowering an activity's SEQUENCE); redo is the revert of the undo.

    What the command keeps between steps is set inside its writes, on the write worker, so an
    undo queued right behind its redo already sees the redo's record.
    """

    def __init__(self, document: PlanDocument, text: str, work: Callable[[Store], Changes],
                 report_error: ErrorReporter | None = None, on_dropped: Callable[[], None] | None = None) -> None:
        super().__init__(document, text, report_error, on_dropped)
        self._work: Callable[[Store], Changes] | None = work
        self.record: Changes | None = None
        """What the last step wrote: the action's record after a redo, the undo's after an undo."""

    def _first_redo_pending(self) -> bool:
        return self._work is not None

    def _did_nothing(self) -> bool:
        return self.record is None or not self.record.revisions

    def _redo_write(self, store: Store) -> Changes:
        if self._work is not None:
            work, self._work = self._work, None
            self.record = work(store)
            return self.record
        return self._turn_back(store)

    def _undo_write(self, store: Store) -> Changes:
        return self._turn_back(store)

    def _turn_back(self, store: Store) -> Changes:
        if self.record is None or not self.record.revisions:  # the first redo failed or did nothing
            return Changes()
        self.record = revert(store, self.record)
        return self.record


class EditActivitiesCommand(JournalCommand):
    """Set fields on activities (several at once: one step)."""

    def __init__(self, document: PlanDocument, text: str, after: FieldsById,
                 report_error: ErrorReporter | None = None, on_dropped: Callable[[], None] | None = None) -> None:
        self.after = {key: dict(value) for key, value in after.items()}
        super().__init__(document, text, lambda store: activity_service.edit_activities(store, self.after).changes,
                         report_error, on_dropped)


class ShiftActivitiesCommand(JournalCommand):
    """Move activities by a time step, from where they are in the file.

    Relative, not absolute: the times are read inside the write, so a second quick move made
    before the view caught up moves again instead of repeating the first one's target.
    """

    def __init__(self, document: PlanDocument, activities: Iterable[Activity], delta: timedelta,
                 report_error: ErrorReporter | None = None, on_dropped: Callable[[], None] | None = None) -> None:
        targets = [a for a in activities if a.id is not None]
        minutes = int(delta.total_seconds() // 60)
        text = (translate("Commands", "Move %1 later by %2 min") if minutes > 0
                else translate("Commands", "Move %1 earlier by %2 min"))
        self.activity_ids = [a.id for a in targets if a.id is not None]
        self.delta = delta
        super().__init__(document, text.replace("%1", _subject(targets)).replace("%2", str(abs(minutes))),
                         lambda store: activity_service.shift_activities(store, self.activity_ids, self.delta),
                         report_error, on_dropped)


class DeleteActivitiesCommand(JournalCommand):
    """Delete activities (kept with a mark, so calendars hear of it); undo brings them back with
    their ids and UIDs. Activities already gone (Delete pressed twice) are skipped."""

    def __init__(self, document: PlanDocument, activities: Iterable[Activity],
                 report_error: ErrorReporter | None = None, on_dropped: Callable[[], None] | None = None) -> None:
        targets = [a for a in activities if a.id is not None]
        self.activity_ids = [a.id for a in targets if a.id is not None]
        super().__init__(document, translate("Commands", "Delete %1").replace("%1", _subject(targets)),
                         lambda store: activity_service.delete_activities(store, self.activity_ids,
                                                                          skip_missing=True)[1],
                         report_error, on_dropped)


def set_status_command(document: PlanDocument, activities: Iterable[Activity], status: ActivityStatus,
                       report_error: ErrorReporter | None = None,
                       on_dropped: Callable[[], None] | None = None) -> EditActivitiesCommand:
    targets = [a for a in activities if a.status is not status]
    after = {a.id: {"status": status} for a in targets if a.id is not None}
    text = {ActivityStatus.CONFIRMED: translate("Commands", "Confirm %1"),
            ActivityStatus.TENTATIVE: translate("Commands", "Mark %1 tentative"),
            ActivityStatus.CANCELLED: translate("Commands", "Cancel %1"),
            ActivityStatus.PROPOSED: translate("Commands", "Mark %1 proposed")}[status]
    return EditActivitiesCommand(document, text.replace("%1", _subject(targets)), after,
                                 report_error, on_dropped)


def move_command(document: PlanDocument, activities: Iterable[Activity], delta: timedelta,
                 report_error: ErrorReporter | None = None,
                 on_dropped: Callable[[], None] | None = None) -> ShiftActivitiesCommand:
    return ShiftActivitiesCommand(document, activities, delta, report_error, on_dropped)


def drop_obsolete_neighbours(stack: QUndoStack) -> None:
    """Take a failed step next to the stack's index off the stack.

    QUndoStack deletes an obsolete command, without calling it, when undo/redo reaches it; a
    failure reported after ``push`` returned (the write ran on the worker) is removed that way.
    Call it from the event loop, never from inside ``redo``/``undo``.
    """
    index = stack.index()
    if index > 0 and stack.command(index - 1).isObsolete():
        stack.undo()
    elif index < stack.count() and stack.command(index).isObsolete():
        stack.redo()


def _subject(activities: list[Activity]) -> str:
    if len(activities) == 1:
        return f"'{activities[0].title}'"
    return translate("Commands", "%1 activities").replace("%1", str(len(activities)))
