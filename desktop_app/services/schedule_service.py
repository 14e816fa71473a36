"""Use cases of the meeting scheduler: propose, apply (one transaction), find a time."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import datetime

from desktop_app.domain.activities import Activity, ActivityKind, ActivityStatus, Attendance
from desktop_app.domain.dates_text import span_text
from desktop_app.domain.local_time import market_zone_on
from desktop_app.domain.plan import Plan
from desktop_app.domain.requests import MeetingRequest, ParticipantKind, ParticipantRef, RequestStatus
from desktop_app.domain.timezones import abbreviation_of, localize, to_local, utc_now
from desktop_app.scheduling import (
    DEFAULT_SOLVER,
    ProgressCallback,
    find_free_slots,
    first_clash,
    meeting_zone,
    schedule_plan,
)
from desktop_app.scheduling import FreeSlot as FreeSlot  # the window reads these through this service
from desktop_app.scheduling import Placement as Placement
from desktop_app.scheduling import ScheduleResult as ScheduleResult
from desktop_app.scheduling import SolveProgress as SolveProgress
from desktop_app.scheduling import Unplaced as Unplaced
from desktop_app.storage.plan_store import PlanStore

from .changes import Changes
from .editing.journal import journaled
from .errors import UserError
from .lookup import find_participant, find_venue
from .schedule_defaults import DEFAULT_TIME_LIMIT


def propose_schedule(plan: Plan, *, time_limit: float = DEFAULT_TIME_LIMIT, seed: int = 0,
                     solver: str = DEFAULT_SOLVER, progress: ProgressCallback | None = None) -> ScheduleResult:
    """The scheduler's proposal for ``plan``; changes nothing. ``progress`` hears each stage and
    each better objective or bound (``SolveProgress``, on the solving thread); an exception it
    raises stops the run and comes out of here."""
    if time_limit <= 0:
        raise UserError("The time limit must be a positive number of seconds.")
    return schedule_plan(plan, time_limit=time_limit, seed=seed, solver=solver, progress=progress)


def _zone(plan: Plan, placement: Placement) -> str:
    """A meeting speaks in its venue's zone, else in the market's of that day."""
    return meeting_zone(plan, placement.venue_id, placement.start)


def meeting_activity(plan: Plan, request: MeetingRequest, placement: Placement) -> Activity:
    """The tentative haf_meeting activity that carries ``placement`` into the plan."""
    if request.delegate_id is not None:
        attendees: tuple[int, ...] = (request.delegate_id,)
    else:
        assert request.project_id is not None
        attendees = plan.project_by_id[request.project_id].member_ids
    requester = plan.participant_name(request.requester)
    contact = plan.contact_by_id[request.contact_id].name
    return Activity(
        id=None, title=f"HAF meeting: {requester} / {contact}", start=placement.start, end=placement.end,
        timezone=_zone(plan, placement), kind=ActivityKind.HAF_MEETING, status=ActivityStatus.TENTATIVE,
        venue_id=placement.venue_id, room_id=placement.room_id, priority=request.priority,
        external_id=f"request:{request.external_id}", project_id=request.project_id,
        attendees=tuple(Attendance(d) for d in attendees), contact_ids=(request.contact_id,),
        request_id=request.id)


def apply_schedule(store: PlanStore, result: ScheduleResult, *,
                   clock: Callable[[], datetime] = utc_now) -> int:
    """Write the whole proposal (see :func:`apply_proposal`); returns the number of meetings written."""
    apply_proposal(store, result, clock=clock)
    return len(result.placed)


def apply_proposal(store: PlanStore, result: ScheduleResult, accepted: Collection[int] | None = None, *,
                   clock: Callable[[], datetime] = utc_now) -> Changes:
    """Write the placed meetings and mark their requests scheduled, all in one transaction.

    ``accepted`` names the requests (by id) whose placements to write; None takes them all.
    The proposal came from a snapshot read before solving; inside the transaction every
    accepted placement is checked again against the plan as it is now (requests, the
    participants' activities with travel, room capacity) and the whole write is refused with a
    UserError naming the request and the clash when anything changed in between.
    An earlier tentative proposal for a request written now is moved rather than duplicated.
    Taking the whole proposal also cancels the earlier proposals of requests it leaves unplaced
    (the new run did not reserve their time); taking a part leaves every other request and its
    earlier proposal as they are, so the placements taken are checked against those too.
    """
    taking_all = accepted is None
    chosen = set(accepted) if accepted is not None else {p.request_id for p in result.placed}
    unknown = chosen - {p.request_id for p in result.placed}
    if unknown:
        raise UserError(f"the proposal places no request with id {min(unknown)}")
    placed = tuple(p for p in result.placed if p.request_id in chosen)
    unplaced = result.unplaced if taking_all else ()
    part = dataclasses.replace(result, placed=placed, unplaced=unplaced)
    with store.write() as tx:
        plan = tx.snapshot()
        earlier = {a.request_id: a for a in plan.activities
                   if a.request_id is not None and not a.is_cancelled and not a.pinned
                   and a.status is not ActivityStatus.CONFIRMED}
        in_part = {p.request_id for p in placed} | {u.request_id for u in unplaced}
        clash = first_clash(plan, part, {a.id for r, a in earlier.items() if r in in_part and a.id})
        if clash:
            raise UserError(clash)
        for placement in placed:
            request = plan.request_by_id[placement.request_id]
            fresh = meeting_activity(plan, request, placement)
            previous = earlier.get(placement.request_id)
            if previous is None:
                tx.add(fresh)
            else:
                tx.update(previous.revised(
                    now=clock(), start=fresh.start, end=fresh.end, timezone=fresh.timezone,
                    venue_id=fresh.venue_id, room_id=fresh.room_id, attendees=fresh.attendees,
                    contact_ids=fresh.contact_ids, status=ActivityStatus.TENTATIVE))
            tx.update(dataclasses.replace(request, status=RequestStatus.SCHEDULED))
        for left in unplaced:  # an earlier proposal the new run could not keep
            stale = earlier.get(left.request_id)
            if stale is not None:
                tx.update(stale.revised(now=clock(), status=ActivityStatus.CANCELLED))
        return journaled(tx)


def _iso(instant: datetime, zone: str) -> str:
    return to_local(instant, zone).isoformat()


def result_to_json(plan: Plan, result: ScheduleResult) -> dict[str, object]:
    """Exactly the shape the issue documents (see README, "schedule --json")."""
    bound = result.bound
    return {
        "placed": [{
            "request": p.label,
            "start": _iso(p.start, _zone(plan, p)),
            "end": _iso(p.end, _zone(plan, p)),
            "venue": plan.venue_by_id[p.venue_id].name if p.venue_id is not None else "",
            "room": plan.room_by_id[p.room_id].name if p.room_id is not None else "",
        } for p in result.placed],
        "unplaced": [{"request": u.label, "reason": u.reason} for u in result.unplaced],
        "objective": result.objective,
        "bound": int(bound) if float(bound).is_integer() else round(bound, 3),
        "optimal": result.optimal,
        "seconds": round(result.seconds, 3),
    }


def meeting_parties(plan: Plan, request_id: int) -> str:
    """'Night Ferry 夜渡 ↔ Sato Haruka 佐藤遥': what a manager reads a proposal by."""
    request = plan.request_by_id[request_id]
    if request.project_id is not None:
        project = plan.project_by_id[request.project_id]
        requester = " ".join(filter(None, (project.title, project.original_title)))
    else:
        requester = plan.delegate_by_id[request.delegate_id].display_name  # type: ignore[index]
    contact = plan.contact_by_id[request.contact_id].display_name
    return f"{requester} ↔ {contact}"


def _who_meets(plan: Plan, request_id: int) -> str:
    return f"{meeting_parties(plan, request_id)} (priority {plan.request_by_id[request_id].priority})"


def result_to_text(plan: Plan, result: ScheduleResult) -> str:
    lines = []
    for p in result.placed:
        zone = _zone(plan, p)
        lines.append(f"{span_text(to_local(p.start, zone), to_local(p.end, zone))}  {p.label}  "
                     f"{_who_meets(plan, p.request_id)}  @ {plan.describe_place(p.venue_id, p.room_id)}")
    for u in result.unplaced:
        lines.append(f"unplaced {u.label}  {_who_meets(plan, u.request_id)}: {u.reason}")
    proof = "proven optimal" if result.optimal else f"upper bound {result.bound:g}"
    lines.append(f"{len(result.placed)} placed, {len(result.unplaced)} unplaced; total priority "
                 f"{result.objective} ({proof}); {result.seconds:.1f} s")
    return "\n".join(lines)


# --- find a time --------------------------------------------------------------------------

@dataclass(frozen=True)
class FreeTimes:
    slots: tuple[FreeSlot, ...]
    timezone: str
    """The zone ``--from``/``--to`` were read in and the slots are shown in."""


def _participants(plan: Plan, references: list[str]) -> list[ParticipantRef]:
    """Delegates and contacts by email or name (a project stands for its members), each once."""
    found: list[ParticipantRef] = []
    for reference in (part for text in references for part in text.split(",") if part.strip()):
        ref = find_participant(plan, reference)
        if ref.kind is ParticipantKind.PROJECT:
            found += [ParticipantRef(ParticipantKind.DELEGATE, d) for d in plan.project_by_id[ref.id].member_ids]
        else:
            found.append(ref)
    return list(dict.fromkeys(found))


def parse_instant(text: str, zone: str, what: str) -> datetime:
    """ISO 8601; without an offset the time is local to ``zone``."""
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        raise UserError(f"{what}: '{text}' is not an ISO 8601 date and time "
                        "(e.g. 2025-03-18T09:00).") from None
    return localize(value, zone)


def find_time(plan: Plan, people: list[str], minutes: int, *, window_start: str | None = None,
              window_end: str | None = None, venue: str | None = None, limit: int = 10) -> FreeTimes:
    """Common free slots of ``people`` (emails or names, comma-separated or one per item).

    A window without an offset is read in the venue's zone, else the plan's; the slots are shown
    in that same zone. With both ends given no market is needed: the days are the window's.
    """
    if not any(p.strip(", ") for p in people):
        raise UserError("Name at least one person with --with.")
    if not 5 <= minutes <= 12 * 60:
        raise UserError("The meeting must last between 5 minutes and 12 hours.")
    refs = _participants(plan, people)
    place = find_venue(plan, venue) if venue else None
    zone = place.timezone if place else plan.settings.timezone
    start = parse_instant(window_start, zone, "--from") if window_start else None
    end = parse_instant(window_end, zone, "--to") if window_end else None
    if start and end and end <= start:
        raise UserError("--to must be after --from.")
    if not plan.markets and not (start and end):
        raise UserError("The plan has no markets, so there are no market days to search: "
                        "give --from and --to.")
    return find_time_for(plan, refs, minutes, window_start=start, window_end=end,
                         venue_id=place.id if place else None, limit=limit, zone=zone)


def find_time_for(plan: Plan, participants: list[ParticipantRef], minutes: int, *,
                  window_start: datetime | None = None, window_end: datetime | None = None,
                  venue_id: int | None = None, limit: int = 10, zone: str | None = None) -> FreeTimes:
    """:func:`find_time` for people already chosen (a project stands for its members) and a
    window as instants; the slots are shown in ``zone``, by default the venue's, else the zone
    of the market of the window's first day (of the first market day without a window)."""
    if not participants:
        raise UserError("Choose at least one person to meet.")
    if not 5 <= minutes <= 12 * 60:
        raise UserError("The meeting must last between 5 minutes and 12 hours.")
    if window_start and window_end and window_end <= window_start:
        raise UserError("The end of the window must be after its start.")
    if not plan.markets and not (window_start and window_end):
        raise UserError("The plan has no markets, so there are no market days to search: give a window.")
    refs: list[ParticipantRef] = []
    for ref in participants:
        if ref.kind is ParticipantKind.PROJECT:
            refs += [ParticipantRef(ParticipantKind.DELEGATE, d) for d in plan.project_by_id[ref.id].member_ids]
        else:
            refs.append(ref)
    refs = list(dict.fromkeys(refs))
    place = plan.venue_by_id.get(venue_id) if venue_id is not None else None
    if zone is None:
        zone = place.timezone if place else _market_zone(plan, window_start)
    slots = find_free_slots(plan, refs, minutes, venue_id, window_start, window_end, limit)
    return FreeTimes(tuple(slots), zone)


def _market_zone(plan: Plan, instant: datetime | None) -> str:
    if instant is None:
        return plan.market_timezone
    return market_zone_on(plan, to_local(instant, plan.market_timezone).date())


def free_times_to_json(found: FreeTimes) -> dict[str, object]:
    zone = found.timezone
    return {"timezone": zone,
            "slots": [{"start": _iso(s.start, zone), "end": _iso(s.end, zone),
                       "free_until": _iso(s.free_until, zone)} for s in found.slots]}


def free_times_to_text(found: FreeTimes) -> str:
    if not found.slots:
        return "No common free time found."
    zone = found.timezone
    lines = []
    for s in found.slots:
        until = to_local(s.free_until, zone)
        lines.append(f"{span_text(to_local(s.start, zone), to_local(s.end, zone))}"
                     f"  (everyone free until {until:%H:%M} {abbreviation_of(until)})")
    return "\n".join(lines)
