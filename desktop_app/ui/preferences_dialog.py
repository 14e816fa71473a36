"""Preferences: the window's language, the manager's name in plans' histories, how exports look
(paper size, home time on itineraries, calendar reminders).

Layout only: it reads and writes the declared settings in ``ui/settings.py``; a new language is
taken up by the next window (``language_changed``: the main window offers to restart).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.i18n import LANGUAGES, SYSTEM, system_language
from desktop_app.ui.settings import MAX_REMINDER_MINUTES, NO_REMINDER, AppSettings

PAPER_LABELS = {"a4": QT_TRANSLATE_NOOP("PreferencesDialog", "A4 (210 × 297 mm)"),
                "letter": QT_TRANSLATE_NOOP("PreferencesDialog", "Letter (8.5 × 11 in)")}


class PreferencesDialog(QDialog):
    language_changed = Signal(str)
    """After OK, when the language chosen differs from the one saved before (SYSTEM: the system's)."""
    manager_changed = Signal(str)
    """After OK, when the manager's name changed (the plan's history records the new one)."""

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))

        self.language_combo = QComboBox(self)
        system_name = LANGUAGES[system_language()]
        self.language_combo.addItem(self.tr("As the system (%1)").replace("%1", system_name), SYSTEM)
        for key, name in LANGUAGES.items():
            self.language_combo.addItem(name, key)
        self.language_combo.setToolTip(self.tr("The language of the window. Exported calendars and "
                                               "itineraries are in English whatever is chosen here."))
        self.manager_field = QLineEdit(self)
        self.manager_field.setPlaceholderText(self.tr("e.g. Lau Mei-ling"))
        self.manager_field.setToolTip(self.tr("The plan's history records your changes under this name, and "
                                              "other managers' windows show it beside what you changed."))
        self.paper_combo = QComboBox(self)
        for key, label in PAPER_LABELS.items():
            self.paper_combo.addItem(self.tr(label), key)
        self.home_time_check = QCheckBox(self.tr("Show the delegate's home time beside market time"), self)
        self.home_time_check.setToolTip(self.tr("Only for delegates whose home time zone differs from the market's."))
        self.reminder_spin = QSpinBox(self)
        # The lowest value reads "No reminder": one control instead of a checkbox and a number.
        self.reminder_spin.setRange(NO_REMINDER, MAX_REMINDER_MINUTES)
        self.reminder_spin.setSpecialValueText(self.tr("No reminder"))
        self.reminder_spin.setSuffix(self.tr(" min before"))
        self.reminder_spin.setSingleStep(5)

        window_group = QGroupBox(self.tr("Window"), self)
        window_form = QFormLayout(window_group)
        window_form.addRow(self.tr("&Language:"), self.language_combo)
        window_form.addRow(self.tr("Your &name:"), self.manager_field)
        pdf_group = QGroupBox(self.tr("Itineraries and overviews (PDF)"), self)
        pdf_form = QFormLayout(pdf_group)
        pdf_form.addRow(self.tr("&Paper size:"), self.paper_combo)
        pdf_form.addRow("", self.home_time_check)
        ics_group = QGroupBox(self.tr("Calendars (.ics)"), self)
        ics_form = QFormLayout(ics_group)
        ics_form.addRow(self.tr("&Reminder:"), self.reminder_spin)
        note = QLabel(self.tr("Used by File → Export. The command line has options of its own."), self)
        note.setWordWrap(True)
        note.setEnabled(False)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(window_group)
        layout.addWidget(pdf_group)
        layout.addWidget(ics_group)
        layout.addWidget(note)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.load()

    def load(self) -> None:
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(self.settings.language)))
        self.manager_field.setText(self.settings.manager_name)
        self.paper_combo.setCurrentIndex(self.paper_combo.findData(self.settings.paper_size))
        self.home_time_check.setChecked(self.settings.show_home_time)
        reminder = self.settings.reminder_minutes
        self.reminder_spin.setValue(NO_REMINDER if reminder is None else reminder)

    def save(self) -> None:
        language_before = self.settings.language
        manager_before = self.settings.manager_name
        self.settings.manager_name = self.manager_field.text()
        self.settings.language = self.language_combo.currentData()
        self.settings.paper_size = self.paper_combo.currentData()
        self.settings.show_home_time = self.home_time_check.isChecked()
        value = self.reminder_spin.value()
        self.settings.reminder_minutes = None if value == NO_REMINDER else value
        self.settings.sync()
        if self.settings.language != language_before:
            self.language_changed.emit(self.settings.language)
        if self.settings.manager_name != manager_before:
            self.manager_changed.emit(self.settings.manager_name)

    def accept(self) -> None:
        self.save()
        super().accept()
