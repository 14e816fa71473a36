"""Undo commands: plain before/after data, applied through the activity service.

A command never touches widgets: it writes through ``activity_service`` and hands the returned
``Changes`` to the document, which reloads and lets each view refresh what it shows. A write
that fails (the plan changed underneath, a rule broke) marks the command obsolete, so the undo
stack drops it instead of holding a step that never happened.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import timedelta
from typing import Any

from PySide6.QtGui import QUndoCommand

from desktop_app.domain.activities import Activity, ActivityStatus
from desktop_app.domain.errors import DomainError
from desktop_app.services import activity_service
from desktop_app.services.activity_service import Changes
from desktop_app.ui.plan_document import PlanDocument

FieldsById = Mapping[int, Mapping[str, Any]]
ErrorReporter = Callable[[str], None]


class EditActivitiesCommand(QUndoCommand):
    """Set fields on activities; undo puts the previous values back (one transaction each way).

    The previous values are taken from the plan file by the first redo, not from what a view
    showed, so undo restores what was really there even if the view had not caught up yet.
    """

    def __init__(self, document: PlanDocument, text: str, after: FieldsById,
                 report_error: ErrorReporter | None = None) -> None:
        super().__init__(text)
        self._document = document
        self.after = {key: dict(value) for key, value in after.items()}
        self.before: dict[int, dict[str, Any]] | None = None
        self._report_error = report_error
        self.error: str | None = None

    def redo(self) -> None:
        result = self._apply(self.after)
        if result is not None and self.before is None:
            self.before = result.previous
            if not result.previous:  # nothing was different: no step to undo
                self.setObsolete(True)

    def undo(self) -> None:
        if self.before:
            self._apply(self.before)

    def _apply(self, fields: FieldsById) -> activity_service.EditResult | None:
        store = self._document.store
        if store is None:
            self.setObsolete(True)
            return None
        try:
            result = activity_service.edit_activities(store, fields)  # type: ignore[arg-type]
        except DomainError as error:
            self.error = str(error)
            self.setObsolete(True)
            if self._report_error is not None:
                self._report_error(self.error)
            return None
        if result.changes.kinds:
            self._document.refresh(result.changes)
        return result


class DeleteActivitiesCommand(QUndoCommand):
    """Delete activities; undo restores them with their calendar UIDs (under new ids)."""

    def __init__(self, document: PlanDocument, activities: Iterable[Activity],
                 report_error: ErrorReporter | None = None) -> None:
        targets = [a for a in activities if a.id is not None]
        super().__init__(f"Delete {_subject(targets)}")
        self._document = document
        self.activity_ids = [a.id for a in targets if a.id is not None]
        self.deleted: list[Activity] = []
        self._report_error = report_error

    def redo(self) -> None:
        self._run(lambda store: activity_service.delete_activities(store, self.activity_ids), deleting=True)

    def undo(self) -> None:
        self._run(lambda store: activity_service.restore_activities(store, self.deleted), deleting=False)

    def _run(self, action: Callable[[Any], tuple[list[Activity], Changes]], *, deleting: bool) -> None:
        store = self._document.store
        if store is None:
            self.setObsolete(True)
            return
        try:
            activities, changes = action(store)
        except DomainError as error:
            self.setObsolete(True)
            if self._report_error is not None:
                self._report_error(str(error))
            return
        if deleting:
            self.deleted = activities
        else:  # restored rows have new ids; a later redo must delete those
            self.activity_ids = [a.id for a in activities if a.id is not None]
        self._document.refresh(changes)


def set_status_command(document: PlanDocument, activities: Iterable[Activity], status: ActivityStatus,
                       report_error: ErrorReporter | None = None) -> EditActivitiesCommand:
    targets = [a for a in activities if a.status is not status]
    after = {a.id: {"status": status} for a in targets if a.id is not None}
    return EditActivitiesCommand(document, f"Mark {_subject(targets)} {status.value}", after, report_error)


def move_command(document: PlanDocument, activities: Iterable[Activity], delta: timedelta,
                 report_error: ErrorReporter | None = None) -> EditActivitiesCommand:
    targets = list(activities)
    after = {a.id: {"start": a.start + delta, "end": a.end + delta} for a in targets if a.id is not None}
    minutes = int(delta.total_seconds() // 60)
    direction = f"later by {minutes} min" if minutes > 0 else f"earlier by {-minutes} min"
    return EditActivitiesCommand(document, f"Move {_subject(targets)} {direction}", after, report_error)


def _subject(activities: list[Activity]) -> str:
    if len(activities) == 1:
        return f"'{activities[0].title}'"
    return f"{len(activities)} activities"
