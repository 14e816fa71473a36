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
  re-read it) and reported as moved (start or end changed), re-roomed (venue or room
  changed), cancelled (status became cancelled), updated (anything else) or unchanged.
- Activities remember the file they came from (``Activity.source``, the file's name).
  When the file has an ``external_id`` column, the activities of its earlier versions
  that it no longer lists are marked cancelled, never deleted, and reported as removed
  (see ``import_removals``, shared with the iCalendar import).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING, Any

from desktop_app.domain.activities import Activity, ActivityKind, ActivityStatus, Attendance
from desktop_app.formats.import_rows import RowReader
from desktop_app.formats.tabular import TableRow

from .import_context import ImportContext, PendingWrite, span, when
from .import_lookup import name_key
from .import_removals import EarlierVersions, reinstated_text, removed_from_file
from .import_report import ChangeKind

if TYPE_CHECKING:
    from desktop_app.storage.writer import PlanWriter

_OTHER_FIELDS = ("title", "kind", "timezone", "status", "priority", "notes", "url", "external_id",
                 "project_id", "attendees", "contact_ids")
_FIELD_LABELS = {"project_id": "project", "contact_ids": "contacts"}


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
    if ctx.layout.has("external_id"):
        _cancel_removed(ctx, listed, matches)


def _programme_row(ctx: ImportContext, reader: RowReader, matches: _Matches) -> None:
    title = reader.text("title", required=True)
    external_id = reader.text("external_id")
    row_zone = reader.zone()
    venue = ctx.venue(reader)
    room = ctx.room(reader, venue)
    zone = row_zone or (venue.timezone if venue else ctx.market_zone)
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
    if present("contacts"):
        fields["contact_ids"] = contact_ids
    if present("project"):
        fields["project_id"] = project.id if project else None
    if existing is None:
        added = ctx.build(reader, lambda: Activity(id=None, **fields))
        if added is not None and reader.ok:
            place = ctx.plan.describe_place(added.venue_id, added.room_id)
            at = f" at {place}" if place else ""
            ctx.change(ChangeKind.ADDED, "activity", key,
                       f"added '{added.title}' {span(added.start, added.end, zone)}{at}")
            ctx.later(reader, lambda tx: tx.add(added))
        return
    revised = ctx.build(reader, lambda: existing.revised(**fields))
    if revised is not None and reader.ok:
        assert existing.id is not None
        matches.matched.add(existing.id)
        matches.earlier_versions.note_match(existing, external_id)
        _report_revision(ctx, reader, key, existing, revised)


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
    zone = after.timezone
    title = after.title
    kinds: list[tuple[ChangeKind, str]] = []
    if after.is_cancelled and not before.is_cancelled:
        kinds.append((ChangeKind.CANCELLED, f"cancelled '{title}' ({span(before.start, before.end, zone)})"))
    if (before.start, before.end) != (after.start, after.end):
        kinds.append((ChangeKind.MOVED, f"moved '{title}' from {span(before.start, before.end, zone)} "
                                        f"to {span(after.start, after.end, zone)}"))
    if (before.venue_id, before.room_id) != (after.venue_id, after.room_id):
        place = ctx.plan.describe_place
        kinds.append((ChangeKind.REROOMED, f"re-roomed '{title}' from "
                                           f"{place(before.venue_id, before.room_id) or 'no venue'} to "
                                           f"{place(after.venue_id, after.room_id) or 'no venue'}"))
    others = [
        _FIELD_LABELS.get(name, name)
        for name in _OTHER_FIELDS
        if getattr(before, name) != getattr(after, name)
        and not (name == "status" and any(kind is ChangeKind.CANCELLED for kind, _ in kinds))
    ]
    if not kinds and not others:
        ctx.change(ChangeKind.UNCHANGED, "activity", key, f"'{title}' is unchanged")
        if before.source != after.source:  # a renamed re-issue: later versions find it by name
            ctx.later(reader, lambda tx: tx.update(after))
        return
    if not kinds and before.is_cancelled and not after.is_cancelled:
        kinds.append((ChangeKind.UPDATED, reinstated_text(after)))
        others.remove("status")
    if not kinds:
        kinds.append((ChangeKind.UPDATED, f"updated '{title}': {', '.join(others)}"))
    elif others:
        kind, description = kinds[0]
        kinds[0] = (kind, f"{description}; also changed: {', '.join(others)}")
    for kind, description in kinds:
        ctx.change(kind, "activity", key, description)
    ctx.later(reader, lambda tx: tx.update(after))


def _cancel_removed(ctx: ImportContext, listed: set[str], matches: _Matches) -> None:
    for removal in removed_from_file(ctx.plan.sorted_activities(), matches.earlier_versions, listed,
                                     matches.matched):
        ctx.report.changes.append(removal.change)
        ctx.pending.append(PendingWrite(0, partial(_update, removal.cancelled)))


def _update(activity: Activity, tx: PlanWriter) -> None:
    tx.update(activity)
