"""Preferences: how exports look (paper size, home time on itineraries, calendar reminders).

Layout only: it reads and writes the declared settings in ``ui/settings.py`` and nothing else.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.settings import MAX_REMINDER_MINUTES, NO_REMINDER, AppSettings

PAPER_LABELS = {"a4": "A4 (210 × 297 mm)", "letter": "Letter (8.5 × 11 in)"}


class PreferencesDialog(QDialog):
    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle("Preferences")

        self.paper_combo = QComboBox(self)
        for key, label in PAPER_LABELS.items():
            self.paper_combo.addItem(label, key)
        self.home_time_check = QCheckBox("Show the delegate's home time beside market time", self)
        self.home_time_check.setToolTip("Only for delegates whose home time zone differs from the market's.")
        self.reminder_spin = QSpinBox(self)
        # The lowest value reads "No reminder": one control instead of a checkbox and a number.
        self.reminder_spin.setRange(NO_REMINDER, MAX_REMINDER_MINUTES)
        self.reminder_spin.setSpecialValueText("No reminder")
        self.reminder_spin.setSuffix(" min before")
        self.reminder_spin.setSingleStep(5)

        pdf_group = QGroupBox("Itineraries and overviews (PDF)", self)
        pdf_form = QFormLayout(pdf_group)
        pdf_form.addRow("&Paper size:", self.paper_combo)
        pdf_form.addRow("", self.home_time_check)
        ics_group = QGroupBox("Calendars (.ics)", self)
        ics_form = QFormLayout(ics_group)
        ics_form.addRow("&Reminder:", self.reminder_spin)
        note = QLabel("Used by File → Export. The command line has options of its own.", self)
        note.setWordWrap(True)
        note.setEnabled(False)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(pdf_group)
        layout.addWidget(ics_group)
        layout.addWidget(note)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.load()

    def load(self) -> None:
        self.paper_combo.setCurrentIndex(self.paper_combo.findData(self.settings.paper_size))
        self.home_time_check.setChecked(self.settings.show_home_time)
        reminder = self.settings.reminder_minutes
        self.reminder_spin.setValue(NO_REMINDER if reminder is None else reminder)

    def save(self) -> None:
        self.settings.paper_size = self.paper_combo.currentData()
        self.settings.show_home_time = self.home_time_check.isChecked()
        value = self.reminder_spin.value()
        self.settings.reminder_minutes = None if value == NO_REMINDER else value
        self.settings.sync()

    def accept(self) -> None:
        self.save()
        super().accept()
