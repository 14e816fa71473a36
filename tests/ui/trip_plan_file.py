"""Issue 8's Korean delegation as a plan file, imported from ``tests/data/trip``: every kind of entity
(stays, contacts, projects, requests, availability), Cannes in CEST and Hong Kong in HKT."""

from __future__ import annotations

from pathlib import Path

from desktop_app.domain.plan import PlanSettings
from desktop_app.services.imports import import_file
from desktop_app.storage.plan_store import PlanStore

TRIP = Path(__file__).parents[1] / "data" / "trip"
KINDS = ("markets", "venues", "travel", "delegates", "stays", "contacts", "projects", "programme", "availability",
         "requests")


def build_trip_plan(path: Path) -> Path:
    store = PlanStore.create(path, PlanSettings(name="KOFIC", timezone="Asia/Seoul"))
    try:
        for kind in KINDS:
            import_file(store, TRIP / f"{kind}.csv", kind)
    finally:
        store.close()
    return path
