"""Contingency re-plan: shift, move or cancel everything in a time range, in one transaction.

When a typhoon signal or a black rainstorm warning closes the venues for a morning, the manager
takes every activity that overlaps the range (at the chosen venues or rooms, attended by the
chosen delegates; no choice means all) and shifts it, moves it to another venue or room, or
cancels it. Cancelled activities take nobody's time and are left out; every change goes
through ``revise_in``, so SEQUENCE goes up and a cancelled activity stays in calendars as
cancelled. The outcome names what changed, the conflicts the change creates (and resolves)
and the delegates whose calendars and itineraries must be issued again.

``preview`` computes all of that from a snapshot without writing (the window's preview, the
command line's ``--dry-run``); ``replan`` does it inside one write transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from desktop_app.domain.activities import Activity, ActivityStatus
from desktop_app.domain.conflicts import Conflict, find_conflicts
from desktop_app.domain.dates_text import span_text
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.local_time import market_zone_on, place_zone
from desktop_app.domain.plan import Plan, check_place
from desktop_app.domain.timezones import localize_reporting, require_utc, to_local, utc_now
from desktop_app.services.changes import Changes, Revision
from desktop_app.services.conflict_service import conflicts_after
from desktop_app.services.editing.activities import revise_in
from desktop_app.services.editing.journal import journaled
from desktop_app.services.errors import UserError

if TYPE_CHECKING:
    from desktop_app.storage.plan_store import PlanStore

Clock = Callable[[], datetime]


@dataclass(frozen=True, slots=True)
class Place:
    """Where re-roomed activities go: a venue, and one of its rooms or none."""

    venue_id: int
    room_id: int | None = None


@dataclass(frozen=True, slots=True)
class Replan:
    """What to re-plan: the activities overlapping [start, end) that match every filter given,
    and what to do with them (a shift and a move may go together; a cancel goes alone)."""

    start: datetime
    end: datetime
    venue_ids: frozenset[int] = frozenset()
    room_ids: frozenset[int] = frozenset()
    """With ``venue_ids``: at any of these venues or in any of these rooms."""
    delegate_ids: frozenset[int] = frozenset()
    """Attended by any of these delegates (the activity changes for everyone in it)."""
    shift: timedelta = timedelta()
    """Elapsed time, as ``edit --shift``: across a clock change wall times move an hour more or less."""
    move_to: Place | None = None
    cancel: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "start", require_utc(self.start, "start"))
        object.__setattr__(self, "end", require_utc(self.end, "end"))
        if self.end <= self.start:
            raise ValidationError("end", "the range must end after it starts")
        if self.cancel and (self.shift or self.move_to is not None):
            raise ValidationError("cancel", "cancel the activities, or shift or move them, not both")
        if not (self.cancel or self.shift or self.move_to is not None):
            raise ValidationError("shift", "say what to do: shift, move to another place, or cancel")
        if self.shift % timedelta(minutes=1):
            raise ValidationError("shift", "shift by whole minutes")

    def matches(self, activity: Activity) -> bool:
        if activity.is_cancelled or not (activity.start < self.end and activity.end > self.start):
            return False
        if (self.venue_ids or self.room_ids) and not (
                activity.venue_id in self.venue_ids or activity.room_id in self.room_ids):
            return False
        return not self.delegate_ids or not self.delegate_ids.isdisjoint(activity.delegate_ids)

    def fields_for(self, plan: Plan) -> Callable[[Activity], dict[str, Any]]:
        """The changes to make to one activity, from the activity as it is when revised."""
        if self.move_to is not None:
            check_place(plan, self.move_to.venue_id, self.move_to.room_id)

        def fields(current: Activity) -> dict[str, Any]:
            if self.cancel:
                return {"status": ActivityStatus.CANCELLED}
            changed: dict[str, Any] = {}
            if self.shift:
                changed["start"], changed["end"] = current.start + self.shift, current.end + self.shift
            if self.move_to is not None:
                changed["venue_id"], changed["room_id"] = self.move_to.venue_id, self.move_to.room_id
                changed["timezone"] = place_zone(plan, self.move_to.venue_id, current.timezone)
            return changed

        return fields


@dataclass(frozen=True)
class ReplanOutcome:
    replan: Replan
    revisions: tuple[Revision, ...]
    """Each activity changed, before and after, in time order (of before)."""
    conflicts_created: tuple[Conflict, ...]
    conflicts_resolved: tuple[Conflict, ...]
    delegate_ids: tuple[int, ...]
    """Everyone attending a changed activity, in the plan's order of delegates."""
    changes: Changes
    dry_run: bool

    @property
    def activities(self) -> list[tuple[Activity, Activity]]:
        return [(r.before, r.after) for r in self.revisions]  # type: ignore[misc]


def chosen_activities(plan: Plan, replan: Replan) -> list[Activity]:
    """The live activities ``replan`` changes, in time order."""
    return sorted((a for a in plan.activities if replan.matches(a)), key=lambda a: (a.start, a.end, a.title, a.id or 0))


def preview(plan: Plan, replan: Replan, conflicts: Sequence[Conflict] | None = None, *,
            clock: Clock = utc_now) -> ReplanOutcome:
    """What ``replan`` would do to ``plan``, writing nothing. ``conflicts``: the plan's conflicts
    as already known (the window's), so only the touched delegates and rooms are checked again."""
    fields_for = replan.fields_for(plan)
    now = clock()
    revisions = []
    for activity in chosen_activities(plan, replan):
        after = activity.revised(now=now, **fields_for(activity))
        if after != activity:
            revisions.append(Revision(activity, after))
    return _outcome(plan, replan, Changes.of(revisions), conflicts, dry_run=True)


def replan_activities(store: PlanStore, replan: Replan, *, dry_run: bool = False,
                      clock: Clock = utc_now) -> ReplanOutcome:
    """Apply ``replan`` in one transaction (or, with ``dry_run``, say what it would do)."""
    if dry_run:
        return preview(store.read(), replan, clock=clock)
    now = clock()
    with store.write() as tx:
        plan = tx.snapshot()
        fields_for = replan.fields_for(plan)
        for activity in chosen_activities(plan, replan):
            assert activity.id is not None
            revise_in(tx, activity.id, fields_for, now)
        changes = journaled(tx)
    return _outcome(plan, replan, changes, None, dry_run=False)


def _outcome(plan: Plan, replan: Replan, changes: Changes, conflicts: Sequence[Conflict] | None, *,
             dry_run: bool) -> ReplanOutcome:
    before = list(conflicts) if conflicts is not None else find_conflicts(plan)
    after = conflicts_after(changes.apply_to(plan), before, changes) if changes.revisions else before
    old, new = {_key(c) for c in before}, {_key(c) for c in after}
    revisions = tuple(sorted(changes.revisions, key=lambda r: _order(r.before)))
    return ReplanOutcome(
        replan, revisions,
        conflicts_created=tuple(c for c in after if _key(c) not in old),
        conflicts_resolved=tuple(c for c in before if _key(c) not in new),
        delegate_ids=affected_delegate_ids(plan, changes),
        changes=changes, dry_run=dry_run)


def _key(conflict: Conflict) -> tuple[object, ...]:
    """A conflict is the same one while the same things clash, whatever its times say now."""
    return conflict.kind, conflict.scope, conflict.subject, frozenset(conflict.activity_ids)


def _order(activity: object) -> tuple[object, ...]:
    assert isinstance(activity, Activity)
    return activity.start, activity.end, activity.title, activity.id or 0


def affected_delegate_ids(plan: Plan, changes: Changes) -> tuple[int, ...]:
    """The live delegates in, or taken off, an activity ``changes`` touched, in the plan's order:
    whose calendars and itineraries must be issued again."""
    touched: set[int] = set()
    for revision in changes.revisions:
        for side in (revision.before, revision.after):
            if isinstance(side, Activity):
                touched.update(side.delegate_ids)
                touched.update(side.former_attendee_ids)
    return tuple(d.id for d in plan.delegates if d.id is not None and d.id in touched)


# --- reading a range as people type it ----------------------------------------------------

def market_time(plan: Plan, text: str, option: str) -> tuple[datetime, str]:
    """An ISO 8601 time: with an offset as given, without one in the zone of the market running
    that day (``market_zone_on``). Returns the instant and a note when the wall time happens
    twice (read as the first) or not at all (a clock change), else ""."""
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        raise UserError(f"{option}: '{text}' is not an ISO 8601 date and time (e.g. 2025-03-18T09:00)") from None
    if value.tzinfo is not None:
        return require_utc(value, option), ""
    zone = market_zone_on(plan, value.date())
    instant, note = localize_reporting(value, zone)
    return instant, f"{option}: {note}" if note else ""


def market_zone_at(plan: Plan, instant: datetime) -> str:
    """The zone of the market running at ``instant`` (the day read in the first market's zone,
    then again in the zone that gives)."""
    zone = market_zone_on(plan, to_local(instant, plan.market_timezone).date())
    return market_zone_on(plan, to_local(instant, zone).date())


def range_text(plan: Plan, start: datetime, end: datetime) -> str:
    """'Tue 18 Mar 09:00–13:00 HKT' in the market's zone."""
    zone = market_zone_at(plan, start)
    return span_text(to_local(start, zone), to_local(end, zone))


def describe_action(plan: Plan, replan: Replan, *, done: bool = False) -> str:
    """'shift by +120 min', 'move to HKCEC, Theatre 2', 'cancel', or with ``done`` 'shifted by
    +120 min' ... (a shift and a move together: 'shift by +60 min and move to ...')."""
    if replan.cancel:
        return "cancelled" if done else "cancel"
    parts = []
    if replan.shift:
        minutes = int(replan.shift.total_seconds() // 60)
        parts.append(f"{'shifted' if done else 'shift'} by {minutes:+d} min")
    if replan.move_to is not None:
        place = plan.describe_place(replan.move_to.venue_id, replan.move_to.room_id)
        parts.append(f"{'moved' if done else 'move'} to {place}")
    return " and ".join(parts)
