"""What the grid's gestures and keys change, as undo steps: (text, work) pairs for
``Section.edit_requested``, each work one service call (``services.editing``) on the write
worker. Moves are relative (``calendar_moves.move_activities`` shifts from where the activity is
in the file), so a step made on a view that has not caught up still does what it says.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.activities import Activity
from desktop_app.domain.plan import Plan
from desktop_app.services.changes import Changes
from desktop_app.services.editing import activities as activity_service
from desktop_app.services.editing import calendar_moves
from desktop_app.services.editing.calendar_moves import Handover
from desktop_app.ui.calendar.model.drag_preview import DragKind, Preview
from desktop_app.ui.calendar.model.layout import ColumnKey
from desktop_app.ui.workspace.section import Work

Edit = tuple[str, Work]


translate = QCoreApplication.translate


def _named(activities: Sequence[Activity], one: str, many: str) -> str:
    """``one`` with the title of the only activity, else ``many`` with their count (both translated:
    two sentences, not a %n plural, which lupdate does not mark in a Python translate() call)."""
    if len(activities) == 1:
        return one.format(title=activities[0].title)
    return many.format(count=len(activities))


def handover(plan: Plan, source: ColumnKey | None, target: ColumnKey | None) -> Handover | None:
    """What moving from column ``source`` to ``target`` hands over; None within one column."""
    if source is None or target is None or source == target:
        return None
    if source[0] == "delegate" and target[0] == "delegate":
        return Handover(from_delegate=source[1], to_delegate=target[1])
    if target[0] == "room":
        return Handover(to_place=True, room_id=target[1])
    if target[0] == "venue":
        return Handover(to_place=True, venue_id=target[1] or None)
    return None


def target_name(plan: Plan, target: ColumnKey | None) -> str:
    if target is None:
        return ""
    kind, key = target
    if kind == "delegate" and key in plan.delegate_by_id:
        return plan.delegate_by_id[key].name
    if kind == "room" and key in plan.room_by_id:
        room = plan.room_by_id[key]
        return plan.describe_place(room.venue_id, room.id)
    if kind == "venue" and key in plan.venue_by_id:
        return plan.venue_by_id[key].name
    return translate("CalendarEdits", "no venue") if kind == "venue" else ""


def move(plan: Plan, activities: Sequence[Activity], delta: timedelta, source: ColumnKey | None = None,
         target: ColumnKey | None = None) -> Edit:
    ids = [a.id for a in activities if a.id is not None]
    given = handover(plan, source, target)
    if given is not None:
        text = translate("CalendarEdits", "Give '{title}' to {name}").format(title=activities[0].title,
                                                                            name=target_name(plan, target))
    else:
        text = _named(activities, translate("CalendarEdits", "Move '{title}'"),
                  translate("CalendarEdits", "Move {count} activities"))

    def work(store: Any) -> Changes:
        return calendar_moves.move_activities(store, ids, delta, given)

    return text, work


def resize(activity: Activity, start_delta: timedelta, end_delta: timedelta) -> Edit:
    activity_id = activity.id or 0

    def work(store: Any) -> Changes:
        return calendar_moves.resize_activity(store, activity_id, start_delta, end_delta)

    return translate("CalendarEdits", "Change the length of '{title}'").format(title=activity.title), work


def add(activities: Sequence[Activity], text: str) -> Edit:
    new = list(activities)

    def work(store: Any) -> Changes:
        return calendar_moves.add_activities(store, new)[1]

    return text, work


def create(activity: Activity) -> Edit:
    return add([activity], translate("CalendarEdits", "New activity '{title}'").format(title=activity.title))


def paste(copies: Sequence[Activity]) -> Edit:
    return add(copies, _named(copies, translate("CalendarEdits", "Paste '{title}'"),
                  translate("CalendarEdits", "Paste {count} activities")))


def duplicate(copies: Sequence[Activity]) -> Edit:
    return add(copies, _named(copies, translate("CalendarEdits", "Duplicate '{title}'"),
                  translate("CalendarEdits", "Duplicate {count} activities")))


def delete(activities: Sequence[Activity]) -> Edit:
    ids = [a.id for a in activities if a.id is not None]

    def work(store: Any) -> Changes:
        return activity_service.delete_activities(store, ids, skip_missing=True)[1]

    return _named(activities, translate("CalendarEdits", "Delete '{title}'"),
                  translate("CalendarEdits", "Delete {count} activities")), work


def from_preview(plan: Plan, preview: Preview) -> Edit | None:
    """The edit a drop makes; None when it changes nothing."""
    if not preview.changes_something:
        return None
    if preview.kind is DragKind.CREATE:
        return create(preview.activities[0])
    if preview.kind is DragKind.MOVE:
        return move(plan, preview.originals, preview.delta, preview.source, preview.target)
    original, changed = preview.originals[0], preview.activities[0]
    return resize(original, changed.start - original.start, changed.end - original.end)
