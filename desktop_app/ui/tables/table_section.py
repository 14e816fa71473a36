"""A section that is a searchable, sortable table of one kind of entity, with bulk actions.

Subclasses say which entities (``rows``), which columns, how a new one starts (``blank``) and
which bulk actions they offer; this class provides the search field, the table with multiple
selection that survives sorting and edits, New and Delete (with the choices deletion offers).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.conflicts import Conflict
from desktop_app.domain.plan import Plan
from desktop_app.domain.plan_patch import entity_key
from desktop_app.services.changes import Changes
from desktop_app.ui.tables.deletion_dialog import delete_work
from desktop_app.ui.tables.entity_table_model import ENTITY_ROLE, SORT_ROLE, EntityTableModel, TableColumn
from desktop_app.ui.workspace.section import Section


class TableSection(Section):
    entity_type: type = object
    """The kind of entity the table lists."""
    noun = "item"
    plural = "items"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = EntityTableModel(self.columns(), self)
        self._sized = False
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self.search_field = QLineEdit(self)
        self.search_field.setPlaceholderText(self.tr("Search…"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setAccessibleName(self.tr("Search %s") % self.title)
        self.search_field.textChanged.connect(self.proxy.setFilterFixedString)
        self.summary_label = QLabel(self)

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.doubleClicked.connect(self._on_double_click)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed.emit(self.selected()))
        self.table.setAccessibleName(self.title)

        self.new_action = QAction(self.tr("New %s…") % self.noun, self)
        self.new_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_action.triggered.connect(self.create_new)
        self.delete_action = QAction(self.tr("Delete…"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(self.delete_selected)
        self.addActions([self.new_action, self.delete_action])

        new_button = QToolButton(self)
        new_button.setDefaultAction(self.new_action)
        new_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar = QHBoxLayout()
        bar.addWidget(self.search_field, 1)
        bar.addWidget(new_button)
        for action in self.bulk_actions():
            button = QToolButton(self)
            button.setDefaultAction(action)
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary_label)

    # --- what subclasses provide ----------------------------------------------------------

    def columns(self) -> Sequence[TableColumn]:
        raise NotImplementedError

    def rows(self, plan: Plan) -> Iterable[Any]:
        raise NotImplementedError

    def blank(self, plan: Plan) -> Any | None:
        """A new entity to fill in (the inspector opens it); None when the section cannot make one."""
        return None

    def bulk_actions(self) -> list[QAction]:
        """Actions on the selected rows (assign to a delegation, change status ...)."""
        return []

    def shows(self, entity: object) -> bool:
        """Whether ``entity`` (of ``entity_type``) is a row of this table (not removed or deleted)."""
        return getattr(entity, "removed_at", None) is None and getattr(entity, "deleted_at", None) is None

    def depends_on(self) -> frozenset[type]:
        """Other kinds of entity whose names the columns show (their change repaints every row)."""
        return frozenset()

    # --- Section --------------------------------------------------------------------------

    def set_plan(self, plan: Plan, conflicts: Sequence[Conflict]) -> None:
        super().set_plan(plan, conflicts)
        self.model.set_rows(self.rows(plan), plan)
        if not self._sized and self.model.rowCount():
            self.table.resizeColumnsToContents()  # once: widths the user sets afterwards stay
            self._sized = True
        self._update_summary()

    def apply_changes(self, plan: Plan, conflicts: Sequence[Conflict], changes: Changes) -> None:
        if not changes.can_patch:
            self.set_plan(plan, conflicts)
            return
        self.plan, self.conflicts = plan, conflicts
        mine = [r for r in changes.revisions if isinstance(r.entity, self.entity_type)]
        saved = [r.after for r in mine if r.after is not None and self.shows(r.after)]
        gone = [entity_key(r.entity) for r in mine if r.after is None or not self.shows(r.after)]
        self.model.apply(plan, saved, gone)
        if any(isinstance(r.entity, tuple(self.depends_on())) for r in changes.revisions):
            self.model.refresh_cells(plan)
        self._update_summary()

    def count(self, plan: Plan) -> int | None:
        return sum(1 for _ in self.rows(plan))

    def selected(self) -> list[Any]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.proxy.index(row, 0).data(ENTITY_ROLE) for row in rows]

    def select(self, entities: Sequence[Any]) -> None:
        selection = QItemSelection()
        for entity in entities:
            row = self.model.row_of(entity_key(entity))
            if row is None:
                continue
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if index.isValid():
                last = self.proxy.index(index.row(), self.proxy.columnCount() - 1)
                selection.select(index, last)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().select(selection, flags)
        if not selection.isEmpty():
            self.table.scrollTo(selection.indexes()[0])

    def focus_search(self) -> None:
        self.search_field.setFocus()
        self.search_field.selectAll()

    def actions_for_menu(self) -> list[QAction]:
        return [self.new_action, self.delete_action, *self.bulk_actions()]

    # --- actions --------------------------------------------------------------------------

    def create_new(self) -> None:
        blank = self.blank(self.plan)
        if blank is not None:
            self.open_requested.emit(blank)

    def delete_selected(self) -> None:
        targets = self.selected()
        if not targets or not self.settled:
            return
        work = delete_work(self, self.plan, targets, self.noun, self.plural)
        if work is not None:
            text, job = work
            self.request_edit(text, job)

    def _on_double_click(self, index: QModelIndex) -> None:
        entity = index.data(ENTITY_ROLE)
        if entity is not None:
            self.open_requested.emit(entity)

    def _context_menu(self, position: Any) -> None:
        menu = QMenu(self)
        menu.addActions(self.actions_for_menu())
        menu.exec(self.table.viewport().mapToGlobal(position))

    def _update_summary(self) -> None:
        count = self.model.rowCount()
        self.summary_label.setText(self.tr("%n %1", "", count).replace("%1", self.plural if count != 1 else self.noun))
