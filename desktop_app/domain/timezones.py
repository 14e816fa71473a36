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
    """A wall-clock time in ``zone_name`` as a UTC instant, read as RFC 5545 reads local times.

    A wall time skipped by a DST jump is read with the UTC offset before the jump, i.e. moved
    forward by the jump's length (02:30 in the Paris spring gap is 03:30 CEST); an ambiguous one
    takes the occurrence ``local.fold`` names (0, what parsers give, is the first). An aware
    ``local`` is already an instant. :func:`localize_reporting` also says when either happened.
    """
    if local.tzinfo is not None:
        return local.astimezone(UTC)
    aware = local.replace(tzinfo=zone(zone_name))
    if is_nonexistent(local, zone_name):
        aware = aware.replace(fold=0)  # PEP 495: fold 0 in a gap uses the offset before it
    return aware.astimezone(UTC)


def _fold_offsets(wall: datetime, zone_name: str) -> tuple[timedelta, timedelta]:
    """The UTC offsets of ``wall`` read with fold 0 and fold 1 (PEP 495): equal for ordinary times."""
    naive = wall.replace(tzinfo=None)
    tz = zone(zone_name)
    first = naive.replace(tzinfo=tz, fold=0).utcoffset() or timedelta()
    second = naive.replace(tzinfo=tz, fold=1).utcoffset() or timedelta()
    return first, second


def is_ambiguous(wall: datetime, zone_name: str) -> bool:
    """Whether the wall-clock time ``wall`` (any tzinfo ignored) happens twice in ``zone_name``:
    02:30 on the night Paris clocks go back from 03:00 CEST to 02:00 CET."""
    first, second = _fold_offsets(wall, zone_name)
    return first > second


def is_nonexistent(wall: datetime, zone_name: str) -> bool:
    """Whether the wall-clock time ``wall`` (any tzinfo ignored) is skipped in ``zone_name``:
    02:30 on the night Paris clocks go forward from 02:00 CET to 03:00 CEST."""
    first, second = _fold_offsets(wall, zone_name)
    return first < second


def _clock_change(wall: datetime, zone_name: str) -> tuple[datetime, timedelta]:
    """The UTC instant of the clock change around the gap or fold that ``wall`` is in, and the
    offset before it."""
    naive = wall.replace(tzinfo=None, fold=0)
    offsets = _fold_offsets(wall, zone_name)
    low = (naive - max(offsets)).replace(tzinfo=UTC)  # the change lies in (low, high]
    high = (naive - min(offsets)).replace(tzinfo=UTC)
    tz = zone(zone_name)
    before = low.astimezone(tz).utcoffset()
    while high - low > timedelta(seconds=1):
        middle = low + (high - low) / 2
        if middle.astimezone(tz).utcoffset() == before:
            low = middle
        else:
            high = middle
    return high.replace(microsecond=0), before or timedelta()


def localize_reporting(local: datetime, zone_name: str) -> tuple[datetime, str]:
    """``local`` as :func:`localize` reads it, and what a user should be told about that reading.

    The text is "" for an ordinary wall time (and for an aware ``local``, already an instant);
    otherwise one sentence, e.g.
    "2025-03-30 02:30 does not exist in Europe/Paris (clocks go forward at 02:00); read as 03:30 CEST"
    or "2025-10-26 02:30 happens twice in Europe/Paris (clocks go back at 03:00); read as the first,
    02:30 CEST". Importers add it to their report's warnings.
    """
    instant = localize(local, zone_name)
    if local.tzinfo is not None:
        return instant, ""
    gap, fold = is_nonexistent(local, zone_name), is_ambiguous(local, zone_name)
    if not (gap or fold):
        return instant, ""
    change, offset_before = _clock_change(local, zone_name)
    at = f"{(change + offset_before).replace(tzinfo=None):%H:%M}"
    read = f"{to_local(instant, zone_name):%H:%M} {zone_abbreviation(instant, zone_name)}"
    wall = f"{local:%Y-%m-%d %H:%M}"
    if gap:
        return instant, f"{wall} does not exist in {zone_name} (clocks go forward at {at}); read as {read}"
    which = "second" if local.fold else "first"
    return instant, f"{wall} happens twice in {zone_name} (clocks go back at {at}); read as the {which}, {read}"


def to_local(instant: datetime, zone_name: str) -> datetime:
    return instant.astimezone(zone(zone_name))


def day_bounds(day: date, zone_name: str) -> tuple[datetime, datetime]:
    """The UTC instants at which ``day`` starts and ends in ``zone_name``."""
    start = localize(datetime.combine(day, time.min), zone_name)
    end = localize(datetime.combine(day + timedelta(days=1), time.min), zone_name)
    return start, end


def zone_abbreviation(instant: datetime, zone_name: str) -> str:
    """'HKT', 'CET', 'CEST' ... or the UTC offset where the zone has no letters."""
    return abbreviation_of(to_local(instant, zone_name))


def abbreviation_of(local: datetime) -> str:
    """The zone abbreviation of an aware local time: 'HKT', 'CEST', or 'UTC+7' where the zone
    has no letters ('+07')."""
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
