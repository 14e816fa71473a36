"""The one table of import kinds: what each reads and which importer reads it.

The command line's ``--as`` choices, the window's import wizard and the README's column table
all come from ``KINDS`` (a test holds the README to it). Kinds are listed in the order a new plan
is best built in: what a row refers to is imported before the rows that refer to it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from desktop_app.formats.import_rows import Column, columns_from_spec
from desktop_app.formats.tabular import TableRow

from .context import ImportContext
from .kinds.duties import import_duties
from .kinds.people import import_contacts, import_delegates
from .kinds.places import import_markets, import_travel, import_venues
from .kinds.programme import import_programme
from .kinds.projects import import_projects
from .kinds.scheduling import import_availability, import_requests
from .kinds.staff import import_staff
from .kinds.stays import import_stays

Importer = Callable[[ImportContext, Iterable[TableRow]], None]


@dataclass(frozen=True, slots=True)
class ImportKind:
    name: str
    columns: tuple[Column, ...]
    """Required columns are marked ``required``; the spec reads as in the README ('name*, email')."""
    summary: str
    read: Importer
    from_calendar: bool = False
    """Whether an .ics file can be imported as this kind."""

    @property
    def spec(self) -> str:
        return ", ".join(column.name + ("*" if column.required else "") for column in self.columns)


def _kind(name: str, spec: str, summary: str, read: Importer, *, from_calendar: bool = False) -> ImportKind:
    return ImportKind(name, columns_from_spec(spec), summary, read, from_calendar)


KINDS: tuple[ImportKind, ...] = (
    _kind("markets", "name*, city, timezone*, first_day*, last_day*",
          "the markets of the trip, each in its city's zone", import_markets),
    _kind("venues", "venue*, native_name, room, capacity, tables, address, native_address, latitude, longitude, "
                    "timezone, opens, closes",
          "venues with their rooms (one row per room): seats and HAF tables, opening hours", import_venues),
    _kind("travel", "from*, to*, minutes*", "minutes between two venues (both ways unless the reverse is given)",
          import_travel),
    _kind("delegates", "name*, native_name, email, phone, organisation, role, delegation, home_timezone, "
                       "arrival, departure, hotel, notes, remove",
          "the delegation's people; arrival/departure/hotel are a shorthand for one stay", import_delegates),
    _kind("staff", "name*, native_name, role*, languages, email, phone, home_timezone, notes",
          "interpreters, assistants, drivers; languages: BCP 47 tags (ko; yue; en)", import_staff),
    _kind("stays", "delegate*, arrival*, departure*, timezone, hotel, market, notes",
          "when each delegate is in each city (several per delegate)", import_stays),
    _kind("contacts", "name*, native_name, email, phone, organisation, role, country, notes, remove",
          "financiers, buyers and other people met", import_contacts),
    _kind("projects", "title*, original_title, stage, logline, team, credits, external_id",
          "film projects (HAF); team: the delegates who take its meetings", import_projects),
    _kind("programme", "title*, kind, start*, end*, timezone, venue, room, attendees, optional_attendees, contacts, "
                       "status, notes, url, external_id, priority, project, interpreting, interpreter",
          "activities: panels, screenings, meetings, receptions, travel; interpreting: two languages (ko-yue)",
          import_programme, from_calendar=True),
    _kind("availability", "participant*, start*, end*, timezone",
          "when delegates, contacts or projects are free to meet", import_availability, from_calendar=True),
    _kind("requests", "id*, delegate*, contact*, duration_minutes*, priority, venue, room, earliest, latest, "
                      "timezone, status, notes",
          "one-to-one meetings to schedule (status: pending or withdrawn)", import_requests),
    _kind("duties", "venue*, room*, day*, start*, end*, shift_minutes*, min_staff*, max_staff, eligible",
          "stands to staff from opening to closing, in shifts; eligible: delegations or delegates (;)",
          import_duties),
)

KIND_NAMES: tuple[str, ...] = tuple(kind.name for kind in KINDS)
_BY_NAME = {kind.name: kind for kind in KINDS}


def kind_named(name: str) -> ImportKind | None:
    return _BY_NAME.get(name)
