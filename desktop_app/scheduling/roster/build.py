"""Plan snapshot -> roster instance: every shift of every duty and every interpreting need, with
who could take each on their own.

What the plan already holds:
- a ``booth_duty`` activity linked to a duty is a shift an earlier run wrote. Confirmed (or
  pinned) it is fixed: it stays as it is, blocks its staff and counts towards their duty
  minutes. Tentative or proposed, it is the roster's own proposal: it blocks nobody, its staff
  are the shift's ``previous`` (keeping them costs nothing, changing them counts as a change);
  one that matches no shift any more (the hours changed) is cancelled when the roster is applied;
- a need's interpreter is its ``previous`` likewise, unless the activity is pinned (then the
  need is left alone). The need's activity blocks its other attendees as any activity does.
Every other non-cancelled activity blocks its people, widened by the travel time between its
venue and the task's (``plan_times.PlanTimes.busy_spans``).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from desktop_app.domain.activities import Activity
from desktop_app.domain.duties import BoothDuty, Shift, is_fixed_shift, roster_shifts
from desktop_app.domain.languages import speaks
from desktop_app.domain.local_time import local_days
from desktop_app.domain.people import Delegate
from desktop_app.domain.plan import Plan
from desktop_app.domain.requests import ParticipantKind, ParticipantRef
from desktop_app.scheduling.instance import DELEGATE
from desktop_app.scheduling.intervals import Span, intersect, subtract
from desktop_app.scheduling.plan_times import PlanTimes

from .instance import RosterInstance, Task, TaskKind

STAY, WINDOWS, BUSY = "stay", "windows", "busy"
"""Why a person who may take a task could not: out of town, outside their windows, busy."""


@dataclass(frozen=True, slots=True)
class FixedShift:
    duty: BoothDuty
    shift: Shift
    activity: Activity


@dataclass
class RosterBuild:
    """The instance and what its integers stand for."""

    plan: Plan
    times: PlanTimes | None
    """None when there is nothing to roster."""
    instance: RosterInstance
    shifts: dict[int, tuple[BoothDuty, Shift]] = field(default_factory=dict)
    """Task index -> its duty and shift."""
    needs: dict[int, Activity] = field(default_factory=dict)
    """Task index -> the activity that needs an interpreter."""
    eligible: dict[int, tuple[int, ...]] = field(default_factory=dict)
    """Task index -> everyone who may take it (candidates or not)."""
    obstacles: dict[tuple[int, int], str] = field(default_factory=dict)
    """(task, person) -> STAY, WINDOWS or BUSY for those eligible but not candidates."""
    closed: set[int] = field(default_factory=set)
    """Shift tasks outside their venue's hours."""
    fixed: list[FixedShift] = field(default_factory=list)
    stale_shift_ids: tuple[int, ...] = ()
    """Tentative shifts that match no shift any more: cancelled on apply."""


def open_needs(plan: Plan) -> list[Activity]:
    """Activities whose interpreter the roster chooses: a need, not cancelled, not pinned."""
    return sorted((a for a in plan.activities if a.interpreting and not a.is_cancelled and not a.pinned),
                  key=lambda a: (a.start, a.end, a.id or 0))


def _days(plan: Plan) -> list[date]:
    days = {duty.day for duty in plan.duties}
    days |= {day for activity in open_needs(plan) for day in local_days(plan, activity)}
    return sorted(days | set(plan.market_days()))


class RosterBuilder:
    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.managed = {a.id: a for a in roster_shifts(plan) if not is_fixed_shift(a)}
        self.needs = open_needs(plan)
        blocking = [a for a in plan.activities if not a.is_cancelled and a.id not in self.managed]
        self.times = PlanTimes(plan, step=30, venue_ids={d.venue_id for d in plan.duties}, days=_days(plan),
                               blocking=blocking, lunch_break=False)
        for need in self.needs:  # an interpreter's current needs are theirs to keep or lose, not obstacles
            if need.interpreter_id is not None:
                key = (DELEGATE, need.interpreter_id)
                self.times.busy_of[key] = [a for a in self.times.busy_of.get(key, []) if a.id != need.id]
        self.live = [d for d in plan.delegates if d.removed_at is None]
        self.build = RosterBuild(plan, self.times, RosterInstance((), frozenset()))

    def available(self, task_index: int, person: Delegate, span: Span, venue_id: int | None) -> bool:
        """Whether ``person`` is free for ``span`` on their own; records why not."""
        person_id = person.id or 0
        times = self.times
        if self.plan.stays_of(person_id) and not _inside(times.stay_spans(person_id), span):
            self.build.obstacles[(task_index, person_id)] = STAY
            return False
        windows = times.window_spans(ParticipantRef(ParticipantKind.DELEGATE, person_id))
        if windows is not None and not _inside(windows, span):
            self.build.obstacles[(task_index, person_id)] = WINDOWS
            return False
        if intersect(times.busy_spans((DELEGATE, person_id), venue_id), [span]):
            self.build.obstacles[(task_index, person_id)] = BUSY
            return False
        return True

    def shift_tasks(self, tasks: list[Task]) -> None:
        plan, grid = self.plan, self.times.grid
        by_shift: dict[tuple[int, object, object], Activity] = {}
        fixed: dict[tuple[int, object, object], Activity] = {}
        for activity in sorted(roster_shifts(plan), key=lambda a: a.id or 0):
            key = (activity.duty_id or 0, activity.start, activity.end)
            (by_shift if activity.id in self.managed else fixed).setdefault(key, activity)
        matched: set[int] = set()
        for duty in sorted(plan.duties, key=lambda d: (d.day, d.opens, d.id or 0)):
            if duty.venue_id not in plan.venue_by_id or duty.room_id not in plan.room_by_id:
                continue
            open_spans = self.times.open_spans(duty.venue_id)
            eligible = tuple(d.id or 0 for d in self.live if duty.may_take(d))
            for shift in duty.shifts(plan.duty_zone(duty)):
                key = (duty.id or 0, shift.start, shift.end)
                if key in fixed:
                    self.build.fixed.append(FixedShift(duty, shift, fixed[key]))
                    continue
                index = len(tasks)
                span = (grid.floor(shift.start), grid.ceil(shift.end))
                existing = by_shift.get(key)
                if existing is not None:
                    matched.add(existing.id or 0)
                is_open = _inside(open_spans, span)
                if not is_open:
                    self.build.closed.add(index)
                candidates = tuple(p for p in eligible if is_open
                                   and self.available(index, plan.delegate_by_id[p], span, duty.venue_id))
                tasks.append(Task(index, TaskKind.SHIFT, span[0], span[1], duty.venue_id, duty.min_staff,
                                  duty.most_staff, candidates,
                                  frozenset(existing.delegate_ids) if existing else frozenset(),
                                  existing is not None, duty.id, existing.id if existing else None))
                self.build.shifts[index] = (duty, shift)
                self.build.eligible[index] = eligible
        self.build.stale_shift_ids = tuple(sorted(i or 0 for i in self.managed if i not in matched))

    def need_tasks(self, tasks: list[Task]) -> None:
        grid = self.times.grid
        staff = [d for d in self.live if d.is_staff]
        for need in self.needs:
            index = len(tasks)
            span = (grid.floor(need.start), grid.ceil(need.end))
            speakers = tuple(d.id or 0 for d in staff if all(speaks(d.languages, tag) for tag in need.interpreting))
            attending = set(need.delegate_ids) - {need.interpreter_id}
            for person in attending.intersection(speakers):  # in the meeting already, for themselves
                self.build.obstacles[(index, person)] = BUSY
            candidates = tuple(p for p in speakers if p not in attending
                               and self.available(index, self.plan.delegate_by_id[p], span, need.venue_id))
            previous = frozenset({need.interpreter_id}) if need.interpreter_id is not None else frozenset()
            tasks.append(Task(index, TaskKind.NEED, span[0], span[1], need.venue_id, 1, 1, candidates,
                              previous, need.interpreter_id is not None, None, need.id))
            self.build.needs[index] = need
            self.build.eligible[index] = speakers

    def clashes(self, tasks: list[Task]) -> frozenset[tuple[int, int, int]]:
        by_person: dict[int, list[Task]] = defaultdict(list)
        for task in tasks:
            for person in task.candidates:
                by_person[person].append(task)
        longest_travel = max((t.minutes for t in self.plan.travel_times), default=0)
        reach = max(longest_travel, self.plan.settings.default_travel_minutes)
        found: set[tuple[int, int, int]] = set()
        for person, own in by_person.items():
            own.sort(key=lambda t: (t.start, t.index))
            for i, first in enumerate(own):
                for second in own[i + 1:]:
                    if second.start >= first.end + reach:
                        break
                    if _clash(self.plan, first, second):
                        found.add((person, min(first.index, second.index), max(first.index, second.index)))
        return frozenset(found)

    def run(self) -> RosterBuild:
        tasks: list[Task] = []
        self.shift_tasks(tasks)
        self.need_tasks(tasks)
        fixed_minutes: dict[int, int] = defaultdict(int)
        for fixed in self.build.fixed:
            for person in fixed.activity.delegate_ids:
                fixed_minutes[person] += fixed.shift.minutes
        spread_people = {p for t in tasks if t.kind is TaskKind.SHIFT for p in t.candidates}
        spread_people |= {p for f in self.build.fixed for p in f.activity.delegate_ids if f.duty.may_take(
            self.plan.delegate_by_id[p])}
        self.build.instance = RosterInstance(tuple(tasks), self.clashes(tasks), dict(fixed_minutes),
                                             tuple(sorted(spread_people)))
        return self.build


def _clash(plan: Plan, a: Task, b: Task) -> bool:
    """Whether one person cannot take both: they overlap, or leave no time to travel between them."""
    to_b, to_a = plan.travel_minutes(a.venue_id, b.venue_id), plan.travel_minutes(b.venue_id, a.venue_id)
    return a.start < b.end + to_a and b.start < a.end + to_b


def _inside(spans: list[Span], span: Span) -> bool:
    return not subtract([span], spans)


def build_roster(plan: Plan) -> RosterBuild:
    if not plan.duties and not open_needs(plan):
        return RosterBuild(plan, None, RosterInstance((), frozenset()))
    return RosterBuilder(plan).run()
