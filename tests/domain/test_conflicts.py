"""Conflict detection: each kind found, nothing reported falsely, and the sweep agrees with all pairs."""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import UTC, datetime, time, timedelta
from itertools import pairwise

from desktop_app.domain.activities import Activity, ActivityStatus, Attendance
from desktop_app.domain.conflicts import Conflict, ConflictKind, Severity, find_conflicts
from desktop_app.domain.people import Delegate
from desktop_app.domain.places import Room, TravelTime, Venue
from desktop_app.domain.plan import Plan, PlanSettings
from desktop_app.domain.stays import Stay
from desktop_app.domain.timezones import localize

HK = "Asia/Hong_Kong"
PARIS = "Europe/Paris"
HKCEC = Venue(1, "HKCEC", HK, native_name="香港會議展覽中心", opens=time(9, 0), closes=time(19, 0))
ROSEWOOD = Venue(2, "Rosewood Hong Kong", HK)
GRAND_HYATT = Venue(3, "Grand Hyatt", HK)
WAN_CHAI_BISTRO = Venue(4, "Wan Chai Bistro", HK, opens=time(11, 30), closes=time(23, 0))
PALAIS = Venue(5, "Palais Brongniart", PARIS, opens=time(9, 0), closes=time(19, 0))
HAF_HALL = Room(1, 1, "HAF Hall", tables=2)
SALON = Room(2, 2, "Salon")  # no tables: one activity at a time

ANNA = Delegate(1, "Anna Müller")
ANNA_IN_HONG_KONG = Stay(1, 1, localize(datetime(2025, 3, 16, 15, 0), HK), localize(datetime(2025, 3, 20, 18, 0), HK),
                         HK)
KIM = Delegate(2, "Kim Ji-woo", native_name="김지우")
WONG = Delegate(3, "Wong Ka-man", native_name="黃嘉敏")


def at(text: str, zone_name: str = HK) -> datetime:
    """'17 12:00' is 17 March 2025 at 12:00 wall time in ``zone_name``."""
    day, clock = text.split()
    hour, minute = clock.split(":")
    return localize(datetime(2025, 3, int(day), int(hour), int(minute)), zone_name)


def act(activity_id: int, title: str, start: str, minutes: int, *, venue: Venue | None = HKCEC,
        room: Room | None = None, who: tuple[int, ...] = (1,), optional: tuple[int, ...] = (),
        status: ActivityStatus = ActivityStatus.CONFIRMED, external_id: str = "") -> Activity:
    zone_name = venue.timezone if venue else HK
    begin = at(start, zone_name)
    return Activity(
        activity_id, title, begin, begin + timedelta(minutes=minutes), zone_name,
        venue_id=venue.id if venue else None, room_id=room.id if room else None, status=status,
        attendees=tuple(Attendance(d) for d in who) + tuple(Attendance(d, required=False) for d in optional),
        external_id=external_id, uid=f"a{activity_id}@test",
    )


def plan(*activities: Activity, travel_default: int = 30) -> Plan:
    return Plan(
        settings=PlanSettings(default_travel_minutes=travel_default),
        venues=(HKCEC, ROSEWOOD, GRAND_HYATT, WAN_CHAI_BISTRO, PALAIS),
        rooms=(HAF_HALL, SALON),
        travel_times=(TravelTime(1, 2, 35),),
        delegates=(ANNA, KIM, WONG),
        activities=activities,
        stays=(ANNA_IN_HONG_KONG,),
    )


def kinds(conflicts: list[Conflict]) -> list[tuple[str, str, tuple[int, ...]]]:
    return [(c.kind.value, c.subject, c.activity_ids) for c in conflicts]


# --- double booking ---------------------------------------------------------------------------

def test_a_delegate_in_two_activities_at_once_is_double_booked() -> None:
    [conflict] = find_conflicts(plan(
        act(1, "HAF Opening", "17 11:00", 90, external_id="HAF-01"),
        act(2, "Sales lunch", "17 12:00", 60),
    ))
    assert conflict.kind is ConflictKind.DOUBLE_BOOKED
    assert conflict.severity is Severity.CONFLICT
    assert conflict.subject == "Anna Müller"
    assert conflict.activity_ids == (1, 2)
    assert conflict.activities == (("HAF-01", "HAF Opening"), ("", "Sales lunch"))
    assert (conflict.start, conflict.end) == (at("17 12:00"), at("17 12:30"))
    assert conflict.message == "Anna Müller is in 'HAF Opening' and 'Sales lunch' at once, 17 Mar 12:00–12:30 HKT."


def test_back_to_back_activities_in_one_venue_are_no_clash() -> None:
    assert find_conflicts(plan(act(1, "Pitch A", "17 10:00", 30), act(2, "Pitch B", "17 10:30", 30))) == []


def test_three_mutually_overlapping_activities_give_each_overlapping_pair() -> None:
    conflicts = find_conflicts(plan(
        act(1, "A", "17 10:00", 60), act(2, "B", "17 10:15", 60), act(3, "C", "17 10:30", 15),
        act(4, "D", "17 11:00", 30),  # touches A, overlaps B
    ))
    assert sorted(c.activity_ids for c in conflicts) == [(1, 2), (1, 3), (2, 3), (2, 4)]
    assert {c.kind for c in conflicts} == {ConflictKind.DOUBLE_BOOKED}


def test_cancelled_activities_take_no_part_but_tentative_and_proposed_do() -> None:
    assert find_conflicts(plan(
        act(1, "Keynote", "17 10:00", 60),
        act(2, "Dropped meeting", "17 10:30", 60, status=ActivityStatus.CANCELLED),
    )) == []
    for status in (ActivityStatus.TENTATIVE, ActivityStatus.PROPOSED):
        conflicts = find_conflicts(plan(act(1, "Keynote", "17 10:00", 60), act(2, "Maybe", "17 10:30", 60,
                                                                              status=status)))
        assert kinds(conflicts) == [("double_booked", "Anna Müller", (1, 2))]


def test_an_optional_attendance_makes_the_clash_a_warning() -> None:
    [conflict] = find_conflicts(plan(
        act(1, "Market screening", "17 14:00", 120, who=(), optional=(2,)),
        act(2, "Buyer meeting", "17 15:00", 30, who=(2,)),
    ))
    assert conflict.severity is Severity.WARNING
    assert conflict.subject == "Kim Ji-woo"
    assert conflict.message == (
        "Kim Ji-woo is in 'Market screening' and 'Buyer meeting' at once, 17 Mar 15:00–15:30 HKT; "
        "'Market screening' is optional."
    )


def test_other_delegates_in_overlapping_activities_do_not_clash() -> None:
    assert find_conflicts(plan(act(1, "A", "17 10:00", 60, who=(1,)), act(2, "B", "17 10:00", 60, who=(2,)))) == []


# --- travel time ------------------------------------------------------------------------------

def test_too_little_time_between_venues_is_reported_in_local_time() -> None:
    [conflict] = find_conflicts(plan(
        act(1, "HAF meeting", "17 12:00", 30, who=(2,)),
        act(2, "Lunch", "17 13:00", 60, venue=ROSEWOOD, who=(2,)),
    ))
    assert conflict.kind is ConflictKind.TRAVEL_TIME
    assert conflict.severity is Severity.CONFLICT
    assert (conflict.start, conflict.end) == (at("17 12:30"), at("17 13:00"))
    assert conflict.message == (
        "Kim Ji-woo needs 35 min from HKCEC to Rosewood Hong Kong; has 30 (17 Mar 12:30 → 13:00 HKT)."
    )


def test_enough_travel_time_or_the_same_venue_needs_no_report() -> None:
    assert find_conflicts(plan(
        act(1, "HAF meeting", "17 12:00", 30),
        act(2, "Lunch", "17 13:05", 60, venue=ROSEWOOD),  # exactly 35 min
        act(3, "Tea", "17 14:05", 30, venue=ROSEWOOD),  # same venue, back to back
    )) == []


def test_unentered_pairs_use_the_default_travel_time_and_venueless_activities_fill_the_gap() -> None:
    conflicts = find_conflicts(plan(
        act(1, "Panel", "17 10:00", 60),
        act(2, "Taxi", "17 11:00", 15, venue=None),  # no place: does not reset where Anna is
        act(3, "Meeting", "17 11:20", 30, venue=GRAND_HYATT),
        travel_default=25,
    ))
    assert kinds(conflicts) == [("travel_time", "Anna Müller", (1, 3))]
    assert "needs 25 min from HKCEC to Grand Hyatt; has 20" in conflicts[0].message


def test_travel_starts_from_the_activity_that_ended_last_not_the_one_that_started_last() -> None:
    conflicts = find_conflicts(plan(
        act(1, "Long workshop", "17 10:00", 120, optional=(2,), who=()),
        act(2, "Short chat", "17 10:30", 15, venue=GRAND_HYATT, who=(2,)),  # double booked with 1
        act(3, "Lunch", "17 12:10", 60, venue=ROSEWOOD, who=(2,)),
    ))
    travel = [c for c in conflicts if c.kind is ConflictKind.TRAVEL_TIME]
    assert kinds(travel) == [("travel_time", "Kim Ji-woo", (1, 3))]
    assert travel[0].severity is Severity.WARNING  # Kim is optional in the workshop


def test_a_journey_of_zero_minutes_gap_reads_as_one_instant() -> None:
    [conflict] = find_conflicts(plan(act(1, "A", "17 12:00", 30), act(2, "B", "17 12:30", 30, venue=ROSEWOOD)))
    assert conflict.message == "Anna Müller needs 35 min from HKCEC to Rosewood Hong Kong; has 0 (17 Mar 12:30 HKT)."


# --- rooms ------------------------------------------------------------------------------------

def test_more_concurrent_activities_than_tables_is_a_room_conflict() -> None:
    conflicts = find_conflicts(plan(
        act(1, "Table talk 1", "17 10:00", 60, room=HAF_HALL, who=(1,)),
        act(2, "Table talk 2", "17 10:30", 60, room=HAF_HALL, who=(2,)),
        act(3, "Table talk 3", "17 10:45", 30, room=HAF_HALL, who=(3,)),
        act(4, "Later talk", "17 11:30", 30, room=HAF_HALL, who=(3,)),  # touches the end: no clash
    ))
    [conflict] = conflicts
    assert conflict.kind is ConflictKind.ROOM_OVER_CAPACITY
    assert conflict.subject == "HAF Hall at HKCEC"
    assert conflict.activity_ids == (1, 2, 3)
    assert (conflict.start, conflict.end) == (at("17 10:45"), at("17 11:00"))
    assert conflict.message == (
        "HAF Hall at HKCEC has 2 tables; 3 meetings are in it at once, 17 Mar 10:45–11:00 HKT: "
        "'Table talk 1', 'Table talk 2', 'Table talk 3'."
    )


def test_rooms_within_capacity_touching_or_cancelled_are_fine() -> None:
    assert find_conflicts(plan(
        act(1, "Drinks", "17 18:00", 60, venue=ROSEWOOD, room=SALON, who=()),
        act(2, "Dinner", "17 19:00", 60, venue=ROSEWOOD, room=SALON, who=()),
        act(3, "Cancelled drinks", "17 18:30", 60, venue=ROSEWOOD, room=SALON, who=(),
            status=ActivityStatus.CANCELLED),
        act(4, "Pitch", "17 10:00", 60, room=HAF_HALL, who=()),
        act(5, "Pitch", "17 10:00", 60, room=HAF_HALL, who=()),
    )) == []


# --- stays ------------------------------------------------------------------------------------

def test_activities_before_arrival_or_after_departure_are_outside_the_stay() -> None:
    conflicts = find_conflicts(plan(
        act(1, "Welcome lunch", "16 13:00", 180, venue=ROSEWOOD),  # arrives 15:00
        act(2, "Closing drinks", "20 17:30", 60, venue=ROSEWOOD, who=(), optional=(1,)),  # departs 18:00
        act(3, "Panel", "18 10:00", 60),
    ))
    assert kinds(conflicts) == [("outside_stay", "Anna Müller", (1,)), ("outside_stay", "Anna Müller", (2,))]
    early, late = conflicts
    assert early.severity is Severity.CONFLICT and late.severity is Severity.WARNING
    assert (early.start, early.end) == (at("16 13:00"), at("16 15:00"))
    assert (late.start, late.end) == (at("20 18:00"), at("20 18:30"))
    assert early.message == (
        "'Welcome lunch' (16 Mar 13:00–16:00 HKT) starts before Anna Müller arrives (16 Mar 15:00 HKT)."
    )
    assert late.message == (
        "'Closing drinks' (20 Mar 17:30–18:30 HKT) ends after Anna Müller departs (20 Mar 18:00 HKT); "
        "Anna Müller is optional there."
    )


# --- opening hours ----------------------------------------------------------------------------

def test_an_activity_running_past_closing_time_is_outside_opening_hours() -> None:
    [conflict] = find_conflicts(plan(act(1, "Late meeting", "17 18:30", 60, who=())))
    assert conflict.kind is ConflictKind.OUTSIDE_OPENING_HOURS
    assert conflict.severity is Severity.CONFLICT
    assert conflict.subject == "HKCEC"
    assert (conflict.start, conflict.end) == (at("17 19:00"), at("17 19:30"))
    assert conflict.message == (
        "'Late meeting' at HKCEC is outside the venue's opening hours (09:00–19:00): 17 Mar 19:00–19:30 HKT."
    )


def test_activities_within_hours_or_at_venues_without_hours_are_fine() -> None:
    assert find_conflicts(plan(
        act(1, "Opening", "17 09:00", 600, who=()),  # 09:00-19:00 exactly
        act(2, "Night cap", "17 23:00", 120, venue=ROSEWOOD, who=()),
    )) == []


def test_an_activity_spanning_midnight_is_one_closed_period_in_local_time() -> None:
    [conflict] = find_conflicts(plan(act(1, "Wrap party", "17 22:00", 180, venue=WAN_CHAI_BISTRO, who=())))
    assert (conflict.start, conflict.end) == (at("17 23:00"), at("18 01:00"))
    assert conflict.message.endswith("(11:30–23:00): 17 Mar 23:00 → 18 Mar 01:00 HKT.")


def test_a_multi_day_activity_reports_its_first_closed_night_and_counts_the_others() -> None:
    [conflict] = find_conflicts(plan(act(1, "Booth duty", "17 10:00", 2 * 24 * 60 + 8 * 60, who=())))
    assert (conflict.start, conflict.end) == (at("17 19:00"), at("18 09:00"))
    assert conflict.message.endswith("17 Mar 19:00 → 18 Mar 09:00 HKT, and 1 more closed period.")


def test_opening_hours_follow_local_wall_time_across_the_dst_change() -> None:
    # Paris moves from CET (+1) to CEST (+2) at 02:00 on Sunday 30 March 2025.
    fine = [act(1, "Saturday", "29 09:00", 600, venue=PALAIS, who=()),
            act(2, "Sunday", "30 09:00", 600, venue=PALAIS, who=())]
    assert find_conflicts(plan(*fine)) == []
    assert fine[1].start == datetime(2025, 3, 30, 7, 0, tzinfo=UTC)  # 09:00 CEST, not 08:00 UTC as on Saturday
    [early] = find_conflicts(plan(act(3, "Early set-up", "30 08:30", 60, venue=PALAIS, who=())))
    assert early.start == datetime(2025, 3, 30, 6, 30, tzinfo=UTC)
    assert early.end == datetime(2025, 3, 30, 7, 0, tzinfo=UTC)
    assert early.message.endswith("30 Mar 08:30–09:00 CEST.")
    assert early.to_json()["start"] == "2025-03-30T08:30:00+02:00"


def test_a_closed_night_across_the_dst_change_names_both_offsets() -> None:
    [conflict] = find_conflicts(plan(act(1, "Night shoot", "29 18:00", 16 * 60, venue=PALAIS, who=())))
    # 29 Mar 18:00 CET to 30 Mar 11:00 CEST: closed from 19:00 CET to 09:00 CEST (13 hours, not 14)
    assert conflict.end - conflict.start == timedelta(hours=13)
    assert conflict.message.endswith("29 Mar 19:00 CET → 30 Mar 09:00 CEST.")


# --- output -----------------------------------------------------------------------------------

def test_json_carries_ids_uids_local_offsets_and_the_message() -> None:
    [conflict] = find_conflicts(plan(act(7, "Pitch", "17 09:00", 30, external_id="HAF-7"),
                                     act(8, "Call", "17 09:15", 30, venue=None)))
    assert conflict.to_json() == {
        "kind": "double_booked",
        "severity": "conflict",
        "subject": "Anna Müller",
        "activities": [
            {"id": 7, "external_id": "HAF-7", "uid": "a7@test", "title": "Pitch"},
            {"id": 8, "external_id": "", "uid": "a8@test", "title": "Call"},
        ],
        "start": "2025-03-17T09:15:00+08:00",
        "end": "2025-03-17T09:30:00+08:00",
        "timezone": HK,
        "message": "Anna Müller is in 'Pitch' and 'Call' at once, 17 Mar 09:15–09:30 HKT.",
    }


def test_results_are_sorted_by_start_kind_and_subject_whatever_the_input_order() -> None:
    activities = [
        act(1, "A", "17 18:30", 60, who=(1, 2)), act(2, "B", "17 18:45", 30, who=(1, 2)),
        act(3, "C", "17 08:00", 30, venue=ROSEWOOD, who=(3,)), act(4, "D", "17 08:15", 30, who=(3,)),
    ]
    forward, backward = find_conflicts(plan(*activities)), find_conflicts(plan(*reversed(activities)))
    assert forward == backward
    assert [c.sort_key for c in forward] == sorted(c.sort_key for c in forward)
    assert [(c.kind.value, c.subject) for c in forward] == [
        ("double_booked", "Wong Ka-man"), ("outside_opening_hours", "HKCEC"), ("double_booked", "Anna Müller"),
        ("double_booked", "Kim Ji-woo"), ("outside_opening_hours", "HKCEC"), ("outside_opening_hours", "HKCEC"),
    ]


# --- the sweep agrees with an all-pairs reference ---------------------------------------------

def _reference(p: Plan) -> set[tuple[object, ...]]:
    """Double bookings, room overloads and travel shortfalls by comparing everything with everything."""
    active = [a for a in p.activities if not a.is_cancelled]
    found: set[tuple[object, ...]] = set()
    for delegate in p.delegates:
        mine = [(a, a.attendance_of(delegate.id).required) for a in active  # type: ignore[arg-type, union-attr]
                if a.attendance_of(delegate.id) is not None]  # type: ignore[arg-type]
        for i, (a, a_required) in enumerate(mine):
            for b, b_required in mine[i + 1:]:
                if a.start < b.end and b.start < a.end:
                    first, second = sorted([a, b], key=lambda x: (x.start, x.end, x.id))
                    found.add(("double_booked", delegate.name, (first.id, second.id), max(a.start, b.start),
                               min(a.end, b.end), a_required and b_required))
        placed = [(a, r) for a, r in mine if a.venue_id is not None]
        for b, b_required in placed:
            before = [(a, r) for a, r in placed if a.end <= b.start]
            if not before:
                continue
            last_end = max(a.end for a, _ in before)
            nearest: dict[int, tuple[Activity, bool]] = {}
            for a, r in sorted(before, key=lambda x: (x[0].start, x[0].id)):
                if a.end == last_end:
                    nearest.setdefault(a.venue_id, (a, r))  # type: ignore[arg-type]
            for venue_id, (a, r) in nearest.items():
                needed = p.travel_minutes(venue_id, b.venue_id)
                if venue_id != b.venue_id and b.start - a.end < timedelta(minutes=needed):
                    found.add(("travel_time", delegate.name, (a.id, b.id), a.end, b.start, r and b_required))
    for room in p.rooms:
        inside = sorted((a for a in active if a.room_id == room.id), key=lambda x: (x.start, x.end, x.id))
        instants = sorted({t for a in inside for t in (a.start, a.end)})
        limits = [(lambda present: len(present), room.meetings_at_once)]
        if room.capacity is not None:
            limits.append((lambda present: sum(len(a.attendees) + len(a.contact_ids) for a in present), room.capacity))
        for load, limit in limits:
            runs: list[tuple[datetime, datetime, set[int | None]]] = []  # maximal overloaded periods
            for begin, finish in pairwise(instants):
                present = [a for a in inside if a.start < finish and begin < a.end]
                if load(present) <= limit:
                    continue
                ids = {a.id for a in present}
                if runs and runs[-1][1] == begin:
                    runs[-1] = (runs[-1][0], finish, runs[-1][2] | ids)
                else:
                    runs.append((begin, finish, ids))
            for begin, finish, ids in runs:
                ordered = tuple(a.id for a in inside if a.id in ids)
                found.add(("room_over_capacity", f"{room.name} at HKCEC", ordered, begin, finish, True))
    return found


def _random_plan(seed: int, count: int) -> Plan:
    rng = random.Random(seed)
    venues = (HKCEC, ROSEWOOD, GRAND_HYATT)
    rooms = (Room(1, 1, "HAF Hall", capacity=5, tables=3), Room(2, 1, "Theatre 1"),
             Room(3, 1, "Theatre 2", tables=2))
    activities = []
    for activity_id in range(1, count + 1):
        venue = rng.choice((*venues, None))
        room = rng.choice((None, *rooms)) if venue is HKCEC else None
        people = rng.sample(range(1, 9), rng.choice((0, 1, 1, 2, 3)))
        begin = at(f"{rng.randint(17, 18)} {rng.randint(8, 20)}:{rng.choice((0, 15, 30, 45)):02d}")
        activities.append(Activity(
            activity_id, f"Activity {activity_id}", begin, begin + timedelta(minutes=rng.choice((15, 30, 45, 60, 90))),
            HK, venue_id=venue.id if venue else None, room_id=room.id if room else None,
            status=rng.choice((*ActivityStatus, ActivityStatus.CONFIRMED)),
            attendees=tuple(Attendance(d, required=rng.random() < 0.8) for d in people), uid=f"r{activity_id}",
        ))
    return Plan(
        settings=PlanSettings(default_travel_minutes=20),
        venues=venues, rooms=rooms,
        travel_times=(TravelTime(1, 2, 35), TravelTime(2, 3, 10), TravelTime(3, 1, 45)),
        delegates=tuple(Delegate(i, f"Delegate {i}") for i in range(1, 9)),
        activities=tuple(activities),
    )


def test_the_sweep_finds_exactly_what_all_pairs_find_on_random_plans() -> None:
    swept_kinds: defaultdict[str, int] = defaultdict(int)
    for seed in range(6):
        p = _random_plan(seed, 300)
        swept = {
            (c.kind.value, c.subject, c.activity_ids, c.start, c.end, c.severity is Severity.CONFLICT)
            for c in find_conflicts(p)
            if c.kind in (ConflictKind.DOUBLE_BOOKED, ConflictKind.TRAVEL_TIME, ConflictKind.ROOM_OVER_CAPACITY)
        }
        assert swept == _reference(p), f"seed {seed}"
        for key in swept:
            swept_kinds[key[0]] += 1  # type: ignore[index]
    # the random plans really exercise every kind, so the comparison cannot pass vacuously
    assert min(swept_kinds[kind] for kind in ("double_booked", "travel_time", "room_over_capacity")) >= 10
