"""The days a date navigator offers: every day of the plan (``local_time.plan_days``), each with
the market it belongs to and the zone it is shown in, across every market of the trip."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop_app.domain.activities import Activity
from desktop_app.domain.local_time import local_days, market_zone_on, plan_days, zone_label
from desktop_app.domain.plan import Plan
from desktop_app.services.changes import Changes, EntityKind

_MOVES_DAYS = frozenset({EntityKind.MARKET, EntityKind.VENUE, EntityKind.SETTINGS})


@dataclass(frozen=True, slots=True)
class NavigatorDay:
    day: date
    market: str
    """The market running that day, '' on a day outside every market (a travel day)."""
    zone: str
    zone_label: str
    """'HKT', 'CEST': the zone as on that day."""


def navigator_days(plan: Plan) -> list[NavigatorDay]:
    found = []
    for day in plan_days(plan):
        market = plan.market_on(day)
        zone = market_zone_on(plan, day)
        found.append(NavigatorDay(day, market.name if market else "", zone, zone_label(day, zone)))
    return found


def nearest_day(days: list[NavigatorDay], wanted: date | None) -> NavigatorDay | None:
    """``wanted`` if offered, else the first offered day after it, else the last one."""
    if not days:
        return None
    if wanted is None:
        return days[0]
    later = [d for d in days if d.day >= wanted]
    return later[0] if later else days[-1]


def days_may_change(offered: list[date], plan: Plan, changes: Changes) -> bool:
    """Whether the days to offer may differ after ``changes``: a market, venue or setting
    changed, or an activity now falls on a day not offered (a day emptied stays offered)."""
    if not changes.can_patch or changes.kinds & _MOVES_DAYS:
        return True
    known = set(offered)
    for revision in changes.revisions:
        after = revision.after
        if isinstance(after, Activity) and after.deleted_at is None and not known.issuperset(local_days(plan, after)):
            return True
    return False
