"""Tools → Re-plan: a typhoon morning in one undoable step, and the affected delegates' files again.

Pick a time range in market time, narrow it to venues or rooms and to people if needed, and
shift, move (re-room) or cancel what is in it. The preview, computed from the window's snapshot
(``editing.replan.preview``, no write), lists each activity as it is and would be, the conflicts
the change creates and the delegates it affects. Apply runs ``replan_activities`` through
``MainWindow.run_edit``: one transaction, one step on the undo stack. Then the dialog offers to
write the affected delegates' itineraries and calendars again (``ExportKind.DELEGATE_FILES``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import DomainError
from desktop_app.domain.local_time import plan_days
from desktop_app.domain.plan import Plan
from desktop_app.services.changes import Changes
from desktop_app.services.editing.replan import (
    Place,
    Replan,
    ReplanOutcome,
    preview,
    replan_activities,
)
from desktop_app.ui.appearance import mark_as_error
from desktop_app.ui.conflicts.conflict_list_model import ConflictListModel
from desktop_app.ui.exports.export_jobs import ExportKind
from desktop_app.ui.inspector.fields.choices import venue_choices
from desktop_app.ui.inspector.fields.entity_combo import EntityCombo, RoomCombo
from desktop_app.ui.inspector.fields.people_picker import PeoplePicker
from desktop_app.ui.tools.market_time_edit import MarketTimeEdit, error_sentence
from desktop_app.ui.tools.replan_preview_model import TITLE, ReplanPreviewModel, preview_rows

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow

PREVIEW_DELAY_MS = 120
"""Typing a time or ticking venues recomputes the preview once it pauses."""
VENUE, ROOM = "venue", "room"
TITLE_WIDTH = 260
"""Long titles are cut (the whole title is the cell's tooltip), so the times and places fit."""


@dataclass
class _Applied:
    """Set by the write (on the write worker), read on the GUI thread once the plan has changed."""

    outcome: ReplanOutcome | None = None


class ReplanDialog(QDialog):
    def __init__(self, window: MainWindow, day: date | None = None) -> None:
        super().__init__(window)
        self.main_window = window
        self.document = window.document
        self.setWindowTitle(self.tr("Re-plan a time range"))
        self.setObjectName("replanDialog")
        self.outcome: ReplanOutcome | None = None
        self.applied: ReplanOutcome | None = None
        self._pending_apply: _Applied | None = None
        self._just_applied = False
        """After Apply, until a field changes: pressing Apply again would shift a second time."""
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.refresh_preview)

        self._build()
        self.set_plan(self.document.plan)
        first = day or self._first_day()
        self.from_edit.set_wall(first, time(9))
        self.to_edit.set_wall(first, time(13))
        self.document.changed.connect(self._on_plan_changed)
        self.document.settled_changed.connect(self._on_settled)
        self.refresh_preview()

    # --- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.from_edit = MarketTimeEdit(self)
        self.to_edit = MarketTimeEdit(self)
        when = QGroupBox(self.tr("When (market time)"), self)
        when_form = QFormLayout(when)
        when_form.addRow(self.tr("&From"), self.from_edit)
        when_form.addRow(self.tr("&To"), self.to_edit)
        self.from_edit.edit.setAccessibleName(self.tr("Start of the range"))
        self.to_edit.edit.setAccessibleName(self.tr("End of the range"))

        self.places = QListWidget(self)
        self.places.setAccessibleName(self.tr("Only at these venues and rooms"))
        self.places.setToolTip(self.tr("Tick venues or rooms to re-plan only what is there; none ticked: everywhere"))
        self.places.itemChanged.connect(lambda _item: self._schedule_preview())
        self.places.setMaximumHeight(150)
        self.people = PeoplePicker(self, noun="delegate")
        self.people.changed.connect(self._schedule_preview)
        which = QGroupBox(self.tr("What (nothing ticked or chosen: everything)"), self)
        which_layout = QGridLayout(which)
        which_layout.addWidget(QLabel(self.tr("Only at"), which), 0, 0)
        which_layout.addWidget(QLabel(self.tr("Only for"), which), 0, 1)
        which_layout.addWidget(self.places, 1, 0)
        which_layout.addWidget(self.people, 1, 1, Qt.AlignmentFlag.AlignTop)

        action = QGroupBox(self.tr("Do"), self)
        self.shift_choice = QRadioButton(self.tr("&Shift by"), action)
        self.move_choice = QRadioButton(self.tr("&Move to"), action)
        self.cancel_choice = QRadioButton(self.tr("&Cancel them"), action)
        self.choices = QButtonGroup(self)
        for button in (self.shift_choice, self.move_choice, self.cancel_choice):
            self.choices.addButton(button)
        self.shift_choice.setChecked(True)
        self.shift_minutes = QSpinBox(action)
        self.shift_minutes.setRange(-24 * 60, 24 * 60)
        self.shift_minutes.setSingleStep(15)
        self.shift_minutes.setValue(120)
        self.shift_minutes.setSuffix(self.tr(" min"))
        self.shift_minutes.setAccessibleName(self.tr("Minutes to shift by (negative: earlier)"))
        self.shift_minutes.valueChanged.connect(lambda _value: self._schedule_preview())
        self.move_venue = EntityCombo(action, noun=self.tr("venue"))
        self.move_venue.setAccessibleName(self.tr("Venue to move to"))
        self.move_room = RoomCombo(action)
        self.move_room.setAccessibleName(self.tr("Room to move to"))
        self.move_venue.picked.connect(self._on_move_venue)
        self.move_room.picked.connect(lambda _key: self._schedule_preview())
        action_layout = QGridLayout(action)
        action_layout.addWidget(self.shift_choice, 0, 0)
        action_layout.addWidget(self.shift_minutes, 0, 1)
        action_layout.addWidget(self.move_choice, 1, 0)
        action_layout.addWidget(self.move_venue, 1, 1)
        action_layout.addWidget(self.move_room, 1, 2)
        action_layout.addWidget(self.cancel_choice, 2, 0, 1, 3)
        action_layout.setColumnStretch(2, 1)

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        mark_as_error(self.error)
        self.error.hide()
        self.model = ReplanPreviewModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Activities that would change"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.conflicts_model = ConflictListModel(self)
        self.conflicts = QListView(self)
        self.conflicts.setModel(self.conflicts_model)
        self.conflicts.setWordWrap(True)
        self.conflicts.setIconSize(QSize(16, 16))
        self.conflicts.setAccessibleName(self.tr("Conflicts the change would create"))
        self.conflicts_heading = QLabel(self)
        conflicts_box = QWidget(self)
        conflicts_layout = QVBoxLayout(conflicts_box)
        conflicts_layout.setContentsMargins(0, 0, 0, 0)
        conflicts_layout.addWidget(self.conflicts_heading)
        conflicts_layout.addWidget(self.conflicts)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(conflicts_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)

        self.done_note = QLabel(self)
        self.done_note.setWordWrap(True)
        self.done_note.hide()
        self.reissue_button = QPushButton(self)
        self.reissue_button.setToolTip(self.tr("Write the itinerary and calendar of each delegate the re-plan "
                                               "changed, and of nobody else"))
        self.reissue_button.clicked.connect(lambda _checked=False: self.reissue())
        self.reissue_button.hide()
        done_row = QHBoxLayout()
        done_row.addWidget(self.done_note, 1)
        done_row.addWidget(self.reissue_button)

        self.buttons = QDialogButtonBox(self)
        self.apply_button = self.buttons.addButton(self.tr("&Apply"), QDialogButtonBox.ButtonRole.ApplyRole)
        self.apply_button.setToolTip(self.tr("Make the change in one step (Edit → Undo takes it back)"))
        self.apply_button.clicked.connect(lambda _checked=False: self.apply())
        self.apply_button.setDefault(True)
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(when, 1)
        top.addWidget(action, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(which)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(split, 1)
        layout.addLayout(done_row)
        layout.addWidget(self.buttons)
        self.from_edit.changed.connect(self._schedule_preview)
        self.to_edit.changed.connect(self._schedule_preview)
        for button in (self.shift_choice, self.move_choice, self.cancel_choice):
            button.toggled.connect(lambda _on: self._on_choice())
        self._on_choice()
        self.resize(1040, 820)

    # --- the plan -------------------------------------------------------------------------

    def set_plan(self, plan: Plan) -> None:
        """Offer the plan's venues, rooms and delegates; what was chosen stays chosen."""
        ticked = self.ticked_places()
        self.places.blockSignals(True)
        self.places.clear()
        for venue in plan.venues:
            self._add_place(venue.name, (VENUE, venue.id or 0), ticked)
            for room in plan.rooms_of(venue.id or 0):
                self._add_place(f"    {room.name}", (ROOM, room.id or 0), ticked)
        self.places.blockSignals(False)
        chosen = self.people.chosen()
        self.people.set_candidates(plan.delegates)
        self.people.set_chosen([c for c in chosen if c[0] in plan.delegate_by_id])
        self.move_venue.set_choices(venue_choices(plan))
        self.move_room.show_rooms_of(plan, self._move_venue_id())
        self.from_edit.set_plan(plan)
        self.to_edit.set_plan(plan)

    def _add_place(self, label: str, key: tuple[str, int], ticked: set[tuple[str, int]]) -> None:
        item = QListWidgetItem(label, self.places)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if key in ticked else Qt.CheckState.Unchecked)
        item.setData(Qt.ItemDataRole.UserRole, key)

    def ticked_places(self) -> set[tuple[str, int]]:
        return {self.places.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.places.count())
                if self.places.item(row).checkState() == Qt.CheckState.Checked}

    def tick_place(self, kind: str, entity_id: int, ticked: bool = True) -> None:
        for row in range(self.places.count()):
            item = self.places.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == (kind, entity_id):
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def _first_day(self) -> date:
        days = plan_days(self.document.plan)
        return days[0] if days else date.today()  # an empty plan: any day will do

    def _on_plan_changed(self, _changes: Changes) -> None:
        self.set_plan(self.document.plan)
        applied = self._pending_apply
        ours = applied is not None and applied.outcome is not None
        if applied is not None and applied.outcome is not None:
            self._pending_apply = None
            self._show_applied(applied.outcome)
        if self.isVisible():  # at once: the preview never shows a plan the file has left
            self.refresh_preview()
        self._just_applied = ours  # after another change (an undo, another window) Apply is offered again
        self._update_enabled()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh_preview()  # edits made while it was closed

    # --- the re-plan described by the fields ----------------------------------------------

    def replan(self) -> Replan:
        """What the fields say; raises ``DomainError`` (ValidationError) with the reason."""
        start = self.from_edit.value("start")
        end = self.to_edit.value("end")
        assert start is not None and end is not None
        places = self.ticked_places()
        move_to = None
        if self.move_choice.isChecked():
            venue_id = self.move_venue.key("venue")
            room_id = self.move_room.key("room")
            move_to = Place(venue_id, room_id)
        return Replan(start, end,
                      venue_ids=frozenset(key for kind, key in places if kind == VENUE),
                      room_ids=frozenset(key for kind, key in places if kind == ROOM),
                      delegate_ids=frozenset(self.people.chosen_ids()),
                      shift=timedelta(minutes=self.shift_minutes.value()) if self.shift_choice.isChecked()
                      else timedelta(),
                      move_to=move_to, cancel=self.cancel_choice.isChecked())

    def _schedule_preview(self) -> None:
        self._just_applied = False
        self._preview_timer.start()

    def refresh_preview(self) -> None:
        """Recompute what the change would do, from the window's snapshot."""
        self._preview_timer.stop()
        plan = self.document.plan
        try:
            replan = self.replan()
            outcome = preview(plan, replan, self.document.conflicts)
        except DomainError as error:
            self.outcome = None
            self.error.setText(error_sentence(error))
            self.error.show()
            self.summary.clear()
            self.model.set_rows([])
            self.conflicts_model.set_conflicts([])
            self.conflicts_heading.clear()
            self._update_enabled()
            return
        self.outcome = outcome
        self.error.hide()
        after = outcome.changes.apply_to(plan)
        self.model.set_rows(preview_rows(plan, after, outcome.activities, self.tr("cancelled")))
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(TITLE, min(self.table.columnWidth(TITLE), TITLE_WIDTH))
        self.conflicts_model.set_conflicts(outcome.conflicts_created)
        self.summary.setText(self._summary_text(plan, outcome))
        created = len(outcome.conflicts_created)
        self.conflicts_heading.setText(self.tr("No new conflicts") if not created else
                                       self.tr("New conflicts: %1").replace("%1", str(created)))
        self._update_enabled()

    def _summary_text(self, plan: Plan, outcome: ReplanOutcome) -> str:
        count = len(outcome.revisions)
        if not count:
            return self.tr("Nothing in this range matches: nothing would change.")
        text = self.tr("Activities that would change: %1 (%2) · new conflicts: %3 · resolved: %4 · "
                       "delegates affected: %5")
        return (text.replace("%1", str(count)).replace("%2", self.action_text(plan, outcome.replan))
                .replace("%3", str(len(outcome.conflicts_created)))
                .replace("%4", str(len(outcome.conflicts_resolved)))
                .replace("%5", str(len(outcome.delegate_ids))))

    def action_text(self, plan: Plan, replan: Replan) -> str:
        """'shift by +120 min', 'move to HKCEC, Theatre 2', 'cancel' (a shift and a move: both)."""
        if replan.cancel:
            return self.tr("cancel")
        parts = []
        if replan.shift:
            minutes = int(replan.shift.total_seconds() // 60)
            parts.append(self.tr("shift by %1 min").replace("%1", f"{minutes:+d}"))
        if replan.move_to is not None:
            place = plan.describe_place(replan.move_to.venue_id, replan.move_to.room_id)
            parts.append(self.tr("move to %1").replace("%1", place))
        return self.tr(" and ").join(parts)

    def _on_choice(self) -> None:
        self.shift_minutes.setEnabled(self.shift_choice.isChecked())
        moving = self.move_choice.isChecked()
        self.move_venue.setEnabled(moving)
        self.move_room.setEnabled(moving and self._move_venue_id() is not None)
        self._schedule_preview()

    def _on_move_venue(self, _key: object) -> None:
        self.move_room.show_rooms_of(self.document.plan, self._move_venue_id())
        self.move_room.setEnabled(self.move_choice.isChecked() and self._move_venue_id() is not None)
        self._schedule_preview()

    def _move_venue_id(self) -> int | None:
        try:
            key = self.move_venue.key("venue")
        except DomainError:
            return None
        return key if isinstance(key, int) else None

    def _on_settled(self, _settled: bool) -> None:
        self._update_enabled()

    def _update_enabled(self) -> None:
        ready = self.outcome is not None and bool(self.outcome.revisions) and self.document.is_settled
        self.apply_button.setEnabled(ready and not self._just_applied)

    # --- applying ---------------------------------------------------------------------------

    def apply(self) -> None:
        """Make the change shown in the preview as one undoable step."""
        self.refresh_preview()
        outcome = self.outcome
        if outcome is None or not outcome.revisions or not self.document.is_settled:
            return
        replan = outcome.replan
        applied = self._pending_apply = _Applied()

        def work(store: object) -> Changes:
            done = replan_activities(store, replan)  # type: ignore[arg-type]
            applied.outcome = done
            return done.changes

        text = self.tr("Re-plan %1 activities: %2").replace("%1", str(len(outcome.revisions))).replace(
            "%2", self.action_text(self.document.plan, replan))
        self._just_applied = True
        self.main_window.run_edit(text, work)
        self._update_enabled()

    def _show_applied(self, outcome: ReplanOutcome) -> None:
        self.applied = outcome
        count = len(outcome.revisions)
        self.done_note.setText(self.tr("Done: activities changed: %1 · new conflicts: %2 (Edit → Undo takes it back).")
                               .replace("%1", str(count)).replace("%2", str(len(outcome.conflicts_created))))
        self.done_note.show()
        people = len(outcome.delegate_ids)
        self.reissue_button.setText(self.tr("&Re-issue calendars and itineraries to %1 delegates…")
                                    .replace("%1", str(people)))
        self.reissue_button.setVisible(people > 0)

    def reissue(self, folder: Path | None = None) -> None:
        """Write the affected delegates' itineraries and calendars (asks for the folder unless given)."""
        outcome = self.applied
        if outcome is None or not outcome.delegate_ids or not self.document.is_settled:
            return
        exports = self.main_window.exports
        if folder is None:
            folder = exports.choose_folder(ExportKind.DELEGATE_FILES)
            if folder is None:
                return
        exports.export(ExportKind.DELEGATE_FILES, self.document.plan, folder, list(outcome.delegate_ids))
