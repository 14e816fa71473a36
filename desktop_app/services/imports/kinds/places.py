"""Importing markets, venues with their rooms, and travel times between venues.

Markets: ``name``, ``timezone``, ``first_day``, ``last_day`` (required) and ``city``; a row
matches the market of the same name. Days are dates in the market's own city.

Venues: one row per room; the venue's own columns may repeat on each of its rows or be
given once (a later row that gives a different value is a problem). A blank cell keeps
what the plan holds, so a file may add rooms to a venue without repeating its details. A venue matches by name,
a room by venue and room name; rooms missing from the file are kept. A room's ``capacity`` is
the number of people it seats; ``tables`` the number of meetings it holds at once (a HAF hall's
numbered tables); a room without tables holds one activity at a time. A new venue without a
``timezone`` is in the market's zone; ``opens``/``closes`` are HH:MM local times.

Travel: ``from``/``to`` name venues already in the plan; the minutes hold both ways unless
the file (or the plan) has the reverse row.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from desktop_app.domain.errors import ValidationError
from desktop_app.domain.places import Market, Room, TravelTime, Venue
from desktop_app.formats.import_rows import RowReader
from desktop_app.formats.tabular import TableRow
from desktop_app.services.imports.context import ImportContext, changed_fields
from desktop_app.services.imports.report import ChangeKind
from desktop_app.services.lookup import name_key

if TYPE_CHECKING:
    from desktop_app.storage.writer import PlanWriter

_VENUE_TEXT = ("native_name", "address", "native_address")
_VENUE_FIELDS = ("name", *_VENUE_TEXT, "latitude", "longitude", "timezone", "opens", "closes")
_ROOM_SIZES = ("capacity", "tables")


@dataclass
class _VenueRows:
    name: str
    first: RowReader
    values: dict[str, object] = field(default_factory=dict)
    source: dict[str, RowReader] = field(default_factory=dict)
    rooms: list[tuple[RowReader, str, dict[str, int | None]]] = field(default_factory=list)


def import_venues(ctx: ImportContext, rows: Iterable[TableRow]) -> None:
    groups: dict[str, _VenueRows] = {}
    for row in rows:
        reader = ctx.reader(row)
        name = reader.text("venue", required=True)
        if not name:
            continue
        group = groups.setdefault(name_key(name), _VenueRows(name, reader))
        _merge_venue_cells(reader, group)
        room = reader.text("room")
        sizes = {column: reader.integer(column) for column in _ROOM_SIZES if reader.given(column)}
        if room and ctx.first_row_of(reader, "room", (name_key(name), name_key(room)), "room"):
            group.rooms.append((reader, room, sizes))
        for column in () if room else sizes:
            reader.problem(column, f"'{column}' needs a room name in the 'room' column")
    for key, group in groups.items():
        _venue(ctx, key, group)


def _merge_venue_cells(reader: RowReader, group: _VenueRows) -> None:
    cells: dict[str, object | None] = {column: reader.text(column) or None for column in _VENUE_TEXT}
    cells.update(
        latitude=reader.decimal("latitude"),
        longitude=reader.decimal("longitude"),
        timezone=reader.zone() or None,
        opens=reader.clock("opens"),
        closes=reader.clock("closes"),
    )
    for column, value in cells.items():
        if value is None:
            continue
        if column not in group.values:
            group.values[column], group.source[column] = value, reader
        elif group.values[column] != value:
            earlier = group.source[column].number
            reader.problem(column, f"differs from row {earlier} for the same venue ({group.values[column]})")


def _venue(ctx: ImportContext, key: str, group: _VenueRows) -> None:
    existing = ctx.lookup.venues.get(key)
    values: dict[str, Any] = {column: value for column, value in group.values.items() if column != "timezone"}
    zone = str(group.values.get("timezone") or (existing.timezone if existing else ctx.market_zone))
    try:
        if existing is None:
            venue = Venue(None, group.name, zone, **values)
        else:
            venue = dataclasses.replace(existing, timezone=zone, **values)
    except ValidationError as error:
        column = ctx.column_for(error.field)
        group.source.get(column, group.first).problem(column, error.reason)
        return
    if existing is None:
        ctx.change(ChangeKind.ADDED, "venue", venue.name, f"added venue {venue.name} ({venue.timezone})")

        def add(tx: PlanWriter) -> None:
            saved = tx.add(venue)
            assert saved.id is not None
            ctx.new_ids[("venue", key)] = saved.id

        ctx.later(group.first, add)
    else:
        differences = changed_fields(existing, venue, _VENUE_FIELDS)
        if differences:
            ctx.change(ChangeKind.UPDATED, "venue", venue.name, f"updated {venue.name}: {', '.join(differences)}")
            ctx.later(group.first, lambda tx: tx.update(venue))
        else:
            ctx.change(ChangeKind.UNCHANGED, "venue", venue.name, f"{venue.name} is unchanged")
    for reader, room_name, sizes in group.rooms:
        _room(ctx, key, existing, reader, f"{venue.name} / {room_name}", room_name, sizes)


def _room(ctx: ImportContext, venue_key: str, venue: Venue | None, reader: RowReader, key: str, name: str,
          sizes: dict[str, int | None]) -> None:
    existing = ctx.lookup.rooms.get((venue.id, name_key(name))) if venue and venue.id else None
    if existing is None:
        room = ctx.build(reader, lambda: Room(None, venue.id if venue and venue.id else 0, name,
                                              capacity=sizes.get("capacity"), tables=sizes.get("tables")))
    else:
        room = ctx.build(reader, lambda: dataclasses.replace(
            existing, capacity=sizes.get("capacity", existing.capacity), tables=sizes.get("tables", existing.tables)))
    if room is None:
        return
    if existing is None:
        ctx.change(ChangeKind.ADDED, "room", key, f"added room {key} ({_room_size(room)})")

        def add(tx: PlanWriter) -> None:
            venue_id = venue.id if venue and venue.id else ctx.new_ids[("venue", venue_key)]
            tx.add(dataclasses.replace(room, venue_id=venue_id))

        ctx.later(reader, add)
    elif (existing.capacity, existing.tables) != (room.capacity, room.tables):
        ctx.change(ChangeKind.UPDATED, "room", key, f"updated {key}: {_room_size(existing)} → {_room_size(room)}")
        ctx.later(reader, lambda tx: tx.update(room))
    else:
        ctx.change(ChangeKind.UNCHANGED, "room", key, f"{key} is unchanged")


def _room_size(room: Room) -> str:
    seats = f"{room.capacity} seats" if room.capacity is not None else "seats not given"
    tables = f"{room.tables} tables" if room.tables is not None else "one activity at a time"
    return f"{seats}, {tables}"


def import_travel(ctx: ImportContext, rows: Iterable[TableRow]) -> None:
    known = {(t.from_venue_id, t.to_venue_id): t.minutes for t in ctx.plan.travel_times}
    for row in rows:
        _travel_row(ctx, ctx.reader(row), known)


def _travel_row(ctx: ImportContext, reader: RowReader, known: dict[tuple[int, int], int]) -> None:
    origin = ctx.venue(reader, "from", required=True)
    target = ctx.venue(reader, "to", required=True)
    minutes = reader.integer("minutes", required=True)
    if origin is None or target is None or minutes is None or origin.id is None or target.id is None:
        return
    pair = (origin.id, target.id)
    if not ctx.first_row_of(reader, "pair of venues", pair, "to"):
        return
    travel = ctx.build(reader, lambda: TravelTime(pair[0], pair[1], minutes))
    if travel is None:
        return
    key = f"{origin.name} → {target.name}"
    before = known.get(pair)
    if before == minutes:
        ctx.change(ChangeKind.UNCHANGED, "travel time", key, f"{key} is unchanged ({minutes} min)")
        return
    if before is None:
        ctx.change(ChangeKind.ADDED, "travel time", key, f"added {key}: {minutes} min")
    else:
        ctx.change(ChangeKind.UPDATED, "travel time", key, f"updated {key}: {before} → {minutes} min")
    ctx.later(reader, lambda tx: tx.add(travel))


def import_markets(ctx: ImportContext, rows: Iterable[TableRow]) -> None:
    for row in rows:
        _market_row(ctx, ctx.reader(row))


def _market_row(ctx: ImportContext, reader: RowReader) -> None:
    name = reader.text("name", required=True)
    zone = reader.zone()
    if not zone and not reader.given("timezone"):
        reader.problem("timezone", "is empty; a value is required (an IANA zone such as Europe/Paris)")
    first_day = reader.moment("first_day", required=True)
    last_day = reader.moment("last_day", required=True)
    if not name or not zone or first_day is None or last_day is None:
        return
    if not ctx.first_row_of(reader, "market", name_key(name), "name"):
        return
    existing = ctx.lookup.markets.get(name_key(name))
    values: dict[str, Any] = {"timezone": zone, "first_day": first_day.date(), "last_day": last_day.date()}
    if reader.given("city"):
        values["city"] = reader.text("city")
    if existing is None:
        market = ctx.build(reader, lambda: Market(None, name, **{"city": "", **values}))
    else:
        market = ctx.build(reader, lambda: dataclasses.replace(existing, **values))
    if market is None or not reader.ok:
        return
    days = f"{market.first_day.isoformat()} – {market.last_day.isoformat()}"
    if existing is None:
        ctx.change(ChangeKind.ADDED, "market", market.name,
                   f"added market {market.name} ({market.city or 'no city'}, {market.timezone}, {days})")
        ctx.later(reader, lambda tx: tx.add(market))
        return
    differences = changed_fields(existing, market, ("city", "timezone", "first_day", "last_day"))
    if not differences:
        ctx.change(ChangeKind.UNCHANGED, "market", market.name, f"{market.name} is unchanged")
        return
    ctx.change(ChangeKind.UPDATED, "market", market.name, f"updated {market.name}: {', '.join(differences)} ({days})")
    ctx.later(reader, lambda tx: tx.update(market))
