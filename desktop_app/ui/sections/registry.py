"""The navigator's sections, in the order they are listed."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop_app.ui.sections.activities_section import ActivitiesSection
from desktop_app.ui.sections.markets_section import MarketsSection
from desktop_app.ui.workspace.section import Section

SECTION_TYPES: tuple[type[Section], ...] = (
    ActivitiesSection,
    MarketsSection,
)


def build_sections(parent: QWidget) -> list[Section]:
    return [section_type(parent) for section_type in SECTION_TYPES]


SECTION_KEYS: tuple[str, ...] = tuple(section_type.key for section_type in SECTION_TYPES)
