"""Accepting part of a roster: which shift is which, and whether the part holds on its own.

The roster is solved whole: it may take Kim off the 12:00 shift to put her on the 10:00–13:00
interpreting need. Accepting the need without the shift would leave her on both. So a part is
refused when someone it puts on a shift or a need is, in the plan it leaves, on another live
activity that overlaps it or leaves too little travel time between them.
"""

from __future__ import annotations

from desktop_app.domain.activities import Activity
from desktop_app.domain.conflict_text import format_span
from desktop_app.domain.local_time import activity_zone
from desktop_app.domain.plan import Plan
from desktop_app.services.changes import Changes
from desktop_app.services.errors import UserError
from desktop_app.services.roster_refs import ShiftKey as ShiftKey
from desktop_app.services.roster_refs import shift_key as shift_key


def check_part_alone(before: Plan, changes: Changes) -> None:
    """Raise a UserError naming the first person ``changes`` puts on two things at once."""
    after = changes.apply_to(before)
    for revision in changes.revisions:
        activity = revision.after
        if not isinstance(activity, Activity) or activity.is_cancelled or activity.deleted_at is not None:
            continue
        earlier = revision.before if isinstance(revision.before, Activity) else None
        added = set(activity.delegate_ids) - set(earlier.delegate_ids if earlier else ())
        for person in sorted(added):
            other = next((o for o in after.activities_of(person)
                          if o.id != activity.id and not o.is_cancelled and clashes(after, activity, o)), None)
            if other is not None:
                raise UserError(
                    f"Accepting this part alone would put {after.delegate_by_id[person].name} on "
                    f"'{activity.title}' ({_span(after, activity)}) and on '{other.title}' "
                    f"({_span(after, other)}) at once; accept the part of the proposal that frees them as well, "
                    "or accept all.")


def clashes(plan: Plan, a: Activity, b: Activity) -> bool:
    """Whether one person cannot attend both: they overlap, or leave too little time to travel."""
    to_b, to_a = plan.travel_minutes(a.venue_id, b.venue_id), plan.travel_minutes(b.venue_id, a.venue_id)
    return (a.start.timestamp() < b.end.timestamp() + to_a * 60
            and b.start.timestamp() < a.end.timestamp() + to_b * 60)


def _span(plan: Plan, activity: Activity) -> str:
    return format_span(activity.start, activity.end, activity_zone(plan, activity))
