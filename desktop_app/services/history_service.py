"""A plan's history of changes for people: lines, JSON and CSV (the command line, the window)."""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from desktop_app.domain.change_log import ChangeEntry, describe, describe_counts
from desktop_app.formats.history_csv import history_csv


def history_lines(entries: Iterable[ChangeEntry]) -> list[str]:
    """'2025-03-01 09:30 UTC  Lau Mei-ling moved 3 activities', newest first."""
    return [f"{entry.at:%Y-%m-%d %H:%M} UTC  {describe(entry)}" for entry in entries]


def history_json(entries: Sequence[ChangeEntry]) -> dict[str, object]:
    """The ``history --json`` document (see README)."""
    return {"changes": [
        {"id": entry.id, "at": entry.at.isoformat().replace("+00:00", "Z"), "manager": entry.author,
         "what": describe_counts(entry.counts), "app_version": entry.app_version,
         "counts": [{"table": c.table, "verb": c.verb, "count": c.count} for c in entry.counts]}
        for entry in entries]}


def write_csv(entries: Iterable[ChangeEntry], target: Path) -> Path:
    """The history as CSV at ``target``, written whole (beside it, then moved into place)."""
    data = history_csv(entries).encode("utf-8-sig")  # the BOM: spreadsheet programs read UTF-8 then
    partial = target.with_name(f".{target.name}.writing")
    try:
        with partial.open("wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    return target
