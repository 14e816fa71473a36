"""Time with its zone: instants are UTC-aware datetimes, zones are IANA names."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .errors import ValidationError


@lru_cache(maxsize=256)
def zone(name: str) -> ZoneInfo:
    """The zone called ``name``; raises ValidationError for anything not in the IANA database."""
    if not name or not isinstance(name, str):
        raise ValidationError("timezone", "a time zone is required")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, IsADirectoryError):
        raise ValidationError(
            "timezone", f"'{name}' is not an IANA time zone (e.g. Asia/Hong_Kong)"
        ) from None


def validate_zone(name: str, field: str = "timezone") -> str:
    try:
        zone(name)
    except ValidationError as error:
        raise ValidationError(field, error.reason) from None
    return name


def require_utc(value: datetime, field: str) -> datetime:
    """Instants must be timezone-aware; they are normalised to UTC."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValidationError(field, "a time needs a time zone (naive datetimes are ambiguous)")
    return value.astimezone(UTC)


def localize(local: datetime, zone_name: str) -> datetime:
    """A wall-clock time in ``zone_name`` as a UTC instant.

    A wall time skipped by a DST jump is moved forward; an ambiguous one takes its first
    occurrence (fold=0), as calendar applications do.
    """
    if local.tzinfo is not None:
        return local.astimezone(UTC)
    tz = zone(zone_name)
    aware = local.replace(tzinfo=tz)
    round_trip = aware.astimezone(UTC).astimezone(tz).replace(tzinfo=None)
    if round_trip != local:  # in a spring-forward gap
        aware = (local + timedelta(hours=1)).replace(tzinfo=tz)
    return aware.astimezone(UTC)


def to_local(instant: datetime, zone_name: str) -> datetime:
    return instant.astimezone(zone(zone_name))


def day_bounds(day: date, zone_name: str) -> tuple[datetime, datetime]:
    """The UTC instants at which ``day`` starts and ends in ``zone_name``."""
    start = localize(datetime.combine(day, time.min), zone_name)
    end = localize(datetime.combine(day + timedelta(days=1), time.min), zone_name)
    return start, end


def zone_abbreviation(instant: datetime, zone_name: str) -> str:
    """'HKT', 'CET', 'CEST' ... or the UTC offset where the zone has no letters."""
    local = to_local(instant, zone_name)
    name = local.tzname() or ""
    if not name or name[0] in "+-":
        offset = local.utcoffset() or timedelta()
        minutes = int(offset.total_seconds() // 60)
        sign = "+" if minutes >= 0 else "-"
        hours, rest = divmod(abs(minutes), 60)
        return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")
    return name


def utc_now() -> datetime:
    return datetime.now(UTC)
