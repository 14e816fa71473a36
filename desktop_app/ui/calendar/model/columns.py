"""The columns of the day view (a delegate or a room each) and of the week view (a day each).

A day is shown in the zone of its market (``local_time.market_zone_on``): the grid is that
city's day, and an activity elsewhere (a flight from Seoul) sits at its instant on it, labelled
in its own zone. Who is shown is a ``Group``: everyone, a delegation, or one delegate.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date, timedelta
from enum import StrEnum

from desktop_app.domain.activities import Activity
from desktop_app.domain.local_time import market_zone_on, zone_label
from desktop_app.domain.people import Delegate
from desktop_app.domain.plan import Plan

from .layout import CalendarColumn, ColumnKey
from .time_axis import TimeAxis

Group = tuple[str, int]
"""("all", 0), ("delegation", id) or ("delegate", id)."""
EVERYONE: Group = ("all", 0)
NO_VENUE: ColumnKey = ("venue", 0)


class ColumnMode(StrEnum):
    PEOPLE = "people"
    ROOMS = "rooms"


def day_axis(plan: Plan, day: date) -> TimeAxis:
    return TimeAxis(day, market_zone_on(plan, day))


def members(plan: Plan, group: Group) -> list[Delegate]:
    """The live delegates of ``group``, in the plan's order."""
    kind, key = group
    if kind == "delegation":
        return [d for d in plan.delegates if d.delegation_id == key]
    if kind == "delegate":
        return [d for d in plan.delegates if d.id == key]
    return list(plan.delegates)


def activities_meeting(plan: Plan, axis: TimeAxis) -> list[Activity]:
    start, end = axis.bounds
    return [a for a in plan.activities if a.start < end and a.end > start]


def people_columns(plan: Plan, axis: TimeAxis, group: Group = EVERYONE) -> list[CalendarColumn]:
    columns = []
    for delegate in members(plan, group):
        delegation = plan.delegation_by_id.get(delegate.delegation_id) if delegate.delegation_id else None
        subtitle = delegate.organisation or (delegation.name if delegation else "")
        columns.append(CalendarColumn(("delegate", delegate.id or 0), delegate.display_name, subtitle, axis))
    return columns


def room_columns(plan: Plan, axis: TimeAxis, activities: Sequence[Activity]) -> list[CalendarColumn]:
    """Every room of a venue in the day's zone, any other room in use that day, a column per
    venue for its activities without a room, and one for activities at no venue."""
    used_rooms = {a.room_id for a in activities if a.room_id is not None}
    venues_without_room = {a.venue_id for a in activities if a.room_id is None and a.venue_id is not None}
    keys: list[tuple[str, str, ColumnKey, str]] = []
    for room in plan.rooms:
        venue = plan.venue_by_id.get(room.venue_id)
        if venue is None or (venue.timezone != axis.zone and room.id not in used_rooms):
            continue
        keys.append((venue.name, room.name, ("room", room.id or 0), venue.name))
    for venue_id in venues_without_room:
        venue = plan.venue_by_id[venue_id]
        keys.append((venue.name, "", ("venue", venue_id), ""))
    keys.sort(key=lambda item: (item[0].casefold(), item[1].casefold()))
    columns = [CalendarColumn(key, room or venue, subtitle, axis) for venue, room, key, subtitle in keys]
    if any(a.venue_id is None for a in activities):
        columns.append(CalendarColumn(NO_VENUE, "", "", axis))  # titled by the view (translated)
    return columns


def placer(columns: Sequence[CalendarColumn], mode: ColumnMode) -> Callable[[Activity], list[int]]:
    """For each activity, the numbers of the columns it shows in."""
    number_of = {column.key: number for number, column in enumerate(columns)}
    if mode is ColumnMode.PEOPLE:
        def by_people(activity: Activity) -> list[int]:
            found = (number_of.get(("delegate", d)) for d in activity.delegate_ids)
            return [number for number in found if number is not None]
        return by_people

    def by_place(activity: Activity) -> list[int]:
        if activity.room_id is not None:
            key: ColumnKey = ("room", activity.room_id)
        elif activity.venue_id is not None:
            key = ("venue", activity.venue_id)
        else:
            key = NO_VENUE
        number = number_of.get(key)
        return [] if number is None else [number]
    return by_place


def week_of(day: date) -> list[date]:
    """Monday to Sunday around ``day``."""
    monday = day - timedelta(days=day.weekday())
    return [monday + timedelta(days=offset) for offset in range(7)]


def week_columns(plan: Plan, days: Iterable[date]) -> list[CalendarColumn]:
    """One column per day, each on its own market's axis and labelled with that market."""
    columns = []
    for day in days:
        axis = day_axis(plan, day)
        market = plan.market_on(day)
        label = zone_label(day, axis.zone)
        columns.append(CalendarColumn(("day", day.toordinal()), "", f"{market.name} · {label}" if market else label,
                                      axis))
    return columns


def week_placer(columns: Sequence[CalendarColumn], people: set[int] | None) -> Callable[[Activity], list[int]]:
    """Each activity of ``people`` (None: everyone's and nobody's) in every day column it meets."""
    def place(activity: Activity) -> list[int]:
        if people is not None and not people.intersection(activity.delegate_ids):
            return []
        return [number for number, column in enumerate(columns)
                if column.axis.overlaps(activity.start, activity.end)]
    return place
