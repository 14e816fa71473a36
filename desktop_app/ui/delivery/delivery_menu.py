"""The Delivery menu: one call from the main window adds it."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMenu

from desktop_app.domain.plan import Plan
from desktop_app.services.changes import Changes, EntityKind
from desktop_app.ui.delivery.delivery_modes import DeliveryMode

if TYPE_CHECKING:
    from desktop_app.ui.delivery.delivery_dialog import DeliveryDialog


def add_delivery_menu(window: Any) -> QMenu:
    """Delivery → Publish calendars… / Send invitations…, enabled while a settled plan is open."""
    menu: QMenu = window.menuBar().addMenu(QCoreApplication.translate("DeliveryMenu", "&Delivery"))
    publish = menu.addAction(QCoreApplication.translate("DeliveryMenu", "&Publish calendars…"))
    send = menu.addAction(QCoreApplication.translate("DeliveryMenu", "Send &invitations…"))
    window.delivery_actions = {DeliveryMode.PUBLISH: publish, DeliveryMode.INVITATIONS: send}

    def open_dialog(mode: DeliveryMode) -> DeliveryDialog | None:
        document = window.document
        if not (document.is_open and document.is_settled):
            return None
        # the dialog brings caldav, smtplib and the calendar writer: loaded on first use, not at start
        from desktop_app.ui.delivery.delivery_dialog import DeliveryDialog

        dialog = DeliveryDialog(document, mode, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        window.delivery_dialog = dialog
        return dialog

    def update() -> None:
        ready = window.document.is_open and window.document.is_settled
        publish.setEnabled(ready)
        send.setEnabled(ready)

    publish.triggered.connect(lambda _checked=False: open_dialog(DeliveryMode.PUBLISH))
    send.triggered.connect(lambda _checked=False: open_dialog(DeliveryMode.INVITATIONS))
    menu.aboutToShow.connect(update)
    window.open_delivery_dialog = open_dialog
    _record_packs(window)
    return menu


def _record_packs(window: Any) -> None:
    """File → Export → Delegation pack records what each delegate got, as ``export pack`` does,
    so the next pack starts with what changed since; the plan is then read again."""
    recorded: list[bool] = []

    def record(plan: Plan, folder: Path, now: datetime) -> None:  # on the export's pool thread
        store = window.document.store
        if store is not None:
            from desktop_app.services.delivery import packs

            packs.record_all(store, plan, folder, now)
            recorded.append(True)

    def finished(_outcome: str, _value: object) -> None:
        if recorded:
            recorded.clear()
            window.document.refresh(Changes(kinds=frozenset({EntityKind.DELIVERY})))

    window.exports.pack_recorder = record
    window.exports.finished.connect(finished)
