"""An independent checker of a roster: it reads the plan and the result with none of the
roster's own code (no instance, no candidates, no spans), by brute force over pairs.

What it verifies:
- every shift of every duty is in the result once, with the duty's hours cut into its shift
  length in the venue's zone; staffed by at most the maximum, by people eligible for the duty
  (named, in a named delegation, or any non-staff delegate when the duty names nobody);
- interpreters are live staff who speak both languages of the need (plain tag prefixes);
- nobody is in two places: every pair of a person's commitments (their activities that stay,
  their shifts, the needs they interpret) is apart by at least the travel time between them;
- everyone is inside a stay (when they have stays) and inside their availability windows (when
  they have any); every staffed shift lies inside its venue's opening hours;
- the unfilled places add up to the shortfall below each minimum plus the needs left open;
- ``spread_minutes`` is the most minus the fewest duty minutes among the people who could take
  at least one shift on their own.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta

from desktop_app.domain.activities import Activity, ActivityKind, ActivityStatus
from desktop_app.domain.duties import BoothDuty
from desktop_app.domain.people import Delegate
from desktop_app.domain.plan import Plan
from desktop_app.domain.requests import ParticipantKind, ParticipantRef
from desktop_app.domain.timezones import localize, to_local
from desktop_app.scheduling.roster import RosterResult


@dataclass(frozen=True)
class Commitment:
    what: str
    start: datetime
    end: datetime
    venue_id: int | None


def eligible(duty: BoothDuty, person: Delegate) -> bool:
    if person.removed_at is not None:
        return False
    if not duty.delegation_ids and not duty.delegate_ids:
        return not person.is_staff
    return person.id in duty.delegate_ids or person.delegation_id in duty.delegation_ids


def speaks(person: Delegate, tag: str) -> bool:
    return any(s == tag or s.startswith(tag + "-") or tag.startswith(s + "-") for s in person.languages)


def expected_shifts(plan: Plan, duty: BoothDuty) -> list[tuple[datetime, datetime]]:
    zone = plan.venue_by_id[duty.venue_id].timezone
    cursor = datetime.combine(duty.day, duty.opens)
    closing = datetime.combine(duty.day, duty.closes)
    spans = []
    while cursor < closing:
        end = min(cursor + timedelta(minutes=duty.shift_minutes), closing)
        spans.append((localize(cursor, zone), localize(end, zone)))
        cursor = end
    return spans


def _roster_managed(activity: Activity, plan: Plan) -> bool:
    """The roster's own earlier proposals (tentative shifts of live duties): replaced, not kept."""
    return (activity.kind is ActivityKind.BOOTH_DUTY and activity.duty_id in plan.duty_by_id
            and not activity.pinned and activity.status is not ActivityStatus.CONFIRMED)


def _staying(activity: Activity, plan: Plan, person: int, reassigned: set[int]) -> bool:
    if activity.is_cancelled or _roster_managed(activity, plan):
        return False
    return not (activity.id in reassigned and activity.interpreter_id == person)


def _apart(plan: Plan, a: Commitment, b: Commitment) -> bool:
    first, second = (a, b) if a.start <= b.start else (b, a)
    return second.start - first.end >= timedelta(minutes=plan.travel_minutes(first.venue_id, second.venue_id)) \
        and not (first.start < second.end and second.start < first.end)


def _inside_stay(plan: Plan, person: int, start: datetime, end: datetime) -> bool:
    stays = plan.stays_of(person)
    return not stays or any((s.arrival is None or s.arrival <= start) and (s.departure is None or end <= s.departure)
                            for s in stays)


def _inside_windows(plan: Plan, person: int, start: datetime, end: datetime) -> bool:
    windows = plan.availability_of(ParticipantRef(ParticipantKind.DELEGATE, person))
    if not windows:
        return True
    cursor = start  # windows may abut: walk them in order
    for w in sorted(windows, key=lambda w: w.start):
        if w.start <= cursor < w.end:
            cursor = w.end
    return cursor >= end


def _inside_hours(plan: Plan, venue_id: int, start: datetime, end: datetime) -> bool:
    venue = plan.venue_by_id[venue_id]
    if venue.opens is None or venue.closes is None:
        return True
    local_start, local_end = to_local(start, venue.timezone), to_local(end, venue.timezone)
    return (local_start.date() == (local_end - timedelta(microseconds=1)).date()
            and venue.opens <= local_start.time() and local_end.time() <= venue.closes)


def violations(plan: Plan, result: RosterResult) -> list[str]:
    found: list[str] = []
    people = {d.id: d for d in plan.delegates}
    reassigned = {i.activity_id for i in result.interpreting}
    commitments: dict[int, list[Commitment]] = defaultdict(list)
    for activity in plan.activities:
        for person in activity.delegate_ids:
            if _staying(activity, plan, person, reassigned):
                commitments[person].append(Commitment(f"'{activity.title}'", activity.start, activity.end,
                                                       activity.venue_id))
    shortfall = 0
    listed = {(s.duty_id, s.start, s.end) for s in result.shifts}
    duty_minutes: dict[int, int] = defaultdict(int)
    for duty in plan.duties:
        for start, end in expected_shifts(plan, duty):
            if (duty.id, start, end) not in listed:
                found.append(f"shift {duty.id} {start} is missing")
    for shift in result.shifts:
        duty = plan.duty_by_id[shift.duty_id]
        if (shift.start, shift.end) not in expected_shifts(plan, duty):
            found.append(f"shift {shift.duty_id} {shift.start} is not one of its duty's shifts")
        if not shift.confirmed:
            if len(shift.staff) > duty.most_staff:
                found.append(f"shift {shift.duty_id} {shift.start} has {len(shift.staff)} > {duty.most_staff}")
            if shift.staff and not _inside_hours(plan, duty.venue_id, shift.start, shift.end):
                found.append(f"shift {shift.duty_id} {shift.start} is outside the venue's hours")
        shortfall += max(duty.min_staff - len(shift.staff), 0)
        for person in shift.staff:
            duty_minutes[person] += int((shift.end - shift.start).total_seconds() // 60)
            if shift.confirmed:
                continue
            if person not in people or not eligible(duty, people[person]):
                found.append(f"person {person} may not take duty {duty.id}")
            commitments[person].append(Commitment(f"shift {duty.id} {shift.start}", shift.start, shift.end,
                                                  duty.venue_id))
    for assignment in result.interpreting:
        activity = plan.activity_by_id[assignment.activity_id]
        person = assignment.interpreter_id
        if person is None:
            shortfall += 1
            continue
        interpreter = people.get(person)
        if interpreter is None or not interpreter.is_staff or not all(speaks(interpreter, t)
                                                                      for t in activity.interpreting):
            found.append(f"{person} cannot interpret {activity.interpreting} at '{activity.title}'")
        if person in activity.delegate_ids and activity.interpreter_id != person:
            found.append(f"{person} already attends '{activity.title}' and cannot interpret it too")
        commitments[person].append(Commitment(f"interpreting '{activity.title}'", activity.start, activity.end,
                                              activity.venue_id))
    for person, items in commitments.items():
        new = [c for c in items if c.what.startswith(("shift", "interpreting"))]
        for c in new:
            if not _inside_stay(plan, person, c.start, c.end):
                found.append(f"{person} is out of town for {c.what}")
            if not _inside_windows(plan, person, c.start, c.end):
                found.append(f"{person} is outside their windows for {c.what}")
            for other in items:
                if other is not c and not _apart(plan, c, other):
                    found.append(f"{person}: {c.what} clashes with {other.what}")
    if shortfall != result.unfilled_places:
        found.append(f"unfilled places: result says {result.unfilled_places}, the shifts and needs leave {shortfall}")
    spread = _spread(plan, duty_minutes, commitments, result)
    if spread != result.spread_minutes:
        found.append(f"spread: result says {result.spread_minutes}, the checker finds {spread}")
    return sorted(set(found))


def _spread(plan: Plan, minutes: dict[int, int], commitments: dict[int, list[Commitment]],
            result: RosterResult) -> int:
    """Among people who could take some shift on their own (free of what stays, in town, in their windows)."""
    pool: set[int] = set()
    for shift in result.shifts:
        duty = plan.duty_by_id[shift.duty_id]
        if shift.confirmed:
            pool |= {p for p in shift.staff if eligible(duty, plan.delegate_by_id[p])}
            continue
        if not _inside_hours(plan, duty.venue_id, shift.start, shift.end):
            continue
        own = Commitment("candidate", shift.start, shift.end, duty.venue_id)
        for person in plan.delegates:
            if person.id is None or not eligible(duty, person):
                continue
            staying = [c for c in commitments.get(person.id, []) if not c.what.startswith(("shift", "interpreting"))]
            if (_inside_stay(plan, person.id, shift.start, shift.end)
                    and _inside_windows(plan, person.id, shift.start, shift.end)
                    and all(_apart(plan, own, c) for c in staying)):
                pool.add(person.id)
    loads = [minutes.get(p, 0) for p in pool]
    return max(loads) - min(loads) if loads else 0
