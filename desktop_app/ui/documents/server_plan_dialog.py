"""File → Open from a server…: a plan on a PostgreSQL server by its URL, and the account's
password (kept in the system keyring when asked, never in settings or the recent list)."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.plan_location import PlanLocationError, ServerPlan, is_server_url, parse_server_url
from desktop_app.ui.appearance import mark_as_error

URL_EXAMPLE = "postgresql://lau@plans.example.org:5432/pavilion?plan=filmart_2025&sslmode=require"


class ServerPlanDialog(QDialog):
    def __init__(self, url: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open a plan on a server"))
        self.url_field = QLineEdit(url, self)
        self.url_field.setPlaceholderText(URL_EXAMPLE)
        self.url_field.setMinimumWidth(520)
        self.url_field.setToolTip(self.tr("postgresql://user@host:port/database, with ?plan=NAME for one of "
                                          "several plans in the database; libpq options such as sslmode pass "
                                          "through"))
        self.password_field = QLineEdit(self)
        self.password_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_field.setPlaceholderText(self.tr("empty: the keyring's, PGPASSWORD or ~/.pgpass"))
        self.remember_check = QCheckBox(self.tr("&Remember the password in the system keyring"), self)
        self.remember_check.setChecked(True)
        self.problem_label = QLabel(self)
        self.problem_label.setWordWrap(True)
        mark_as_error(self.problem_label)
        self.problem_label.hide()

        form = QFormLayout()
        form.addRow(self.tr("Plan &address:"), self.url_field)
        form.addRow(self.tr("&Password:"), self.password_field)
        form.addRow("", self.remember_check)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)
        self.url_field.textChanged.connect(lambda _text: self._check())
        self._check()

    def location(self) -> ServerPlan:
        """The plan named, with the password typed (if any) for this connection."""
        plan = parse_server_url(self.url_field.text())
        password = self.password_field.text()
        return dataclasses.replace(plan, password=password) if password else plan

    @property
    def remember(self) -> bool:
        return self.remember_check.isChecked() and bool(self.password_field.text())

    def _problem(self) -> str:
        text = self.url_field.text().strip()
        if not text:
            return ""
        if not is_server_url(text):
            return self.tr("A plan on a server starts with postgresql://")
        try:
            parse_server_url(text)
        except PlanLocationError as error:
            return str(error)
        return ""

    def _check(self) -> None:
        problem = self._problem()
        self.problem_label.setText(problem)
        self.problem_label.setVisible(bool(problem))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Open)
        ok.setEnabled(not problem and bool(self.url_field.text().strip()))

    def accept(self) -> None:
        if self._problem() or not self.url_field.text().strip():
            return
        super().accept()
