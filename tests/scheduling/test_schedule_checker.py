"""An independent feasibility checker for schedules (no scheduling code used), small plans
to feed it, and proof that it catches every kind of violation planted in a hand-made schedule.

Other test files in this folder import ``make_plan``, ``req``, ``at`` and ``violations``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import pytest

from desktop_app.domain.activities import Activity, ActivityKind, ActivityStatus, Attendance
from desktop_app.domain.people import Contact, Delegate, Project
from desktop_app.domain.places import Market, Room, TravelTime, Venue
from desktop_app.domain.plan import Plan, PlanSettings
from desktop_app.domain.requests import (
    AvailabilityWindow,
    MeetingRequest,
    ParticipantKind,
    ParticipantRef,
    RequestStatus,
)
from desktop_app.domain.stays import Stay
from desktop_app.domain.timezones import localize, to_local

HK = "Asia/Hong_Kong"
DAY0 = date(2025, 3, 17)
HALL, HOTEL = 1, 2
HALL_ROOM, HOTEL_ROOM = 1, 2
TABLE_KINDS = {ActivityKind.HAF_MEETING, ActivityKind.MEETING, ActivityKind.BOOTH_MEETING}


def at(hour: int, minute: int = 0, day: int = 0) -> datetime:
    return localize(datetime.combine(DAY0 + timedelta(days=day), time(hour, minute)), HK)


def req(rid: int, contact: int, minutes: int = 30, *, delegate: int | None = None,
        project: int | None = None, priority: int = 3, **extra: object) -> MeetingRequest:
    if delegate is None and project is None:
        delegate = 1
    return MeetingRequest(rid, f"R{rid}", contact, minutes, delegate_id=delegate, project_id=project,
                          priority=priority, venue_id=HALL, room_id=HALL_ROOM, **extra)  # type: ignore[arg-type]


def window(kind: ParticipantKind, pid: int, start: datetime, end: datetime, wid: int = 0) -> AvailabilityWindow:
    return AvailabilityWindow(wid or None, ParticipantRef(kind, pid), start, end, HK)


def activity(aid: int, start: datetime, end: datetime, *, delegates: tuple[int, ...] = (),
             contacts: tuple[int, ...] = (), venue: int | None = HALL, room: int | None = None,
             kind: ActivityKind = ActivityKind.PANEL, **extra: object) -> Activity:
    return Activity(aid, f"Activity {aid}", start, end, HK, kind=kind, venue_id=venue, room_id=room,
                    attendees=tuple(Attendance(d) for d in delegates), contact_ids=contacts,
                    **extra)  # type: ignore[arg-type]


def make_plan(requests: tuple[MeetingRequest, ...] | list[MeetingRequest], *, tables: int = 1,
              delegates: int = 3, contacts: int = 3, projects: tuple[Project, ...] = (),
              availability: tuple[AvailabilityWindow, ...] = (), activities: tuple[Activity, ...] = (),
              days: int = 1, opens: time = time(9), closes: time = time(12), travel: int = 20,
              stays: dict[int, tuple[datetime, datetime]] | None = None,
              settings: PlanSettings | None = None) -> Plan:
    stays = stays or {}
    return Plan(
        settings=settings or PlanSettings(name="test", timezone=HK),
        markets=(Market(1, "HAF", "Hong Kong", HK, DAY0, DAY0 + timedelta(days=days - 1)),),
        venues=(Venue(HALL, "HKCEC", HK, opens=opens, closes=closes), Venue(HOTEL, "Grand Hyatt", HK)),
        rooms=(Room(HALL_ROOM, HALL, "HAF Hall", tables=tables), Room(HOTEL_ROOM, HOTEL, "Ballroom", 200)),
        travel_times=(TravelTime(HALL, HOTEL, travel),),
        delegates=tuple(Delegate(i, f"Delegate {i}", email=f"d{i}@example.com") for i in range(1, delegates + 1)),
        stays=tuple(Stay(i, i, arrival, departure, HK) for i, (arrival, departure) in stays.items()),
        contacts=tuple(Contact(i, f"Contact {i}", email=f"c{i}@example.com") for i in range(1, contacts + 1)),
        projects=projects, activities=activities, availability=availability, requests=tuple(requests))


# --- the independent checker ----------------------------------------------------------------

@dataclass(frozen=True)
class Placed:
    request: str  # external id, as in the JSON
    start: datetime
    end: datetime
    venue_id: int | None
    room_id: int | None


def _is_fixed(a: Activity) -> bool:
    return a.request_id is not None and not a.is_cancelled and (a.pinned or a.status is ActivityStatus.CONFIRMED)


def violations(plan: Plan, placed: list[Placed]) -> list[str]:
    """Every broken rule, as text; [] for a feasible schedule."""
    found: list[str] = []
    by_label = {r.external_id: r for r in plan.requests}
    fixed_requests = {a.request_id for a in plan.activities if _is_fixed(a)}
    pending = {r.id for r in plan.requests if r.status is RequestStatus.PENDING}
    seen: set[str] = set()
    # (person, start, end, venue, what) for everything that takes people's time
    busy: list[tuple[tuple[str, int], datetime, datetime, int | None, str]] = []
    room_use: list[tuple[int, datetime, datetime, int]] = []
    for a in plan.activities:
        replaced = a.request_id in pending and not _is_fixed(a)
        if a.is_cancelled or replaced:
            continue
        for d in a.delegate_ids:
            busy.append((("d", d), a.start, a.end, a.venue_id, a.title))
        for c in a.contact_ids:
            busy.append((("c", c), a.start, a.end, a.venue_id, a.title))
        if a.room_id is not None:
            tables = 1 if a.kind in TABLE_KINDS else plan.room_by_id[a.room_id].meetings_at_once
            room_use.append((a.room_id, a.start, a.end, tables))
    # meetings per person and local day where each is; existing meetings count too
    per_day: dict[tuple[tuple[str, int], date], int] = {}
    placed_days: set[tuple[tuple[str, int], date]] = set()
    for a in plan.activities:
        if a.is_cancelled or (a.request_id in pending and not _is_fixed(a)) or a.kind not in TABLE_KINDS:
            continue
        venue_zone = plan.venue_by_id[a.venue_id].timezone if a.venue_id is not None else a.timezone
        for person in [("d", d) for d in a.delegate_ids] + [("c", c) for c in a.contact_ids]:
            key = (person, to_local(a.start, venue_zone).date())
            per_day[key] = per_day.get(key, 0) + 1
    for p in placed:
        r = by_label.get(p.request)
        if r is None:
            found.append(f"{p.request}: no such request")
            continue
        if p.request in seen:
            found.append(f"{p.request}: placed twice")
        seen.add(p.request)
        if r.id in fixed_requests:
            found.append(f"{p.request}: pinned or confirmed meeting moved")
        if (p.end - p.start) != timedelta(minutes=r.duration_minutes):
            found.append(f"{p.request}: wrong duration")
        if (r.earliest and p.start < r.earliest) or (r.latest and p.end > r.latest):
            found.append(f"{p.request}: outside earliest/latest")
        venue = plan.venue_by_id[p.venue_id] if p.venue_id is not None else None
        zone = venue.timezone if venue else plan.settings.timezone
        local_start, local_end = to_local(p.start, zone), to_local(p.end, zone)
        # a venue opens on the days of the markets in its zone (of every market if none is)
        markets = [m for m in plan.markets if m.timezone == zone] or list(plan.markets)
        market_day = any(m.covers(local_start.date()) for m in markets)
        opens, closes = (venue.opens, venue.closes) if venue and venue.opens and venue.closes else (time(9), time(18))
        if not (market_day and opens <= local_start.time() and local_end.time() <= closes
                and local_start.date() == local_end.date()):
            found.append(f"{p.request}: outside opening hours")
        members = ((r.delegate_id,) if r.delegate_id is not None
                   else plan.project_by_id[r.project_id].member_ids)  # type: ignore[index]
        refs = [r.requester, ParticipantRef(ParticipantKind.CONTACT, r.contact_id)]
        if r.project_id is not None:
            refs += [ParticipantRef(ParticipantKind.DELEGATE, d) for d in members]
        for ref in refs:
            windows = plan.availability_of(ref)
            if windows and not any(w.start <= p.start and p.end <= w.end for w in windows):
                found.append(f"{p.request}: outside availability of {ref.kind.value} {ref.id}")
        for d in members:
            stays = plan.stays_of(d)
            if stays and not any(s.contains(p.start, p.end) for s in stays):
                found.append(f"{p.request}: outside the stay of delegate {d}")
        settings = plan.settings
        if settings.lunch_start and settings.lunch_minutes:
            lunch = localize(datetime.combine(local_start.date(), time.fromisoformat(settings.lunch_start)), zone)
            if p.start < lunch + timedelta(minutes=settings.lunch_minutes) and lunch < p.end:
                found.append(f"{p.request}: during lunch")
        people = [("d", d) for d in members] + [("c", r.contact_id)]
        for person in people:
            busy.append((person, p.start, p.end, p.venue_id, p.request))
            key = (person, local_start.date())
            per_day[key] = per_day.get(key, 0) + 1
            placed_days.add(key)
        if p.room_id is not None:
            room_use.append((p.room_id, p.start, p.end, 1))
    # people: pairwise per person (small inputs), with travel between different venues
    by_person: dict[tuple[str, int], list[tuple[datetime, datetime, int | None, str]]] = {}
    for person, start, end, venue_id, what in busy:
        by_person.setdefault(person, []).append((start, end, venue_id, what))
    for person, items in by_person.items():
        for i, (s1, e1, v1, w1) in enumerate(items):
            for s2, e2, v2, w2 in items[i + 1:]:
                if w1 not in by_label and w2 not in by_label:
                    continue  # two existing activities: not the scheduler's doing
                gap_12 = plan.travel_minutes(v1, v2)
                gap_21 = plan.travel_minutes(v2, v1)
                if s1 < e2 and s2 < e1:
                    found.append(f"{person}: {w1} overlaps {w2}")
                elif e1 <= s2 < e1 + timedelta(minutes=gap_12) or e2 <= s1 < e2 + timedelta(minutes=gap_21):
                    found.append(f"{person}: not enough travel time between {w1} and {w2}")
    # rooms: the load at every instant a placed meeting is on (existing overloads are not ours)
    for p in placed:
        if p.room_id is None or p.request not in by_label:
            continue
        uses = [u for u in room_use if u[0] == p.room_id]
        points = {p.start} | {s for _, s, _, _ in uses if p.start <= s < p.end}
        if any(sum(t for _, s, e, t in uses if s <= point < e) > plan.room_by_id[p.room_id].meetings_at_once
               for point in points):
            found.append(f"room {p.room_id}: over capacity during {p.request}")
    if plan.settings.max_meetings_per_day is not None:
        for (person, day), count in per_day.items():
            if (person, day) in placed_days and count > plan.settings.max_meetings_per_day:
                found.append(f"{person}: {count} meetings on {day}")
    return found


# --- the checker catches every planted violation ----------------------------------------------

def _base() -> Plan:
    return make_plan(
        [req(1, 1, delegate=1), req(2, 2, delegate=2), req(3, 3, 60, delegate=3,
                                                         earliest=at(9), latest=at(11))],
        tables=2, activities=(activity(90, at(9), at(10), delegates=(1,), venue=HOTEL, room=HOTEL_ROOM),))


def _ok() -> list[Placed]:
    return [Placed("R1", at(10, 30), at(11), HALL, HALL_ROOM),
            Placed("R2", at(9), at(9, 30), HALL, HALL_ROOM),
            Placed("R3", at(9), at(10), HALL, HALL_ROOM)]


def test_a_feasible_hand_made_schedule_passes() -> None:
    assert violations(_base(), _ok()) == []


def _with(index: int, **changes: object) -> list[Placed]:
    from dataclasses import replace

    placed = _ok()
    placed[index] = replace(placed[index], **changes)  # type: ignore[arg-type]
    return placed


@pytest.mark.parametrize(("plan_change", "placed", "expected"), [
    (None, _with(0, start=at(9, 30), end=at(10)), "overlaps"),                 # R1 over delegate 1's panel
    (None, _with(0, start=at(10), end=at(10, 30)), "travel"),                  # 0 min after the hotel panel
    (None, _with(2, start=at(10, 30), end=at(11, 30)), "earliest/latest"),      # R3 must end by 11:00
    (None, _with(1, start=at(11, 30), end=at(12, 30)), "opening hours"),        # hall closes at 12:00
    (None, _with(1, end=at(10)), "wrong duration"),
    (None, [*_ok(), Placed("R2", at(11), at(11, 30), HALL, HALL_ROOM)], "placed twice"),
    (None, [*_with(1, start=at(10, 30), end=at(11))[:2],
            Placed("R3", at(10), at(11), HALL, HALL_ROOM)], "over capacity"),   # 3 at 10:30 on 2 tables
    ("window", _ok(), "outside availability"),
    ("stay", _ok(), "outside the stay"),
    ("pinned", _ok(), "pinned or confirmed meeting moved"),
    ("contact busy", _ok(), "overlaps"),
    ("limit", [*_ok(), Placed("R4", at(11, 30), at(12), HALL, HALL_ROOM)], "meetings on"),
    ("lunch", _ok(), "during lunch"),
])
def test_each_planted_violation_is_caught(plan_change: str | None, placed: list[Placed], expected: str) -> None:
    from dataclasses import replace

    plan = _base()
    if plan_change == "window":
        plan = replace(plan, availability=(window(ParticipantKind.CONTACT, 2, at(10), at(12), 1),))
    elif plan_change == "stay":
        plan = replace(plan, stays=(Stay(1, 2, at(10), None, HK),))
    elif plan_change == "pinned":
        plan = replace(plan, activities=(*plan.activities, activity(
            91, at(11), at(11, 30), delegates=(1,), contacts=(1,), room=HALL_ROOM,
            kind=ActivityKind.HAF_MEETING, status=ActivityStatus.TENTATIVE, request_id=1, pinned=True)))
    elif plan_change == "contact busy":
        plan = replace(plan, activities=(*plan.activities, activity(92, at(9), at(9, 30), contacts=(2,))))
    elif plan_change == "limit":
        plan = replace(plan, settings=PlanSettings(name="t", timezone=HK, max_meetings_per_day=1),
                       requests=(*plan.requests, req(4, 1, delegate=2)))
    elif plan_change == "lunch":
        plan = replace(plan, settings=PlanSettings(name="t", timezone=HK, lunch_start="10:45",
                                                   lunch_minutes=30))
    found = violations(plan, placed)
    assert any(expected in v for v in found), found


def test_the_checker_reads_each_venue_in_its_own_zone_and_knows_every_stay() -> None:
    from trip_plan import CHAN, HAF_HALL, HKCEC, KIM, PALAIS, RIVIERA_STAND, THOMAS, cannes, hk, request, trip_plan

    plan = trip_plan((request(1, KIM, THOMAS), request(2, KIM, CHAN, venue=HKCEC)))
    in_cannes = Placed("R1", cannes("2025-05-14T10:00"), cannes("2025-05-14T10:30"), PALAIS, RIVIERA_STAND)
    in_hong_kong = Placed("R2", hk("2025-03-18T10:00"), hk("2025-03-18T10:30"), HKCEC, HAF_HALL)
    assert violations(plan, [in_cannes, in_hong_kong]) == []

    def found(start: datetime) -> list[str]:
        from dataclasses import replace

        return violations(plan, [replace(in_cannes, start=start, end=start + timedelta(minutes=30))])

    assert found(hk("2025-05-14T10:00")) == ["R1: outside opening hours"]        # 04:00 in Cannes
    assert found(cannes("2025-03-18T10:00")) == ["R1: outside opening hours"]    # a FilMart day, not the Palais's
    assert found(cannes("2025-05-16T14:45")) == ["R1: outside the stay of delegate 1"]  # Kim leaves at 15:00
    assert found(cannes("2025-05-12T10:00")) == ["R1: outside opening hours",   # between markets and stays
                                                 "R1: outside the stay of delegate 1"]
