"""Which editor edits which kind of entity (each editor module registers itself by its type)."""

from __future__ import annotations

import importlib

from desktop_app.ui.inspector.editor import EntityEditor

EDITOR_MODULES = tuple(f"desktop_app.ui.inspector.editors.{name}_editor" for name in (
    "market", "venue", "room", "travel_time", "delegation", "delegate", "stay", "contact", "project",
    "meeting_request", "availability", "activity", "duty",
))
"""Imported on first use: a window that never opens the inspector pays for none of them."""

_EDITORS: dict[type, type[EntityEditor]] = {}


def register(editor: type[EntityEditor]) -> type[EntityEditor]:
    """Class decorator: ``editor`` edits entities of its ``entity_type``."""
    _EDITORS[editor.entity_type] = editor
    return editor


def editor_for(entity_type: type) -> type[EntityEditor] | None:
    # Every module, even when one was imported already (a test, another editor): each registers itself.
    for module in EDITOR_MODULES:
        importlib.import_module(module)
    return _EDITORS.get(entity_type)
