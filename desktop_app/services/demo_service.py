"""The FilMart 2025 demo plan, built from the readable files in ``resources/demo/``.

The CSV files go through the same importer a user runs, so the demo plan is also an
end-to-end example of every import format; only what no import format covers (plan settings,
markets, delegations with their managers, projects) comes from ``plan.json``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from desktop_app.domain.errors import DomainError
from desktop_app.domain.people import Delegation, Project
from desktop_app.domain.places import Market
from desktop_app.domain.plan import PlanSettings
from desktop_app.domain.timezones import utc_now
from desktop_app.storage.plan_store import PlanStore

from .errors import UserError
from .import_service import import_file

RESOURCES_ENV = "DELEGATION_PLANNER_RESOURCES"
"""Points at a ``resources/`` folder elsewhere (a frozen build, a test's copy)."""

# Before the projects: the places and the people that projects and activities refer to.
FIRST_IMPORTS = (
    ("venues.csv", "venues"),
    ("travel.csv", "travel"),
    ("delegates.csv", "delegates"),
    ("contacts.csv", "contacts"),
)
# After the projects: rows that name a project (programme, availability, requests).
LATER_IMPORTS = (
    ("programme.csv", "programme"),
    ("availability.csv", "availability"),
    ("requests.csv", "requests"),
)


def resources_dir() -> Path:
    override = os.environ.get(RESOURCES_ENV)
    if override:
        return Path(override)
    return Path(__file__).resolve().parents[2] / "resources"


def demo_dir() -> Path:
    return resources_dir() / "demo"


@dataclass(frozen=True, slots=True)
class DemoSpec:
    """What ``plan.json`` holds; projects name their members by delegate email."""

    settings: PlanSettings
    markets: tuple[Market, ...]
    delegations: tuple[Delegation, ...]
    projects: tuple[tuple[Project, tuple[str, ...]], ...]


def read_spec(path: Path) -> DemoSpec:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return DemoSpec(
            settings=PlanSettings(**data["settings"]),
            markets=tuple(
                Market(
                    None, m["name"], m["city"], m["timezone"],
                    date.fromisoformat(m["first_day"]), date.fromisoformat(m["last_day"]),
                )
                for m in data["markets"]
            ),
            delegations=tuple(Delegation(None, **d) for d in data["delegations"]),
            projects=tuple(_project(p) for p in data["projects"]),
        )
    except FileNotFoundError:
        raise UserError(f"the demo plan's files are missing: {path} does not exist") from None
    except (ValueError, KeyError, TypeError) as error:  # JSONDecodeError and DomainError are ValueErrors
        raise UserError(f"{path} is not a valid demo plan description ({_describe(error)})") from None


def _project(entry: dict[str, Any]) -> tuple[Project, tuple[str, ...]]:
    members = tuple(email.strip().lower() for email in entry.get("members", ()))
    fields = {key: value for key, value in entry.items() if key != "members"}
    return Project(None, **fields), members


def _describe(error: Exception) -> str:
    if isinstance(error, KeyError):
        return f"missing key {error}"
    return str(error)


def create_demo_plan(path: Path, *, now: datetime | None = None) -> PlanStore:
    """A new plan file at ``path`` holding the FilMart 2025 demo plan.

    ``now`` stamps the plan's created/last-modified times (tests pass a fixed instant).
    A failure leaves no half-built file behind.
    """
    source = demo_dir()
    spec = read_spec(source / "plan.json")
    clock: Callable[[], datetime] = (lambda: now) if now is not None else utc_now
    path = Path(path)
    store = PlanStore.create(path, spec.settings, clock=clock)
    try:
        with store.write() as tx:
            for market in spec.markets:
                tx.add(market)
            for delegation in spec.delegations:
                tx.add(delegation)
        for file_name, kind in FIRST_IMPORTS:
            import_file(store, source / file_name, kind)
        _add_projects(store, spec)
        for file_name, kind in LATER_IMPORTS:
            import_file(store, source / file_name, kind)
    except BaseException:
        store.close()
        for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            leftover.unlink(missing_ok=True)
        raise
    return store


def _add_projects(store: PlanStore, spec: DemoSpec) -> None:
    with store.write() as tx:
        delegate_ids = {d.email: d.id for d in tx.snapshot().delegates if d.email and d.id is not None}
        for project, members in spec.projects:
            unknown = [email for email in members if email not in delegate_ids]
            if unknown:
                raise DomainError(
                    f"demo project '{project.title}' names members who are not delegates: {', '.join(unknown)}"
                )
            tx.add(replace(project, member_ids=tuple(delegate_ids[email] for email in members)))
