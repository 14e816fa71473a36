"""Importing film projects (HAF): their titles, and the team that takes their meetings.

Columns: ``title`` (required), ``original_title``, ``stage``, ``logline``, ``credits`` (free
text: "Director: …; Producer: …"), ``team`` (``;``-separated emails or names of the delegates
who attend the project's meetings) and ``external_id``. A row matches the project with its
``external_id``, else the one with its title. A blank cell keeps what the plan holds.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import Any

from desktop_app.domain.people import Project
from desktop_app.formats.import_rows import RowReader
from desktop_app.formats.tabular import TableRow
from desktop_app.services.imports.context import ImportContext, changed_fields
from desktop_app.services.imports.report import ChangeKind
from desktop_app.services.lookup import name_key

_TEXT = ("original_title", "stage", "logline", "credits", "external_id")
_FIELDS = ("title", *_TEXT, "member_ids")
_LABELS = {"member_ids": "team"}


def import_projects(ctx: ImportContext, rows: Iterable[TableRow]) -> None:
    by_external_id = {p.external_id: p for p in ctx.plan.projects if p.external_id}
    for row in rows:
        _project_row(ctx, ctx.reader(row), by_external_id)


def _project_row(ctx: ImportContext, reader: RowReader, by_external_id: dict[str, Project]) -> None:
    title = reader.text("title", required=True)
    external_id = reader.text("external_id")
    team = _team(ctx, reader)
    if not title:
        return
    key = external_id or title
    if not ctx.first_row_of(reader, "project", external_id or name_key(title),
                            "external_id" if external_id else "title"):
        return
    existing = by_external_id.get(external_id) if external_id else None
    existing = existing or ctx.lookup.projects.get(name_key(title))
    values: dict[str, Any] = {"title": title}
    values.update({column: reader.text(column) for column in _TEXT if reader.given(column)})
    if team is not None:
        values["member_ids"] = team
    if existing is None:
        project = ctx.build(reader, lambda: Project(None, **values))
    else:
        project = ctx.build(reader, lambda: dataclasses.replace(existing, **values))
    if project is None or not reader.ok:
        return
    members = _team_text(ctx, project)
    if existing is None:
        ctx.change(ChangeKind.ADDED, "project", key, f"added project '{project.title}'{members}")
        ctx.later(reader, lambda tx: tx.add(project))
        return
    differences = [_LABELS.get(name, name) for name in changed_fields(existing, project, _FIELDS)]
    if not differences:
        ctx.change(ChangeKind.UNCHANGED, "project", key, f"'{project.title}' is unchanged")
        return
    ctx.change(ChangeKind.UPDATED, "project", key, f"updated '{project.title}': {', '.join(differences)}{members}")
    ctx.later(reader, lambda tx: tx.update(project))


def _team(ctx: ImportContext, reader: RowReader) -> tuple[int, ...] | None:
    if not ctx.layout.has("team"):
        return None
    ids: list[int] = []
    for reference in reader.names("team"):
        delegate = ctx.resolve(reader, "team", lambda ref=reference: ctx.lookup.delegates.find(ref))  # type: ignore[misc]
        if delegate is None or delegate.id is None:
            continue
        if delegate.id in ids:
            reader.problem("team", f"{delegate.name} is listed twice")
        else:
            ids.append(delegate.id)
    return tuple(sorted(ids))


def _team_text(ctx: ImportContext, project: Project) -> str:
    if not project.member_ids:
        return ""
    names = ", ".join(ctx.plan.delegate_by_id[i].name for i in project.member_ids if i in ctx.plan.delegate_by_id)
    return f" (team: {names})"
