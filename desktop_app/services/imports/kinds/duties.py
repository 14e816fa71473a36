"""Importing booth duties: which stand must be staffed on which day, in what shifts, by whom.

Columns: ``venue``, ``room`` (the stand), ``day`` (a date), ``start`` and ``end`` (HH:MM, the
stand's hours that day in the venue's zone), ``shift_minutes``, ``min_staff`` (required),
``max_staff`` (blank: exactly ``min_staff``), ``eligible``: ``;``-separated delegation names or
delegates (email or name) who may take the shifts; blank: every delegate (not staff). A row
matches the duty of the same room and day; duties the file does not list are kept. The shifts
themselves are written by ``delegation-planner roster PLAN --apply``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from datetime import date
from functools import partial
from typing import TYPE_CHECKING, Any

from desktop_app.domain.dates_text import day_month
from desktop_app.domain.duties import BoothDuty
from desktop_app.domain.plan import Plan
from desktop_app.formats.import_rows import RowReader
from desktop_app.formats.tabular import TableRow
from desktop_app.services.imports.context import ImportContext, changed_fields
from desktop_app.services.imports.report import ChangeKind
from desktop_app.services.lookup import name_key

if TYPE_CHECKING:
    from desktop_app.storage.writer import PlanWriter

_FIELDS = ("opens", "closes", "shift_minutes", "min_staff", "max_staff", "delegation_ids", "delegate_ids")
_NAMES = {"opens": "start", "closes": "end", "delegation_ids": "eligible", "delegate_ids": "eligible"}


def import_duties(ctx: ImportContext, rows: Iterable[TableRow]) -> None:
    existing = {(d.room_id, d.day): d for d in ctx.plan.duties}
    for row in rows:
        _duty_row(ctx, ctx.reader(row), existing)


def _duty_row(ctx: ImportContext, reader: RowReader, existing: dict[tuple[int, date], BoothDuty]) -> None:
    venue = ctx.venue(reader, required=True)
    if not reader.given("room"):
        reader.problem("room", "is empty; a value is required (the stand to staff)")
    room = ctx.room(reader, venue)
    moment = reader.moment("day", required=True)
    opens, closes = reader.clock("start"), reader.clock("end")
    for column, value in (("start", opens), ("end", closes)):
        if value is None and not reader.given(column):
            reader.problem(column, "is empty; a value is required (HH:MM in the venue's time)")
    shift_minutes = reader.integer("shift_minutes", required=True)
    min_staff = reader.integer("min_staff", required=True)
    max_staff = reader.integer("max_staff")
    delegation_ids, delegate_ids = _eligible(ctx, reader)
    if (venue is None or room is None or moment is None or opens is None or closes is None
            or shift_minutes is None or min_staff is None or venue.id is None or room.id is None):
        return
    day = moment.date()
    if not ctx.first_row_of(reader, "duty", (room.id, day), "day"):
        return
    before = existing.get((room.id, day))
    values: dict[str, Any] = {"opens": opens, "closes": closes, "shift_minutes": shift_minutes, "min_staff": min_staff,
              "max_staff": max_staff, "delegation_ids": delegation_ids, "delegate_ids": delegate_ids}
    if before is None:
        duty = ctx.build(reader, lambda: BoothDuty(None, venue.id or 0, room.id or 0, day, **values))
    else:
        duty = ctx.build(reader, lambda: dataclasses.replace(before, **values))
    if duty is None or not reader.ok:
        return
    key = f"{venue.name} / {room.name} {day.isoformat()}"
    if before is None:
        ctx.change(ChangeKind.ADDED, "booth duty", key, f"added booth duty {describe_duty(ctx.plan, duty, room.name)}")
        ctx.later(reader, lambda tx: tx.add(duty))
        return
    differences = list(dict.fromkeys(_NAMES.get(f, f) for f in changed_fields(before, duty, _FIELDS)))
    if not differences:
        ctx.change(ChangeKind.UNCHANGED, "booth duty", key, f"the duty at {room.name} on {day_month(day)} is unchanged")
        return
    ctx.change(ChangeKind.UPDATED, "booth duty", key,
               f"updated booth duty {describe_duty(ctx.plan, duty, room.name)}: {', '.join(differences)}")
    ctx.later(reader, lambda tx: _update(tx, duty))


def _update(tx: PlanWriter, duty: BoothDuty) -> None:
    tx.update(duty)


def _eligible(ctx: ImportContext, reader: RowReader) -> tuple[tuple[int, ...], tuple[int, ...]]:
    delegations: list[int] = []
    delegates: list[int] = []
    for reference in reader.names("eligible"):
        delegation = ctx.lookup.delegations.get(name_key(reference))
        if delegation is not None and delegation.id is not None:
            delegations.append(delegation.id)
            continue
        person = ctx.resolve(reader, "eligible", partial(ctx.lookup.delegates.find, reference))
        if person is not None and person.id is not None:
            delegates.append(person.id)
    return tuple(delegations), tuple(delegates)


def describe_duty(plan: Plan, duty: BoothDuty, room_name: str) -> str:
    """'Hong Kong Pavilion Stand A10, 17 Mar 10:00–18:00 (120-minute shifts, 1–2 on duty; Hong Kong Producers)'."""
    staff = f"{duty.min_staff}" if duty.most_staff == duty.min_staff else f"{duty.min_staff}–{duty.most_staff}"
    who = [plan.delegation_by_id[d].name for d in duty.delegation_ids if d in plan.delegation_by_id]
    who += [plan.delegate_by_id[d].name for d in duty.delegate_ids if d in plan.delegate_by_id]
    return (f"{duty.label(room_name)} {duty.opens:%H:%M}–{duty.closes:%H:%M} ({duty.shift_minutes}-minute shifts, "
            f"{staff} on duty; {', '.join(who) or 'any delegate'})")
