"""Choosing activities to add delegates to: the plan's activities in time order, searchable.

``choose_activities`` is a module function so tests can answer it, as the deletion questions are.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.activities import Activity
from desktop_app.domain.local_time import activity_zone
from desktop_app.domain.people import Delegate
from desktop_app.domain.plan import Plan
from desktop_app.domain.timezones import to_local
from desktop_app.ui.tables.entity_proxy_model import EntityProxyModel
from desktop_app.ui.tables.entity_table_model import ENTITY_ROLE, EntityTableModel, TableColumn
from desktop_app.ui.window_dates import span_text


def when(activity: Activity, plan: Plan) -> str:
    zone = activity_zone(plan, activity)
    return span_text(to_local(activity.start, zone), to_local(activity.end, zone))


def choose_activities(parent: QWidget, plan: Plan, delegates: Sequence[Delegate]) -> tuple[list[int], bool] | None:
    """The ids of the activities chosen and whether the delegates are required there; None if cancelled."""
    dialog = ActivityPickerDialog(parent, plan, delegates)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.chosen_ids(), dialog.required


class ActivityPickerDialog(QDialog):
    def __init__(self, parent: QWidget, plan: Plan, delegates: Sequence[Delegate]) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(self.tr("Add as attendees"))
        self.resize(720, 480)
        names = ", ".join(d.name for d in delegates[:3]) + (
            self.tr(" and %1 more").replace("%1", str(len(delegates) - 3)) if len(delegates) > 3 else "")
        prompt = QLabel(self.tr("Add %1 to the activities you select:").replace("%1", names), self)
        prompt.setWordWrap(True)
        self.search_field = QLineEdit(self)
        self.search_field.setPlaceholderText(self.tr("Search by title, day, time or place…"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setAccessibleName(self.tr("Search activities"))
        self.model = EntityTableModel((
            TableColumn(self.tr("When"), when),
            TableColumn(self.tr("Activity"), lambda a, _p: a.title),
            TableColumn(self.tr("Place"), lambda a, p: p.describe_place(a.venue_id, a.room_id)),
            TableColumn(self.tr("Attendees"), lambda a, _p: str(len(a.attendees)), align_right=True),
        ), self)
        self.model.set_rows((a for a in plan.sorted_activities() if not a.is_cancelled), plan)
        self.proxy = EntityProxyModel(self)  # not sorted: the rows are in time order already
        self.proxy.setSourceModel(self.model)
        self._haystacks: dict[int, str] = {}
        self.search_field.textChanged.connect(self._search)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 220)
        self.table.setAccessibleName(self.tr("Activities"))
        self.optional = QCheckBox(self.tr("Optional for them (a clash is then only a warning)"), self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_ok())
        self.table.doubleClicked.connect(lambda _index: self.accept())
        layout = QVBoxLayout(self)
        for widget in (prompt, self.search_field, self.table, self.optional, self.buttons):
            layout.addWidget(widget)
        self._update_ok()

    @property
    def required(self) -> bool:
        return not self.optional.isChecked()

    def chosen_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [a.id for a in (self.proxy.index(row, 0).data(ENTITY_ROLE) for row in rows) if a.id is not None]

    def _search(self, text: str) -> None:
        needle = text.strip().casefold()
        self.proxy.set_row_filter((lambda activity: needle in self._haystack(activity)) if needle else None)

    def _haystack(self, activity: Activity) -> str:
        """Each activity's searchable text, made once per dialog (its times take a zone lookup)."""
        key = activity.id or 0
        if key not in self._haystacks:
            place = self.plan.describe_place(activity.venue_id, activity.room_id)
            self._haystacks[key] = f"{when(activity, self.plan)} {activity.title} {place}".casefold()
        return self._haystacks[key]

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.table.selectionModel().hasSelection())
