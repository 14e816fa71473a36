"""Delivery → Publish calendars… / Send invitations…: server settings, password, preview, progress
with Cancel, and a result line per calendar with its subscription address to copy."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.changes import Changes
from desktop_app.services.delivery import passwords
from desktop_app.services.delivery.report import DeliveryReport
from desktop_app.services.errors import classify_failure
from desktop_app.ui.appearance import mark_as_error
from desktop_app.ui.delivery.delivery_jobs import (
    DeliveryMode,
    DeliveryRequest,
    delivery_job,
    keep_typed_password,
    stored_password,
)
from desktop_app.ui.delivery.delivery_rows import delivery_line
from desktop_app.ui.workers import TaskHandle

GOOGLE_NOTE = ("Phones subscribe to these addresses (each itinerary prints its own with a QR code). Apple "
               "devices refresh as often as each person chooses; Google Calendar refreshes subscribed "
               "calendars only every 12–24 hours, so a change can take a day to show there.")
INVITATIONS_NOTE = ("Each delegate gets one e-mail per new, changed or cancelled activity; their mail app "
                    "updates their calendar. A delegate gets either invitations or a subscription, never "
                    "both (every event would show twice).")
RESULT_COLUMNS = ("Calendar", "Result", "Address")


class DeliveryDialog(QDialog):
    """One run at a time; the plan is read again when a run wrote to the delivery record."""

    def __init__(self, document: Any, mode: DeliveryMode, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document, self.mode = document, mode
        self._handle: TaskHandle | None = None
        self._done = False
        self.last_report: DeliveryReport | None = None
        publish = mode is DeliveryMode.PUBLISH
        self.setWindowTitle(self.tr("Publish calendars") if publish else self.tr("Send invitations"))
        settings = document.plan.delivery.settings
        form = QFormLayout()
        self.server_edit = QLineEdit(self)
        self.user_edit = QLineEdit(self)
        self.sender_edit = QLineEdit(self)
        self.security_combo = QComboBox(self)
        for value, label in (("starttls", "STARTTLS"), ("tls", "TLS"), ("none", "None (this computer only)")):
            self.security_combo.addItem(label, value)
        if publish:
            self.server_edit.setText(settings.caldav_url)
            self.server_edit.setPlaceholderText("https://dav.example.com/dav/")
            self.user_edit.setText(settings.caldav_user)
            form.addRow(self.tr("&Server:"), self.server_edit)
            form.addRow(self.tr("&User:"), self.user_edit)
            self.sender_edit.hide()  # invitations only
            self.security_combo.hide()
        else:
            port = f":{settings.smtp_port}" if settings.smtp_port else ""
            self.server_edit.setText(f"{settings.smtp_host}{port}" if settings.smtp_host else "")
            self.server_edit.setPlaceholderText("smtp.example.com:587")
            self.security_combo.setCurrentIndex(max(0, self.security_combo.findData(settings.smtp_security.value)))
            self.user_edit.setText(settings.smtp_user)
            self.sender_edit.setText(settings.smtp_from)
            self.sender_edit.setPlaceholderText("manager@example.com")
            form.addRow(self.tr("Mail &server:"), self.server_edit)
            form.addRow(self.tr("Se&curity:"), self.security_combo)
            form.addRow(self.tr("&User (empty: no login):"), self.user_edit)
            form.addRow(self.tr("&From:"), self.sender_edit)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Password"))
        form.addRow(self.tr("&Password:"), self.password_edit)
        self.password_note = QLabel(self)
        self.password_note.setWordWrap(True)
        form.addRow("", self.password_note)

        self.everyone_check = QCheckBox(self.tr("&Everyone") + (self.tr(" (and each delegation's calendar)")
                                                                 if publish else ""), self)
        self.everyone_check.setChecked(True)
        self.delegate_list = QListWidget(self)
        self.delegate_list.setAccessibleName(self.tr("Delegates"))
        for delegate in document.plan.delegates:
            item = QListWidgetItem(f"{delegate.display_name} — {delivery_line(delegate, document.plan)}")
            item.setData(Qt.ItemDataRole.UserRole, delegate.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.delegate_list.addItem(item)
        self.everyone_check.toggled.connect(lambda on: self.delegate_list.setEnabled(not on))
        self.delegate_list.setEnabled(False)

        self.note = QLabel(GOOGLE_NOTE if publish else INVITATIONS_NOTE, self)
        self.note.setWordWrap(True)
        self.results = QTableWidget(0, len(RESULT_COLUMNS), self)
        self.results.setHorizontalHeaderLabels(list(RESULT_COLUMNS))
        self.results.setAccessibleName(self.tr("Result per calendar"))
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setWordWrap(False)
        self.results.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.results.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.results.verticalHeader().hide()
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.error_label = mark_as_error(QLabel(self))
        self.error_label.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)

        self.copy_button = QPushButton(self.tr("&Copy address"), self)
        self.copy_button.setToolTip(self.tr("Copy the selected calendar's subscription address"))
        self.copy_button.clicked.connect(self.copy_address)
        self.preview_button = QPushButton(self.tr("Pre&view"), self)
        self.preview_button.setToolTip(self.tr("Say what would be sent, without sending anything")
                                       if publish else self.tr("Write the messages as .eml files to look at"))
        self.preview_button.clicked.connect(lambda: self.start(dry_run=True))
        self.run_button = QPushButton(self.tr("P&ublish") if publish else self.tr("Se&nd"), self)
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(lambda: self.start(dry_run=False))
        self.cancel_button = QPushButton(self.tr("C&ancel"), self)
        self.cancel_button.setToolTip(self.tr("Stop after the calendar being sent; what went out is recorded"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button = QPushButton(self.tr("C&lose"), self)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        for button in (self.preview_button, self.run_button, self.cancel_button, self.close_button):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.everyone_check)
        layout.addWidget(self.delegate_list, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.results, 2)
        layout.addWidget(self.progress)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self.resize(760, 640)
        self._show_known_addresses()
        self._update_password_note()
        self.user_edit.textChanged.connect(lambda _text: self._update_password_note())
        self.server_edit.textChanged.connect(lambda _text: self._update_password_note())

    # --- fields ---------------------------------------------------------------------------

    def request(self, *, dry_run: bool) -> DeliveryRequest:
        ids = None
        if not self.everyone_check.isChecked():
            ids = tuple(self.delegate_list.item(row).data(Qt.ItemDataRole.UserRole)
                        for row in range(self.delegate_list.count())
                        if self.delegate_list.item(row).checkState() == Qt.CheckState.Checked)
        return DeliveryRequest(self.mode, self.server_edit.text().strip(), self.user_edit.text().strip(),
                               self.sender_edit.text().strip(), str(self.security_combo.currentData()),
                               self.password_edit.text(), ids, dry_run)

    def _update_password_note(self) -> None:
        request = self.request(dry_run=False)
        if not request.user or not request.server:
            self.password_note.setText("")
            return
        if stored_password(request):
            self.password_note.setText(self.tr("A password is stored for this server (leave empty to use it)."))
        else:
            problem = passwords.keyring_problem()
            self.password_note.setText(
                self.tr("No system keyring here: the password is kept for this session only.") if problem
                else self.tr("The password is kept in the system keyring, never in the plan."))

    def _show_known_addresses(self) -> None:
        """Before any run: each published calendar's address, so it can be copied at once."""
        plan = self.document.plan
        rows = [(t, plan) for t in plan.delivery.targets if t.channel.value == "caldav"] \
            if self.mode is DeliveryMode.PUBLISH else []
        self.results.setRowCount(0)
        from desktop_app.services.delivery.calendars import recipient_name

        for target, _plan in rows:
            self._add_row(recipient_name(plan, target.recipient), self.tr("published before"), target.address)

    def _add_row(self, name: str, result: str, address: str) -> None:
        row = self.results.rowCount()
        self.results.insertRow(row)
        for column, text in enumerate((name, result, address)):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            self.results.setItem(row, column, item)

    # --- running --------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._handle is not None

    def start(self, *, dry_run: bool) -> None:
        if self.running:
            return
        request = self.request(dry_run=dry_run)
        if request.delegate_ids == ():
            self._say(self.tr("Choose at least one delegate."), error=True)
            return
        try:
            kept = None if dry_run else keep_typed_password(request)
        except Exception as error:  # a malformed server address, said by the service
            self._say(classify_failure(error).message, error=True)
            return
        if kept is False:
            self._say(self.tr("No system keyring here: the password is kept for this session only."))
        self._set_running(True)
        self.progress.setRange(0, 0)
        self._done = False
        handle = self.document.runner.run(
            delivery_job(self.document.store, request), self._finished, on_error=self._failed,
            on_progress=self._progressed, on_cancelled=self._cancelled)
        self._handle = None if self._done else handle  # a synchronous runner has finished already

    def cancel(self) -> None:
        if self._handle is not None:
            self._handle.cancel()

    def _progressed(self, done: int, total: int, text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(text)

    def _finished(self, result: tuple[DeliveryReport, Changes]) -> None:
        self._handle, self._done = None, True
        self._set_running(False)
        report, changes = result
        self.last_report = report
        self.results.setRowCount(0)
        for outcome in report.outcomes:
            address = outcome.subscription_url or outcome.address
            if outcome.files:
                address = str(outcome.files[0]).rsplit("/", 1)[0]
            self._add_row(outcome.name, outcome.summary(), address)
        self.results.resizeColumnToContents(0)
        unit = self.tr("requests") if self.mode is DeliveryMode.PUBLISH else self.tr("messages")
        if report.dry_run:
            text = self.tr("Preview: nothing was sent.")
        else:
            text = self.tr("%1 %2 sent in %3 s.").replace("%1", str(report.requests)).replace(
                "%2", unit).replace("%3", f"{report.seconds:.1f}")
        failed = report.failed
        if failed:
            text += " " + self.tr("%1 calendar(s) failed: they are sent next time.").replace("%1", str(len(failed)))
        self._say(text, error=bool(failed))
        if changes.kinds:
            self.document.refresh(changes)
        self._update_password_note()

    def _failed(self, error: BaseException) -> None:
        self._handle, self._done = None, True
        self._set_running(False)
        self._say(classify_failure(error).message, error=True)
        self.document.refresh(Changes(kinds=Changes.everything().kinds))

    def _cancelled(self) -> None:
        self._handle, self._done = None, True
        self._set_running(False)
        self._say(self.tr("Cancelled. What was sent is recorded; the next run sends the rest."))
        self.document.refresh(Changes(kinds=Changes.everything().kinds))

    def _set_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        for widget in (self.preview_button, self.run_button, self.close_button, self.server_edit, self.user_edit,
                       self.password_edit, self.sender_edit, self.security_combo, self.everyone_check):
            widget.setEnabled(not running)
        self.cancel_button.setEnabled(running)

    def _say(self, text: str, *, error: bool = False) -> None:
        (self.error_label if error else self.status_label).setText(text)
        (self.status_label if error else self.error_label).setText("")

    def copy_address(self) -> str:
        row = self.results.currentRow()
        if row < 0 and self.results.rowCount():
            row = 0
        item = self.results.item(row, 2) if row >= 0 else None
        text = item.text() if item is not None else ""
        if text:
            QGuiApplication.clipboard().setText(text)
            self._say(self.tr("Copied %1").replace("%1", text))
        return text

    def reject(self) -> None:
        if self.running:  # closing waits for the run: Cancel first
            return
        super().reject()
