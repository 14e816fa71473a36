"""What the Delivery dialog runs off the GUI thread (no widgets): publish or send, with progress
and cancel between calendars. The services record what went out as it goes, so a cancelled run
leaves the delivery record consistent and the next run sends the rest."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop_app.services.changes import Changes
from desktop_app.services.delivery import invitations, passwords, publishing
from desktop_app.services.delivery.report import DeliveryReport
from desktop_app.ui.delivery.delivery_modes import DeliveryMode
from desktop_app.ui.workers import TaskContext


@dataclass(frozen=True, slots=True)
class DeliveryRequest:
    """The dialog's fields, read on the GUI thread."""

    mode: DeliveryMode
    server: str
    """The CalDAV URL, or the mail server as HOST:PORT."""
    user: str
    sender: str = ""
    security: str = "starttls"
    password: str = ""
    """Typed in the dialog (kept in the keyring before the run); empty: the stored one."""
    delegate_ids: tuple[int, ...] | None = None
    """None: everyone (and, when publishing, every delegation's calendar)."""
    dry_run: bool = False

    @property
    def service(self) -> passwords.Service:
        return passwords.Service.CALDAV if self.mode is DeliveryMode.PUBLISH else passwords.Service.SMTP

    @property
    def password_server(self) -> str:
        """The server part of the keyring entry, as the command line names it."""
        if self.mode is DeliveryMode.PUBLISH:
            return publishing.resolve_server(self.server, self.user)[0]
        return self.server.rpartition(":")[0] if ":" in self.server else self.server


def stored_password(request: DeliveryRequest) -> str | None:
    try:
        return passwords.find_password(request.service, request.password_server, request.user)
    except publishing.DeliveryFailed:
        return None


def keep_typed_password(request: DeliveryRequest) -> bool | None:
    """Keep a typed password (keyring, else memory); True/False as kept there, None if none typed."""
    if not request.password or not request.user:
        return None
    return passwords.keep_password(request.service, request.password_server, request.user, request.password)


def delivery_job(store: Any, request: DeliveryRequest) -> Callable[[TaskContext], tuple[DeliveryReport, Changes]]:
    """The work for ``TaskRunner.run``."""

    def job(context: TaskContext) -> tuple[DeliveryReport, Changes]:
        def progress(done: int, total: int) -> None:
            context.progress(done, total, QCoreApplication.translate("DeliveryDialog", "%1 of %2 calendars")
                             .replace("%1", str(done)).replace("%2", str(total)))
            context.check_cancelled()  # raised inside the service, between calendars

        password = None if request.dry_run else (request.password or stored_password(request))
        ids = list(request.delegate_ids) if request.delegate_ids is not None else None
        if request.mode is DeliveryMode.PUBLISH:
            return publishing.publish(store, server=request.server, user=request.user, password=password,
                                      dry_run=request.dry_run, progress=progress, delegate_ids=ids)
        folder = Path(tempfile.mkdtemp(prefix="invitations-preview-")) if request.dry_run else None
        return invitations.send_invitations(store, smtp=request.server, sender=request.sender,
                                            user=request.user, security=request.security, password=password,
                                            dry_run=folder, progress=progress, delegate_ids=ids)

    return job
