"""What the Roster section shows for one day, built from a plan snapshot in plain Python (no Qt).

A day's grid has a row per booth duty of that day (a stand) and a column per shift start; each
cell is one shift with who is on it (its ``booth_duty`` activity, if the plan holds one), its
minimum and maximum, whether it is confirmed, and what a roster proposal shown beside would put
there. Beside the grid, the day's interpreting needs with their interpreter. Days are the duty
days and the days of interpreting needs, each in its market's zone; times are in each duty's
venue zone (``BoothDuty.shifts``), needs in their own zone (``domain.local_time``).

The shift index is built once per snapshot table (``plan_lookups.LastResult``): a day of 3 stands
and 50 needs of the 1,540-activity roster benchmark plan takes 0.15 ms, 0.26 ms on a new snapshot.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from desktop_app.domain.activities import Activity
from desktop_app.domain.duties import BoothDuty, is_fixed_shift, roster_shifts
from desktop_app.domain.local_time import activity_zone, local_days, market_zone_on
from desktop_app.domain.plan import Plan
from desktop_app.services.roster_refs import ShiftKey, ShiftRef, shift_key
from desktop_app.ui.sections.plan_lookups import LastResult

if TYPE_CHECKING:  # the solvers load with the first run, not with the window
    from desktop_app.services.roster import InterpreterPlan, RosterResult, ShiftPlan

ShiftSpan = tuple[int, datetime, datetime]
"""(duty id, start, end)."""


@dataclass(frozen=True, slots=True)
class ShiftCell:
    duty: BoothDuty
    start: datetime
    end: datetime
    zone: str
    """The duty's venue zone: the cell's times are read there."""
    activity: Activity | None = None
    """The live ``booth_duty`` activity that fills it; None while nobody is on it."""
    proposed: tuple[int, ...] | None = None
    """The staff a proposal shown puts on it, when that differs from ``staff``; else None."""

    @property
    def staff(self) -> tuple[int, ...]:
        return self.activity.delegate_ids if self.activity is not None else ()

    @property
    def confirmed(self) -> bool:
        """Fixed: confirmed or pinned (the roster leaves it as it is)."""
        return self.activity is not None and is_fixed_shift(self.activity)

    @property
    def least(self) -> int:
        return self.duty.min_staff

    @property
    def most(self) -> int:
        return self.duty.most_staff

    @property
    def shown_staff(self) -> tuple[int, ...]:
        """Who the cell shows on duty: the proposal's people while one is shown, else the plan's."""
        return self.proposed if self.proposed is not None else self.staff

    @property
    def empty_places(self) -> int:
        """Places below the minimum nobody fills (in what the cell shows)."""
        return max(self.least - len(self.shown_staff), 0)

    @property
    def ref(self) -> ShiftRef:
        return ShiftRef(self.duty.id or 0, self.start, self.end, self.activity.id if self.activity else None)

    @property
    def key(self) -> ShiftKey:
        return (self.duty.id or 0, self.start)


@dataclass(frozen=True, slots=True)
class NeedRow:
    activity: Activity
    zone: str
    proposed: int | None = None
    """The interpreter a proposal shown gives it, when that differs (``changes`` says whether it does)."""
    changes: bool = False

    @property
    def interpreter_id(self) -> int | None:
        return self.activity.interpreter_id


@dataclass(frozen=True)
class RosterDay:
    day: date
    duties: tuple[BoothDuty, ...]
    """The grid's rows, in the order of their first shift."""
    columns: tuple[datetime, ...]
    """The grid's columns: every shift start of the day, in time order."""
    cells: Mapping[tuple[int, int], ShiftCell]
    """(row, column) -> the shift starting then."""
    needs: tuple[NeedRow, ...]

    def cell(self, row: int, column: int) -> ShiftCell | None:
        return self.cells.get((row, column))

    def position_of(self, key: ShiftKey) -> tuple[int, int] | None:
        return next((place for place, cell in self.cells.items() if cell.key == key), None)


@dataclass(frozen=True)
class RosterProposal:
    """A roster result as the grid overlays it: by shift key and by need."""

    result: RosterResult
    shifts: Mapping[ShiftKey, ShiftPlan]
    needs: Mapping[int, InterpreterPlan]

    @classmethod
    def of(cls, result: RosterResult) -> RosterProposal:
        return cls(result, {shift_key(s): s for s in result.shifts if not s.confirmed},
                   {i.activity_id: i for i in result.interpreting})

    def changed_shift_keys(self, plan: Plan) -> set[ShiftKey]:
        """Shifts whose proposed staff differ from what the plan holds (the ones worth accepting)."""
        index = shift_index(plan.activities, plan.duties)
        return {key for key, s in self.shifts.items()
                if s.staff != (index[(s.duty_id, s.start, s.end)].delegate_ids
                               if (s.duty_id, s.start, s.end) in index else ())}

    def changed_need_ids(self) -> set[int]:
        return {i.activity_id for i in self.needs.values() if i.interpreter_id != i.previous_id}


def _shift_index(activities: tuple[Activity, ...], duties: tuple[BoothDuty, ...]) -> dict[ShiftSpan, Activity]:
    """Each live shift activity by (duty, start, end); the oldest when two fill the same shift."""
    index: dict[ShiftSpan, Activity] = {}
    for activity in sorted(roster_shifts(Plan(activities=activities, duties=duties)), key=lambda a: a.id or 0):
        index.setdefault((activity.duty_id or 0, activity.start, activity.end), activity)
    return index


shift_index: LastResult[dict[ShiftSpan, Activity]] = LastResult(_shift_index)


def _needs_by_day(plan: Plan) -> dict[date, list[Activity]]:
    by_day: dict[date, list[Activity]] = {}
    for activity in plan.activities:
        if activity.interpreting and not activity.is_cancelled:
            for day in local_days(plan, activity):
                by_day.setdefault(day, []).append(activity)
    for listed in by_day.values():
        listed.sort(key=lambda a: (a.start, a.end, a.title, a.id or 0))
    return by_day


_needs_index: LastResult[dict[date, list[Activity]]] = LastResult(
    lambda activities, venues: _needs_by_day(Plan(activities=activities, venues=venues)))


def needs_on(plan: Plan, day: date) -> list[Activity]:
    """The day's activities that need an interpreter (not cancelled), in time order."""
    return _needs_index(plan.activities, plan.venues).get(day, [])


def roster_days(plan: Plan) -> list[date]:
    """Every day with a booth duty or an interpreting need, in order."""
    return sorted({d.day for d in plan.duties} | set(_needs_index(plan.activities, plan.venues)))


def day_zone(plan: Plan, day: date) -> str:
    """The zone a day's tab names: its market's (``market_zone_on``)."""
    return market_zone_on(plan, day)


def roster_day(plan: Plan, day: date, proposal: RosterProposal | None = None) -> RosterDay:
    duties = [d for d in plan.duties if d.day == day and d.venue_id in plan.venue_by_id
              and d.room_id in plan.room_by_id]
    index = shift_index(plan.activities, plan.duties)
    shifts = {d.id: d.shifts(plan.duty_zone(d)) for d in duties}
    duties.sort(key=lambda d: (shifts[d.id][0].start, plan.room_by_id[d.room_id].name, d.id or 0))  # never shiftless
    columns = sorted({s.start for listed in shifts.values() for s in listed})
    column_of = {start: number for number, start in enumerate(columns)}
    cells: dict[tuple[int, int], ShiftCell] = {}
    for row, duty in enumerate(duties):
        zone = plan.duty_zone(duty)
        for shift in shifts[duty.id]:
            activity = index.get((duty.id or 0, shift.start, shift.end))
            cell = ShiftCell(duty, shift.start, shift.end, zone, activity)
            cells[(row, column_of[shift.start])] = _with_proposal(cell, proposal)
    return RosterDay(day, tuple(duties), tuple(columns), cells, tuple(_need_rows(plan, day, proposal)))


def _with_proposal(cell: ShiftCell, proposal: RosterProposal | None) -> ShiftCell:
    planned = proposal.shifts.get(cell.key) if proposal is not None else None
    if planned is None or planned.end != cell.end or planned.staff == cell.staff:
        return cell
    return ShiftCell(cell.duty, cell.start, cell.end, cell.zone, cell.activity, planned.staff)


def _need_rows(plan: Plan, day: date, proposal: RosterProposal | None) -> Iterable[NeedRow]:
    for activity in needs_on(plan, day):
        planned = proposal.needs.get(activity.id or 0) if proposal is not None else None
        changes = planned is not None and planned.interpreter_id != activity.interpreter_id
        yield NeedRow(activity, activity_zone(plan, activity), planned.interpreter_id if changes and planned else None,
                      changes)
