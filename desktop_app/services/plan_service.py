"""Creating, opening, copying and summarising plans (files, or plans on a server)."""

from __future__ import annotations

import dataclasses
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.domain.activities import ActivityStatus
from desktop_app.domain.change_log import ChangeEntry
from desktop_app.domain.dates_text import day_month_year
from desktop_app.domain.plan import Plan, PlanSettings
from desktop_app.domain.plan_location import PlanLocation, ServerPlan, parse_plan_location
from desktop_app.domain.requests import RequestStatus
from desktop_app.domain.timezones import validate_zone

if TYPE_CHECKING:  # the database layer loads with the first plan opened, off the window's start
    from desktop_app.storage.plan_store import PlanStore

from .credentials_service import with_stored_password
from .manager import manager_name, use_manager_name

__all__ = ["manager_name", "use_manager_name"]

PLAN_SUFFIX = ".dplan"
DEFAULT_TIMEZONE = "Asia/Hong_Kong"
"""A new plan's zone for times given without one, unless the person picks another."""


def location_of(text: str | PlanLocation) -> PlanLocation:
    """A plan file's path or a ``postgresql://`` URL, as typed (a location already parsed as it is)."""
    return text if isinstance(text, ServerPlan) else parse_plan_location(text)


def create_plan(path: PlanLocation, *, name: str | None = None, timezone: str | None = None,
                demo: bool = False) -> PlanStore:
    """A new, empty plan (a file, or a plan on a server), or the FilMart 2025 demo plan with ``demo``.

    ``timezone`` is the zone for times given without one where no market or venue says otherwise.
    """
    if timezone:
        validate_zone(timezone)  # before any file exists
    if demo and isinstance(path, ServerPlan):  # built in a file, then copied up whole
        with tempfile.TemporaryDirectory() as folder, create_plan(Path(folder) / "demo.dplan", name=name,
                                                                  timezone=timezone, demo=True) as built:
            from desktop_app.storage import plan_copy

            return plan_copy.copy_plan(built, with_stored_password(path), author=manager_name())
    if demo:
        assert isinstance(path, Path)
        from .demo_service import create_demo_plan

        store = create_demo_plan(path)
        if name or timezone:
            with store.write() as tx:
                settings = tx.snapshot().settings
                tx.set_settings(dataclasses.replace(
                    settings, name=name or settings.name, timezone=timezone or settings.timezone
                ))
        return store
    from desktop_app.storage.plan_store import PlanStore

    default_name = path.name if isinstance(path, ServerPlan) else path.stem
    return PlanStore.create(with_stored_password(path),
                            PlanSettings(name=name or default_name, timezone=timezone or DEFAULT_TIMEZONE),
                            author=manager_name())


def open_plan(path: PlanLocation) -> PlanStore:
    """Open a plan for this process's manager (``manager_name``); an older schema is upgraded."""
    from desktop_app.storage.plan_store import PlanStore

    return PlanStore.open(with_stored_password(path), author=manager_name())


def save_copy(store: PlanStore, target: Path) -> Path:
    """A consistent copy of the open plan in the file ``target``; the plan stays open and is not changed.

    Refuses to write over the plan itself (or over a plan open elsewhere).
    """
    from desktop_app.storage import plan_copy
    from desktop_app.storage.plan_file import copy_plan_file

    if isinstance(store.path, Path):
        copy_plan_file(store.path, target)
        return target
    if target.exists():  # the copy is built beside it and moved into place
        partial = target.with_name(f".{target.name}.copying.dplan")
        partial.unlink(missing_ok=True)
        plan_copy.copy_plan(store, partial, author=store.author).close()
        partial.replace(target)
    else:
        plan_copy.copy_plan(store, target, author=store.author).close()
    return target


@dataclass(frozen=True, slots=True)
class CopyOutcome:
    target: PlanLocation
    rows: dict[str, int]


def copy_plan(source: PlanLocation, target: PlanLocation, *,
              progress: Callable[[str, int], None] | None = None) -> CopyOutcome:
    """Copy a plan between files and servers, everything kept (ids, UIDs, SEQUENCEs, history).

    The target must not be a plan yet (a new file; a schema that does not exist or is empty).
    """
    if str(source) == str(target):
        from .errors import UserError

        raise UserError(f"{target} is the plan itself; name another place for the copy")
    from desktop_app.storage import plan_copy

    with open_plan(source) as opened, plan_copy.copy_plan(opened, with_stored_password(target), author=manager_name(),
                                                          progress=progress) as copied:
        counts = plan_copy.row_counts(copied)
    return CopyOutcome(target, counts)


def history(store: PlanStore, *, after: int | None = None, limit: int | None = None) -> list[ChangeEntry]:
    """Who changed the plan, when, and how many of what: newest first."""
    return store.history(after=after, limit=limit)


def latest_change_id(store: PlanStore) -> int:
    return store.latest_change_id()


def change_counter(store: PlanStore) -> int | None:
    """Moves whenever another window, program or manager has committed to the plan since the
    last call; this store's own edits leave it alone. None while one of them is being written.
    Raises ``StorageError`` (``ServerUnavailable``) while the plan's server cannot be reached."""
    return store.data_version()


@dataclass(frozen=True, slots=True)
class MarketSummary:
    name: str
    city: str
    timezone: str
    first_day: date
    last_day: date


@dataclass(frozen=True, slots=True)
class ProjectSummary:
    title: str
    original_title: str
    external_id: str
    team: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PlanSummary:
    name: str
    path: str
    timezone: str
    schema: str | None
    markets: tuple[MarketSummary, ...]
    projects: tuple[ProjectSummary, ...]
    counts: dict[str, int]
    activities_by_status: dict[str, int]
    requests_by_status: dict[str, int]

    def to_json(self) -> dict[str, object]:
        return {
            "name": self.name,
            "path": self.path,
            "timezone": self.timezone,
            "schema": self.schema,
            "markets": [
                {"name": m.name, "city": m.city, "timezone": m.timezone,
                 "first_day": m.first_day.isoformat(), "last_day": m.last_day.isoformat()}
                for m in self.markets
            ],
            "projects": [
                {"title": p.title, "original_title": p.original_title, "external_id": p.external_id,
                 "team": list(p.team)}
                for p in self.projects
            ],
            "counts": self.counts,
            "activities_by_status": self.activities_by_status,
            "requests_by_status": self.requests_by_status,
        }

    def to_text(self) -> str:
        lines = [f"{self.name}  ({self.path})", f"Time zone: {self.timezone}"]
        for market in self.markets:
            lines.append(f"Market: {market.name}, {market.city} ({market.timezone}) "
                         f"{day_month_year(market.first_day)} – {day_month_year(market.last_day)}")
        for project in self.projects:
            team = f" (team: {', '.join(project.team)})" if project.team else ""
            lines.append(f"Project: {project.title}{team}")
        width = max(len(key) for key in self.counts)
        lines += [f"  {key.replace('_', ' '):<{width}}  {value:>6}" for key, value in self.counts.items()]
        statuses = ", ".join(f"{count} {status}" for status, count in self.activities_by_status.items() if count)
        lines.append(f"Activities by status: {statuses or 'none'}")
        requests = ", ".join(f"{count} {status}" for status, count in self.requests_by_status.items() if count)
        lines.append(f"Meeting requests: {requests or 'none'}")
        return "\n".join(lines)


def summarize(store: PlanStore, plan: Plan | None = None, *, schema: str | None = None) -> PlanSummary:
    """Counts and names of ``plan`` (read from ``store`` when not given); ``schema`` saves asking
    the file again when the caller knows it (a window patching its snapshot after an edit)."""
    plan = plan or store.read()
    return PlanSummary(
        name=plan.settings.name,
        path=str(store.path),
        timezone=plan.settings.timezone,
        schema=schema or store.schema_revision(),
        markets=tuple(
            MarketSummary(m.name, m.city, m.timezone, m.first_day, m.last_day)
            for m in sorted(plan.markets, key=lambda m: (m.first_day, m.name))
        ),
        projects=tuple(
            ProjectSummary(p.title, p.original_title, p.external_id,
                           tuple(plan.delegate_by_id[i].name for i in p.member_ids if i in plan.delegate_by_id))
            for p in plan.projects
        ),
        counts={
            "markets": len(plan.markets),
            "venues": len(plan.venues),
            "rooms": len(plan.rooms),
            "travel_times": len(plan.travel_times),
            "delegations": len(plan.delegations),
            "delegates": len(plan.delegates) - len(plan.staff),
            "staff": len(plan.staff),
            "stays": len(plan.stays),
            "contacts": len(plan.contacts),
            "projects": len(plan.projects),
            "activities": len(plan.activities),
            "availability_windows": len(plan.availability),
            "meeting_requests": len(plan.requests),
            "booth_duties": len(plan.duties),
        },
        activities_by_status={
            status.value: sum(1 for a in plan.activities if a.status is status) for status in ActivityStatus
        },
        requests_by_status={
            status.value: sum(1 for r in plan.requests if r.status is status) for status in RequestStatus
        },
    )
