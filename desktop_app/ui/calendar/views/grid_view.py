"""What the day and the week views share: a canvas, the edits its gestures and keys make, the
clipboard, the scheduler's ghost blocks and the conflict a click in the conflicts panel names.

A subclass says which columns it shows and where each activity goes (``build``); this class
turns drops and keys into undo steps (``edit_requested``) and follows the plan as edits come
back, keeping selection and scroll.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import datetime, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QVBoxLayout, QWidget

from desktop_app.domain.activities import Activity
from desktop_app.domain.conflicts import Conflict, ConflictKind, Severity
from desktop_app.domain.plan import Plan
from desktop_app.domain.timezones import utc_now
from desktop_app.services.changes import Changes
from desktop_app.ui.calendar import calendar_edits
from desktop_app.ui.calendar.calendar_edits import Edit
from desktop_app.ui.calendar.canvas.calendar_canvas import CalendarCanvas
from desktop_app.ui.calendar.model.drag_edits import copy_of, reassigned
from desktop_app.ui.calendar.model.drag_preview import GridEdits, Preview
from desktop_app.ui.calendar.model.layout import Block, CalendarLayout, worst_severities

Placer = Callable[[Activity], list[int]]
SNAP_CHOICES = (5, 15, 30)

_clipboard: list[tuple[Activity, tuple[str, int]]] = []
"""Copied activities with the column each was copied from (shared by the day and week views)."""


class GridView(QWidget):
    edit_requested = Signal(str, object)
    open_requested = Signal(object)
    selection_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, clock: Callable[[], datetime] = utc_now) -> None:
        super().__init__(parent)
        self.plan = Plan()
        self.conflicts: Sequence[Conflict] = ()
        self.ghosts: tuple[Activity, ...] = ()
        self.placer: Placer = lambda _activity: []
        self._open_created = False
        self.canvas = CalendarCanvas(self, clock=clock)
        self.canvas.setAccessibleName(self.tr("Calendar grid"))
        self.canvas.gestures.new_title = self.tr("New activity")
        self.canvas.gestures.describe = self.describe_preview
        self.canvas.dropped.connect(self._on_dropped)
        self.canvas.open_requested.connect(self.open_requested)
        self.canvas.selection_changed.connect(self.selection_changed)
        self.canvas.context_requested.connect(self._show_context_menu)
        self.feedback = QLabel(self)
        self.feedback.setWordWrap(True)
        self.canvas.drag_feedback.connect(self._show_feedback)
        self.edit_actions = self._make_actions()
        self.toolbar = QWidget(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.feedback)
        self.feedback.hide()

    # --- what subclasses give ----------------------------------------------------------------

    def build(self) -> tuple[CalendarLayout, Placer]:
        """The layout of what is shown now, and where an activity goes in it."""
        raise NotImplementedError

    def column_titles(self, layout: CalendarLayout) -> dict[int, str]:
        return {}

    # --- feeding -------------------------------------------------------------------------------

    def set_plan(self, plan: Plan, conflicts: Sequence[Conflict]) -> None:
        self.plan, self.conflicts = plan, conflicts
        self.refresh()

    def apply_changes(self, plan: Plan, conflicts: Sequence[Conflict], changes: Changes) -> None:
        self.plan, self.conflicts = plan, conflicts
        created = [r.after for r in changes.revisions if r.before is None and isinstance(r.after, Activity)]
        self.refresh()
        if created:
            self.canvas.select([a.id or 0 for a in created], scroll=False)
            if self._open_created and len(created) == 1:
                self.open_requested.emit(created[0])
        self._open_created = False

    def refresh(self) -> None:
        layout, self.placer = self.build()
        self.canvas.column_titles = self.column_titles(layout)
        self.canvas.set_layout(layout, GridEdits(self.plan, layout, self.placer, self.marks))

    @property
    def marks(self) -> dict[int, Severity]:
        return worst_severities(self.conflicts)

    def set_ghosts(self, activities: Iterable[Activity]) -> None:
        """Show a proposal (the scheduler's) as ghost blocks beside the plan; nothing is saved."""
        self.ghosts = tuple(activities)
        self.refresh()

    def clear_ghosts(self) -> None:
        if self.ghosts:
            self.ghosts = ()
            self.refresh()

    # --- selection and conflicts --------------------------------------------------------------

    def selected_activities(self) -> list[Activity]:
        return self.canvas.selected_activities()

    def select_activities(self, activity_ids: Iterable[int], *, scroll: bool = True) -> None:
        self.canvas.select(activity_ids, scroll=scroll)

    def conflict_focus(self, conflict: Conflict) -> list[Block]:
        """The blocks of ``conflict`` shown here, nearest its subject first."""
        ids = set(conflict.activity_ids)
        return [b for b in self.canvas.base_layout.blocks if b.activity.id in ids and not b.ghost]

    # --- drops and keys --------------------------------------------------------------------------

    def describe_preview(self, preview: Preview) -> str:
        """The overlay's text: the new times, then one line per collision."""
        lines = []
        if preview.activities:
            activity = preview.activities[0]
            blocks = [b for b in preview.layout.blocks if b.activity is activity]
            if blocks:
                lines.append(blocks[0].time_text)
        if preview.note == "attends":
            lines.append(self.tr("Attends it already: moved in time only"))
        elif preview.note == "several":
            lines.append(self.tr("Several activities move in time only"))
        own = [a.id or 0 for a in preview.activities]
        for conflict in preview.collisions[:4]:
            lines.append(collision_text(conflict, own))
        if len(preview.collisions) > 4:
            lines.append(self.tr("and {count} more").format(count=len(preview.collisions) - 4))
        return "\n".join(lines)

    def _show_feedback(self, text: str) -> None:
        self.feedback.setText(text.replace("\n", " · "))
        self.feedback.setVisible(bool(text))

    def _on_dropped(self, preview: Preview) -> None:
        edit = calendar_edits.from_preview(self.plan, preview)
        if edit is None:
            self.canvas.show_base_layout()
            return
        self._open_created = preview.kind.name == "CREATE"
        self.request(edit)

    def request(self, edit: Edit | None) -> None:
        if edit is not None:
            self.edit_requested.emit(*edit)

    @property
    def step(self) -> timedelta:
        return timedelta(minutes=self.canvas.snap_minutes)

    def set_snap(self, minutes: int) -> None:
        self.canvas.snap_minutes = minutes
        for action in self.move_actions:
            action.setText(action.property("pattern").format(minutes=minutes))

    def _make_actions(self) -> list[list[QAction]]:
        def action(text: str, shortcut: str | QKeySequence.StandardKey, slot: Callable[[], None]) -> QAction:
            created = QAction(text, self)
            created.setShortcut(QKeySequence(shortcut))
            created.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            created.triggered.connect(lambda _checked=False: slot())
            self.canvas.addAction(created)
            return created

        self.move_actions = []
        moves = []
        for pattern, shortcut, slot in (
            (self.tr("Move {minutes} min &earlier"), "Alt+Up", lambda: self.nudge(-1)),
            (self.tr("Move {minutes} min &later"), "Alt+Down", lambda: self.nudge(1)),
            (self.tr("&Shorten by {minutes} min"), "Alt+Shift+Up", lambda: self.stretch(-1)),
            (self.tr("Len&gthen by {minutes} min"), "Alt+Shift+Down", lambda: self.stretch(1)),
        ):
            created = action(pattern.format(minutes=15), shortcut, slot)
            created.setProperty("pattern", pattern)
            self.move_actions.append(created)
            moves.append(created)
        moves += [action(self.tr("To the column on the le&ft"), "Alt+Left", lambda: self.reassign(-1)),
                  action(self.tr("To the column on the &right"), "Alt+Right", lambda: self.reassign(1))]
        clipboard = [action(self.tr("&Copy"), QKeySequence.StandardKey.Copy, self.copy),
                     action(self.tr("&Paste"), QKeySequence.StandardKey.Paste, self.paste),
                     action(self.tr("D&uplicate"), "Ctrl+D", self.duplicate)]
        others = [action(self.tr("&Open in the inspector"), "Ctrl+Return", self._open_focused),
                  action(self.tr("&Delete"), QKeySequence.StandardKey.Delete, self.delete)]
        return [moves, clipboard, others]

    def _open_focused(self) -> None:
        block = self.canvas.focused_block()
        if block is not None:
            self.open_requested.emit(block.activity)

    def nudge(self, direction: int) -> None:
        activities = self.selected_activities()
        if activities:
            self.request(calendar_edits.move(self.plan, activities, direction * self.step))

    def stretch(self, direction: int) -> None:
        block = self.canvas.focused_block()
        if block is None:
            return
        if block.activity.duration + direction * self.step <= timedelta():
            return
        self.request(calendar_edits.resize(block.activity, timedelta(), direction * self.step))

    def reassign(self, direction: int) -> None:
        """The focused block to the neighbouring column: another delegate or room, or a day over."""
        block = self.canvas.focused_block()
        layout = self.canvas.base_layout
        if block is None:
            return
        column = block.column + direction
        if not 0 <= column < len(layout.columns):
            return
        source, target = layout.columns[block.column].key, layout.columns[column].key
        if source[0] == "day":
            self.request(calendar_edits.move(self.plan, [block.activity], timedelta(days=direction)))
            return
        if reassigned(self.plan, block.activity, source, target) is None:
            self._show_feedback(self.tr("{name} attends it already").format(name=self.canvas.column_title(column)))
            return
        self.request(calendar_edits.move(self.plan, [block.activity], timedelta(), source, target))

    def delete(self) -> None:
        activities = self.selected_activities()
        if activities:
            self.request(calendar_edits.delete(activities))

    def copy(self) -> None:
        blocks = self.canvas.selected_blocks()
        if not blocks:
            return
        seen: dict[int, tuple[Activity, tuple[str, int]]] = {}
        for block in blocks:
            key = self.canvas.base_layout.columns[block.column].key
            seen.setdefault(block.activity.id or 0, (block.activity, key))
        _clipboard[:] = sorted(seen.values(), key=lambda item: item[0].start)
        QApplication.clipboard().setText("\n".join(f"{b.time_text}\t{b.activity.title}" for b in blocks))

    def paste(self) -> None:
        """The copied activities at the cell clicked last (else beside the focused block), keeping
        their times relative to each other; in another person's or room's column, theirs."""
        if not _clipboard:
            return
        layout = self.canvas.base_layout
        cell = self.canvas.cursor_cell
        focused = self.canvas.focused_block()
        if cell is None and focused is None:
            return
        if cell is not None and cell[0] < len(layout.columns):
            column, minute = cell
            start = layout.columns[column].axis.instant_at(layout.columns[column].axis.snap(minute, 15))
        else:
            assert focused is not None
            column, start = focused.column, focused.activity.end
        target = layout.columns[column].key
        first = _clipboard[0][0].start
        copies = []
        for activity, source in _clipboard:
            copy_start = start + (activity.start - first)
            if target[0] == "day" or source[0] == "day":
                copies.append(copy_of(activity, copy_start))
            else:
                copies.append(copy_of(activity, copy_start, column=target, source=source, plan=self.plan))
        self.request(calendar_edits.paste(copies))

    def duplicate(self) -> None:
        """A copy of each selected activity right after it, for the same people and place."""
        activities = self.selected_activities()
        if activities:
            self.request(calendar_edits.duplicate([copy_of(a, a.end) for a in activities]))

    def _show_context_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        has_selection = bool(self.selected_activities())
        for number, group in enumerate(self.edit_actions):
            if number:
                menu.addSeparator()
            for action in group:
                action.setEnabled(has_selection or action.text() == self.tr("&Paste"))
                menu.addAction(action)
        menu.exec(position)
        for group in self.edit_actions:
            for action in group:
                action.setEnabled(True)
        menu.deleteLater()


_COLLISION_TEXTS = {
    ConflictKind.DOUBLE_BOOKED: QT_TRANSLATE_NOOP("GridView", "Clashes for {subject}"),
    ConflictKind.ROOM_OVER_CAPACITY: QT_TRANSLATE_NOOP("GridView", "Over capacity: {subject}"),
    ConflictKind.TRAVEL_TIME: QT_TRANSLATE_NOOP("GridView", "Too little travel time for {subject}"),
    ConflictKind.OUTSIDE_STAY: QT_TRANSLATE_NOOP("GridView", "Outside {subject}'s stay"),
    ConflictKind.OUTSIDE_OPENING_HOURS: QT_TRANSLATE_NOOP("GridView", "{subject} is closed then"),
}


def collision_text(conflict: Conflict, own_ids: Iterable[int] = ()) -> str:
    """One short line per collision: 'Clashes for Kim Ji-woo: Buyers lunch' (naming the other
    activities, not those being dragged)."""
    text = QCoreApplication.translate("GridView", _COLLISION_TEXTS[conflict.kind]).format(subject=conflict.subject)
    own = set(own_ids)
    others = [title for activity_id, (_external, title) in zip(conflict.activity_ids, conflict.activities, strict=True)
              if activity_id not in own]
    return f"{text}: {', '.join(dict.fromkeys(others))}" if others else text
