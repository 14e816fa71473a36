"""The state one import works in: the plan snapshot, the problems found, the changes to make.

Every importer works in two phases. First it reads all rows, resolves what they name,
builds the domain entities (whose constructors enforce the rules) and records each problem
with its row and column; it does not write. Only when no row had a problem are the pending
writes applied, in order, inside the same transaction — so a file is imported whole or not
at all, and a dry run walks exactly the same path before rolling back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any, TypeVar

from desktop_app.domain.dates_text import span_text, weekday_day_month_time
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.places import Market, Room, Venue
from desktop_app.domain.plan import Plan
from desktop_app.domain.timezones import localize, localize_reporting, to_local, utc_now, zone_abbreviation
from desktop_app.formats.import_rows import CellError, CellProblem, ColumnLayout, RowReader, parse_datetime
from desktop_app.formats.tabular import TableRow

from .lookup import LookupFailed, PlanLookup
from .report import ChangeKind, ImportChange, ImportReport

if TYPE_CHECKING:
    from desktop_app.storage.writer import PlanWriter

T = TypeVar("T")

# Entity fields whose rule violations belong to a differently named column.
_FIELD_COLUMNS = {"manager_email": "delegation", "contact_id": "contact", "delegate_id": "delegate"}


@dataclass(frozen=True, slots=True)
class PendingWrite:
    row: int
    write: Callable[[PlanWriter], None]


class ImportContext:
    def __init__(self, file: str, plan: Plan, layout: ColumnLayout, report: ImportReport, *,
                 partial: bool = False, now: datetime | None = None) -> None:
        self.file = file
        self.plan = plan
        self.layout = layout
        self.report = report
        self.partial = partial
        """The file corrects some rows only: importers touch nothing it does not list."""
        self.now = now or utc_now()
        self.lookup = PlanLookup(plan)
        self.problems: list[CellProblem] = []
        self.pending: list[PendingWrite] = []
        self.new_ids: dict[tuple[str, str], int] = {}
        """Ids of entities this import adds, for later writes that refer to them."""
        self._seen: dict[tuple[str, object], int] = {}
        self._noted: set[tuple[int, str]] = set()
        self._mentioned: set[tuple[str, object]] = set()

    # --- reading rows -------------------------------------------------------------------

    def reader(self, row: TableRow) -> RowReader:
        return RowReader(row, self.layout, self.problems)

    def column_for(self, field: str) -> str:
        column = _FIELD_COLUMNS.get(field, field)
        return column if self.layout.has(column) else ""

    def build(self, reader: RowReader, factory: Callable[[], T]) -> T | None:
        """``factory()``, or None with the rule it broke recorded at the field's column."""
        try:
            return factory()
        except ValidationError as error:
            reader.problem(self.column_for(error.field), error.reason)
            return None

    def resolve(self, reader: RowReader, column: str, lookup: Callable[[], T]) -> T | None:
        try:
            return lookup()
        except LookupFailed as failure:
            reader.problem(column, failure.reason)
            return None

    def first_row_of(self, reader: RowReader, what: str, key: object, column: str = "") -> bool:
        """True the first time ``key`` appears in the file; a repeat is a problem at its row."""
        earlier = self._seen.setdefault((what, key), reader.number)
        if earlier != reader.number:
            reader.problem(column, f"repeats the {what} of row {earlier}")
            return False
        return True

    def first_mention(self, what: str, key: object) -> bool:
        """True only the first time; for things many rows may name (a new delegation)."""
        if (what, key) in self._mentioned:
            return False
        self._mentioned.add((what, key))
        return True

    def instant(self, reader: RowReader, column: str, zone: str, *, required: bool = False) -> datetime | None:
        """A time cell as a UTC instant; a time without an offset is wall-clock time in ``zone``."""
        value = reader.moment(column, required=required)
        if value is None:
            return None
        if value.tzinfo is not None:
            return localize(value, "UTC")
        instant, note = localize_reporting(value, zone)
        if note and (reader.number, column) not in self._noted:  # a skipped or repeated wall time
            self._noted.add((reader.number, column))
            self.report.warnings.append(f"row {reader.number}, column '{column}': {note}")
        return instant

    def instant_at_end_of_day(self, reader: RowReader, column: str, zone: str) -> datetime | None:
        """A date cell as the instant its day ends in ``zone`` (the next day's midnight)."""
        value = reader.moment(column)
        if value is None:
            return None
        return localize(datetime.combine(value.date() + timedelta(days=1), time.min), zone)

    def venue(self, reader: RowReader, column: str = "venue", *, required: bool = False) -> Venue | None:
        name = reader.text(column, required=required)
        if not name:
            return None
        return self.resolve(reader, column, lambda: self.lookup.venue(name))

    def room(self, reader: RowReader, venue: Venue | None, column: str = "room") -> Room | None:
        name = reader.text(column)
        if not name:
            return None
        if venue is None:
            if not reader.given("venue"):
                reader.problem(column, "a room needs its venue in the 'venue' column")
            return None
        return self.resolve(reader, column, lambda: self.lookup.room(venue, name))

    @property
    def market_zone(self) -> str:
        return self.plan.market_timezone

    def zone_near(self, reader: RowReader, *columns: str) -> str:
        """The zone for a row that names none: that of the market on (or nearest to) the date of
        its first time cell, else the plan's (never simply the first market's: a May row of a
        March + May trip is in May's city)."""
        for column in columns:
            moment = reader.raw(column)
            if moment is None:
                continue
            try:
                day = parse_datetime(moment).date()
            except CellError:
                continue  # reported when the cell is read
            if self.plan.markets:
                return nearest_market(self.plan.markets, day).timezone
        return self.plan.settings.timezone if not self.plan.markets else self.plan.market_timezone

    # --- recording changes --------------------------------------------------------------

    def change(self, kind: ChangeKind, entity: str, key: str, description: str) -> None:
        self.report.changes.append(ImportChange(kind, entity, key, description))

    def later(self, reader: RowReader, write: Callable[[PlanWriter], Any]) -> None:
        self.pending.append(PendingWrite(reader.number, write))


def nearest_market(markets: Iterable[Market], day: date) -> Market:
    """The market running on ``day`` (the shortest of several), else the one closest to it in time
    (a delegate arrives a day or two before their market opens)."""
    def distance(market: Market) -> tuple[int, int]:
        if market.covers(day):
            return (0, (market.last_day - market.first_day).days)
        return (min(abs((market.first_day - day).days), abs((day - market.last_day).days)), 0)

    return min(markets, key=distance)


def changed_fields(before: object, after: object, fields: tuple[str, ...]) -> list[str]:
    return [name for name in fields if getattr(before, name) != getattr(after, name)]


def when(instant: datetime, zone: str) -> str:
    """'Mon 17 Mar 10:00 HKT'."""
    return f"{weekday_day_month_time(to_local(instant, zone))} {zone_abbreviation(instant, zone)}"


def span(start: datetime, end: datetime, zone: str) -> str:
    """'Mon 17 Mar 10:00–11:30 HKT' (the end's date is shown when it differs)."""
    return span_text(to_local(start, zone), to_local(end, zone))
