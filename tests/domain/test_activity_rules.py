from datetime import UTC, datetime, timedelta

import pytest

from desktop_app.domain.activities import Activity, ActivityKind, ActivityStatus, Attendance
from desktop_app.domain.errors import ValidationError

START = datetime(2025, 3, 17, 2, 0, tzinfo=UTC)  # 10:00 in Hong Kong


def make(**changes: object) -> Activity:
    values: dict[str, object] = {
        "id": 1, "title": "HAF opening", "start": START, "end": START + timedelta(hours=1),
        "timezone": "Asia/Hong_Kong",
    }
    values.update(changes)
    return Activity(**values)  # type: ignore[arg-type]


def test_end_must_follow_start() -> None:
    with pytest.raises(ValidationError, match="ends at or before its start") as error:
        make(end=START)
    assert error.value.field == "end"


def test_naive_times_are_refused() -> None:
    with pytest.raises(ValidationError, match="needs a time zone"):
        make(start=datetime(2025, 3, 17, 10, 0))


def test_instants_are_normalised_to_utc_and_shown_in_market_time() -> None:
    from zoneinfo import ZoneInfo

    local = datetime(2025, 3, 17, 10, 0, tzinfo=ZoneInfo("Asia/Hong_Kong"))
    activity = make(start=local, end=local + timedelta(minutes=30))
    assert activity.start == START and activity.start.tzinfo is UTC
    assert activity.local_start.hour == 10


def test_unknown_zone_is_a_clear_error() -> None:
    with pytest.raises(ValidationError, match="'Hong Kong' is not an IANA time zone"):
        make(timezone="Hong Kong")


def test_kind_and_status_are_parsed_from_text() -> None:
    activity = make(kind="Panel", status="TENTATIVE")
    assert activity.kind is ActivityKind.PANEL and activity.status is ActivityStatus.TENTATIVE
    with pytest.raises(ValidationError, match="'party' is not one of"):
        make(kind="party")


def test_room_needs_venue_and_priority_is_bounded() -> None:
    with pytest.raises(ValidationError, match="a room needs its venue"):
        make(room_id=3)
    with pytest.raises(ValidationError, match="between 1 and 5"):
        make(priority=6)


def test_attendee_listed_twice_is_refused() -> None:
    with pytest.raises(ValidationError, match="listed twice"):
        make(attendees=(Attendance(1), Attendance(1, required=False)))


def test_revision_bumps_sequence_only_for_calendar_relevant_changes(fixed_now: datetime) -> None:
    activity = make(sequence=2)
    assert activity.revised(now=fixed_now, notes="bring the deck").sequence == 2
    moved = activity.revised(now=fixed_now, start=START + timedelta(minutes=15))
    assert moved.sequence == 3 and moved.uid == activity.uid and moved.last_modified == fixed_now
    assert activity.revised(status=ActivityStatus.CANCELLED).sequence == 3
    assert activity.revised(title="HAF Opening Ceremony").sequence == 3


def test_uids_are_unique_and_stable_per_activity() -> None:
    first, second = make(), make()
    assert first.uid != second.uid
    assert first.revised(notes="x").uid == first.uid
