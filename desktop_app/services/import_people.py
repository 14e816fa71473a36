"""Importing delegates and contacts.

A row matches an existing person by email, else by exact name (see ``import_lookup``).
A filled cell sets the field; a blank cell (or a missing column) keeps what the plan holds,
so a partial list (phones only, hotels only) can be imported over a full one.
``arrival``/``departure`` without an offset are in the market's zone; a departure given as a
date alone (``2025-03-20``) means the end of that day, so the day's activities stay inside the stay. A delegate's
``delegation`` is created when the plan has none of that name.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from desktop_app.domain.people import Contact, Delegate, Delegation
from desktop_app.formats.import_rows import RowReader, is_date_only
from desktop_app.formats.tabular import TableRow

from .import_context import ImportContext, changed_fields
from .import_lookup import PeopleIndex, name_key
from .import_report import ChangeKind

if TYPE_CHECKING:
    from desktop_app.storage.writer import PlanWriter

_PERSON_TEXT = ("native_name", "email", "phone", "organisation", "role", "notes")
_DELEGATE_TEXT = (*_PERSON_TEXT, "hotel")
_CONTACT_TEXT = (*_PERSON_TEXT, "country")
_DELEGATE_FIELDS = ("name", *_DELEGATE_TEXT, "home_timezone", "arrival", "departure", "delegation_id")
_CONTACT_FIELDS = ("name", *_CONTACT_TEXT)


def import_delegates(ctx: ImportContext, rows: Iterable[TableRow]) -> None:
    for row in rows:
        reader = ctx.reader(row)
        values: dict[str, Any] = {"name": reader.text("name", required=True)}
        values.update(_texts(reader, _DELEGATE_TEXT))
        if reader.given("home_timezone"):
            values["home_timezone"] = reader.zone("home_timezone")
        for column in ("arrival", "departure"):
            if reader.given(column):
                values[column] = ctx.instant(reader, column, ctx.market_zone)
        if values.get("departure") and is_date_only(reader.raw("departure")):
            # "departs 2025-03-20" means after that day's activities, not at its first minute
            values["departure"] = ctx.instant_at_end_of_day(reader, "departure", ctx.market_zone)
        delegation_key = _delegation(ctx, reader)
        _person_row(ctx, reader, values, ctx.lookup.delegates, Delegate, _DELEGATE_FIELDS, delegation_key)


def import_contacts(ctx: ImportContext, rows: Iterable[TableRow]) -> None:
    for row in rows:
        reader = ctx.reader(row)
        values: dict[str, Any] = {"name": reader.text("name", required=True)}
        values.update(_texts(reader, _CONTACT_TEXT))
        _person_row(ctx, reader, values, ctx.lookup.contacts, Contact, _CONTACT_FIELDS, None)


def _texts(reader: RowReader, columns: tuple[str, ...]) -> dict[str, Any]:
    return {column: reader.text(column) for column in columns if reader.given(column)}


def _person_row(
    ctx: ImportContext,
    reader: RowReader,
    values: dict[str, Any],
    index: PeopleIndex[Any],
    person_type: type[Delegate] | type[Contact],
    fields: tuple[str, ...],
    delegation_key: str | None,
) -> None:
    noun = index.noun
    name, email = str(values["name"]), str(values.get("email", "")).lower()
    if not name:
        return
    match_column = "email" if email else "name"
    existing = ctx.resolve(reader, match_column, lambda: index.match_row(email, name))
    if not ctx.first_row_of(reader, noun, email or name_key(name), match_column):
        return
    new_delegation = delegation_key is not None and delegation_key not in ctx.lookup.delegations
    if delegation_key is not None:
        known = ctx.lookup.delegations.get(delegation_key)
        values["delegation_id"] = known.id if known else None  # a new one's id is known when written
    if existing is None:
        person = ctx.build(reader, lambda: person_type(id=None, **values))
    else:
        person = ctx.build(reader, lambda: dataclasses.replace(existing, **values))
    if person is None or not reader.ok:  # built anyway: its rules are reported with the bad cells
        return
    label = f"{person.name} <{person.email}>" if person.email else person.name
    key = person.email or person.name

    def with_delegation(tx: PlanWriter) -> Delegate | Contact:
        if new_delegation and isinstance(person, Delegate):
            return dataclasses.replace(person, delegation_id=ctx.new_ids[("delegation", delegation_key or "")])
        return person

    if existing is None:
        ctx.change(ChangeKind.ADDED, noun, key, f"added {noun} {label}")
        ctx.later(reader, lambda tx: tx.add(with_delegation(tx)))
        return
    differences = [
        "delegation" if field == "delegation_id" else field
        for field in changed_fields(existing, person, fields)
    ]
    if new_delegation and "delegation" not in differences:
        differences.append("delegation")
    if not differences:
        ctx.change(ChangeKind.UNCHANGED, noun, key, f"{label} is unchanged")
        return
    ctx.change(ChangeKind.UPDATED, noun, key, f"updated {label}: {', '.join(differences)}")
    ctx.later(reader, lambda tx: tx.update(with_delegation(tx)))


def _delegation(ctx: ImportContext, reader: RowReader) -> str | None:
    """The key of the row's delegation, adding it (once per file) when the plan lacks it."""
    name = reader.text("delegation")
    if not name:
        return None
    key = name_key(name)
    if key in ctx.lookup.delegations or not ctx.first_mention("delegation", key):
        return key
    delegation = ctx.build(reader, lambda: Delegation(None, name))
    if delegation is None:
        return None
    ctx.change(ChangeKind.ADDED, "delegation", delegation.name, f"added delegation {delegation.name}")

    def write(tx: PlanWriter) -> None:
        saved = tx.add(delegation)
        assert saved.id is not None
        ctx.new_ids[("delegation", key)] = saved.id

    ctx.later(reader, write)
    return key
