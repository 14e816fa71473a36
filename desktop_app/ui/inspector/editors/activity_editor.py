"""Editing an activity, every field of it: title, kind, times in its zone, place, status, priority,
attendees (each required or optional), contacts, project, notes and link.

The times are shown, and typed, in the zone the activity is shown in everywhere: its venue's,
else its own (``domain.local_time``). Choosing a venue keeps the clock times typed and reads them
in the venue's zone. Saving goes through ``editing.activities.save_activity`` (SEQUENCE up,
former attendees told); the conflicts the save makes are said at once, under the buttons.
"""

from __future__ import annotations

import contextlib
import dataclasses
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QSpinBox

from desktop_app.domain.activities import Activity, ActivityKind, ActivityStatus, Attendance
from desktop_app.domain.conflicts import Conflict, ConflictKind
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.languages import parse_pair
from desktop_app.domain.local_time import activity_zone, market_zone_on
from desktop_app.domain.plan import Plan
from desktop_app.domain.timezones import localize
from desktop_app.services.editing.activities import save_activity
from desktop_app.ui.activities.labels import kind_label
from desktop_app.ui.inspector.editor import EntityEditor, Work
from desktop_app.ui.inspector.fields.choice_box import ChoiceBox
from desktop_app.ui.inspector.fields.choices import project_choices, venue_choices
from desktop_app.ui.inspector.fields.datetime_zone_edit import DateTimeZoneEdit
from desktop_app.ui.inspector.fields.entity_combo import EntityCombo, RoomCombo
from desktop_app.ui.inspector.fields.people_picker import PeoplePicker
from desktop_app.ui.inspector.fields.zone_picker import ZonePicker
from desktop_app.ui.inspector.registry import register


def new_activity(plan: Plan, day: date | None = None) -> Activity:
    """A blank activity to fill in: one hour at 10:00 on ``day`` (else the first market day, else
    today), in that day's zone."""
    first = day or plan.first_day or datetime.now().date()
    zone = market_zone_on(plan, first)
    start = localize(datetime.combine(first, time(10)), zone)
    title = QCoreApplication.translate("ActivityEditor", "New activity")
    return Activity(None, title, start, start + timedelta(hours=1), zone)


@register
class ActivityEditor(EntityEditor):
    entity_type = Activity
    noun = QT_TRANSLATE_NOOP("Nouns", "activity")

    def build(self) -> None:
        self.title = self.line("title", self.tr("&Title"),
                               placeholder="HAF meeting: 山中的河")  # not translated: an example title
        self.kind = ChoiceBox(self, ((kind, kind_label(kind)) for kind in ActivityKind))
        self.add_field("kind", self.tr("&Kind"), self.kind)
        self.venue = EntityCombo(self, noun=self.tr("venue"), none_text=self.tr("No venue (a flight, a call…)"))
        self.add_field("venue", self.tr("&Venue"), self.venue)
        self.room = RoomCombo(self)
        self.add_field("room", self.tr("&Room"), self.room)
        self.zone = ZonePicker(self)
        self.add_field("timezone", self.tr("Time &zone"), self.zone,
                       tooltip=self.tr("At a venue, the venue's zone; without one, the activity's own"))
        self.start = DateTimeZoneEdit(self, zone_editable=False)
        self.add_field("start", self.tr("&Start"), self.start)
        self.end = DateTimeZoneEdit(self, zone_editable=False)
        self.add_field("end", self.tr("&End"), self.end)
        self.status = ChoiceBox(self, ((ActivityStatus.PROPOSED, self.tr("Proposed")),
                                       (ActivityStatus.TENTATIVE, self.tr("Tentative")),
                                       (ActivityStatus.CONFIRMED, self.tr("Confirmed")),
                                       (ActivityStatus.CANCELLED, self.tr("Cancelled"))))
        self.add_field("status", self.tr("St&atus"), self.status)
        self.priority = QSpinBox(self)
        self.priority.setRange(1, 5)
        self.add_field("priority", self.tr("&Priority"), self.priority, tooltip=self.tr("5 matters most"))
        self.attendees = PeoplePicker(self, noun="delegate", with_required=True)
        self.add_field("attendees", self.tr("&Delegates"), self.attendees)
        self.contacts = PeoplePicker(self, noun="contact")
        self.add_field("contacts", self.tr("&Contacts"), self.contacts)
        self.project = EntityCombo(self, noun=self.tr("project"), none_text=self.tr("No project"))
        self.add_field("project", self.tr("Pro&ject"), self.project)
        pair = "ko-yue"  # a pair of BCP 47 tags reads the same in every language
        self.interpreting = self.line("interpreting", self.tr("&Interpreting"), placeholder=pair,
                                      tooltip=self.tr("The two languages it needs an interpreter between; "
                                                      "empty: none"))
        self.interpreter = EntityCombo(self, noun=self.tr("interpreter"), none_text=self.tr("No interpreter"))
        self.add_field("interpreter", self.tr("Interpreted b&y"), self.interpreter,
                       tooltip=self.tr("Staff who speak both languages; the Roster section offers them too"))
        self.notes = self.notes_field()
        self.url = self.line("url", self.tr("&URL"), placeholder="https://")
        self.venue.picked.connect(self._venue_picked)
        self.zone.currentTextChanged.connect(lambda _text: self._zone_typed())

    def fill(self, entity: Activity) -> None:
        plan = self.plan
        self.title.setText(entity.title)
        self.kind.set_value(entity.kind)
        self.venue.set_choices(venue_choices(plan))
        self.venue.set_key(entity.venue_id)
        self.room.show_rooms_of(plan, entity.venue_id)
        self.room.set_key(entity.room_id)
        zone = activity_zone(plan, entity)
        self.zone.set_zone(zone)
        self.zone.setEnabled(entity.venue_id is None)
        self.start.set_value(entity.start, zone)
        self.end.set_value(entity.end, zone)
        self.status.set_value(entity.status)
        self.priority.setValue(entity.priority)
        self.attendees.set_candidates(plan.delegates, plan.delegate_by_id)
        self.attendees.set_chosen((a.delegate_id, a.required) for a in entity.attendees if not a.interpreter)
        self.interpreting.setText("-".join(entity.interpreting))
        self.interpreter.set_choices([(p.id, f"{p.name} ({', '.join(p.languages)})" if p.languages else p.name)
                                      for p in plan.staff if p.removed_at is None])
        self.interpreter.set_key(entity.interpreter_id)
        self.contacts.set_candidates(plan.contacts, plan.contact_by_id)
        self.contacts.set_chosen((contact_id, True) for contact_id in entity.contact_ids)
        self.project.set_choices(project_choices(plan))
        self.project.set_key(entity.project_id)
        self.notes.set_text(entity.notes)
        self.url.setText(entity.url)

    def collect(self) -> Activity:
        venue_id = self.venue.key("venue")
        room_id = self.room.key("room")
        venue = self.plan.venue_by_id.get(venue_id) if venue_id is not None else None
        shown_in = venue.timezone if venue is not None else self.zone.zone()
        # At an unchanged venue the activity keeps its own zone (its fallback should the venue go).
        own_zone = self.original.timezone if venue is not None and venue_id == self.original.venue_id else shown_in
        activity = dataclasses.replace(
            self.original, title=self.title.text(), kind=self.kind.value(), status=self.status.value(),
            venue_id=venue_id, room_id=room_id, timezone=own_zone,
            start=self.start.value("start", shown_in), end=self.end.value("end", shown_in),
            priority=self.priority.value(),
            interpreting=parse_pair(text) if (text := self.interpreting.text().strip()) else (),
            attendees=self._attendees(),
            contact_ids=self.contacts.chosen_ids(), project_id=self.project.key("project"),
            notes=self.notes.text(), url=self.url.text().strip())
        self.plan.check_activity(activity)
        return activity

    def _attendees(self) -> tuple[Attendance, ...]:
        """The delegates picked, and the interpreter (only while the activity needs one)."""
        interpreter = self.interpreter.key("interpreter") if self.interpreting.text().strip() else None
        chosen = [Attendance(person, required) for person, required in self.attendees.chosen()
                  if person != interpreter]
        if interpreter is not None:
            chosen.append(Attendance(interpreter, True, interpreter=True))
        return tuple(chosen)

    def save_work(self, entity: Activity, expected: Activity | None) -> Work:
        return lambda store: save_activity(store, entity, expected=expected)[1]

    # --- conflicts ----------------------------------------------------------------------------

    def concerns(self, conflict: Conflict) -> bool:
        return self.original.id in conflict.activity_ids

    def describe_conflict(self, conflict: Conflict) -> str:
        """'Now clashes with 'Buyers lunch' for Somchai' (a double booking), else the conflict's own words."""
        if conflict.kind is not ConflictKind.DOUBLE_BOOKED:
            return conflict.message
        others = [f"'{title}'" for activity_id, (_ref, title) in zip(conflict.activity_ids, conflict.activities,
                                                                     strict=False) if activity_id != self.original.id]
        return (self.tr("Now clashes with %1 for %2").replace("%1", ", ".join(others))
                .replace("%2", conflict.subject))

    # --- fields that follow each other --------------------------------------------------------

    def _venue_picked(self, venue_id: object) -> None:
        if self.filling:
            return
        venue = self.plan.venue_by_id.get(venue_id) if isinstance(venue_id, int) else None
        self.room.show_rooms_of(self.plan, venue.id if venue else None)
        self.zone.setEnabled(venue is None)
        if venue is not None:
            self.zone.set_zone(venue.timezone)  # the clock times stay: they are meant at the venue

    def _zone_typed(self) -> None:
        if self.filling:
            return
        with contextlib.suppress(ValidationError):  # a zone that is not one is said beside it on save
            zone = self.zone.zone()
            self.start.set_zone(zone)
            self.end.set_zone(zone)
