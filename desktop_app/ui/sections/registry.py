"""The navigator's sections, in the order they are listed (the day's activities first, then the
calendar views: that is where a day is planned)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop_app.ui.calendar.sections import AgendaSection, DaySection, LoadSection, WeekSection
from desktop_app.ui.roster.roster_section import RosterSection
from desktop_app.ui.sections.activities_section import ActivitiesSection
from desktop_app.ui.sections.contacts_section import ContactsSection
from desktop_app.ui.sections.delegates_section import DelegatesSection
from desktop_app.ui.sections.markets_section import MarketsSection
from desktop_app.ui.sections.projects_section import ProjectsSection
from desktop_app.ui.sections.requests_section import RequestsSection
from desktop_app.ui.sections.travel_section import TravelSection
from desktop_app.ui.sections.venues_section import VenuesSection
from desktop_app.ui.workspace.section import Section

SECTION_TYPES: tuple[type[Section], ...] = (
    ActivitiesSection,
    DaySection,
    WeekSection,
    AgendaSection,
    LoadSection,
    MarketsSection,
    DelegatesSection,
    ContactsSection,
    ProjectsSection,
    VenuesSection,
    TravelSection,
    RequestsSection,
    RosterSection,
)


def build_sections(parent: QWidget) -> list[Section]:
    return [section_type(parent) for section_type in SECTION_TYPES]


SECTION_KEYS: tuple[str, ...] = tuple(section_type.key for section_type in SECTION_TYPES)
