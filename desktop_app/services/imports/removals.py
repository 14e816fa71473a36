"""Activities a re-issued programme no longer lists: marked cancelled (never deleted) and
reported as removed; one that comes back later is reinstated. Shared by the CSV/XLSX and the
iCalendar programme imports, so both decide alike which activities are "this file's".

A file's earlier versions are the files of the same name and the sources of the activities it
matched by external id (a re-issue saved as ``programme-v2.csv`` still finds what
``programme.csv`` brought). Another organiser's programme, hand-made activities (source "")
and the scheduler's meetings are never touched.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass

from desktop_app.domain.activities import Activity, ActivityStatus
from desktop_app.domain.plan import Plan

from .classify import describe
from .report import ChangeKind, ImportChange

_NOT_A_FILE = frozenset({"", "scheduler"})  # made by hand or by the scheduler


class EarlierVersions:
    """The sources that count as earlier versions of the file being imported."""

    def __init__(self, file: str) -> None:
        self._sources = {file}

    def note_match(self, activity: Activity, external_id: str) -> None:
        """``activity`` was matched by a row or event of this file: when by the same external id,
        what it came from is an earlier version of this file."""
        if activity.external_id == external_id:
            self._sources.add(activity.source)

    @property
    def sources(self) -> frozenset[str]:
        return frozenset(self._sources - _NOT_A_FILE)


@dataclass(frozen=True, slots=True)
class Removal:
    activity: Activity
    cancelled: Activity  # ``activity`` revised: its SEQUENCE is up, so calendars re-read it
    change: ImportChange


def removed_from_file(
    plan: Plan,
    activities: Iterable[Activity],
    versions: EarlierVersions,
    listed: Collection[str],
    matched: Collection[int],
) -> list[Removal]:
    """The activities among ``activities`` that an earlier version of the file brought and that it
    no longer lists (``listed``: its external ids; ``matched``: ids of the activities it updated)."""
    sources = versions.sources
    return [
        Removal(activity, activity.revised(status=ActivityStatus.CANCELLED),
                ImportChange(ChangeKind.REMOVED, "activity", activity.external_id,
                             f"{describe(plan, activity)} is no longer in the file: marked cancelled"))
        for activity in activities
        if activity.external_id
        and activity.source in sources
        and activity.external_id not in listed
        and activity.id not in matched
        and not activity.is_cancelled
        and activity.request_id is None
    ]


__all__ = ["EarlierVersions", "Removal", "removed_from_file"]
