"""The FilMart 2025 demo plan, built from the readable files in ``resources/demo/``.

The CSV files go through the same importer a user runs, so the demo plan is also an
end-to-end example of every import format; only what no import format covers (plan settings,
delegations with their managers) comes from ``plan.json``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop_app.domain.people import Delegation
from desktop_app.domain.plan import PlanSettings
from desktop_app.domain.timezones import utc_now
from desktop_app.resources import demo_dir
from desktop_app.storage.plan_store import PlanStore

from .errors import UserError
from .imports import import_file
from .manager import manager_name

# In the order the catalogue of import kinds recommends: what rows refer to comes first.
IMPORTS = (
    ("markets.csv", "markets"),
    ("venues.csv", "venues"),
    ("travel.csv", "travel"),
    ("delegates.csv", "delegates"),
    ("staff.csv", "staff"),
    ("contacts.csv", "contacts"),
    ("projects.csv", "projects"),
    ("programme.csv", "programme"),
    ("availability.csv", "availability"),
    ("requests.csv", "requests"),
    ("duties.csv", "duties"),
)


@dataclass(frozen=True, slots=True)
class DemoSpec:
    """What ``plan.json`` holds."""

    settings: PlanSettings
    delegations: tuple[Delegation, ...]


def read_spec(path: Path) -> DemoSpec:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return DemoSpec(
            settings=PlanSettings(**data["settings"]),
            delegations=tuple(Delegation(None, **d) for d in data["delegations"]),
        )
    except FileNotFoundError:
        raise UserError(f"the demo plan's files are missing: {path} does not exist") from None
    except (ValueError, KeyError, TypeError) as error:  # JSONDecodeError and DomainError are ValueErrors
        raise UserError(f"{path} is not a valid demo plan description ({_describe(error)})") from None


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
    store = PlanStore.create(path, spec.settings, clock=clock, author=manager_name())
    try:
        with store.write() as tx:
            for delegation in spec.delegations:
                tx.add(delegation)
        for file_name, kind in IMPORTS:
            import_file(store, source / file_name, kind)
    except BaseException:
        store.close()
        for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            leftover.unlink(missing_ok=True)
        raise
    return store
