"""One rule for naming what an import changes in an activity, for CSV, XLSX and iCalendar alike.

An activity that changed is reported as cancelled (its status became cancelled), moved (start
or end), re-roomed (venue or room) or, for anything else, updated; one that changed in several
ways is reported once per way, each description naming the other changes. Times are written
in the activity's own local time (``domain.local_time``).
"""

from __future__ import annotations

import dataclasses

from desktop_app.domain.activities import Activity
from desktop_app.domain.local_time import activity_zone
from desktop_app.domain.plan import Plan
from desktop_app.services.imports.context import span
from desktop_app.services.imports.report import ChangeKind, ImportChange

_NOT_REPORTED = frozenset({"id", "uid", "sequence", "created", "last_modified", "source", "former_attendee_ids",
                           "deleted_at", "start", "end", "venue_id", "room_id"})
_LABELS = {"project_id": "project", "contact_ids": "contacts", "request_id": "request", "duty_id": "booth duty"}


def when(plan: Plan, activity: Activity) -> str:
    """'Mon 17 Mar 10:00–11:30 HKT' in the activity's own zone."""
    return span(activity.start, activity.end, activity_zone(plan, activity))


def describe(plan: Plan, activity: Activity) -> str:
    return f"'{activity.title}' ({when(plan, activity)})"


def revision_changes(plan: Plan, key: str, before: Activity, after: Activity) -> list[ImportChange]:
    """What the import does to ``before`` by writing ``after``: [] when nothing a person sees changed."""
    title = after.title
    kinds: list[tuple[ChangeKind, str]] = []
    cancelled = after.is_cancelled and not before.is_cancelled
    if cancelled:
        kinds.append((ChangeKind.CANCELLED, f"cancelled {describe(plan, before)}"))
    if (before.start, before.end) != (after.start, after.end):
        kinds.append((ChangeKind.MOVED, f"moved '{title}' from {when(plan, before)} to {when(plan, after)}"))
    if (before.venue_id, before.room_id) != (after.venue_id, after.room_id):
        place = plan.describe_place
        kinds.append((ChangeKind.REROOMED, f"re-roomed '{title}' from "
                                           f"{place(before.venue_id, before.room_id) or 'no venue'} to "
                                           f"{place(after.venue_id, after.room_id) or 'no venue'}"))
    others = [_field_change(plan, name, before, after) for name in _compared_fields()
              if getattr(before, name) != getattr(after, name) and not (name == "status" and cancelled)]
    if not kinds and not others:
        return []
    if not kinds and before.is_cancelled and not after.is_cancelled:
        others = [text for text in others if not text.startswith("status")]
        kinds.append((ChangeKind.UPDATED, f"reinstated '{title}' ({after.status.value}, {when(plan, after)})"))
    if not kinds:
        kinds.append((ChangeKind.UPDATED, f"updated '{title}': {', '.join(others)}"))
    elif others:
        kind, description = kinds[0]
        kinds[0] = (kind, f"{description}; also changed: {', '.join(others)}")
    return [ImportChange(kind, "activity", key, description) for kind, description in kinds]


def _compared_fields() -> list[str]:
    return [f.name for f in dataclasses.fields(Activity) if f.name not in _NOT_REPORTED]


def _field_change(plan: Plan, name: str, before: Activity, after: Activity) -> str:
    if name != "attendees":
        return _LABELS.get(name, name)
    was, now = set(before.delegate_ids), set(after.delegate_ids)
    parts = [f"+{plan.delegate_by_id[i].name}" for i in sorted(now - was) if i in plan.delegate_by_id]
    parts += [f"−{plan.delegate_by_id[i].name}" for i in sorted(was - now) if i in plan.delegate_by_id]
    if parts:
        return f"attendees ({', '.join(parts)})"
    return "interpreter" if before.interpreter_id != after.interpreter_id else "attendees (required or optional)"
