"""Editing a booth duty: the stand, the day and hours (in the venue's zone), the shift length, how
many people at once, and who may take it (delegations ticked, delegates picked by name)."""

from __future__ import annotations

import dataclasses
from datetime import time

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, QTime
from PySide6.QtWidgets import QDateEdit, QListWidget, QListWidgetItem, QSpinBox, QTimeEdit

from desktop_app.domain.duties import BoothDuty
from desktop_app.domain.errors import ValidationError
from desktop_app.domain.plan import Plan
from desktop_app.ui.inspector.editor import EntityEditor
from desktop_app.ui.inspector.fields.choices import Choice
from desktop_app.ui.inspector.fields.count_spin import OptionalCountSpin
from desktop_app.ui.inspector.fields.entity_combo import EntityCombo
from desktop_app.ui.inspector.fields.people_picker import PeoplePicker
from desktop_app.ui.inspector.registry import register
from desktop_app.ui.window_dates import date_format, day_month


def stand_choices(plan: Plan) -> list[Choice]:
    """Every room, as 'Stand A10, HKCEC', keyed by room id."""
    choices: list[Choice] = []
    for room in plan.rooms:
        venue = plan.venue_by_id.get(room.venue_id)
        choices.append((room.id, f"{room.name}, {venue.name}" if venue else room.name))
    return choices


@register
class DutyEditor(EntityEditor):
    entity_type = BoothDuty
    noun = QT_TRANSLATE_NOOP("Nouns", "booth duty")

    def build(self) -> None:
        self.stand = EntityCombo(self, noun=self.tr("room"))
        self.add_field("room", self.tr("&Stand"), self.stand, tooltip=self.tr("The room that must be staffed"))
        self.alias("venue", "room")
        self.day = QDateEdit(self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(date_format())
        self.add_field("day", self.tr("&Day"), self.day)
        self.opens = QTimeEdit(self)
        self.opens.setDisplayFormat("HH:mm")
        self.closes = QTimeEdit(self)
        self.closes.setDisplayFormat("HH:mm")
        self.add_pair(self.tr("&Hours"), ("start", self.opens), ("end", self.closes),
                      tooltip=self.tr("Opening and closing, in the venue's own time"))
        self.shift_minutes = QSpinBox(self)
        self.shift_minutes.setRange(15, 12 * 60)
        self.shift_minutes.setSingleStep(15)
        self.shift_minutes.setSuffix(self.tr(" min"))
        self.add_field("shift_minutes", self.tr("Shi&ft length"), self.shift_minutes,
                       tooltip=self.tr("The hours are cut into shifts this long (the last one may be shorter)"))
        self.min_staff = QSpinBox(self)
        self.min_staff.setRange(1, 50)
        self.max_staff = OptionalCountSpin(self, maximum=50, unset_text=self.tr("as many as the least"))
        self.add_pair(self.tr("&People on duty"), ("min_staff", self.min_staff), ("max_staff", self.max_staff),
                      tooltip=self.tr("The least and the most people on each shift"))
        self.delegations = QListWidget(self)
        self.delegations.setMaximumHeight(110)
        self.add_field("delegation_ids", self.tr("Dele&gations"), self.delegations,
                       tooltip=self.tr("Their delegates may take it; none ticked and nobody named: every delegate"))
        self.alias("eligible", "delegation_ids")
        self.delegates = PeoplePicker(self, noun=self.tr("delegate"))
        self.add_field("delegate_ids", self.tr("&And delegates"), self.delegates)
        self.notes = self.notes_field(lines=3)

    def fill(self, entity: BoothDuty) -> None:
        self.stand.set_choices(stand_choices(self.plan))
        self.stand.set_key(entity.room_id)
        self.day.setDate(QDate(entity.day.year, entity.day.month, entity.day.day))
        self.opens.setTime(QTime(entity.opens.hour, entity.opens.minute))
        self.closes.setTime(QTime(entity.closes.hour, entity.closes.minute))
        self.shift_minutes.setValue(entity.shift_minutes)
        self.min_staff.setValue(entity.min_staff)
        self.max_staff.set_count(entity.max_staff)
        self.delegations.clear()
        for delegation in self.plan.delegations:
            item = QListWidgetItem(delegation.name, self.delegations)
            item.setData(Qt.ItemDataRole.UserRole, delegation.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if delegation.id in entity.delegation_ids
                               else Qt.CheckState.Unchecked)
        self.delegates.set_candidates([d for d in self.plan.delegates if d.removed_at is None],
                                      dict(self.plan.delegate_by_id))
        self.delegates.set_chosen((d, True) for d in entity.delegate_ids)
        self.notes.set_text(entity.notes)

    def collect(self) -> BoothDuty:
        room_id = self.stand.key("room")
        room = self.plan.room_by_id.get(room_id)
        if room is None:
            raise ValidationError("room", self.tr("choose a stand"))
        picked = self.day.date()
        opens, closes = self.opens.time(), self.closes.time()
        chosen = [self.delegations.item(row) for row in range(self.delegations.count())]
        duty: BoothDuty = dataclasses.replace(
            self.original, venue_id=room.venue_id, room_id=room_id,
            day=picked.toPython(), opens=time(opens.hour(), opens.minute()),
            closes=time(closes.hour(), closes.minute()), shift_minutes=self.shift_minutes.value(),
            min_staff=self.min_staff.value(), max_staff=self.max_staff.count(),
            delegation_ids=tuple(item.data(Qt.ItemDataRole.UserRole) for item in chosen
                                 if item.checkState() == Qt.CheckState.Checked),
            delegate_ids=self.delegates.chosen_ids(), notes=self.notes.text())
        return duty

    def title_of(self, entity: BoothDuty) -> str:
        room = self.plan.room_by_id.get(entity.room_id)
        return f"{room.name if room else '?'}, {day_month(entity.day)}"

