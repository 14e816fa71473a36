"""The context menus of the roster: a shift's people (swap, move, take off, put on) and a need's
interpreter. What each entry offers is plain Python (``swap_choices`` ...), so it is tested
without a menu; the menus only turn choices into ``edit_requested`` work for the section.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from desktop_app.domain.activities import Activity
from desktop_app.domain.languages import speaks
from desktop_app.domain.people import Delegate
from desktop_app.domain.plan import Plan
from desktop_app.domain.timezones import to_local
from desktop_app.services.roster import move_to_shift, put_on_shift, set_interpreter, swap_on_shifts, take_off_shift
from desktop_app.ui.roster.roster_rows import RosterDay, ShiftCell
from desktop_app.ui.window_dates import clock
from desktop_app.ui.workspace.section import Work

translate = QCoreApplication.translate

Request = Callable[[str, Work], None]
"""(undo text, work): the section's ``request_edit``."""


@dataclass(frozen=True, slots=True)
class SwapChoice:
    other: ShiftCell
    person_id: int


def shift_label(plan: Plan, cell: ShiftCell) -> str:
    """'12:00–14:00, Hong Kong Pavilion Stand A10'."""
    room = plan.room_by_id.get(cell.duty.room_id)
    span = f"{clock(to_local(cell.start, cell.zone))}–{clock(to_local(cell.end, cell.zone))}"
    return f"{span}, {room.name}" if room is not None else span


def _person(plan: Plan, person_id: int) -> Delegate | None:
    return plan.delegate_by_id.get(person_id)


def swap_choices(plan: Plan, day: RosterDay, cell: ShiftCell, person_id: int) -> list[SwapChoice]:
    """Everyone on another shift of the day with whom ``person_id`` may change places."""
    person = _person(plan, person_id)
    if person is None:
        return []
    choices = []
    for other in sorted(day.cells.values(), key=lambda c: (c.start, c.duty.id or 0)):
        if other.key == cell.key or person_id in other.staff or not other.duty.may_take(person):
            continue
        for partner_id in other.staff:
            partner = _person(plan, partner_id)
            if partner is not None and partner_id not in cell.staff and cell.duty.may_take(partner):
                choices.append(SwapChoice(other, partner_id))
    return choices


def move_choices(plan: Plan, day: RosterDay, cell: ShiftCell, person_id: int) -> list[ShiftCell]:
    """The day's other shifts with a free place ``person_id`` may take."""
    person = _person(plan, person_id)
    if person is None:
        return []
    return [other for other in sorted(day.cells.values(), key=lambda c: (c.start, c.duty.id or 0))
            if other.key != cell.key and person_id not in other.staff and len(other.staff) < other.most
            and other.duty.may_take(person)]


def put_on_choices(plan: Plan, cell: ShiftCell) -> list[Delegate]:
    """Who may join ``cell`` (while it has a free place), by name."""
    if len(cell.staff) >= cell.most:
        return []
    return sorted((d for d in plan.delegates if d.id is not None and d.id not in cell.staff and cell.duty.may_take(d)),
                  key=lambda d: d.name.casefold())


def interpreter_choices(plan: Plan, activity: Activity) -> list[Delegate]:
    """Staff who speak every language of the need and do not attend it for themselves."""
    own = {a.delegate_id for a in activity.attendees if not a.interpreter}
    return sorted((p for p in plan.staff if p.removed_at is None and p.id not in own
                   and all(speaks(p.languages, tag) for tag in activity.interpreting)),
                  key=lambda p: p.name.casefold())


def fill_shift_menu(menu: QMenu, plan: Plan, day: RosterDay, cell: ShiftCell, request: Request) -> None:
    """The entries for ``cell``: per person on it swap, move and take off; then put someone on."""
    for person_id in cell.staff:
        name = _name(plan, person_id)
        people = menu.addMenu(name.replace("&", "&&"))
        swap = people.addMenu(translate("ShiftMenu", "&Swap with"))
        for choice in swap_choices(plan, day, cell, person_id):
            text = f"{_name(plan, choice.person_id)} ({shift_label(plan, choice.other)})"
            swap.addAction(text).triggered.connect(
                lambda _checked=False, c=choice, p=person_id: request_swap(request, plan, cell, p, c.other,
                                                                           c.person_id))
        swap.setEnabled(not swap.isEmpty())
        move = people.addMenu(translate("ShiftMenu", "&Move to"))
        for other in move_choices(plan, day, cell, person_id):
            move.addAction(shift_label(plan, other)).triggered.connect(
                lambda _checked=False, o=other, p=person_id: request_move(request, plan, cell, p, o))
        move.setEnabled(not move.isEmpty())
        people.addAction(translate("ShiftMenu", "&Take off this shift")).triggered.connect(
            lambda _checked=False, p=person_id: request(
                translate("ShiftMenu", "Take %1 off a shift").replace("%1", _name(plan, p)),
                lambda store: take_off_shift(store, cell.ref, p)))
    if cell.staff:
        menu.addSeparator()
    put_on = menu.addMenu(translate("ShiftMenu", "&Put on this shift"))
    for person in put_on_choices(plan, cell):
        put_on.addAction(person.name).triggered.connect(
            lambda _checked=False, p=person.id or 0: request(
                translate("ShiftMenu", "Put %1 on a shift").replace("%1", _name(plan, p)),
                lambda store: put_on_shift(store, cell.ref, p)))
    put_on.setEnabled(not put_on.isEmpty())


def fill_need_menu(menu: QMenu, plan: Plan, activity: Activity, request: Request) -> None:
    """The interpreters who can take the need, the current one checked, and Nobody."""
    current = activity.interpreter_id
    for person in interpreter_choices(plan, activity):
        action = menu.addAction(person.name)
        action.setCheckable(True)
        action.setChecked(person.id == current)
        action.triggered.connect(lambda _checked=False, p=person.id: request(
            translate("ShiftMenu", "Make %1 the interpreter of '%2'").replace("%1", _name(plan, p or 0))
            .replace("%2", activity.title),
            lambda store: set_interpreter(store, activity.id or 0, p)))
    if menu.isEmpty():
        menu.addAction(translate("ShiftMenu", "No interpreter speaks these languages")).setEnabled(False)
    menu.addSeparator()
    nobody = menu.addAction(translate("ShiftMenu", "&No interpreter"))
    nobody.setEnabled(current is not None)
    nobody.triggered.connect(lambda _checked=False: request(
        translate("ShiftMenu", "Take the interpreter off '%1'").replace("%1", activity.title),
        lambda store: set_interpreter(store, activity.id or 0, None)))


def request_swap(request: Request, plan: Plan, cell: ShiftCell, person_id: int, other: ShiftCell,
                 other_person: int) -> None:
    text = translate("ShiftMenu", "Swap %1 and %2").replace("%1", _name(plan, person_id)).replace(
        "%2", _name(plan, other_person))
    request(text, lambda store: swap_on_shifts(store, cell.ref, person_id, other.ref, other_person))


def request_move(request: Request, plan: Plan, cell: ShiftCell, person_id: int, other: ShiftCell) -> None:
    text = translate("ShiftMenu", "Move %1 to another shift").replace("%1", _name(plan, person_id))
    request(text, lambda store: move_to_shift(store, cell.ref, person_id, other.ref))


def _name(plan: Plan, person_id: int) -> str:
    person = _person(plan, person_id)
    return person.name if person is not None else f"#{person_id}"
