"""The conflicts beside the activities: a list a manager works down, one click per problem."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelection, QSize, Signal
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QHBoxLayout, QLabel, QListView, QVBoxLayout, QWidget

from desktop_app.domain.conflicts import Conflict, Severity
from desktop_app.ui.conflicts.conflict_list_model import CONFLICT_ROLE, ConflictListModel


class ConflictsPanel(QWidget):
    conflict_selected = Signal(object)
    """The user picked a conflict; the argument is the ``Conflict``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._all: list[Conflict] = []
        self.model = ConflictListModel(self)

        self.heading = QLabel(self)
        self.heading.setObjectName("conflictsHeading")
        self.show_warnings = QCheckBox(self.tr("Show warnings"), self)
        self.show_warnings.setChecked(True)
        self.show_warnings.toggled.connect(self._refilter)

        self.list_view = QListView(self)
        self.list_view.setModel(self.model)
        self.list_view.setWordWrap(True)
        self.list_view.setUniformItemSizes(False)
        self.list_view.setAlternatingRowColors(True)
        self.list_view.setIconSize(QSize(18, 18))
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setSpacing(2)
        self.list_view.setAccessibleName(self.tr("Conflicts and warnings"))
        self.list_view.selectionModel().selectionChanged.connect(self._on_selection_changed)

        header = QHBoxLayout()
        header.addWidget(self.heading, 1)
        header.addWidget(self.show_warnings)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.list_view)
        self._update_heading()

    def set_conflicts(self, conflicts: Sequence[Conflict]) -> None:
        self._all = list(conflicts)
        self._refilter()

    def selected_conflict(self) -> Conflict | None:
        indexes = self.list_view.selectionModel().selectedIndexes()
        return indexes[0].data(CONFLICT_ROLE) if indexes else None

    def _refilter(self) -> None:
        selected = self.selected_conflict()
        shown = self._all if self.show_warnings.isChecked() else [
            c for c in self._all if c.severity is Severity.CONFLICT
        ]
        self.model.set_conflicts(shown)
        if selected in shown:
            self.list_view.setCurrentIndex(self.model.index(shown.index(selected)))
        self._update_heading()

    def _update_heading(self) -> None:
        conflicts = sum(1 for c in self._all if c.severity is Severity.CONFLICT)
        warnings = len(self._all) - conflicts
        if not self._all:
            self.heading.setText("<b>" + self.tr("No conflicts") + "</b>")
        else:
            self.heading.setText("<b>" + self.tr("%n conflict(s)", "", conflicts) + "</b>"
                                 + self.tr(", ") + self.tr("%n warning(s)", "", warnings))

    def _on_selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            self.conflict_selected.emit(indexes[0].data(CONFLICT_ROLE))
