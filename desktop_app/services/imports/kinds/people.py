"""Importing delegates and contacts.

A row matches an existing person by email, else by exact name (see ``services.lookup``).
A filled cell sets the field; a blank cell (or a missing column) keeps what the plan holds,
so a partial list (phones only, hotels only) can be imported over a full one. A delegate's
``delegation`` is created when the plan has none of that name.

A delegate's ``arrival``/``departure``/``hotel`` are a shorthand for one stay (see ``stays``):
they set the delegate's only stay, or the one with that arrival; a delegate with several stays
is better described with ``import --as stays``.

``remove`` (yes/no) removes the person the row names: they leave every activity and meeting
(calendars get the cancellations), their requests are withdrawn (``editing.removal``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from desktop_app.domain.people import Contact, Delegate, Delegation
from desktop_app.domain.stays import Stay
from desktop_app.formats.import_rows import RowReader
from desktop_app.formats.tabular import TableRow
from desktop_app.services.editing.removal import apply_removal, removal_effects
from desktop_app.services.imports.context import ImportContext, changed_fields
from desktop_app.services.imports.report import ChangeKind
from desktop_app.services.lookup import PeopleIndex, name_key

from .stays import describe_stay, read_stay_times

if TYPE_CHECKING:
    from desktop_app.storage.writer import PlanWriter

_PERSON_TEXT = ("native_name", "email", "phone", "organisation", "role", "notes")
_CONTACT_TEXT = (*_PERSON_TEXT, "country")
_DELEGATE_FIELDS = ("name", *_PERSON_TEXT, "home_timezone", "delegation_id")
_CONTACT_FIELDS = ("name", *_CONTACT_TEXT)
_STAY_COLUMNS = ("arrival", "departure", "hotel")
_FIELD_NAMES = {"delegation_id": "delegation", "kind": "now staff"}


def import_delegates(ctx: ImportContext, rows: Iterable[TableRow]) -> None:
    for row in rows:
        reader = ctx.reader(row)
        values: dict[str, Any] = {"name": reader.text("name", required=True)}
        values.update(texts(reader, _PERSON_TEXT))
        if reader.given("home_timezone"):
            values["home_timezone"] = reader.zone("home_timezone")
        delegation_key = _delegation(ctx, reader)
        person_row(ctx, reader, values, ctx.lookup.delegates, Delegate, _DELEGATE_FIELDS, delegation_key)


def import_contacts(ctx: ImportContext, rows: Iterable[TableRow]) -> None:
    for row in rows:
        reader = ctx.reader(row)
        values: dict[str, Any] = {"name": reader.text("name", required=True)}
        values.update(texts(reader, _CONTACT_TEXT))
        person_row(ctx, reader, values, ctx.lookup.contacts, Contact, _CONTACT_FIELDS, None)


def texts(reader: RowReader, columns: tuple[str, ...]) -> dict[str, Any]:
    return {column: reader.text(column) for column in columns if reader.given(column)}


def person_row(
    ctx: ImportContext,
    reader: RowReader,
    values: dict[str, Any],
    index: PeopleIndex[Any],
    person_type: type[Delegate] | type[Contact],
    fields: tuple[str, ...],
    delegation_key: str | None,
    noun: str = "",
) -> None:
    noun = noun or index.noun
    name, email = str(values["name"]), str(values.get("email", "")).lower()
    if not name:
        return
    match_column = "email" if email else "name"
    existing = ctx.resolve(reader, match_column, lambda: index.match_row(email, name))
    if not ctx.first_row_of(reader, noun, email or name_key(name), match_column):
        return
    if reader.flag("remove"):
        _remove(ctx, reader, existing, noun, name)
        return
    comeback = index.match_removed(email, name) if existing is None else None
    if comeback is not None:  # listed again after being removed: the same person comes back
        existing = comeback
        values["removed_at"] = None
    new_delegation = delegation_key is not None and delegation_key not in ctx.lookup.delegations
    if delegation_key is not None:
        known = ctx.lookup.delegations.get(delegation_key)
        values["delegation_id"] = known.id if known else None  # a new one's id is known when written
    if existing is None:
        person = ctx.build(reader, lambda: person_type(id=None, **values))
    else:
        person = ctx.build(reader, lambda: dataclasses.replace(existing, **values))
    stay = _stay_shorthand(ctx, reader, existing) if person_type is Delegate else None
    if person is None or not reader.ok:  # built anyway: its rules are reported with the bad cells
        return
    label = f"{person.name} <{person.email}>" if person.email else person.name
    key = person.email or person.name

    def with_delegation(tx: PlanWriter) -> Delegate | Contact:
        if new_delegation and isinstance(person, Delegate):
            return dataclasses.replace(person, delegation_id=ctx.new_ids[("delegation", delegation_key or "")])
        return person

    def write(tx: PlanWriter) -> None:
        saved = tx.add(with_delegation(tx)) if existing is None else tx.update(with_delegation(tx))
        if stay is not None:
            staying = dataclasses.replace(stay[1], delegate_id=saved.id or 0)
            if stay[0] is None:
                tx.add(staying)
            else:
                tx.update(staying)

    stay_text = f"; stay: {describe_stay(ctx, stay[1])}" if stay is not None else ""
    if existing is None:
        ctx.change(ChangeKind.ADDED, noun, key, f"added {noun} {label}{stay_text}")
        ctx.later(reader, write)
        return
    differences = [
        _FIELD_NAMES.get(field, field)
        for field in changed_fields(existing, person, fields)
    ]
    if existing.removed_at is not None:
        differences.insert(0, "back in the plan after being removed")
    if new_delegation and "delegation" not in differences:
        differences.append("delegation")
    if stay is not None:
        before_stay = stay[0] or Stay(None, 0, None, None, stay[1].timezone)
        differences += changed_fields(before_stay, stay[1], ("arrival", "departure", "hotel"))
    if not differences:
        ctx.change(ChangeKind.UNCHANGED, noun, key, f"{label} is unchanged")
        return
    ctx.change(ChangeKind.UPDATED, noun, key, f"updated {label}: {', '.join(differences)}")
    ctx.later(reader, write)


def _stay_shorthand(ctx: ImportContext, reader: RowReader,
                    existing: Delegate | None) -> tuple[Stay | None, Stay] | None:
    """(the stay it revises or None, the stay) a delegates row describes, if it gives any stay column."""
    if not any(reader.given(column) for column in _STAY_COLUMNS):
        return None
    hotel = reader.text("hotel")
    zone, arrival, departure = read_stay_times(ctx, reader, None, hotel)
    stays = ctx.plan.stays_of(existing.id) if existing is not None and existing.id is not None else []
    current = stays[0] if len(stays) == 1 else next((s for s in stays if arrival and s.arrival == arrival), None)
    if current is None and len(stays) > 1:
        reader.problem("arrival", f"{existing.name if existing else 'this delegate'} has {len(stays)} stays and "
                                  "none arrives then; describe several stays with 'import --as stays'")
        return None
    values: dict[str, Any] = {"timezone": zone}
    for column, value in (("arrival", arrival), ("departure", departure)):
        if reader.given(column):
            values[column] = value
    if reader.given("hotel"):
        values["hotel"] = hotel
    if current is None:
        stay = ctx.build(reader, lambda: Stay(None, 0, values.get("arrival"), values.get("departure"), zone,
                                              hotel=values.get("hotel", "")))
    else:
        stay = ctx.build(reader, lambda: dataclasses.replace(current, **values))
    return None if stay is None else (current, stay)


def _remove(ctx: ImportContext, reader: RowReader, existing: Delegate | Contact | None, noun: str, name: str) -> None:
    if existing is None:
        reader.problem("remove", f"no {noun} called '{name}' to remove")
        return
    effects = removal_effects(ctx.plan, existing)
    ctx.change(ChangeKind.REMOVED, noun, existing.email or existing.name, effects.describe())
    ctx.later(reader, lambda tx: apply_removal(tx, effects, ctx.now))


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
