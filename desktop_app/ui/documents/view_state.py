"""What a person was looking at survives a reload that rebuilds a section's rows."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtWidgets import QAbstractItemView

from desktop_app.ui.workspace.section import Section


@contextmanager
def kept_view_state(section: Section) -> Iterator[None]:
    """Selection and scroll positions of ``section`` are put back after the body; entities are
    found again by key, since a reload brings new objects."""
    selected = section.selected()
    bars = [(bar, bar.value()) for view in section.findChildren(QAbstractItemView)
            for bar in (view.verticalScrollBar(), view.horizontalScrollBar())]
    yield
    if selected and not section.selected():
        section.select(selected)
    for bar, value in bars:
        bar.setValue(value)
