"""A section that is a searchable, sortable table of one kind of entity, with bulk actions.

Subclasses say which entities (``rows``), which columns, how a new one starts (``blank``) and
which bulk actions they offer (``make_bulk_actions``); this class provides the search field, the
table with multiple selection that survives sorting and edits, New and Delete (with the choices
deletion offers). A section may show a second table of another kind beside its own (a venue's
rooms, the delegations): ``add_detail`` embeds one, and the section's selection, keys and
requests are then those of whichever of its tables the person works in.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QItemSelection, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QSplitter,
    QStyle,
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
from desktop_app.ui.tables.entity_proxy_model import EntityProxyModel
from desktop_app.ui.tables.entity_table_model import ENTITY_ROLE, EntityTableModel, TableColumn
from desktop_app.ui.workspace.section import Section

RESIZE_SAMPLE_ROWS = 50
"""Rows read to size the columns to their contents, once (Qt's default, 1,000, is slow on a large table)."""


class TableSection(Section):
    entity_type: type = object
    """The kind of entity the table lists."""
    noun = QT_TRANSLATE_NOOP("Nouns", "item")
    plural = QT_TRANSLATE_NOOP("Nouns", "items")
    """English, marked for translation; shown through ``shown_noun``/``shown_plural``."""

    @property
    def shown_noun(self) -> str:
        return QCoreApplication.translate("Nouns", self.noun)

    @property
    def shown_plural(self) -> str:
        return QCoreApplication.translate("Nouns", self.plural)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = EntityTableModel(self.columns(), self)
        self._sized = False
        self.proxy = EntityProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.details: list[TableSection] = []
        self._active: TableSection = self

        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        bold = self.heading.font()
        bold.setBold(True)
        self.heading.setFont(bold)
        self.heading.hide()
        self.search_field = QLineEdit(self)
        self.search_field.setPlaceholderText(self.tr("Search…"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setAccessibleName(self.tr("Search %1").replace("%1", self.display_title))
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
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setResizeContentsPrecision(RESIZE_SAMPLE_ROWS)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.doubleClicked.connect(self._on_double_click)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._on_own_selection())
        self.table.pressed.connect(lambda _index: self._activate(self))
        self.table.setAccessibleName(self.display_title)
        for signal in (self.proxy.modelReset, self.proxy.rowsInserted, self.proxy.rowsRemoved,
                       self.proxy.layoutChanged):
            signal.connect(self._update_summary)

        self.new_action = QAction(self.tr("New %1…").replace("%1", self.shown_noun), self)
        self.new_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_action.triggered.connect(self.create_new)
        self.delete_action = QAction(self.delete_text(), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(self.delete_selected)
        self.addActions([self.new_action, self.delete_action])
        self._bulk_actions = self.make_bulk_actions()

        new_button = QToolButton(self)
        new_button.setDefaultAction(self.new_action)
        new_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.bar = QHBoxLayout()
        self.bar.addWidget(self.heading)
        self.bar.addWidget(self.search_field, 1)
        self.bar.addWidget(new_button)
        for action in self._bulk_actions:
            button = QToolButton(self)
            button.setDefaultAction(action)
            if action.menu() is not None:
                button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
                arrow = button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
                button.setMinimumWidth(button.sizeHint().width() + 2 * arrow)  # the arrow is drawn over the text
            self.bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary_label)
        self._update_actions()

    # --- what subclasses provide ----------------------------------------------------------

    def columns(self) -> Sequence[TableColumn]:
        raise NotImplementedError

    def rows(self, plan: Plan) -> Iterable[Any]:
        raise NotImplementedError

    def blank(self, plan: Plan) -> Any | None:
        """A new entity to fill in (the inspector opens it); None when the section cannot make one."""
        return None

    def make_bulk_actions(self) -> list[QAction]:
        """Actions on the selected rows (assign to a delegation, change status ...), made once."""
        return []

    def delete_text(self) -> str:
        return self.tr("Delete…")

    def shows(self, entity: object) -> bool:
        """Whether ``entity`` (of ``entity_type``) is a row of this table (not removed or deleted)."""
        return getattr(entity, "removed_at", None) is None and getattr(entity, "deleted_at", None) is None

    def depends_on(self) -> frozenset[type]:
        """Other kinds of entity whose names (or counts) the columns show: their change repaints every row."""
        return frozenset()

    # --- Section --------------------------------------------------------------------------

    def set_plan(self, plan: Plan, conflicts: Sequence[Conflict]) -> None:
        super().set_plan(plan, conflicts)
        self.model.set_rows(self.rows(plan), plan)
        if not self._sized and self.model.rowCount():
            self.table.resizeColumnsToContents()  # once: widths the user sets afterwards stay
            self._sized = True
        self._update_summary()
        for detail in self.details:
            detail.set_plan(plan, conflicts)

    def apply_changes(self, plan: Plan, conflicts: Sequence[Conflict], changes: Changes) -> None:
        if not changes.can_patch:  # the same plan read anew: keep what was selected
            keys = [entity_key(e) for e in self._own_selection()]
            self.set_plan(plan, conflicts)
            self._select_keys(keys)
            return
        self.plan, self.conflicts = plan, conflicts
        mine = [r for r in changes.revisions if isinstance(r.entity, self.entity_type)]
        saved = [r.after for r in mine if r.after is not None and self.shows(r.after)]
        gone = [entity_key(r.entity) for r in mine if r.after is None or not self.shows(r.after)]
        self.model.apply(plan, saved, gone)
        if any(isinstance(r.entity, tuple(self.depends_on())) for r in changes.revisions):
            self.model.refresh_cells(plan)
        self._update_summary()
        for detail in self.details:
            detail.apply_changes(plan, conflicts, changes)

    def count(self, plan: Plan) -> int | None:
        return sum(1 for _ in self.rows(plan))

    def selected(self) -> list[Any]:
        """The selection of the table the person last worked in (this one or a detail)."""
        return self._active._own_selection()

    def select(self, entities: Sequence[Any]) -> None:
        """Select these entities in the table of their kind, which becomes the one worked in."""
        for detail in self.details:
            if entities and all(isinstance(e, detail.entity_type) for e in entities):
                detail.select(entities)
                self._activate(detail)
                return
        self._select_keys([entity_key(e) for e in entities])
        self._activate(self)

    def focus_search(self) -> None:
        self.search_field.setFocus()
        self.search_field.selectAll()

    def actions_for_menu(self) -> list[QAction]:
        return [self.new_action, self.delete_action, *self._bulk_actions]

    def bulk_actions(self) -> list[QAction]:
        return list(self._bulk_actions)

    def set_settled(self, settled: bool) -> None:
        self.settled = settled
        self._update_actions()
        for detail in self.details:
            detail.set_settled(settled)

    # --- a second table ---------------------------------------------------------------------

    def add_detail(self, detail: TableSection, heading: str, share: float = 0.4) -> None:
        """Show ``detail`` below the table, taking ``share`` of the height. It has no search field
        and no shortcuts of its own: the section's Delete and New reach it while it has the focus."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        own = QWidget(self)  # the table with its own summary, so each summary sits under its table
        own_layout = QVBoxLayout(own)
        own_layout.setContentsMargins(0, 0, 0, 0)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        layout.replaceWidget(self.table, splitter)
        layout.removeWidget(self.summary_label)
        own_layout.addWidget(self.table, 1)
        own_layout.addWidget(self.summary_label)
        splitter.addWidget(own)
        splitter.addWidget(detail)
        splitter.setSizes([round(1000 * (1 - share)), round(1000 * share)])
        detail.search_field.hide()
        detail.heading.setText(heading)
        detail.heading.show()
        detail.bar.insertStretch(1, 1)
        for action in detail.actions():
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # never ambiguous with ours
        detail.edit_requested.connect(self.edit_requested)
        detail.open_requested.connect(self.open_requested)
        detail.selection_changed.connect(lambda _entities: self._on_detail_selection(detail))
        detail.table.pressed.connect(lambda _index: self._activate(detail))
        self.details.append(detail)

    def _activate(self, part: TableSection) -> None:
        if self._active is not part:
            self._active = part
            self.selection_changed.emit(self.selected())

    def _on_detail_selection(self, detail: TableSection) -> None:
        if detail._own_selection():
            self._active = detail
        elif self._active is detail:
            self._active = self
        self.selection_changed.emit(self.selected())

    def _target(self) -> TableSection:
        """The table Delete and New act on: the one with the focus, else the one last worked in."""
        focus = QApplication.focusWidget()
        if focus is not None:
            for detail in self.details:
                if detail.isAncestorOf(focus):
                    return detail
            if self.isAncestorOf(focus):
                return self
        return self._active

    # --- actions --------------------------------------------------------------------------

    def create_new(self) -> None:
        target = self._target()
        blank = target.blank(target.plan)
        if blank is not None:
            target.open_requested.emit(blank)  # a detail's reaches the window through this section

    def delete_selected(self) -> None:
        target = self._target()
        targets = target._own_selection()
        if not targets or not self.settled:
            return
        work = delete_work(self, self.plan, targets, target.shown_noun, target.shown_plural)
        if work is not None:
            text, job = work
            target.request_edit(text, job)

    def _own_selection(self) -> list[Any]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.proxy.index(row, 0).data(ENTITY_ROLE) for row in rows]

    def _select_keys(self, keys: Sequence[object]) -> None:
        selection = QItemSelection()
        for key in keys:
            row = self.model.row_of(key)
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

    def _on_own_selection(self) -> None:
        self._update_actions()
        self._update_summary()
        if self._own_selection() or self._active is self:
            self._active = self
            self.selection_changed.emit(self.selected())

    def _update_actions(self) -> None:
        chosen = bool(self.table.selectionModel().hasSelection())
        self.new_action.setEnabled(self.settled)
        for action in (self.delete_action, *self._bulk_actions):
            action.setEnabled(self.settled and chosen)

    def _on_double_click(self, index: QModelIndex) -> None:
        entity = index.data(ENTITY_ROLE)
        if entity is not None:
            self.open_requested.emit(entity)

    def _context_menu(self, position: Any) -> None:
        menu = QMenu(self)
        menu.addActions(self.actions_for_menu())
        menu.exec(self.table.viewport().mapToGlobal(position))

    def _update_summary(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        noun = self.shown_plural if total != 1 else self.shown_noun
        text = self.tr("%1 %2").replace("%1", str(total)).replace("%2", noun) if shown == total else \
            self.tr("%1 of %2 %3 shown").replace("%1", str(shown)).replace("%2", str(total)).replace("%3", noun)
        chosen = len(self.table.selectionModel().selectedRows())
        if chosen:
            text += " · " + self.tr("%1 selected").replace("%1", str(chosen))
        self.summary_label.setText(text)
