"""Booth duty: a stand (a room) that must be staffed from opening to closing, in shifts.

A duty is one room on one day, between ``opens`` and ``closes`` in the venue's own zone, cut
into consecutive shifts of ``shift_minutes`` (the last one shorter when the hours do not
divide). Each shift wants at least ``min_staff`` people and at most ``max_staff``. Who may take
it: the delegates of ``delegation_ids`` and those of ``delegate_ids``; naming nobody means every
delegate of the plan (not staff, who are there for others). A filled shift is an activity of
kind ``booth_duty`` linked to the duty (``Activity.duty_id``), so it is in every view, export
and conflict check like any other activity.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from ._checks import in_range
from .activities import Activity, ActivityKind, ActivityStatus
from .dates_text import day_month
from .errors import ValidationError
from .people import Delegate
from .timezones import localize

if TYPE_CHECKING:
    from .plan import Plan


@dataclass(frozen=True, slots=True)
class BoothDuty:
    id: int | None
    venue_id: int
    room_id: int
    day: date
    opens: time
    closes: time
    shift_minutes: int
    min_staff: int
    max_staff: int | None = None
    """None: exactly ``min_staff``."""
    delegation_ids: tuple[int, ...] = ()
    delegate_ids: tuple[int, ...] = ()
    notes: str = ""

    def __post_init__(self) -> None:
        if self.closes <= self.opens:
            raise ValidationError("end", f"the stand closes ({self.closes:%H:%M}) before it opens ({self.opens:%H:%M})")
        in_range(self.shift_minutes, 15, 12 * 60, "shift_minutes")
        in_range(self.min_staff, 1, 50, "min_staff")
        if self.max_staff is not None:
            in_range(self.max_staff, 1, 50, "max_staff")
            if self.max_staff < self.min_staff:
                raise ValidationError("max_staff", f"is below min_staff ({self.max_staff} < {self.min_staff})")
        object.__setattr__(self, "delegation_ids", tuple(sorted(set(self.delegation_ids))))
        object.__setattr__(self, "delegate_ids", tuple(sorted(set(self.delegate_ids))))

    @property
    def most_staff(self) -> int:
        return self.max_staff if self.max_staff is not None else self.min_staff

    def may_take(self, delegate: Delegate) -> bool:
        """Whether ``delegate`` is eligible (a live one: removed people take nothing)."""
        if delegate.removed_at is not None:
            return False
        if not self.delegation_ids and not self.delegate_ids:
            return not delegate.is_staff
        return delegate.id in self.delegate_ids or (
            delegate.delegation_id is not None and delegate.delegation_id in self.delegation_ids)

    def shifts(self, zone_name: str) -> list[Shift]:
        """The duty's shifts, as UTC instants of its local hours in ``zone_name`` (the venue's)."""
        start = datetime.combine(self.day, self.opens)
        closing = datetime.combine(self.day, self.closes)
        shifts = []
        while start < closing:
            end = min(start + timedelta(minutes=self.shift_minutes), closing)
            shifts.append(Shift(self.id or 0, localize(start, zone_name), localize(end, zone_name)))
            start = end
        return shifts

    def label(self, room_name: str) -> str:
        """'Hong Kong Pavilion Stand A10, 17 Mar'."""
        return f"{room_name}, {day_month(self.day)}"


@dataclass(frozen=True, slots=True, order=True)
class Shift:
    duty_id: int
    start: datetime
    end: datetime

    @property
    def minutes(self) -> int:
        return int((self.end - self.start).total_seconds() // 60)


def is_fixed_shift(activity: Activity) -> bool:
    """A shift the roster leaves as it is: confirmed or pinned."""
    return activity.pinned or activity.status is ActivityStatus.CONFIRMED


def roster_shifts(plan: Plan) -> list[Activity]:
    """The live shifts the roster wrote or manages (booth duty linked to a live duty)."""
    return [a for a in plan.activities if a.kind is ActivityKind.BOOTH_DUTY and not a.is_cancelled
            and a.duty_id in plan.duty_by_id]
