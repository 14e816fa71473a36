"""A plan's history: who changed it, when, and how many of what (one entry per transaction)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

NOUNS = {
    "plan_settings": ("the plan's settings", "the plan's settings"),
    "markets": ("market", "markets"), "venues": ("venue", "venues"), "rooms": ("room", "rooms"),
    "travel_times": ("travel time", "travel times"), "delegations": ("delegation", "delegations"),
    "delegates": ("delegate", "delegates"), "stays": ("stay", "stays"), "contacts": ("contact", "contacts"),
    "projects": ("project", "projects"), "activities": ("activity", "activities"),
    "availability_windows": ("availability window", "availability windows"),
    "meeting_requests": ("meeting request", "meeting requests"),
    "booth_duties": ("booth duty", "booth duties"),
    "delivery_settings": ("the delivery settings", "the delivery settings"),
    "delivery_targets": ("delivery target", "delivery targets"),
    "delivered_events": ("delivered event", "delivered events"),
}
"""English names of what a change counts, by table; a table not named here reads as its name."""
VERB_ORDER = ("moved", "changed", "added", "deleted", "removed", "restored", "recorded")


@dataclass(frozen=True, slots=True)
class ChangeCount:
    table: str
    verb: str
    """added, changed, moved, deleted (removed, for people), restored; recorded (what delivery sent)."""
    count: int


@dataclass(frozen=True, slots=True)
class ChangeEntry:
    id: int
    at: datetime
    author: str
    counts: tuple[ChangeCount, ...]
    app_version: str = ""

    @property
    def who(self) -> str:
        return self.author or "someone"


def noun(table: str, count: int) -> str:
    one, many = NOUNS.get(table, (table.replace("_", " "), table.replace("_", " ")))
    if table in ("plan_settings", "delivery_settings"):
        return one
    return f"{count} {one if count == 1 else many}"


def describe_counts(counts: tuple[ChangeCount, ...]) -> str:
    """'moved 3 activities and changed 1 delegate, 2 stays' (English: the command line and exports)."""
    verbs = sorted({c.verb for c in counts}, key=lambda v: VERB_ORDER.index(v) if v in VERB_ORDER else 99)
    parts = [f"{verb} " + ", ".join(noun(c.table, c.count) for c in sorted(counts, key=lambda c: c.table)
                                    if c.verb == verb)
             for verb in verbs]
    if not parts:
        return "changed nothing"
    return parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} and {parts[-1]}"


def describe(entry: ChangeEntry) -> str:
    """'Lau Mei-ling moved 3 activities'."""
    return f"{entry.who} {describe_counts(entry.counts)}"
