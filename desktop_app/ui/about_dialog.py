"""Help → About: what the app is, and the versions a bug report needs, with a button that copies
them (the same lines every crash report ends with)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from desktop_app import __version__
from desktop_app.services import app_data
from desktop_app.services.version_report import version_text
from desktop_app.ui.app_icon import application_icon
from desktop_app.ui.error_hook import qt_versions


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Delegation Planner"))
        icon = QLabel(self)
        icon.setPixmap(application_icon().pixmap(64, 64))
        heading = QLabel(self)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setText(self.tr("Delegation Planner {version}\nPlan a film-market delegation's week: programme, "
                                "meetings, calendars and itineraries.").format(version=__version__))
        heading.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addWidget(heading, 1)

        self.versions = QPlainTextEdit(self)
        self.versions.setReadOnly(True)
        self.versions.setAccessibleName(self.tr("Versions"))
        self.versions.setPlainText(self.report_text())
        folders = QLabel(self.tr("Settings: {config}\nLog and crash reports: {logs}").format(
            config=app_data.user_config_dir(), logs=app_data.user_log_dir()), self)
        folders.setWordWrap(True)
        folders.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = buttons.addButton(self.tr("&Copy versions"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_versions)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.versions, 1)
        layout.addWidget(folders)
        layout.addWidget(buttons)
        self.resize(560, 420)

    @staticmethod
    def report_text() -> str:
        return version_text(qt_versions())

    def copy_versions(self) -> None:
        QGuiApplication.clipboard().setText(self.versions.toPlainText())
        self.copy_button.setText(self.tr("Copied"))
