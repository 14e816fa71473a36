"""Why a shift place or an interpreting need stayed unfilled, naming what is in the way, in the
venue's local time: the stand's hours, nobody eligible, or each eligible person's obstacle
(out of town, outside their availability, in another activity with its travel, on another
shift or interpreting elsewhere)."""

from __future__ import annotations

from desktop_app.domain.conflict_text import format_instant, format_span
from desktop_app.domain.languages import language_name, pair_text
from desktop_app.domain.local_time import place_zone
from desktop_app.domain.plan import Plan
from desktop_app.domain.stays import placement
from desktop_app.scheduling.instance import DELEGATE
from desktop_app.scheduling.intervals import intersect

from .build import BUSY, STAY, WINDOWS, RosterBuild
from .instance import Assignment, Task, TaskKind

SHOWN = 4


def task_zone(build: RosterBuild, task: Task) -> str:
    plan = build.plan
    if task.kind is TaskKind.SHIFT:
        duty, _shift = build.shifts[task.index]
        return plan.duty_zone(duty)
    need = build.needs[task.index]
    return place_zone(plan, need.venue_id, need.timezone)


def describe_task(build: RosterBuild, task: Task) -> str:
    """'the 10:00–12:00 shift at Hong Kong Pavilion Stand A10' or "interpreting 'Title'"."""
    plan = build.plan
    if task.kind is TaskKind.SHIFT:
        duty, shift = build.shifts[task.index]
        return f"the {format_span(shift.start, shift.end, plan.duty_zone(duty))} shift at " \
               f"{plan.room_by_id[duty.room_id].name}"
    return f"interpreting '{build.needs[task.index].title}'"


Clashes = dict[tuple[int, int], set[int]]


def explain(build: RosterBuild, task: Task, assignment: Assignment, clashing: Clashes) -> str:
    plan = build.plan
    on_task = assignment.get(task.index, ())
    if task.kind is TaskKind.SHIFT:
        duty, _shift = build.shifts[task.index]
        venue = plan.venue_by_id[duty.venue_id]
        if task.index in build.closed:
            assert build.times is not None
            opens, closes = build.times.opening.hours(duty.venue_id)
            return f"{venue.name} is closed for part of the shift (open {opens:%H:%M}–{closes:%H:%M})"
        if not build.eligible[task.index]:
            return "nobody may take it: its duty names no delegate who is still in the plan"
    elif not build.eligible[task.index]:
        need = build.needs[task.index]
        languages = " and ".join(language_name(tag) for tag in need.interpreting)
        return f"no staff member speaks {languages} ({'/'.join(need.interpreting)})"
    obstacles = [text for person in build.eligible[task.index] if person not in on_task
                 if (text := _obstacle(build, task, person, assignment, clashing))]
    if task.kind is TaskKind.SHIFT:
        lead = f"{len(on_task)} of {task.demand} on duty; " if on_task else ""
        who = "the other eligible people are" if on_task else "every eligible person is"
    else:
        need = build.needs[task.index]
        speakers = len(build.eligible[task.index])
        who = (f"the only staff member who speaks {pair_text(need.interpreting)} is" if speakers == 1
               else f"all {speakers} staff members who speak {pair_text(need.interpreting)} are")
        lead = ""
    shown = "; ".join(obstacles[:SHOWN]) + (f"; and {len(obstacles) - SHOWN} more" if len(obstacles) > SHOWN else "")
    return f"{lead}{who} taken: {shown}"


def _obstacle(build: RosterBuild, task: Task, person: int, assignment: Assignment, clashing: Clashes) -> str:
    plan = build.plan
    name = plan.delegate_by_id[person].name
    zone = task_zone(build, task)
    rule = build.obstacles.get((task.index, person))
    if rule == STAY:
        return f"{name} {_stay_text(plan, person, build, task, zone)}"
    if rule == WINDOWS:
        return f"{name} is not available then (outside their availability windows)"
    if rule == BUSY:
        return f"{name} {_busy_text(build, task, person)}"
    for other in sorted(clashing.get((person, task.index), set())):
        if person in assignment.get(other, ()):
            return f"{name} is on {describe_task(build, build.instance.tasks[other])}"
    return f"{name} is free but was not chosen before the time limit"


def _stay_text(plan: Plan, person: int, build: RosterBuild, task: Task, zone: str) -> str:
    assert build.times is not None
    start, end = build.times.grid.instant(task.start), build.times.grid.instant(task.end)
    gap = placement(plan.stays_of(person), start, end)
    if gap is not None and gap.after is not None and gap.after.arrival is not None and gap.before is None:
        return f"arrives {format_instant(gap.after.arrival, zone)}"
    if gap is not None and gap.before is not None and gap.before.departure is not None and gap.after is None:
        return f"has left (departs {format_instant(gap.before.departure, zone)})"
    return "is between stays then"


def _busy_text(build: RosterBuild, task: Task, person: int) -> str:
    times = build.times
    assert times is not None
    span = [(task.start, task.end)]
    for activity in sorted(times.busy_of.get((DELEGATE, person), ()), key=lambda a: (a.start, a.title)):
        if intersect(span, [times.busy_span(activity, task.venue_id)]):
            overlaps = times.grid.floor(activity.start) < task.end and task.start < times.grid.ceil(activity.end)
            return f"is in '{activity.title}'" + ("" if overlaps else " (with travel)")
    return "is busy then"
