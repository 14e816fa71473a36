"""The plan's conflicts, for the CLI's ``conflicts`` command and the main window's side panel."""

from __future__ import annotations

from typing import Protocol

from desktop_app.domain.conflicts import Conflict, find_conflicts
from desktop_app.domain.plan import Plan


class PlanReader(Protocol):
    def read(self) -> Plan: ...


def find_plan_conflicts(store: PlanReader) -> list[Conflict]:
    """Every conflict and warning in the plan as it is now (one read transaction)."""
    return find_conflicts(store.read())


def conflicts_in(plan: Plan) -> list[Conflict]:
    """Every conflict and warning in a snapshot already read (the window reads once per refresh)."""
    return find_conflicts(plan)


def conflicts_json(conflicts: list[Conflict]) -> list[dict[str, object]]:
    """The ``conflicts --json`` payload: one object per conflict, in the order found."""
    return [conflict.to_json() for conflict in conflicts]
