"""Times and titles as conflict messages show them: "17 Mar 12:00–12:30 HKT" (in English
whatever the process locale: see ``dates_text``)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from .activities import Activity
from .dates_text import day_month
from .timezones import to_local, zone_abbreviation


def format_instant(instant: datetime, zone_name: str) -> str:
    local = to_local(instant, zone_name)
    return f"{day_month(local)} {local:%H:%M} {zone_abbreviation(instant, zone_name)}"


def format_span(start: datetime, end: datetime, zone_name: str, separator: str = "–") -> str:
    """'17 Mar 12:00–12:30 HKT', '17 Mar 22:00 → 18 Mar 01:00 HKT', or one instant if start == end.

    ``separator`` joins two times of the same day ('–' for a span, '→' for a journey).
    """
    if start == end:
        return format_instant(start, zone_name)
    local_start, local_end = to_local(start, zone_name), to_local(end, zone_name)
    start_zone, end_zone = zone_abbreviation(start, zone_name), zone_abbreviation(end, zone_name)
    if start_zone != end_zone:  # the span crosses a DST change: name both offsets
        return f"{format_instant(start, zone_name)} → {format_instant(end, zone_name)}"
    if local_start.date() == local_end.date():
        joiner = separator if separator == "–" else f" {separator} "
        return f"{day_month(local_start)} {local_start:%H:%M}{joiner}{local_end:%H:%M} {end_zone}"
    return f"{day_month(local_start)} {local_start:%H:%M} → {day_month(local_end)} {local_end:%H:%M} {end_zone}"


def quoted_titles(activities: Sequence[Activity]) -> str:
    return ", ".join(f"'{activity.title}'" for activity in activities)
