"""A plan's history as a CSV file: one row per change (when in UTC, who, what, the counts)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from desktop_app.domain.change_log import ChangeEntry, describe_counts

COLUMNS = ("id", "at_utc", "manager", "what", "counts", "app_version")


def history_csv(entries: Iterable[ChangeEntry]) -> str:
    """UTF-8 text with a header row; ``counts`` reads ``activities moved=3; delegates changed=1``."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for entry in entries:
        counts = "; ".join(f"{c.table} {c.verb}={c.count}" for c in entry.counts)
        writer.writerow((entry.id, entry.at.strftime("%Y-%m-%dT%H:%M:%SZ"), entry.author,
                         describe_counts(entry.counts), counts, entry.app_version))
    return out.getvalue()
