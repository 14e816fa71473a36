"""Finding the delegates, delegations and projects a user names on the command line.

One matching rule for every export (``export ics``, ``export pdf``) and the .ics import:
a delegate by email or exact name (Latin, native script or both); names compare up to
Unicode normalisation, letter case and repeated spaces (the rule table imports use, see
``import_lookup.name_key``).
"""

from __future__ import annotations

from desktop_app.domain.people import Delegate, Delegation, Project
from desktop_app.domain.plan import Plan

from .errors import UserError
from .import_lookup import name_key

__all__ = ["delegates_by_id", "find_delegate", "find_delegation", "find_project", "name_key"]


def find_delegate(plan: Plan, wanted: str) -> Delegate:
    """A delegate by email or exact name; an email or name two delegates share is ambiguous."""
    key = name_key(wanted)
    by_email = [d for d in plan.delegates if d.email and d.email.casefold() == key]
    found = by_email or [d for d in plan.delegates
                         if key in {name_key(d.name), name_key(d.native_name), name_key(d.display_name)}]
    if len(found) == 1:
        return found[0]
    if by_email:  # e.g. a couple sharing one address
        names = ", ".join(d.display_name for d in found)
        raise UserError(f"{len(found)} delegates share the email '{wanted}'; name one by name ({names})")
    if found:
        emails = ", ".join(d.email or f"id {d.id}" for d in found)
        raise UserError(f"{len(found)} delegates are called '{wanted}'; name one by email ({emails})")
    raise UserError(f"no delegate with the email or name '{wanted}' in the plan")


def delegates_by_id(plan: Plan, ids: list[int]) -> list[Delegate]:
    """The delegates with these ids, in the order given; an unknown id is a user error."""
    chosen = []
    for delegate_id in ids:
        delegate = plan.delegate_by_id.get(delegate_id)
        if delegate is None:
            raise UserError(f"the plan has no delegate with id {delegate_id}")
        chosen.append(delegate)
    return chosen


def find_delegation(plan: Plan, wanted: str) -> Delegation:
    found = [d for d in plan.delegations if name_key(d.name) == name_key(wanted)]
    if not found:
        known = ", ".join(d.name for d in plan.delegations) or "none"
        raise UserError(f"no delegation called '{wanted}' (the plan has: {known})")
    return found[0]


def find_project(plan: Plan, wanted: str) -> Project:
    key = name_key(wanted)
    found = [p for p in plan.projects if key in {name_key(p.title), name_key(p.original_title)}]
    if not found:
        raise UserError(f"no project titled '{wanted}' in the plan")
    return found[0]
