"""Hand-solvable instances: the scheduler finds the optimum, greedy sometimes does not, and
every schedule passes the independent checker."""

from __future__ import annotations

from dataclasses import replace
from datetime import time

from test_schedule_checker import (
    HALL_ROOM,
    HK,
    HOTEL,
    HOTEL_ROOM,
    Placed,
    activity,
    at,
    make_plan,
    req,
    violations,
    window,
)

from desktop_app.domain.activities import ActivityKind, ActivityStatus
from desktop_app.domain.people import Project
from desktop_app.domain.plan import Plan, PlanSettings
from desktop_app.domain.requests import ParticipantKind
from desktop_app.scheduling import ScheduleResult, schedule_plan

C = ParticipantKind.CONTACT


def solve(plan: Plan, solver: str = "cbc") -> ScheduleResult:
    result = schedule_plan(plan, time_limit=20, seed=0, solver=solver)
    placed = [Placed(p.label, p.start, p.end, p.venue_id, p.room_id) for p in result.placed]
    if solver != "greedy":
        assert violations(plan, placed) == []
    return result


def starts(result: ScheduleResult) -> dict[str, object]:
    return {p.label: p.start for p in result.placed}


def reasons(result: ScheduleResult) -> dict[str, str]:
    return {u.label: u.reason for u in result.unplaced}


def test_two_short_meetings_beat_one_long_high_priority_one_that_greedy_takes() -> None:
    # one table for one hour: greedy seats the 60-minute priority-3 meeting first (3);
    # the two 30-minute priority-2 meetings together are worth 4
    plan = make_plan([req(1, 1, 60, delegate=1, priority=3), req(2, 2, delegate=2, priority=2),
                      req(3, 3, delegate=3, priority=2)], opens=time(9), closes=time(10))
    best, greedy = solve(plan), solve(plan, "greedy")
    assert (best.objective, best.optimal, best.bound) == (4, True, 4)
    assert set(starts(best)) == {"R2", "R3"}
    assert greedy.objective == 3
    assert "full" in reasons(best)["R1"]


def test_a_popular_contacts_only_slot_is_kept_for_the_request_that_needs_it() -> None:
    # contact 1 is free only at 9:00; contact 2 all morning. Greedy (request order) gives 9:00
    # to contact 2 and loses the meeting with contact 1; the optimum places both.
    plan = make_plan([req(1, 2, delegate=1), req(2, 1, delegate=1)], tables=5,
                     availability=(window(C, 1, at(9), at(9, 30), 1),))
    best, greedy = solve(plan), solve(plan, "greedy")
    assert best.objective == 6 and greedy.objective == 3
    assert starts(best)["R2"] == at(9)


def test_fairness_gives_every_delegate_a_meeting_when_priority_allows_it() -> None:
    # contact 1 has one slot; delegate 1 could take it and still meet contact 2, leaving
    # delegate 2 with nothing at the same total priority. Stage 2 serves both delegates.
    plan = make_plan([req(1, 1, delegate=1), req(2, 2, delegate=1), req(3, 1, delegate=2)], tables=5,
                     availability=(window(C, 1, at(9), at(9, 30), 1), window(C, 2, at(9), at(10), 2)))
    best, greedy = solve(plan), solve(plan, "greedy")
    assert best.objective == greedy.objective == 6
    assert set(starts(best)) == {"R2", "R3"}
    assert set(starts(greedy)) == {"R1", "R2"}


def test_compactness_puts_a_delegates_meetings_back_to_back() -> None:
    plan = make_plan([req(1, 1, delegate=1), req(2, 2, delegate=1)], tables=5,
                     availability=(window(C, 1, at(9), at(9, 30), 1),))
    assert starts(solve(plan)) == {"R1": at(9), "R2": at(9, 30)}


def test_travel_from_another_venue_is_respected() -> None:
    # panel at the hotel until 10:00, 20 minutes away: 10:00 is too early, 10:30 is the only start
    plan = make_plan([req(1, 1, delegate=1)], opens=time(9), closes=time(11), activities=(
        activity(50, at(9), at(10), delegates=(1,), venue=HOTEL, room=HOTEL_ROOM),))
    assert starts(solve(plan)) == {"R1": at(10, 30)}


def test_meetings_at_two_venues_leave_travel_time_between_them() -> None:
    hotel = replace(req(2, 2, delegate=1), venue_id=HOTEL, room_id=HOTEL_ROOM)
    plan = make_plan([req(1, 1, delegate=1), hotel], opens=time(9), closes=time(10), availability=(
        window(C, 1, at(9), at(9, 30), 1), window(C, 2, at(9), at(10, 30), 2)))
    # the hall meeting must be at 9:00; the hotel meeting cannot start at 9:30 (20 min travel)
    assert starts(solve(plan)) == {"R1": at(9), "R2": at(10)}


def test_a_cancelled_activity_blocks_nobody_but_a_tentative_one_does() -> None:
    plan = make_plan([req(1, 1, delegate=1)], opens=time(9), closes=time(10), activities=(
        activity(50, at(9), at(9, 30), delegates=(1,), status=ActivityStatus.CANCELLED),
        activity(51, at(9, 30), at(10), contacts=(1,), status=ActivityStatus.TENTATIVE)))
    assert starts(solve(plan)) == {"R1": at(9)}


def test_a_projects_meeting_needs_every_member_free() -> None:
    plan = make_plan([req(1, 1, project=7)], opens=time(9), closes=time(10),
                     projects=(Project(7, "Night Ferry", member_ids=(1, 2)),),
                     activities=(activity(50, at(9), at(9, 30), delegates=(2,)),))
    assert starts(solve(plan)) == {"R1": at(9, 30)}


def test_pinned_and_confirmed_meetings_stay_and_take_their_table() -> None:
    pinned = activity(60, at(9), at(9, 30), delegates=(1,), contacts=(1,), room=HALL_ROOM,
                      kind=ActivityKind.HAF_MEETING, status=ActivityStatus.TENTATIVE, request_id=1, pinned=True)
    confirmed = activity(61, at(9, 30), at(10), delegates=(1,), contacts=(1,), room=HALL_ROOM,
                         kind=ActivityKind.HAF_MEETING, request_id=2)
    plan = make_plan([req(1, 1, delegate=1), req(2, 1, delegate=1), req(3, 2, delegate=2)],
                     opens=time(9), closes=time(10, 30), activities=(pinned, confirmed))
    result = solve(plan)
    assert starts(result) == {"R3": at(10)}
    assert not reasons(result)  # R1 and R2 are fixed: neither placed again nor reported


def test_an_earlier_tentative_proposal_is_replaced_not_respected() -> None:
    earlier = activity(60, at(9), at(9, 30), delegates=(1,), contacts=(1,), room=HALL_ROOM,
                       kind=ActivityKind.HAF_MEETING, status=ActivityStatus.TENTATIVE, request_id=1)
    plan = make_plan([req(1, 1, delegate=1, priority=1), req(2, 2, delegate=2, priority=5)],
                     opens=time(9), closes=time(9, 30), activities=(earlier,))
    assert set(starts(solve(plan))) == {"R2"}


def test_limits_per_day_and_lunch_break() -> None:
    settings = PlanSettings(name="t", timezone=HK, max_meetings_per_day=1, lunch_start="10:00", lunch_minutes=60)
    plan = make_plan([req(1, 1, delegate=1), req(2, 2, delegate=1, priority=4)], tables=5,
                     opens=time(9, 30), closes=time(11, 30), settings=settings)
    result = solve(plan)
    assert set(starts(result)) == {"R2"}
    assert starts(result)["R2"] in (at(9, 30), at(11))
    assert "limit of 1 meetings a day" in reasons(result)["R1"]


def test_unplaced_requests_say_why() -> None:
    plan = make_plan(
        [req(1, 1, delegate=1),                                          # contact 1 not there
         req(2, 2, delegate=2, earliest=at(14), latest=at(15)),           # hall closed then
         req(3, 3, delegate=3),                                          # outside the stay
         req(4, 2, delegate=1, priority=5), req(5, 2, delegate=2, priority=2)],  # contact 2 has 1 slot
        tables=5, availability=(window(C, 1, at(14), at(15), 1), window(C, 2, at(9), at(9, 30), 2)),
        stays={3: (at(12), at(20))})
    why = reasons(solve(plan))
    assert why["R1"] == "HKCEC is open on its market days (17 Mar) only outside every availability window of Contact 1"
    assert why["R2"] == ("HKCEC is closed at every time between the request's earliest and latest times "
                         "(Mon 17 Mar 14:00 HKT – Mon 17 Mar 15:00 HKT): widen them or choose another venue")
    assert why["R3"] == ("HKCEC is open on its market days (17 Mar) only outside every stay of Delegate 3 "
                         "(17 Mar 12:00 → 20:00 HKT)")
    assert "Contact 2's free time is taken by higher-priority requests: R4 (priority 5)" in why["R5"]


def test_a_busy_requester_is_named_as_the_reason() -> None:
    plan = make_plan([req(1, 1, delegate=1, priority=5), req(2, 2, delegate=1, priority=1)], tables=5,
                     opens=time(9), closes=time(9, 30))
    assert reasons(solve(plan))["R2"].startswith("Delegate 1's free time is taken by their other meetings: R1")


def test_every_solver_backend_finds_the_same_optimum() -> None:
    plan = make_plan([req(1, 1, 60, delegate=1, priority=3), req(2, 2, delegate=2, priority=2),
                      req(3, 3, delegate=3, priority=2)], opens=time(9), closes=time(10))
    for name in ("cbc", "scip", "highs", "cpsat"):
        assert solve(plan, name).objective == 4, name


def test_no_free_time_names_the_activities_in_the_way() -> None:
    plan = make_plan([req(1, 1, delegate=1)], opens=time(9), closes=time(10), activities=(
        activity(50, at(9), at(9, 30), delegates=(1,)), activity(51, at(9, 30), at(10), contacts=(1,)),
        activity(52, at(11), at(12), delegates=(1,))))
    why = reasons(solve(plan))["R1"]
    assert why.startswith("no common free time: existing activities 'Activity 50', 'Activity 51' (with travel)")
