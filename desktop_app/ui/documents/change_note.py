"""The short note a window shows when other managers changed the plan: 'Lau Mei-ling moved 3
activities', in the window's language (the change log's counts, read after the change)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject

from desktop_app.domain.change_log import VERB_ORDER, ChangeCount, ChangeEntry


class ChangeNote(QObject):
    """Only for its ``tr`` (lupdate reads plural forms from ``self.tr`` calls)."""

    def noun(self, table: str, count: int) -> str:
        nouns = {
            "plan_settings": lambda: self.tr("the plan's settings"),
            "delivery_settings": lambda: self.tr("the delivery settings"),
            "markets": lambda: self.tr("%n markets", "", count),
            "venues": lambda: self.tr("%n venues", "", count),
            "rooms": lambda: self.tr("%n rooms", "", count),
            "travel_times": lambda: self.tr("%n travel times", "", count),
            "delegations": lambda: self.tr("%n delegations", "", count),
            "delegates": lambda: self.tr("%n delegates", "", count),
            "stays": lambda: self.tr("%n stays", "", count),
            "contacts": lambda: self.tr("%n contacts", "", count),
            "projects": lambda: self.tr("%n projects", "", count),
            "activities": lambda: self.tr("%n activities", "", count),
            "availability_windows": lambda: self.tr("%n availability windows", "", count),
            "meeting_requests": lambda: self.tr("%n meeting requests", "", count),
            "booth_duties": lambda: self.tr("%n booth duties", "", count),
            "delivery_targets": lambda: self.tr("%n delivery targets", "", count),
            "delivered_events": lambda: self.tr("%n delivered events", "", count),
        }
        text = nouns.get(table)
        return text() if text else f"{count} {table.replace('_', ' ')}"

    def verb_phrase(self, verb: str, things: str) -> str:
        phrases = {
            "moved": lambda: self.tr("moved %1"), "changed": lambda: self.tr("changed %1"),
            "added": lambda: self.tr("added %1"), "deleted": lambda: self.tr("deleted %1"),
            "removed": lambda: self.tr("removed %1"), "restored": lambda: self.tr("restored %1"),
            "recorded": lambda: self.tr("recorded %1"),
        }
        phrase = phrases.get(verb)
        return (phrase() if phrase else f"{verb} %1").replace("%1", things)

    def describe_counts(self, counts: Sequence[ChangeCount]) -> str:
        verbs = sorted({c.verb for c in counts}, key=lambda v: VERB_ORDER.index(v) if v in VERB_ORDER else 99)
        separator = self.tr(", ")
        return separator.join(
            self.verb_phrase(verb, separator.join(self.noun(c.table, c.count)
                                                  for c in sorted(counts, key=lambda c: c.table) if c.verb == verb))
            for verb in verbs)

    def note(self, entries: Sequence[ChangeEntry]) -> str:
        if not entries:
            return self.tr("The plan was changed outside this window; refreshed")
        merged: dict[tuple[str, str], int] = {}
        authors = list(dict.fromkeys(entry.author or self.tr("Someone") for entry in entries))
        for entry in entries:
            for count in entry.counts:
                merged[(count.table, count.verb)] = merged.get((count.table, count.verb), 0) + count.count
        what = self.describe_counts([ChangeCount(table, verb, count) for (table, verb), count in merged.items()])
        if len(authors) == 1:
            return self.tr("%1 %2").replace("%1", authors[0]).replace("%2", what)
        return self.tr("%1 and %n others %2", "", len(authors) - 1).replace("%1", authors[0]).replace("%2", what)


def describe_counts(counts: Sequence[ChangeCount]) -> str:
    """'moved 3 activities, added 1 delegate' (the window's language)."""
    return ChangeNote().describe_counts(counts)


def change_note(entries: Sequence[ChangeEntry]) -> str:
    """One line for what others did since the window last read the plan (entries newest first):
    'Lau Mei-ling moved 3 activities'; several managers: the latest and how many others."""
    return ChangeNote().note(entries)
