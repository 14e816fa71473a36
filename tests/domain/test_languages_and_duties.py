"""Language tags, interpreting pairs, and booth duties cut into shifts in the venue's zone."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from desktop_app.domain.activities import Activity, Attendance
from desktop_app.domain.duties import BoothDuty
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.languages import covers, language_tag, pair_text, parse_languages, parse_pair
from desktop_app.domain.people import Delegate, PersonKind


@pytest.mark.parametrize(("text", "tag"), [("ko", "ko"), ("ZH-hant", "zh-Hant"), ("pt_br", "pt-BR"),
                                           ("zh-Hant-HK", "zh-Hant-HK"), ("es-419", "es-419"), (" yue ", "yue")])
def test_tags_are_written_in_their_canonical_case(text: str, tag: str) -> None:
    assert language_tag(text) == tag


@pytest.mark.parametrize("text", ["korean", "k", "ko-", "zh-Hant-HK-x", "12"])
def test_what_is_not_a_tag_is_refused_with_an_example(text: str) -> None:
    with pytest.raises(ValidationError, match="BCP 47"):
        language_tag(text)


@pytest.mark.parametrize(("text", "pair"), [
    ("ko-yue", ("ko", "yue")), ("th-en", ("th", "en")), ("th/en", ("th", "en")), ("zh-Hant-en", ("zh-Hant", "en")),
    ("zh-HK-en", ("zh-HK", "en")), ("zh-Hant ↔ en", ("zh-Hant", "en")), ("ko > yue", ("ko", "yue")),
    ("vi en", ("vi", "en")),
])
def test_an_interpreting_need_is_read_from_the_ways_people_write_it(text: str, pair: tuple[str, str]) -> None:
    assert parse_pair(text) == pair


@pytest.mark.parametrize("text", ["ko", "ko-yue-en", "en/en", "zh/zh-Hant"])
def test_a_need_is_two_different_languages(text: str) -> None:
    with pytest.raises(ValidationError):
        parse_pair(text)


def test_a_speaker_covers_a_more_or_less_specific_tag_but_never_another_language() -> None:
    assert covers("zh", "zh-Hant") and covers("zh-Hant", "zh") and covers("en-GB", "en")
    assert not covers("zh", "yue") and not covers("zh-Hant", "zh-Hans") and not covers("en", "eo")
    assert parse_languages("ko; yue, en ko") == ("ko", "yue", "en")
    assert pair_text(("ko", "yue")) == "Korean–Cantonese (ko/yue)"
    assert pair_text(("zh-HK", "xx")) == "Chinese (zh-HK)–xx (zh-HK/xx)"


def test_staff_are_delegates_of_their_own_kind_with_languages() -> None:
    person = Delegate(1, "Yoon Ha-eun", kind="staff", languages=("KO", "yue"))  # type: ignore[arg-type]
    assert person.kind is PersonKind.STAFF and person.is_staff and person.languages == ("ko", "yue")
    assert not Delegate(2, "Kim").is_staff
    with pytest.raises(ValidationError, match="neither delegate nor staff"):
        Delegate(3, "X", kind="driver")  # type: ignore[arg-type]


def test_an_activity_needs_two_languages_and_one_interpreter_at_most() -> None:
    start, end = datetime(2025, 3, 17, 2, tzinfo=UTC), datetime(2025, 3, 17, 3, tzinfo=UTC)
    meeting = Activity(1, "M", start, end, "Asia/Hong_Kong", interpreting=("ko", "yue"),
                       attendees=(Attendance(1), Attendance(2, interpreter=True)))
    assert meeting.interpreter_id == 2 and meeting.needs_interpreter
    with pytest.raises(ValidationError, match="two different languages"):
        Activity(2, "M", start, end, "Asia/Hong_Kong", interpreting=("ko",))
    with pytest.raises(ValidationError, match="more than one interpreter"):
        Activity(3, "M", start, end, "Asia/Hong_Kong", interpreting=("ko", "yue"),
                 attendees=(Attendance(1, interpreter=True), Attendance(2, interpreter=True)))


def test_a_duty_is_cut_into_shifts_of_the_venues_local_time_the_last_one_shorter() -> None:
    duty = BoothDuty(1, 1, 1, date(2025, 3, 30), time(1), time(6), 120, 1, 2)  # Paris springs forward at 02:00
    shifts = duty.shifts("Europe/Paris")
    assert [s.start.isoformat() for s in shifts] == ["2025-03-30T00:00:00+00:00", "2025-03-30T01:00:00+00:00",
                                                     "2025-03-30T03:00:00+00:00"]
    # they start at 01:00 CET, 03:00 CEST and 05:00 CEST: the first one's two wall-clock hours are one real hour
    assert [s.minutes for s in shifts] == [60, 120, 60]
    assert duty.most_staff == 2 and BoothDuty(2, 1, 1, date(2025, 3, 17), time(10), time(12), 60, 2).most_staff == 2


def test_a_duty_checks_its_hours_and_staffing() -> None:
    with pytest.raises(ValidationError, match="closes"):
        BoothDuty(1, 1, 1, date(2025, 3, 17), time(18), time(10), 120, 1)
    with pytest.raises(ValidationError, match="below min_staff"):
        BoothDuty(1, 1, 1, date(2025, 3, 17), time(10), time(18), 120, 3, 2)


def test_who_may_take_a_duty() -> None:
    named = BoothDuty(1, 1, 1, date(2025, 3, 17), time(10), time(12), 60, 1, delegation_ids=(7,), delegate_ids=(3,))
    anyone = BoothDuty(2, 1, 1, date(2025, 3, 17), time(10), time(12), 60, 1)
    producer, named_one, stranger = Delegate(1, "P", 7), Delegate(3, "N"), Delegate(4, "S")
    interpreter = Delegate(5, "I", kind=PersonKind.STAFF)
    assert named.may_take(producer) and named.may_take(named_one) and not named.may_take(stranger)
    assert anyone.may_take(stranger) and not anyone.may_take(interpreter)
    gone = Delegate(6, "G", 7, removed_at=datetime(2025, 3, 1, tzinfo=UTC))
    assert not named.may_take(gone)
