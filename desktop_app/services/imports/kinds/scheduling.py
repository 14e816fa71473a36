"""Importing the scheduler's inputs: availability windows and meeting requests.

Availability: ``participant`` is a delegate's or contact's email or exact name, or a
project's exact title; a window matches an existing one with the same participant, start
and end. Requests: ``id`` is the organiser's request id and matches on re-import;
``delegate`` names a delegate (email or exact name) or a project (exact title), ``contact``
a contact; ``status`` is pending or withdrawn (a withdrawn request's placed meeting is
cancelled; "pending" brings a withdrawn request back and leaves a scheduled one scheduled).
Times without an offset are in the row's ``timezone``, else the venue's (for requests), else
that of the market on (or nearest to) their date.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from desktop_app.domain.activities import ActivityStatus
from desktop_app.domain.requests import (
    AvailabilityWindow,
    MeetingRequest,
    ParticipantKind,
    ParticipantRef,
    RequestStatus,
)
from desktop_app.formats.import_rows import RowReader
from desktop_app.formats.tabular import TableRow
from desktop_app.services.imports.context import ImportContext, changed_fields, span, when
from desktop_app.services.imports.report import ChangeKind

_REQUEST_FIELDS = ("delegate_id", "project_id", "contact_id", "duration_minutes", "priority", "venue_id",
                   "room_id", "earliest", "latest", "notes")
_FIELD_LABELS = {"delegate_id": "delegate", "project_id": "project", "contact_id": "contact",
                 "venue_id": "venue", "room_id": "room"}

if TYPE_CHECKING:
    from desktop_app.storage.writer import PlanWriter

WindowKey = tuple[ParticipantRef, datetime, datetime]
_NOBODY = ParticipantRef(ParticipantKind.DELEGATE, 0)
"""Stands in for a participant the file names wrongly while the row's other rules are checked."""


def import_availability(ctx: ImportContext, rows: Iterable[TableRow]) -> None:
    known = {(w.participant, w.start, w.end): w for w in ctx.plan.availability}
    for row in rows:
        _window_row(ctx, ctx.reader(row), known)


def _window_row(ctx: ImportContext, reader: RowReader, known: dict[WindowKey, AvailabilityWindow]) -> None:
    reference = reader.text("participant", required=True)
    participant = ctx.resolve(reader, "participant", lambda: ctx.lookup.participant(reference)) \
        if reference else None
    zone = reader.zone() or ctx.zone_near(reader, "start")
    start = ctx.instant(reader, "start", zone, required=True)
    end = ctx.instant(reader, "end", zone, required=True)
    if start is None or end is None:
        return
    # Built even when the participant is unknown, so an end before the start is reported too.
    window = ctx.build(reader, lambda: AvailabilityWindow(None, participant or _NOBODY, start, end, zone))
    if window is None or participant is None or not reader.ok:
        return
    if not ctx.first_row_of(reader, "availability window", (participant, start, end), "start"):
        return
    key = f"{ctx.plan.participant_name(participant)} {span(start, end, zone)}"
    before = known.get((participant, start, end))
    if before is None:
        ctx.change(ChangeKind.ADDED, "availability", key, f"added availability of {key}")
        ctx.later(reader, lambda tx: tx.add(window))
    elif before.timezone != zone:
        ctx.change(ChangeKind.UPDATED, "availability", key, f"updated availability of {key}: timezone")
        ctx.later(reader, lambda tx: tx.update(dataclasses.replace(window, id=before.id)))
    else:
        ctx.change(ChangeKind.UNCHANGED, "availability", key, f"availability of {key} is unchanged")


def import_requests(ctx: ImportContext, rows: Iterable[TableRow]) -> None:
    known = {request.external_id: request for request in ctx.plan.requests}
    for row in rows:
        _request_row(ctx, ctx.reader(row), known)


def _request_row(ctx: ImportContext, reader: RowReader, known: dict[str, MeetingRequest]) -> None:
    external_id = reader.text("id", required=True)
    requester_name = reader.text("delegate", required=True)
    requester = ctx.resolve(reader, "delegate", lambda: ctx.lookup.requester(requester_name)) \
        if requester_name else None
    contact_name = reader.text("contact", required=True)
    contact = ctx.resolve(reader, "contact", lambda: ctx.lookup.contacts.find(contact_name)) \
        if contact_name else None
    duration = reader.integer("duration_minutes", required=True)
    priority = reader.integer("priority")
    venue = ctx.venue(reader)
    room = ctx.room(reader, venue)
    zone = reader.zone() or (venue.timezone if venue else ctx.zone_near(reader, "earliest", "latest"))
    status = _request_status(reader)
    earliest = ctx.instant(reader, "earliest", zone)
    latest = ctx.instant(reader, "latest", zone)
    if not external_id or duration is None:
        return
    if not ctx.first_row_of(reader, "request id", external_id, "id"):
        return
    # Built even when a name is unknown (with stand-in ids), so every broken rule of the
    # row (a window shorter than the meeting) is reported at once.
    requester_ref = requester or _NOBODY
    is_delegate = requester_ref.kind is ParticipantKind.DELEGATE
    fields: dict[str, Any] = {
        "external_id": external_id,
        "contact_id": contact.id if contact and contact.id is not None else 0,
        "duration_minutes": duration,
        "delegate_id": requester_ref.id if is_delegate else None,
        "project_id": None if is_delegate else requester_ref.id,
    }
    present = ctx.layout.has
    if present("priority"):
        fields["priority"] = 3 if priority is None else priority
    if present("venue"):
        fields["venue_id"] = venue.id if venue else None
        fields["room_id"] = room.id if room else None
    for column, value in (("earliest", earliest), ("latest", latest)):
        if present(column):
            fields[column] = value
    if present("notes"):
        fields["notes"] = reader.text("notes")
    before = known.get(external_id)
    if status is RequestStatus.WITHDRAWN:
        fields["status"] = RequestStatus.WITHDRAWN
    elif status is RequestStatus.PENDING and before is not None and before.status is RequestStatus.WITHDRAWN:
        fields["status"] = RequestStatus.PENDING
    if before is None:
        request = ctx.build(reader, lambda: MeetingRequest(id=None, **fields))
    else:
        request = ctx.build(reader, lambda: dataclasses.replace(before, **fields))
    if request is None or requester is None or contact is None or not reader.ok:
        return
    who = f"{ctx.plan.participant_name(requester)} meets {contact.name}"
    window = ""
    if request.earliest and request.latest:
        window = f", between {when(request.earliest, zone)} and {when(request.latest, zone)}"
    if before is None:
        ctx.change(ChangeKind.ADDED, "request", external_id,
                   f"added request {external_id}: {who}, {duration} min{window}")
        ctx.later(reader, lambda tx: tx.add(request))
        return
    differences = [_FIELD_LABELS.get(name, name) for name in changed_fields(before, request, _REQUEST_FIELDS)]
    also = f"; also changed: {', '.join(differences)}" if differences else ""
    if request.status is RequestStatus.WITHDRAWN and before.status is not RequestStatus.WITHDRAWN:
        meetings = [a for a in ctx.plan.activities if a.request_id == before.id and not a.is_cancelled]
        placed = f"; its meeting {', '.join(repr(a.title) for a in meetings)} is cancelled" if meetings else ""
        ctx.change(ChangeKind.WITHDRAWN, "request", external_id,
                   f"withdrew request {external_id} ({who}){placed}{also}")

        def withdraw(tx: PlanWriter) -> None:
            tx.update(request)
            for meeting in meetings:
                tx.update(tx.activity(meeting.id or 0).revised(now=ctx.now, status=ActivityStatus.CANCELLED))

        ctx.later(reader, withdraw)
        return
    if request.status is not before.status:
        differences.insert(0, f"status {before.status.value} → {request.status.value}")
    if not differences:
        ctx.change(ChangeKind.UNCHANGED, "request", external_id, f"request {external_id} is unchanged")
        return
    ctx.change(ChangeKind.UPDATED, "request", external_id,
               f"updated request {external_id} ({who}): {', '.join(differences)}")
    ctx.later(reader, lambda tx: tx.update(request))


def _request_status(reader: RowReader) -> RequestStatus | None:
    status = reader.choice(RequestStatus, "status")
    if status is RequestStatus.SCHEDULED:
        reader.problem("status", "'scheduled' is set by the scheduler; a file gives pending or withdrawn")
        return None
    return status
