"""Importing stays: when each delegate is in each city, and where they sleep.

Columns: ``delegate`` (email or name), ``arrival``, ``departure`` (required), ``timezone``,
``hotel``, ``market``, ``notes``. A row matches the delegate's stay with the same arrival.
A time without an offset is read in the stay's zone: its ``timezone``, else its ``market``'s,
else the zone of the venue its ``hotel`` names, else that of the market running on (or
nearest to) the arrival's date, else the plan's. A departure given as a date alone means the end of that day.
The delegates file's ``arrival``/``departure``/``hotel`` are a shorthand for one stay and share
these rules (``read_stay_times``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from datetime import datetime

from desktop_app.domain.people import Delegate
from desktop_app.domain.places import Market
from desktop_app.domain.stays import Stay
from desktop_app.formats.import_rows import RowReader, is_date_only
from desktop_app.formats.tabular import TableRow
from desktop_app.services.imports.context import ImportContext, changed_fields, nearest_market, when
from desktop_app.services.imports.report import ChangeKind
from desktop_app.services.lookup import name_key

_STAY_FIELDS = ("arrival", "departure", "timezone", "hotel", "market_id", "notes")
_LABELS = {"market_id": "market"}


def import_stays(ctx: ImportContext, rows: Iterable[TableRow]) -> None:
    for row in rows:
        _stay_row(ctx, ctx.reader(row))


def _stay_row(ctx: ImportContext, reader: RowReader) -> None:
    reference = reader.text("delegate", required=True)
    delegate = ctx.resolve(reader, "delegate", lambda: ctx.lookup.delegates.find(reference)) if reference else None
    market = ctx.resolve(reader, "market", lambda: ctx.lookup.market(reader.text("market"))) \
        if reader.given("market") else None
    hotel = reader.text("hotel")
    zone, arrival, departure = read_stay_times(ctx, reader, market, hotel, required=True)
    if delegate is None or delegate.id is None or arrival is None or departure is None:
        return
    if not ctx.first_row_of(reader, "stay", (delegate.id, arrival), "arrival"):
        return
    known = {s.arrival: s for s in ctx.plan.stays_of(delegate.id)}
    existing = known.get(arrival)
    values: dict[str, object] = {"arrival": arrival, "departure": departure, "timezone": zone}
    if reader.given("hotel"):
        values["hotel"] = hotel
    if reader.given("notes"):
        values["notes"] = reader.text("notes")
    if market is not None:
        values["market_id"] = market.id
    if existing is None:
        stay = ctx.build(reader, lambda: Stay(None, delegate.id or 0, **values))  # type: ignore[arg-type]
    else:
        stay = ctx.build(reader, lambda: dataclasses.replace(existing, **values))  # type: ignore[arg-type]
    if stay is None or not reader.ok:
        return
    record_stay(ctx, reader, delegate, existing, stay)


def record_stay(ctx: ImportContext, reader: RowReader, delegate: Delegate, existing: Stay | None, stay: Stay) -> None:
    """Report and schedule the write of one stay (new or revised) of an existing delegate."""
    key = f"{delegate.name} {when(stay.arrival, stay.timezone) if stay.arrival else ''}".strip()
    if existing is None:
        ctx.change(ChangeKind.ADDED, "stay", key, f"added stay of {delegate.name}: {describe_stay(ctx, stay)}")
        ctx.later(reader, lambda tx: tx.add(stay))
        return
    differences = [_LABELS.get(name, name) for name in changed_fields(existing, stay, _STAY_FIELDS)]
    if not differences:
        ctx.change(ChangeKind.UNCHANGED, "stay", key, f"stay of {delegate.name} is unchanged")
        return
    ctx.change(ChangeKind.UPDATED, "stay", key,
               f"updated stay of {delegate.name} ({', '.join(differences)}): {describe_stay(ctx, stay)}")
    ctx.later(reader, lambda tx: tx.update(stay))


def describe_stay(ctx: ImportContext, stay: Stay) -> str:
    parts = []
    if stay.arrival is not None:
        parts.append(f"arrives {when(stay.arrival, stay.timezone)}")
    if stay.departure is not None:
        parts.append(f"departs {when(stay.departure, stay.timezone)}")
    if stay.hotel:
        parts.append(f"at {stay.hotel}")
    market = ctx.plan.market_by_id.get(stay.market_id) if stay.market_id is not None else None
    if market is not None:
        parts.append(f"for {market.name}")
    return ", ".join(parts)


def read_stay_times(ctx: ImportContext, reader: RowReader, market: Market | None, hotel: str, *,
                    required: bool = False) -> tuple[str, datetime | None, datetime | None]:
    """The stay's zone and its arrival and departure instants (see the module's rules)."""
    naive_arrival = reader.moment("arrival", required=required)
    naive_departure = reader.moment("departure", required=required)
    zone = reader.zone() if ctx.layout.has("timezone") else ""
    if not zone:
        zone = stay_zone(ctx, market, hotel, naive_arrival or naive_departure)
    arrival = ctx.instant(reader, "arrival", zone) if naive_arrival is not None else None
    departure = None
    if naive_departure is not None:
        if is_date_only(reader.raw("departure")):
            # "departs 2025-03-20" means after that day's activities, not at its first minute
            departure = ctx.instant_at_end_of_day(reader, "departure", zone)
        else:
            departure = ctx.instant(reader, "departure", zone)
    return zone, arrival, departure


def stay_zone(ctx: ImportContext, market: Market | None, hotel: str, moment: datetime | None) -> str:
    if market is not None:
        return market.timezone
    venue = ctx.lookup.venues.get(name_key(hotel)) if hotel else None
    if venue is not None:
        return venue.timezone
    if moment is not None and ctx.plan.markets:
        return nearest_market(ctx.plan.markets, moment.date()).timezone
    return ctx.plan.settings.timezone
