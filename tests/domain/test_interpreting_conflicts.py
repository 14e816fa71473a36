"""Interpreting conflicts: a need without an interpreter, an interpreter without the language;
checking again only the scopes an edit touched finds what a full check finds. Booth duty takes
no table of its room."""

from __future__ import annotations

import dataclasses

from desktop_app.domain.activities import Attendance
from desktop_app.domain.conflicts import Conflict, find_conflicts, refreshed_conflicts
from desktop_app.domain.plan import Plan
from tests.scheduling.roster_plans import MEETING_ROOM, STAND_A, at, delegate, make_plan, meeting, shift_activity, staff


def interpreting(conflicts: list[Conflict]) -> list[tuple[str, str, tuple[int, ...]]]:
    return [(c.subject, c.message, c.activity_ids) for c in conflicts if c.kind.value == "interpreting"]


def base() -> Plan:
    return make_plan([delegate(1), delegate(2), staff(10, "ko", "yue", name="Yoon Ha-eun"),
                      staff(11, "th", "en", name="Nattaya")],
                     activities=[meeting(1, at(10), at(11), [1], interpreting=("ko", "yue"), interpreter=10),
                                 meeting(2, at(12), at(13), [2], interpreting=("th", "en"), title="Thai lunch"),
                                 meeting(3, at(14), at(15), [1], interpreting=("th", "en"), interpreter=10)])


def test_an_open_need_and_an_interpreter_without_the_language_are_reported() -> None:
    assert interpreting(find_conflicts(base())) == [
        ("Thai–English (th/en) interpreting",
         "'Thai lunch' (17 Mar 12:00–13:00 HKT) needs a Thai–English (th/en) interpreter; none is assigned.", (2,)),
        ("Yoon Ha-eun", "Yoon Ha-eun interprets Thai–English (th/en) at 'Meeting 3' (17 Mar 14:00–15:00 HKT) but "
                        "does not speak Thai or English (speaks: ko, yue).", (3,)),
    ]


def test_an_interpreter_is_double_booked_like_anyone() -> None:
    plan = base()
    clash = meeting(4, at(10, 30), at(11, 30), [2], interpreting=("ko", "yue"), interpreter=10)
    found = find_conflicts(dataclasses.replace(plan, activities=(*plan.activities, clash)))
    assert [(c.kind.value, c.subject) for c in found if c.kind.value == "double_booked"] == [
        ("double_booked", "Yoon Ha-eun")]


def test_rechecking_only_the_touched_scopes_finds_what_a_full_check_finds() -> None:
    before = base()
    previous = find_conflicts(before)
    # she learns English and Thai: only her own scope is checked again
    yoon = before.delegate_by_id[10]
    fluent = dataclasses.replace(before, delegates=tuple(
        dataclasses.replace(d, languages=(*d.languages, "th", "en")) if d.id == 10 else d for d in before.delegates))
    assert refreshed_conflicts(fluent, previous, {("delegate", yoon.id or 0)}) == find_conflicts(fluent)
    assert len(interpreting(find_conflicts(fluent))) == 1
    # Nattaya is given the Thai lunch: the activity and its people are checked again
    lunch = before.activity_by_id[2]
    served = dataclasses.replace(lunch, attendees=(*lunch.attendees, Attendance(11, interpreter=True)))
    edited = dataclasses.replace(before, activities=tuple(served if a.id == 2 else a for a in before.activities))
    scopes = {("activity", 2), ("delegate", 2), ("delegate", 11), ("room", MEETING_ROOM)}
    assert refreshed_conflicts(edited, previous, scopes) == find_conflicts(edited)
    assert [m for _s, m, _ids in interpreting(find_conflicts(edited))] == [interpreting(previous)[1][1]]


def test_a_booth_duty_shift_takes_no_table_so_meetings_at_the_stand_go_on() -> None:
    plan = make_plan([delegate(1), delegate(2), delegate(3)],
                     activities=[shift_activity(1, 1, at(10), at(12), [1], room=STAND_A),
                                 meeting(2, at(10), at(11), [2], room=STAND_A)])
    assert find_conflicts(plan) == []
    crowded = dataclasses.replace(plan, activities=(*plan.activities, meeting(3, at(10), at(11), [3], room=STAND_A)))
    [full] = find_conflicts(crowded)
    assert full.kind.value == "room_over_capacity" and set(full.activity_ids) == {2, 3}  # the shift is not blamed
