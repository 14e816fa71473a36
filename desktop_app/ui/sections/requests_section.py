"""Meeting requests: who asked to meet whom, for how long, where and when, and what became of it.

Times are shown in the zone of the request's venue (without a venue, of the market running
then), as every view shows times where they happen.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QWidget

from desktop_app.domain.activities import Activity
from desktop_app.domain.local_time import activity_zone, market_zone_on, place_zone
from desktop_app.domain.people import Contact, Delegate, Project
from desktop_app.domain.places import Room, Venue
from desktop_app.domain.plan import Plan
from desktop_app.domain.requests import MeetingRequest, RequestStatus
from desktop_app.domain.timezones import abbreviation_of, to_local
from desktop_app.services.editing.entities import save_all
from desktop_app.services.editing.removal import withdraw_requests
from desktop_app.ui.sections.plan_lookups import activity_counts
from desktop_app.ui.sections.section_columns import choice_action, count_column, field_column
from desktop_app.ui.tables.entity_table_model import TableColumn
from desktop_app.ui.tables.table_section import TableSection
from desktop_app.ui.window_dates import span_text, weekday_day_month_time

STATUS_ORDER = {RequestStatus.PENDING: 0, RequestStatus.SCHEDULED: 1, RequestStatus.WITHDRAWN: 2}
ALL = "all"


def requester_name(request: MeetingRequest, plan: Plan) -> str:
    if request.delegate_id is not None:
        delegate = plan.delegate_by_id.get(request.delegate_id)
        return delegate.name if delegate else ""
    project = plan.project_by_id.get(request.project_id or 0)
    return project.title if project else ""


def contact_name(request: MeetingRequest, plan: Plan) -> str:
    contact = plan.contact_by_id.get(request.contact_id)
    return contact.name if contact else ""


def request_zone(request: MeetingRequest, plan: Plan, instant: datetime) -> str:
    """The venue's zone, else the zone of the market running on that day."""
    return place_zone(plan, request.venue_id, market_zone_on(plan, instant.date()))


def local_text(request: MeetingRequest, plan: Plan, instant: datetime | None) -> str:
    """'Wed 14 May 09:00 CEST'."""
    if instant is None:
        return ""
    local = to_local(instant, request_zone(request, plan, instant))
    return f"{weekday_day_month_time(local)} {abbreviation_of(local)}"


def placed_meeting(request: MeetingRequest, plan: Plan) -> Activity | None:
    return activity_counts(plan.activities).meeting_of_request.get(request.id or 0)


def meeting_text(request: MeetingRequest, plan: Plan) -> str:
    meeting = placed_meeting(request, plan)
    if meeting is None:
        return ""
    zone = activity_zone(plan, meeting)
    return span_text(to_local(meeting.start, zone), to_local(meeting.end, zone))


def meeting_start(request: MeetingRequest, plan: Plan) -> float:
    meeting = placed_meeting(request, plan)
    return meeting.start.timestamp() if meeting else float("inf")


class RequestsSection(TableSection):
    key = "requests"
    title = QT_TRANSLATE_NOOP("Sections", "Meeting requests")
    entity_type = MeetingRequest
    noun = QT_TRANSLATE_NOOP("Nouns", "meeting request")
    plural = QT_TRANSLATE_NOOP("Nouns", "meeting requests")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status_filter = QComboBox(self)
        self.status_filter.setAccessibleName(self.tr("Show requests that are"))
        self.status_filter.addItem(self.tr("Any status"), ALL)
        for status in RequestStatus:
            self.status_filter.addItem(self._status_label(status), status.value)
        self.status_filter.currentIndexChanged.connect(lambda _index: self._filter_by_status())
        self.bar.insertWidget(self.bar.indexOf(self.search_field) + 1, self.status_filter)

    def columns(self) -> Sequence[TableColumn]:
        return (
            field_column(self.tr("ID"), "external_id"),
            TableColumn(self.tr("Requested by"), requester_name,
                        tooltip=lambda r, _p: self.tr("A delegate") if r.delegate_id is not None
                        else self.tr("A project (its team meets)")),
            TableColumn(self.tr("Contact"), contact_name),
            count_column(self.tr("Minutes"), lambda r, _p: r.duration_minutes),
            count_column(self.tr("Priority"), lambda r, _p: r.priority),
            TableColumn(self.tr("Status"), lambda r, _p: self._status_label(r.status),
                        sort=lambda r, _p: STATUS_ORDER[r.status]),
            TableColumn(self.tr("Place"), lambda r, p: p.describe_place(r.venue_id, r.room_id)),
            TableColumn(self.tr("Earliest"), lambda r, p: local_text(r, p, r.earliest),
                        sort=lambda r, _p: r.earliest.timestamp() if r.earliest else float("-inf")),
            TableColumn(self.tr("Latest"), lambda r, p: local_text(r, p, r.latest),
                        sort=lambda r, _p: r.latest.timestamp() if r.latest else float("inf")),
            TableColumn(self.tr("Meeting"), meeting_text, sort=meeting_start),
        )

    def rows(self, plan: Plan) -> Iterable[Any]:
        return plan.requests

    def blank(self, plan: Plan) -> MeetingRequest | None:
        """A pending request of the first delegate (else project) to meet the first contact."""
        if not plan.contacts or not (plan.delegates or plan.projects):
            return None
        taken = {r.external_id.casefold() for r in plan.requests}
        number = len(taken) + 1
        while f"req-{number:03d}" in taken:
            number += 1
        delegate = plan.delegates[0].id if plan.delegates else None
        project = None if delegate is not None else plan.projects[0].id
        return MeetingRequest(None, f"REQ-{number:03d}", plan.contacts[0].id or 0, 30,  # not translated: an id
                              delegate_id=delegate, project_id=project)

    def depends_on(self) -> frozenset[type]:
        return frozenset({Delegate, Contact, Project, Venue, Room, Activity})

    def make_bulk_actions(self) -> list[QAction]:
        self.withdraw_action = QAction(self.tr("Withdraw"), self)
        self.withdraw_action.setToolTip(self.tr("Withdraw the selected requests; meetings placed for them are "
                                                "cancelled (calendars are told)"))
        self.withdraw_action.triggered.connect(self.withdraw_selected)
        self.priority_action = choice_action(self, self.tr("Set priority"), self._priority_choices, self.set_priority)
        return [self.withdraw_action, self.priority_action]

    # --- bulk actions ----------------------------------------------------------------------

    def withdraw_selected(self) -> None:
        open_requests = [r for r in self._own_selection() if r.status is not RequestStatus.WITHDRAWN]
        if not open_requests or not self.settled:
            return
        ids = [r.id for r in open_requests if r.id is not None]
        text = self.tr("Withdraw %1").replace("%1", self._which(open_requests))
        self.request_edit(text, lambda store: withdraw_requests(store, ids))

    def _priority_choices(self) -> list[tuple[str, object]]:
        labels = {5: self.tr("5 (highest)"), 3: self.tr("3 (normal)"), 1: self.tr("1 (lowest)")}
        return [(labels.get(level, str(level)), level) for level in range(5, 0, -1)]

    def set_priority(self, priority: object) -> None:
        assert isinstance(priority, int)
        changing = [r for r in self._own_selection() if r.priority != priority]
        if not changing or not self.settled:
            return
        text = self.tr("Set the priority of %1 to %2").replace("%1", self._which(changing)) \
            .replace("%2", str(priority))
        updated = [dataclasses.replace(r, priority=priority) for r in changing]
        self.request_edit(text, lambda store: save_all(store, updated, expected=changing)[1])

    def _which(self, requests: Sequence[MeetingRequest]) -> str:
        if len(requests) == 1:
            return requests[0].external_id
        return self.tr("%1 requests").replace("%1", str(len(requests)))

    # --- filter ----------------------------------------------------------------------------

    def _status_label(self, status: RequestStatus) -> str:
        labels = {RequestStatus.PENDING: self.tr("Pending"), RequestStatus.SCHEDULED: self.tr("Scheduled"),
                  RequestStatus.WITHDRAWN: self.tr("Withdrawn")}
        return labels[status]

    def _filter_by_status(self) -> None:
        chosen = self.status_filter.currentData()
        self.proxy.set_row_filter(None if chosen == ALL else (lambda request: request.status.value == chosen))
