"""Importing calendars: an organiser's programme (as activities) or a delegate's own calendar
(as busy time, i.e. personal activities that block the delegate).

Matching is by key (see ``formats.ics_import``): a programme event becomes an activity whose
``uid`` and ``external_id`` are the event's key (``UID``, or ``UID#20250318T010000Z`` for one
instance of a recurring series), so re-importing updates it. A busy block gets the uid
``busy:<delegate id>:<key>`` because several delegates may hold the same invitation.

Activities remember the file they came from (``Activity.source``). A re-issued programme
that no longer lists an event of its earlier versions has it marked cancelled and reported as
removed, as the CSV import does (``import_removals``); an instance dropped from a series that
is still in the file is reported as cancelled. Busy time that left the delegate's calendar is
deleted: the delegate is free again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.domain.activities import Activity, ActivityKind, ActivityStatus, Attendance
from desktop_app.domain.busy_blocks import BUSY_UID_PREFIX, busy_uid, is_busy_block_of
from desktop_app.domain.people import Delegate
from desktop_app.domain.plan import Plan
from desktop_app.domain.timezones import day_bounds, utc_now
from desktop_app.formats.ics_import import CalendarEvent, IcsRejected, ParsedCalendar, read_calendar
from desktop_app.services.editing.journal import journaled
from desktop_app.services.errors import UserError
from desktop_app.services.lookup import find_delegate

from .classify import describe, revision_changes
from .pipeline import ImportOptions, confirm_removals
from .removals import EarlierVersions, removed_from_file
from .report import ChangeKind, ImportChange, ImportRejected, ImportReport, RowProblem

if TYPE_CHECKING:
    from desktop_app.storage.plan_store import PlanStore

IMPORT_KINDS = ("programme", "availability")
_UPDATED_FIELDS = ("title", "start", "end", "timezone", "status", "venue_id", "room_id", "url")


@dataclass(frozen=True, slots=True)
class _Operation:
    action: str  # "add", "update", "delete"
    activity: Activity


def import_windows(plan: Plan, delegate: Delegate | None = None) -> list[tuple[datetime, datetime]]:
    """The spans calendar events are taken from (recurring ones expanded in): each market's days
    and, for a delegate's calendar, their stay; a plan without markets: its activities' span."""
    windows = [
        (day_bounds(market.first_day, market.timezone)[0], day_bounds(market.last_day, market.timezone)[1])
        for market in plan.markets
    ]
    if delegate is not None and delegate.id is not None:
        windows.extend((stay.arrival, stay.departure) for stay in plan.stays_of(delegate.id)
                       if stay.arrival is not None and stay.departure is not None)
    if not windows and plan.activities:
        windows.append((min(a.start for a in plan.activities), max(a.end for a in plan.activities)))
    if not windows:
        raise UserError("the plan has no market dates yet: add a market first, so that the calendar's "
                        "recurring events can be placed within its days")
    merged: list[tuple[datetime, datetime]] = []
    for start, end in sorted(windows):  # HAF inside FilMart: one window, not two
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def import_ics(store: PlanStore, path: Path, as_kind: str, options: ImportOptions | None = None, *,
               delegate: str | None = None, dry_run: bool = False, partial: bool = False,
               cancel_missing: bool = False) -> ImportReport:
    """Import ``path`` into the plan of ``store``; a broken file is rejected whole (``options``, or
    the same settings as keywords, as for ``import_file``)."""
    options = options or ImportOptions(dry_run, partial, cancel_missing, delegate)
    delegate, dry_run = options.delegate, options.dry_run
    path = Path(path)
    if as_kind not in IMPORT_KINDS:
        raise UserError(f"a calendar imports as {' or '.join(IMPORT_KINDS)}, not as '{as_kind}'")
    if as_kind == "availability" and not delegate:
        raise UserError("importing a calendar as availability needs --delegate EMAIL: whose calendar is it?")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise UserError(f"{path} cannot be read: {error.strerror or error}") from None
    report = ImportReport(file=path.name, as_kind=as_kind, dry_run=dry_run, partial=options.partial)
    try:
        # A dry run takes the real import's path (the same snapshot, windows and writer checks)
        # and rolls back at the end, so it reports exactly what the import would do.
        with store.write() as tx:
            plan = tx.snapshot()
            person = find_delegate(plan, delegate) if delegate else None
            parsed = _parse(path, data, plan, person)
            report.warnings.extend(parsed.warnings)
            report.changes, operations = _plan_changes(plan, parsed, path.name, as_kind, person, report.warnings,
                                                       partial=options.partial)
            confirm_removals(report, options)
            for operation in operations:
                if operation.action == "add":
                    tx.add(operation.activity)
                elif operation.action == "update":
                    tx.update(operation.activity)
                elif operation.activity.id is not None:  # deleted with a mark: delegation calendars hear of it
                    current = tx.activity(operation.activity.id)
                    tx.update(current.revised(now=utc_now(), deleted_at=utc_now()))
            if dry_run:
                raise _RollBack
            report.plan_changes = journaled(tx)
    except _RollBack:
        pass
    return report


class _RollBack(Exception):
    """Raised inside the transaction to undo a dry run."""


def _parse(path: Path, data: bytes, plan: Plan, person: Delegate | None) -> ParsedCalendar:
    try:
        return read_calendar(data, windows=import_windows(plan, person), default_zone=plan.market_timezone)
    except IcsRejected as rejected:
        problems = [RowProblem(path.name, p.line, p.property, p.reason, unit="line") for p in rejected.problems]
        raise ImportRejected(path.name, problems) from None


def _plan_changes(
    plan: Plan, parsed: ParsedCalendar, file: str, as_kind: str, person: Delegate | None, warnings: list[str],
    *, partial: bool = False,
) -> tuple[list[ImportChange], list[_Operation]]:
    by_uid = {a.uid: a for a in plan.activities}
    changes: list[ImportChange] = []
    operations: list[_Operation] = []
    seen: set[str] = set()
    matched: set[int] = set()
    versions = EarlierVersions(file)
    skipped: dict[str, int] = {}

    def skip(reason: str) -> None:
        skipped[reason] = skipped.get(reason, 0) + 1

    for event in parsed.events:
        if as_kind == "availability":
            assert person is not None and person.id is not None
            if not event.busy or event.status == "cancelled":
                skip("free or cancelled")
                continue
            if event.key in by_uid:  # one of the plan's own events, exported to the phone and back
                skip("already in the plan")
                continue
            uid = busy_uid(person.id, event.key)
        else:
            if event.all_day:
                skip("all-day, without a time")
                continue
            uid = event.key
        if uid in seen:
            skip("listed twice")
            continue
        seen.add(uid)
        incoming = _activity(plan, event, uid, as_kind, person, file)
        existing = by_uid.get(uid)
        if existing is None:
            if incoming.is_cancelled:
                skip("cancelled and not in the plan")
                continue
            operations.append(_Operation("add", incoming))
            changes.append(ImportChange(ChangeKind.ADDED, "activity", event.key, f"added {describe(plan, incoming)}"))
        else:
            assert existing.id is not None
            matched.add(existing.id)
            versions.note_match(existing, event.key)  # not the plan's own events exported and back
            found, updated = _compare(plan, existing, incoming, event.key, person)
            changes.extend(found)
            if updated is not None:
                operations.append(_Operation("update", updated))
    if partial:
        pass  # a file of corrections: what it does not list stays as it is
    elif as_kind == "availability":
        _absent_busy_time(plan, person, seen, changes, operations)
    else:
        _absent_from_programme(plan, parsed, versions, seen, matched, changes, operations)
    warnings.extend(f"{count} event(s) skipped: {reason}" for reason, count in skipped.items())
    return changes, operations


def _in_windows(plan: Plan, person: Delegate | None) -> list[Activity]:
    """The activities within the spans events were read from: only there can absence mean removal
    (an event outside them, e.g. after the market's dates changed, was not read, not dropped)."""
    windows = import_windows(plan, person)
    return [activity for activity in plan.sorted_activities()
            if any(activity.start < end and start < activity.end for start, end in windows)]


def _absent_busy_time(
    plan: Plan, person: Delegate | None, seen: set[str], changes: list[ImportChange], operations: list[_Operation]
) -> None:
    """Busy time that is gone from the delegate's calendar: the delegate is free, so it is deleted."""
    assert person is not None and person.id is not None
    for activity in _in_windows(plan, person):
        if activity.uid not in seen and is_busy_block_of(activity, person.id):
            operations.append(_Operation("delete", activity))
            changes.append(ImportChange(ChangeKind.REMOVED, "busy time", activity.external_id,
                                        f"removed busy time {describe(plan, activity)}"))


def _absent_from_programme(
    plan: Plan,
    parsed: ParsedCalendar,
    versions: EarlierVersions,
    seen: set[str],
    matched: set[int],
    changes: list[ImportChange],
    operations: list[_Operation],
) -> None:
    """Activities from an earlier version of the programme that it no longer holds: cancelled."""
    candidates: list[Activity] = []
    for activity in _in_windows(plan, None):
        if activity.uid in seen:
            continue
        series, instance, _ = activity.uid.partition("#")
        if instance and series in parsed.series_uids and not activity.is_cancelled:
            # an instance deleted from a series the file still holds (EXDATE): the organiser cancelled it
            operations.append(_Operation("update", activity.revised(status=ActivityStatus.CANCELLED)))
            changes.append(ImportChange(ChangeKind.CANCELLED, "activity", activity.external_id,
                                        f"cancelled {describe(plan, activity)} (removed from its series)"))
        else:
            candidates.append(activity)
    for removal in removed_from_file(plan, candidates, versions, seen, matched):
        operations.append(_Operation("update", removal.cancelled))
        changes.append(removal.change)


def _activity(
    plan: Plan, event: CalendarEvent, uid: str, as_kind: str, person: Delegate | None, file: str
) -> Activity:
    venue_id, room_id = _match_place(plan, event.location)
    notes = event.description
    if event.location and venue_id is None:
        notes = f"Location: {event.location}" + (f"\n\n{notes}" if notes else "")
    attendees = (Attendance(person.id),) if person is not None and person.id is not None else ()
    return Activity(
        id=None,
        title=event.title,
        start=event.start,
        end=event.end,
        timezone=event.timezone,
        kind=ActivityKind.PERSONAL if as_kind == "availability" else _guess_kind(event),
        status=ActivityStatus(event.status),
        venue_id=venue_id,
        room_id=room_id,
        notes=notes,
        url=event.url,
        external_id=event.key,
        source=file,
        attendees=attendees,
        uid=uid,
    )


def _guess_kind(event: CalendarEvent) -> ActivityKind:
    words = " ".join((*event.categories, event.title)).casefold()
    if "haf" in words.split() or "haf meeting" in words:
        return ActivityKind.HAF_MEETING
    for kind in (ActivityKind.WORKSHOP, ActivityKind.PANEL, ActivityKind.SCREENING, ActivityKind.RECEPTION,
                 ActivityKind.NETWORKING):
        if kind.value in words or kind.label.casefold() in words:
            return kind
    return ActivityKind.MEETING


def _match_place(plan: Plan, location: str) -> tuple[int | None, int | None]:
    text = location.casefold()
    if not text:
        return None, None
    candidates = [
        (len(name), venue.id)
        for venue in plan.venues
        for name in (venue.name, venue.native_name)
        if name and name.casefold() in text
    ]
    if not candidates:
        return None, None
    venue_id = max(candidates)[1]
    rooms = [(len(room.name), room.id) for room in plan.rooms
             if room.venue_id == venue_id and room.name.casefold() in text]
    return venue_id, (max(rooms)[1] if rooms else None)


def _compare(
    plan: Plan, existing: Activity, incoming: Activity, key: str, person: Delegate | None
) -> tuple[list[ImportChange], Activity | None]:
    changes: dict[str, object] = {
        name: getattr(incoming, name)
        for name in _UPDATED_FIELDS
        if getattr(incoming, name) != getattr(existing, name)
        # a location the plan cannot match keeps the venue the manager chose
        and not (name in ("venue_id", "room_id") and incoming.venue_id is None)
    }
    if person is not None and existing.attendance_of(person.id or -1) is None:
        changes["attendees"] = (*existing.attendees, Attendance(person.id or -1))
    # A renamed re-issue takes over what its earlier versions brought, so later versions find it
    # by name; the plan's own events (exported, then imported back) keep their source.
    takes_over = existing.external_id == key and existing.source != incoming.source
    updated = existing.revised(**changes, **({"source": incoming.source} if takes_over else {}))  # type: ignore[arg-type]
    found = revision_changes(plan, key, existing, updated)
    if not found:
        unchanged = ImportChange(ChangeKind.UNCHANGED, "activity", key, f"unchanged {describe(plan, existing)}")
        return [unchanged], (updated if takes_over else None)
    return found, updated


__all__ = ["BUSY_UID_PREFIX", "busy_uid", "import_ics", "import_windows", "is_busy_block_of"]
