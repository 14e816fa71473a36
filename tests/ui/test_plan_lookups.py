"""The section tables' per-snapshot indexes: built once per table object, rebuilt when an edit replaced it."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from desktop_app.domain.activities import Activity, ActivityStatus, Attendance
from desktop_app.ui.sections.plan_lookups import (
    LastResult,
    activity_counts,
    day_span,
    local_days,
    unused_name,
)

START = datetime(2025, 3, 17, 2, tzinfo=UTC)


def meeting(activity_id: int, who: tuple[int, ...], **fields: object) -> Activity:
    return Activity(activity_id, f"Meeting {activity_id}", START + timedelta(hours=activity_id),
                    START + timedelta(hours=activity_id, minutes=30), "Asia/Hong_Kong",
                    attendees=tuple(Attendance(d) for d in who), **fields)  # type: ignore[arg-type]


def test_an_index_is_built_once_per_table_object_and_again_for_a_new_one() -> None:
    builds: list[int] = []
    lengths = LastResult(lambda table: builds.append(len(table)) or len(table))
    table = tuple(range(1, 4))
    assert lengths(table) == lengths(table) == 3 and builds == [3]
    assert lengths(tuple(range(1, 4))) == 3 and builds == [3, 3]  # an equal table from another snapshot: built again


def test_activity_counts_leave_cancelled_ones_out_and_find_a_request_s_meeting() -> None:
    activities = (meeting(1, (7, 8), contact_ids=(3,), request_id=11), meeting(2, (7,), room_id=None),
                  meeting(3, (8,), status=ActivityStatus.CANCELLED, request_id=12), meeting(0, (), request_id=11))
    counts = activity_counts(activities)
    assert (counts.by_delegate[7], counts.by_delegate[8], counts.by_contact[3]) == (2, 1, 1)
    assert counts.meeting_of_request[11].id == 0 and 12 not in counts.meeting_of_request  # the earliest, live


def test_stay_days_are_local_and_an_end_at_midnight_is_the_day_before() -> None:
    arrival = datetime(2025, 3, 16, 6, tzinfo=UTC)  # 14:00 in Hong Kong
    departure = datetime(2025, 3, 19, 16, tzinfo=UTC)  # midnight, 20 March, in Hong Kong
    first, last = local_days(arrival, departure, "Asia/Hong_Kong")
    assert (first, last) == (date(2025, 3, 16), date(2025, 3, 19))
    assert local_days(None, departure, "Europe/Paris") == (None, date(2025, 3, 19))
    assert day_span(date(2025, 3, 16), date(2025, 3, 20)) == "16–20 Mar"
    assert day_span(date(2025, 2, 28), date(2025, 3, 3)) == "28 Feb–3 Mar"
    assert day_span(date(2025, 5, 12), date(2025, 5, 12)) == "12 May"


def test_a_new_name_is_one_nobody_has_yet() -> None:
    assert unused_name("New venue", ["HKCEC"]) == "New venue"
    assert unused_name("New venue", ["new venue", "New venue 2"]) == "New venue 3"
