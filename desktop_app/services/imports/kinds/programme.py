"""Importing a programme: the activities an organiser publishes, and what changed since.

Columns: ``title``, ``start``, ``end`` (required), ``kind``, ``timezone``, ``venue``, ``room``,
``attendees``, ``optional_attendees``, ``contacts``, ``status``, ``notes``, ``url``,
``external_id``, ``priority``, ``project``.

- ``attendees``: ``;``-separated emails or exact names of delegates, all required attendees;
  a trailing ``?`` marks an optional one: ``anna@x.com?; Wong Ka-man`` (Anna optional,
  Wong required). ``optional_attendees`` lists optional ones without the ``?``.
  ``contacts``: the same for contacts (a ``?`` there is ignored). ``project``: exact title.
- A row matches an activity by ``external_id`` (preferring one this file imported before);
  a row without one (or whose id the plan does not know yet) matches an activity without
  an id by title and start.
- A matched activity is revised (its calendar SEQUENCE goes up when calendars must
  re-read it) and reported by the one classifier shared with the iCalendar import
  (``classify``): moved, re-roomed, cancelled, updated or unchanged. A delegate taken off an
  activity keeps it in their calendar as cancelled.
- Activities remember the file they came from (``Activity.source``, the file's name).
  When the file has an ``external_id`` column, the activities of its earlier versions
  that it no longer lists are marked cancelled, never deleted, and reported as removed
  (see ``removals``); the pipeline asks before it does that, and a ``partial`` import (a
  file of corrections) leaves them alone.
- A row whose days fall outside every market and outside every stay of its attendees is
  imported with a warning: it is often a typo in the date.
- ``interpreting``: the two languages the activity needs an interpreter between (``ko-yue``,
  ``th/en``, ``zh-Hant/en``); ``interpreter``: who interprets (a staff member or delegate by
  email or name), who then attends. Without an ``interpreter`` column the interpreter the plan
  has (the roster's, say) stays while the need does; a need cleared takes the interpreter off.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING, Any

from desktop_app.domain.activities import Activity, ActivityKind, ActivityStatus, Attendance
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.languages import parse_pair
from desktop_app.domain.local_time import local_days
from desktop_app.domain.stays import TRAVEL_MARGIN
from desktop_app.formats.import_rows import RowReader
from desktop_app.formats.tabular import TableRow
from desktop_app.services.imports.classify import describe, revision_changes
from desktop_app.services.imports.context import ImportContext, PendingWrite, when
from desktop_app.services.imports.removals import EarlierVersions, removed_from_file
from desktop_app.services.imports.report import ChangeKind
from desktop_app.services.lookup import name_key

if TYPE_CHECKING:
    from desktop_app.storage.writer import PlanWriter


@dataclass
class _Matches:
    by_external_id: dict[str, Activity]
    by_title_start: dict[tuple[str, datetime], Activity]
    matched: set[int]
    earlier_versions: EarlierVersions


def import_programme(ctx: ImportContext, rows: Iterable[TableRow]) -> None:
    activities = ctx.plan.activities
    matches = _Matches(
        by_external_id={},
        by_title_start={(name_key(a.title), a.start): a for a in activities if not a.external_id},
        matched=set(),
        earlier_versions=EarlierVersions(ctx.file),
    )
    # Where two activities share an external id, the one this file brought wins.
    for activity in sorted(activities, key=lambda a: a.source == ctx.file):
        if activity.external_id:
            matches.by_external_id[activity.external_id] = activity
    listed: set[str] = set()
    for row in rows:
        reader = ctx.reader(row)
        listed.add(reader.text("external_id"))
        _programme_row(ctx, reader, matches)
    if ctx.layout.has("external_id") and not ctx.partial:
        _cancel_removed(ctx, listed, matches)


def _programme_row(ctx: ImportContext, reader: RowReader, matches: _Matches) -> None:
    title = reader.text("title", required=True)
    external_id = reader.text("external_id")
    row_zone = reader.zone()
    venue = ctx.venue(reader)
    room = ctx.room(reader, venue)
    zone = row_zone or (venue.timezone if venue else ctx.zone_near(reader, "start"))
    start = ctx.instant(reader, "start", zone, required=True)
    end = ctx.instant(reader, "end", zone, required=True)
    kind = reader.choice(ActivityKind, "kind")
    status = reader.choice(ActivityStatus, "status")
    priority = reader.integer("priority")
    attendees = _attendees(ctx, reader)
    contact_ids = _contacts(ctx, reader)
    project = ctx.resolve(reader, "project", lambda: ctx.lookup.project(reader.text("project"))) \
        if reader.given("project") else None
    if not title or start is None or end is None:
        return
    # Matched and built even when another cell failed, so a broken rule (an end before the
    # start) is reported together with the bad cells of the same row.
    existing = matches.by_external_id.get(external_id) if external_id else None
    if existing is None:
        existing = matches.by_title_start.get((name_key(title), start))
    key = external_id or f"{title} @ {when(start, zone)}"
    if not ctx.first_row_of(reader, "activity", external_id or (name_key(title), start),
                            "external_id" if external_id else "title"):
        return
    fields: dict[str, Any] = {"title": title, "start": start, "end": end, "timezone": zone,
                              "source": ctx.file}
    present = ctx.layout.has
    if present("venue"):
        fields["venue_id"] = venue.id if venue else None
        fields["room_id"] = room.id if room else None
        if not present("room") and existing is not None and existing.venue_id == fields["venue_id"]:
            fields["room_id"] = existing.room_id
    for column, value in (("kind", kind), ("status", status), ("priority", priority)):
        if present(column):
            fields[column] = value if value is not None else _DEFAULTS[column]
    for column in ("notes", "url", "external_id"):
        if present(column):
            fields[column] = reader.text(column)
    if present("attendees") or present("optional_attendees"):
        fields["attendees"] = attendees
    _interpreting_fields(ctx, reader, existing, fields)
    if present("contacts"):
        fields["contact_ids"] = contact_ids
    if present("project"):
        fields["project_id"] = project.id if project else None
    if existing is None:
        added = ctx.build(reader, lambda: Activity(id=None, **fields))
        if added is not None and reader.ok:
            place = ctx.plan.describe_place(added.venue_id, added.room_id)
            at = f" at {place}" if place else ""
            ctx.change(ChangeKind.ADDED, "activity", key, f"added {describe(ctx.plan, added)}{at}")
            _warn_if_outside_the_trip(ctx, reader, added)
            ctx.later(reader, lambda tx: tx.add(added))
        return
    revised = ctx.build(reader, lambda: existing.revised(**fields))
    if revised is not None and reader.ok:
        assert existing.id is not None
        matches.matched.add(existing.id)
        matches.earlier_versions.note_match(existing, external_id)
        _report_revision(ctx, reader, key, existing, revised)


def _interpreting_fields(ctx: ImportContext, reader: RowReader, existing: Activity | None,
                         fields: dict[str, Any]) -> None:
    """The need and the interpreter's attendance, from the row where it says, else as the plan has them."""
    present = ctx.layout.has
    if not (present("interpreting") or present("interpreter") or (existing and existing.interpreter_id)):
        return
    need: tuple[str, ...] = existing.interpreting if existing else ()
    if present("interpreting"):
        need = ()
        if reader.text("interpreting"):
            try:
                need = parse_pair(reader.text("interpreting"))
            except ValidationError as error:
                reader.problem("interpreting", error.reason)
        fields["interpreting"] = need
    interpreter_id = existing.interpreter_id if existing else None
    if present("interpreter"):
        interpreter_id = None
        reference = reader.text("interpreter")
        if reference:
            person = ctx.resolve(reader, "interpreter", partial(ctx.lookup.delegates.find, reference))
            interpreter_id = person.id if person is not None else None
            if not need:
                reader.problem("interpreter", "names an interpreter, but the row needs no interpreting "
                                              "(give the two languages in 'interpreting')")
    if not need:
        interpreter_id = None
    base = fields.get("attendees", existing.attendees if existing else ())
    people = {a.delegate_id: Attendance(a.delegate_id, a.required) for a in base
              if not (a.interpreter and a.delegate_id != interpreter_id and "attendees" not in fields)}
    if interpreter_id is not None:
        people[interpreter_id] = Attendance(interpreter_id, True, interpreter=True)
    fields["attendees"] = tuple(sorted(people.values(), key=lambda a: a.delegate_id))


_DEFAULTS: dict[str, object] = {
    "kind": ActivityKind.MEETING, "status": ActivityStatus.CONFIRMED, "priority": 3,
}


def _attendees(ctx: ImportContext, reader: RowReader) -> tuple[Attendance, ...]:
    attendance: dict[int, Attendance] = {}
    listed = [("attendees", name) for name in reader.names("attendees")]
    listed += [("optional_attendees", name + "?") for name in reader.names("optional_attendees")]
    for column, reference in listed:
        optional = reference.endswith("?")
        reference = reference.rstrip("?").strip()
        delegate = ctx.resolve(reader, column, partial(ctx.lookup.delegates.find, reference))
        if delegate is not None and delegate.id is not None:
            if delegate.id in attendance:
                reader.problem(column, f"{delegate.name} is listed twice")
            attendance[delegate.id] = Attendance(delegate.id, required=not optional)
    return tuple(sorted(attendance.values(), key=lambda a: a.delegate_id))  # the order the plan reads back


def _contacts(ctx: ImportContext, reader: RowReader) -> tuple[int, ...]:
    ids: list[int] = []
    for reference in reader.names("contacts"):
        reference = reference.rstrip("?").strip()
        contact = ctx.resolve(reader, "contacts", partial(ctx.lookup.contacts.find, reference))
        if contact is not None and contact.id is not None:
            if contact.id in ids:
                reader.problem("contacts", f"{contact.name} is listed twice")
            else:
                ids.append(contact.id)
    return tuple(sorted(ids))


def _report_revision(ctx: ImportContext, reader: RowReader, key: str, before: Activity, after: Activity) -> None:
    changes = revision_changes(ctx.plan, key, before, after)
    if not changes:
        ctx.change(ChangeKind.UNCHANGED, "activity", key, f"'{after.title}' is unchanged")
        if before.source != after.source:  # a renamed re-issue: later versions find it by name
            ctx.later(reader, lambda tx: tx.update(after))
        return
    ctx.report.changes.extend(changes)
    _warn_if_outside_the_trip(ctx, reader, after)
    ctx.later(reader, lambda tx: tx.update(after))


def _warn_if_outside_the_trip(ctx: ImportContext, reader: RowReader, activity: Activity) -> None:
    """A row dated outside every market and every stay of its people is most often a typo."""
    plan = ctx.plan
    market_days = set(plan.market_days())
    if any(not plan.stays_of(a.delegate_id) for a in activity.attendees):
        return  # someone without stays is always there (the office at home)
    stays = [stay for a in activity.attendees for stay in plan.stays_of(a.delegate_id)]
    if not market_days and not stays:
        return
    days = local_days(plan, activity)
    if any(day in market_days for day in days):
        return
    if any(stay.near(activity.start, activity.end, TRAVEL_MARGIN) for stay in stays):
        return
    ctx.report.warnings.append(
        f"row {reader.number}: {describe(plan, activity)} is outside every market and every stay of its "
        "attendees; check its date"
    )


def _cancel_removed(ctx: ImportContext, listed: set[str], matches: _Matches) -> None:
    for removal in removed_from_file(ctx.plan, ctx.plan.sorted_activities(), matches.earlier_versions, listed,
                                     matches.matched):
        ctx.report.changes.append(removal.change)
        ctx.pending.append(PendingWrite(0, partial(_update, removal.cancelled)))


def _update(activity: Activity, tx: PlanWriter) -> None:
    tx.update(activity)
