"""The one rule for showing an activity in local time, used by every view, document and message.

An activity is shown in the zone of its venue, else in its own stored zone (a flight from Seoul
in Seoul time, a Cannes reception in Cannes time), and falls on the local days it covers there.
A day is headed by the zones it is shown in. Days outside every market (a travel day) are days
like any other.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta

from .activities import Activity
from .plan import Plan
from .timezones import day_bounds, localize, to_local, zone_abbreviation


def activity_zone(plan: Plan, activity: Activity) -> str:
    """The zone ``activity`` is shown in: its venue's, else its own."""
    return place_zone(plan, activity.venue_id, activity.timezone)


def place_zone(plan: Plan, venue_id: int | None, fallback: str) -> str:
    """A venue's zone when there is a venue, else ``fallback`` (an activity's or request's own)."""
    venue = plan.venue_by_id.get(venue_id) if venue_id is not None else None
    return venue.timezone if venue is not None else fallback


def local_days(plan: Plan, activity: Activity) -> list[date]:
    """The local days ``activity`` covers in its zone; one ending at midnight stops the day before."""
    zone_name = activity_zone(plan, activity)
    first = to_local(activity.start, zone_name).date()
    last = to_local(activity.end - timedelta(microseconds=1), zone_name).date()
    return [first + timedelta(days=offset) for offset in range((last - first).days + 1)]


def covers_day(plan: Plan, activity: Activity, day: date) -> bool:
    start, end = day_bounds(day, activity_zone(plan, activity))
    return activity.start < end and activity.end > start


def activities_on(plan: Plan, day: date, activities: Iterable[Activity] | None = None) -> list[Activity]:
    """The activities that fall on ``day`` (each in its own zone), in time order."""
    chosen = plan.activities if activities is None else activities
    return sorted((a for a in chosen if covers_day(plan, a, day)),
                  key=lambda a: (a.start, a.end, a.title, a.id or 0))


def activities_by_day(plan: Plan, activities: Iterable[Activity] | None = None) -> dict[date, list[Activity]]:
    """Every day an activity falls on, with its activities in time order: :func:`activities_on`
    for all days in one pass (a view showing many days of a large plan)."""
    chosen = plan.activities if activities is None else activities
    by_day: dict[date, list[Activity]] = {}
    for activity in chosen:
        for day in local_days(plan, activity):
            by_day.setdefault(day, []).append(activity)
    for listed in by_day.values():
        listed.sort(key=lambda a: (a.start, a.end, a.title, a.id or 0))
    return dict(sorted(by_day.items()))


def day_at(plan: Plan, activity: Activity, instant: datetime) -> date:
    """The local day of ``activity`` at ``instant`` (in its zone), kept to the days it covers:
    where to look for a clash that starts at the very end of it."""
    days = local_days(plan, activity)
    day = to_local(instant, activity_zone(plan, activity)).date()
    return min(max(day, days[0]), days[-1])


def days_with(plan: Plan, activities: Iterable[Activity]) -> set[date]:
    return {day for activity in activities for day in local_days(plan, activity)}


def plan_days(plan: Plan, activities: Iterable[Activity] | None = None) -> list[date]:
    """Every market day, plus every other day an activity falls on."""
    chosen = plan.activities if activities is None else activities
    return sorted(set(plan.market_days()) | days_with(plan, chosen))


def market_zone_on(plan: Plan, day: date) -> str:
    """The zone of the market running on ``day``; between markets the one just ended (the
    delegation is still there), before any the first one's; the plan's zone without markets."""
    market = plan.market_on(day)
    if market is None:
        earlier = [m for m in plan.markets if m.last_day < day]
        market = max(earlier, key=lambda m: m.last_day) if earlier else plan.primary_market
    return market.timezone if market else plan.settings.timezone


def day_zones(plan: Plan, day: date, activities: Iterable[Activity] = ()) -> list[str]:
    """The zones a day is shown in: those of its activities in time order, else its market's."""
    zones = [activity_zone(plan, a) for a in sorted(activities, key=lambda a: (a.start, a.end))]
    unique = list(dict.fromkeys(zones))
    return unique or [market_zone_on(plan, day)]


def zone_label(day: date, zone_name: str) -> str:
    """'HKT', 'CEST' ... as on that day (at noon)."""
    return zone_abbreviation(localize(datetime.combine(day, time(12)), zone_name), zone_name)


def day_zone_label(day: date, zones: Iterable[str]) -> str:
    """'HKT' or 'KST / CEST' for a day shown in more than one zone."""
    return " / ".join(dict.fromkeys(zone_label(day, zone_name) for zone_name in zones))


def local_clip(plan: Plan, activity: Activity, day: date) -> tuple[datetime, datetime]:
    """The part of ``activity`` on ``day``, as local times in its zone."""
    zone_name = activity_zone(plan, activity)
    day_start, day_end = day_bounds(day, zone_name)
    return to_local(max(activity.start, day_start), zone_name), to_local(min(activity.end, day_end), zone_name)
