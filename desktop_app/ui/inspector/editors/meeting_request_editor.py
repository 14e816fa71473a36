"""Editing a meeting request: who asks (a delegate or a project) to meet which contact, for how long,
where, within which times (shown in the venue's zone, else the market's), pending or withdrawn."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QSpinBox

from desktop_app.domain.local_time import place_zone
from desktop_app.domain.requests import MeetingRequest, ParticipantKind, ParticipantRef, RequestStatus
from desktop_app.ui.inspector.editor import EntityEditor
from desktop_app.ui.inspector.fields.choice_box import ChoiceBox
from desktop_app.ui.inspector.fields.choices import contact_choices, participant_choices, venue_choices
from desktop_app.ui.inspector.fields.datetime_zone_edit import DateTimeZoneEdit
from desktop_app.ui.inspector.fields.entity_combo import EntityCombo, RoomCombo
from desktop_app.ui.inspector.registry import register


@register
class MeetingRequestEditor(EntityEditor):
    entity_type = MeetingRequest
    noun = QT_TRANSLATE_NOOP("Nouns", "meeting request")

    def build(self) -> None:
        self.external_id = self.line("id", self.tr("&Id"), placeholder="KR-REQ-05")  # not translated: an id
        self.alias("external_id", "id")
        self.requester = EntityCombo(self, noun=self.tr("delegate or project"))
        self.add_field("requester", self.tr("&Asked by"), self.requester,
                       tooltip=self.tr("A delegate, or a project (its team goes)"))
        self.alias("delegate", "requester")
        self.alias("project", "requester")
        self.contact = EntityCombo(self, noun=self.tr("contact"))
        self.add_field("contact", self.tr("To &meet"), self.contact)
        self.minutes = self._spin(5, 12 * 60, self.tr(" min"))
        self.minutes.setSingleStep(5)
        self.add_field("duration_minutes", self.tr("&Length"), self.minutes)
        self.priority = self._spin(1, 5)
        self.add_field("priority", self.tr("&Priority"), self.priority, tooltip=self.tr("5 matters most"))
        self.venue = EntityCombo(self, noun=self.tr("venue"), none_text=self.tr("Any venue"))
        self.add_field("venue", self.tr("&Venue"), self.venue)
        self.room = RoomCombo(self)
        self.add_field("room", self.tr("&Room"), self.room)
        self.earliest = DateTimeZoneEdit(self, optional=True)
        self.add_field("earliest", self.tr("&Earliest"), self.earliest)
        self.latest = DateTimeZoneEdit(self, optional=True)
        self.add_field("latest", self.tr("La&test"), self.latest)
        self.status = ChoiceBox(self)
        self.add_field("status", self.tr("S&tatus"), self.status)
        self.notes = self.notes_field()
        self.venue.picked.connect(self._venue_picked)

    def _spin(self, low: int, high: int, suffix: str = "") -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(low, high)
        spin.setSuffix(suffix)
        return spin

    def fill(self, entity: MeetingRequest) -> None:
        plan = self.plan
        self.external_id.setText(entity.external_id)
        self.requester.set_choices(participant_choices(plan, (ParticipantKind.DELEGATE, ParticipantKind.PROJECT)))
        self.requester.set_key(entity.requester)
        self.contact.set_choices(contact_choices(plan))
        self.contact.set_key(entity.contact_id)
        self.minutes.setValue(entity.duration_minutes)
        self.priority.setValue(entity.priority)
        self.venue.set_choices(venue_choices(plan))
        self.venue.set_key(entity.venue_id)
        self.room.show_rooms_of(plan, entity.venue_id)
        self.room.set_key(entity.room_id)
        zone = place_zone(plan, entity.venue_id, plan.market_timezone)
        self.earliest.set_value(entity.earliest, zone, empty_shows=entity.latest)
        self.latest.set_value(entity.latest, zone, empty_shows=entity.earliest)
        statuses = [RequestStatus.PENDING, RequestStatus.WITHDRAWN]
        if entity.status is RequestStatus.SCHEDULED:  # the scheduler's word, kept as it is
            statuses.insert(1, RequestStatus.SCHEDULED)
        labels = {RequestStatus.PENDING: self.tr("Pending"), RequestStatus.SCHEDULED: self.tr("Scheduled"),
                  RequestStatus.WITHDRAWN: self.tr("Withdrawn")}
        self.status.set_choices((status, labels[status]) for status in statuses)
        self.status.set_value(entity.status)
        self.notes.set_text(entity.notes)

    def collect(self) -> MeetingRequest:
        requester = self.requester.key("requester")
        assert isinstance(requester, ParticipantRef)
        delegate_id = requester.id if requester.kind is ParticipantKind.DELEGATE else None
        project_id = requester.id if requester.kind is ParticipantKind.PROJECT else None
        request = dataclasses.replace(
            self.original, external_id=self.external_id.text(), delegate_id=delegate_id, project_id=project_id,
            contact_id=self.contact.key("contact"), duration_minutes=self.minutes.value(),
            priority=self.priority.value(), venue_id=self.venue.key("venue"), room_id=self.room.key("room"),
            earliest=self.earliest.value("earliest"), latest=self.latest.value("latest"),
            status=self.status.value(), notes=self.notes.text())
        self.plan.check_request(request)
        return request

    def title_of(self, entity: MeetingRequest) -> str:
        return entity.external_id

    def _venue_picked(self, venue_id: object) -> None:
        if self.filling:
            return
        self.room.show_rooms_of(self.plan, venue_id if isinstance(venue_id, int) else None)
        venue = self.plan.venue_by_id.get(venue_id) if isinstance(venue_id, int) else None
        if venue is not None:  # times are read in the venue's zone, as the scheduler places them
            self.earliest.set_zone(venue.timezone)
            self.latest.set_zone(venue.timezone)
