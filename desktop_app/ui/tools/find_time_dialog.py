"""Tools → Find a time: the earliest common free times of some people, and a meeting in one click.

The same search as ``find-time`` on the command line (``schedule_service.find_time_for``: venue
hours, stays, availability windows, everyone's activities with travel), run in the background
on the window's snapshot. The slots are shown in the venue's zone, else the market's; choosing
one (double-click, Enter or Create) adds a tentative meeting through ``MainWindow.run_edit``.
"""

from __future__ import annotations

from datetime import time
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)
from shiboken6 import Shiboken

from desktop_app.domain.activities import Activity, ActivityKind, ActivityStatus, Attendance
from desktop_app.domain.errors import DomainError
from desktop_app.domain.requests import ParticipantKind, ParticipantRef
from desktop_app.services.changes import Changes
from desktop_app.services.editing.activities import add_activity
from desktop_app.services.errors import FailureKind, classify_failure
from desktop_app.services.schedule_service import FreeSlot, FreeTimes, find_time_for
from desktop_app.ui.appearance import mark_as_error
from desktop_app.ui.inspector.fields.choices import venue_choices
from desktop_app.ui.inspector.fields.entity_combo import EntityCombo, RoomCombo
from desktop_app.ui.inspector.fields.people_picker import PeoplePicker
from desktop_app.ui.tools.market_time_edit import MarketTimeEdit, clock_label, error_sentence, span_label
from desktop_app.ui.workers import TaskContext

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow

SLOT_ROLE = Qt.ItemDataRole.UserRole + 1
SLOTS_SHOWN = 12


class FindTimeDialog(QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.main_window = window
        self.document = window.document
        self.setWindowTitle(self.tr("Find a time"))
        self.setObjectName("findTimeDialog")
        self.found: FreeTimes | None = None
        self._searching = False
        self._window_offered = False
        self._build()
        self.set_plan()
        self.document.changed.connect(self._on_plan_changed)
        self.document.settled_changed.connect(self._on_settled)

    def _build(self) -> None:
        self.delegates = PeoplePicker(self, noun="delegate")
        self.contacts = PeoplePicker(self, noun="contact")
        for picker in (self.delegates, self.contacts):
            picker.changed.connect(self._on_people_changed)
        self.minutes = QSpinBox(self)
        self.minutes.setRange(5, 12 * 60)
        self.minutes.setSingleStep(15)
        self.minutes.setValue(30)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Length of the meeting in minutes"))
        self.venue = EntityCombo(self, noun=self.tr("venue"), none_text=self.tr("Any place (no travel counted)"))
        self.venue.setAccessibleName(self.tr("Where the meeting takes place"))
        self.venue.picked.connect(self._on_venue)
        self.room = RoomCombo(self)
        self.room.setAccessibleName(self.tr("Room of the venue"))
        self.window_start = MarketTimeEdit(self, optional=True)
        self.window_end = MarketTimeEdit(self, optional=True)
        self.window_start.edit.setAccessibleName(self.tr("Earliest start"))
        self.window_end.edit.setAccessibleName(self.tr("Latest end"))
        place = QHBoxLayout()
        place.addWidget(self.venue, 2)
        place.addWidget(self.room, 1)
        form = QFormLayout()
        for text, field, focus in ((self.tr("&Delegates"), self.delegates, self.delegates.search),
                                   (self.tr("C&ontacts"), self.contacts, self.contacts.search),
                                   (self.tr("&Length"), self.minutes, self.minutes),
                                   (self.tr("&At"), place, self.venue),
                                   (self.tr("Not &before"), self.window_start, self.window_start.edit),
                                   (self.tr("Not a&fter"), self.window_end, self.window_end.edit)):
            label = QLabel(text, self)
            label.setBuddy(focus)  # the mnemonic goes to the field one types in
            form.addRow(label, field)

        self.find_button = QPushButton(self.tr("&Find free times"), self)
        self.find_button.clicked.connect(lambda _checked=False: self.search())
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        mark_as_error(self.error)
        self.error.hide()
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.slots = QListWidget(self)
        self.slots.setAccessibleName(self.tr("Free times; choose one to create the meeting"))
        self.slots.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.slots.itemActivated.connect(lambda item: self.create_meeting(item.data(SLOT_ROLE)))
        self.slots.currentItemChanged.connect(lambda _now, _before: self._update_enabled())
        self.title = QLineEdit(self)
        self.title.setAccessibleName(self.tr("Title of the meeting"))
        self.title.setPlaceholderText(self.tr("Title of the meeting"))
        self.create_button = QPushButton(self.tr("&Create at this time"), self)
        self.create_button.setToolTip(self.tr("Add the meeting, tentative, with everyone chosen "
                                              "(Edit → Undo takes it back)"))
        self.create_button.clicked.connect(lambda _checked=False: self.create_meeting())
        title_label = QLabel(self.tr("&Title"), self)
        title_label.setBuddy(self.title)
        create_row = QHBoxLayout()
        create_row.addWidget(title_label)
        create_row.addWidget(self.title, 1)
        create_row.addWidget(self.create_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.find_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.error)
        layout.addWidget(self.note)
        layout.addWidget(self.slots, 1)
        layout.addLayout(create_row)
        layout.addWidget(buttons)
        self.resize(640, 720)

    # --- the plan ---------------------------------------------------------------------------

    def set_plan(self) -> None:
        plan = self.document.plan
        for picker, people in ((self.delegates, plan.delegates), (self.contacts, plan.contacts)):
            chosen = picker.chosen()
            picker.set_candidates(people)
            picker.set_chosen([c for c in chosen if any(p.id == c[0] for p in people)])
        self.venue.set_choices(venue_choices(plan))
        self.room.show_rooms_of(plan, self._venue_id())
        for edit in (self.window_start, self.window_end):
            edit.set_plan(plan)
        days = plan.market_days()
        if days and not self._window_offered:  # once: later the user's own choice stays
            self._window_offered = True
            self.window_start.set_wall(days[0], time(9))
            self.window_end.set_wall(days[-1], time(18))
            self.window_start.is_set.setChecked(False)  # type: ignore[union-attr]
            self.window_end.is_set.setChecked(False)  # type: ignore[union-attr]
        self._update_enabled()

    def _on_plan_changed(self, _changes: Changes) -> None:
        self.set_plan()

    def _on_settled(self, _settled: bool) -> None:
        self._update_enabled()

    def _on_venue(self, _key: object) -> None:
        venue_id = self._venue_id()
        self.room.show_rooms_of(self.document.plan, venue_id)
        zone = self.document.plan.venue_by_id[venue_id].timezone if venue_id is not None else None
        for edit in (self.window_start, self.window_end):
            edit.set_fixed_zone(zone)

    def _venue_id(self) -> int | None:
        try:
            key = self.venue.key("venue")
        except DomainError:
            return None
        return key if isinstance(key, int) else None

    def _on_people_changed(self) -> None:
        plan = self.document.plan
        names = [plan.delegate_by_id[d].name for d in self.delegates.chosen_ids() if d in plan.delegate_by_id]
        names += [plan.contact_by_id[c].name for c in self.contacts.chosen_ids() if c in plan.contact_by_id]
        self.title.setPlaceholderText(self._default_title(names))
        self._update_enabled()

    def _default_title(self, names: list[str]) -> str:
        return self.tr("Meeting: %1").replace("%1", ", ".join(names)) if names else self.tr("Title of the meeting")

    def participants(self) -> list[ParticipantRef]:
        return ([ParticipantRef(ParticipantKind.DELEGATE, d) for d in self.delegates.chosen_ids()]
                + [ParticipantRef(ParticipantKind.CONTACT, c) for c in self.contacts.chosen_ids()])

    # --- searching --------------------------------------------------------------------------

    def search(self) -> None:
        """Look for free times in the background; the list fills when they are found."""
        if self._searching:
            return
        plan = self.document.plan
        try:
            people = self.participants()
            venue_id = self.venue.key("venue")
            start = self.window_start.value("from")
            end = self.window_end.value("to")
        except DomainError as error:
            self._say_error(error_sentence(error))
            return
        minutes = self.minutes.value()

        def work(_context: TaskContext) -> FreeTimes:
            return find_time_for(plan, people, minutes, window_start=start, window_end=end, venue_id=venue_id,
                                 limit=SLOTS_SHOWN)

        self._searching = True
        self._update_enabled()
        self.error.hide()
        self.note.setText(self.tr("Looking…"))
        self.document.runner.run(work, self._on_found, on_error=self._on_failed)

    def _on_found(self, found: FreeTimes) -> None:
        if not Shiboken.isValid(self):  # closed with its plan meanwhile
            return
        self._searching = False
        self.found = found
        self.slots.clear()
        for slot in found.slots:
            until = clock_label(slot.free_until, found.timezone)
            item = QListWidgetItem(self.tr("%1 (everyone free until %2)")
                                   .replace("%1", span_label(slot.start, slot.end, found.timezone))
                                   .replace("%2", until), self.slots)
            item.setData(SLOT_ROLE, slot)
        if found.slots:
            self.slots.setCurrentRow(0)
            self.note.setText(self.tr("The earliest start in each common free time, in %1. Choose one to create "
                                      "the meeting.").replace("%1", found.timezone))
        else:
            self.note.setText(self.tr("No common free time found. Try a shorter meeting, another place or a "
                                      "wider window."))
        self._update_enabled()

    def _on_failed(self, error: BaseException) -> None:
        if not Shiboken.isValid(self):  # closed with its plan meanwhile
            return
        self._searching = False
        failure = classify_failure(error)
        self._say_error(failure.message if failure.kind is not FailureKind.BUG else
                        self.tr("An unexpected error stopped the search (%1).").replace("%1", failure.message))
        self.note.clear()
        self._update_enabled()

    def _say_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    # --- creating ---------------------------------------------------------------------------

    def chosen_slot(self) -> FreeSlot | None:
        item = self.slots.currentItem()
        slot = item.data(SLOT_ROLE) if item is not None else None
        return slot if isinstance(slot, FreeSlot) else None

    def create_meeting(self, slot: FreeSlot | None = None) -> None:
        """Add the meeting at ``slot`` (the one chosen in the list by default) as one undo step."""
        slot = slot or self.chosen_slot()
        found = self.found
        if slot is None or found is None or not self.document.is_settled:
            return
        try:
            venue_id = self.venue.key("venue")
            room_id = self.room.key("room")
        except DomainError as error:
            self._say_error(error_sentence(error))
            return
        title = self.title.text().strip() or self.title.placeholderText()
        zone = self.document.plan.venue_by_id[venue_id].timezone if venue_id is not None else found.timezone
        try:
            activity = Activity(None, title, slot.start, slot.end, zone, kind=ActivityKind.MEETING,
                                status=ActivityStatus.TENTATIVE, venue_id=venue_id, room_id=room_id,
                                attendees=tuple(Attendance(d) for d in self.delegates.chosen_ids()),
                                contact_ids=tuple(self.contacts.chosen_ids()))
        except DomainError as error:
            self._say_error(error_sentence(error))
            return
        self.error.hide()
        self.main_window.run_edit(self.tr("Add '%1'").replace("%1", title),
                                  lambda store: add_activity(store, activity)[1])
        self.note.setText(self.tr("Added '%1' on %2 (tentative).").replace("%1", title)
                          .replace("%2", span_label(slot.start, slot.end, zone)))
        self.slots.clear()
        self.found = None
        self._update_enabled()

    def _update_enabled(self) -> None:
        has_people = bool(self.delegates.chosen_ids() or self.contacts.chosen_ids())
        self.find_button.setEnabled(has_people and not self._searching)
        self.create_button.setEnabled(self.chosen_slot() is not None and self.document.is_settled)
