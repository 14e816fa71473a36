"""Why a request stayed unplaced, in words a delegation manager can act on."""

from __future__ import annotations

from desktop_app.domain.dates_text import weekday_day_month_time
from desktop_app.domain.plan import Plan
from desktop_app.domain.requests import ParticipantKind, ParticipantRef
from desktop_app.domain.timezones import to_local, zone_abbreviation

from .greedy import Occupancy
from .instance import Instance, Solution, Task
from .opening import meeting_zone

MAX_NAMED = 3


def _name(plan: Plan, key: tuple[str, int]) -> str:
    return plan.participant_name(ParticipantRef(ParticipantKind(key[0]), key[1]))


def _when(plan: Plan, instance: Instance, task: Task, slot: int) -> str:
    """'Mon 17 Mar 10:00 HKT' where the meeting would be."""
    instant = instance.to_datetime(slot)
    zone_name = meeting_zone(plan, task.venue_id, instant)
    return f"{weekday_day_month_time(to_local(instant, zone_name))} {zone_abbreviation(instant, zone_name)}"


def _list(labels: list[str]) -> str:
    shown = ", ".join(labels[:MAX_NAMED])
    return shown + (f" and {len(labels) - MAX_NAMED} more" if len(labels) > MAX_NAMED else "")


def explain_unplaced(plan: Plan, instance: Instance, solution: Solution) -> dict[int, str]:
    """Reason per unplaced task index, checked against the final placements."""
    occupancy = Occupancy.of(instance, solution)
    return {task.index: task.blocked_reason or _explain(plan, instance, occupancy, task)
            for task in instance.tasks if task.index not in solution}


def _explain(plan: Plan, instance: Instance, occupancy: Occupancy, task: Task) -> str:
    contact_takers: set[int] = set()
    own_takers: set[int] = set()
    room_full_at: list[int] = []
    day_full = free_at = None
    all_contact = all_own = True
    for start in task.starts:
        contact_clash = occupancy.person_clash(task.contact, task, start)
        own = [c for p in task.people if p != task.contact
               if (c := occupancy.person_clash(p, task, start)) is not None]
        full = occupancy.room_full(task, start)
        limit = any(occupancy.day_full(p, task, start) for p in task.people)
        if contact_clash is not None:
            contact_takers.add(contact_clash)
        all_contact &= contact_clash is not None
        own_takers.update(own)
        all_own &= bool(own)
        if contact_clash is None and not own:
            if full and not limit:
                room_full_at.append(start)
            elif limit and day_full is None:
                day_full = start
            elif not full and not limit and free_at is None:
                free_at = start
    if free_at is not None:
        return (f"it would fit at {_when(plan, instance, task, free_at)}, but the solver stopped before "
                "placing it: run again with a longer time limit")
    if room_full_at:
        room = plan.room_by_id[task.room_id].name if task.room_id is not None else "the room"
        return (f"both sides are free at {_when(plan, instance, task, room_full_at[0])}"
                + (f" and {len(room_full_at) - 1} other times" if len(room_full_at) > 1 else "")
                + f", but {room} is full then: add tables or move a meeting")
    if all_contact:
        takers = sorted((instance.tasks[i] for i in contact_takers), key=lambda t: (-t.priority, t.label))
        higher = all(t.priority >= task.priority for t in takers)
        labels = [f"{t.label} (priority {t.priority})" for t in takers]
        return (f"{_name(plan, task.contact)}'s free time is taken by "
                + ("higher-priority requests: " if higher else "requests that together weigh more: ")
                + _list(labels) + "; add availability for the contact or raise this request's priority")
    if all_own:
        labels = sorted(instance.tasks[i].label for i in own_takers)
        return (f"{_name(plan, task.requester)}'s free time is taken by their other meetings: "
                + _list(labels))
    if day_full is not None:
        return (f"the limit of {instance.max_per_day} meetings a day is reached on every day both "
                "sides are free")
    return ("every time both sides could meet is taken by other meetings of one side or the other; "
            "add availability or raise this request's priority")
