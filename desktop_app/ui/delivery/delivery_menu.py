"""The Delivery menu: one call from the main window adds it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from desktop_app.ui.delivery.delivery_dialog import DeliveryDialog
from desktop_app.ui.delivery.delivery_jobs import DeliveryMode


def add_delivery_menu(window: Any) -> QMenu:
    """Delivery → Publish calendars… / Send invitations…, enabled while a settled plan is open."""
    menu: QMenu = window.menuBar().addMenu(window.tr("&Delivery"))
    publish = menu.addAction(window.tr("&Publish calendars…"))
    send = menu.addAction(window.tr("Send &invitations…"))
    window.delivery_actions = {DeliveryMode.PUBLISH: publish, DeliveryMode.INVITATIONS: send}

    def open_dialog(mode: DeliveryMode) -> DeliveryDialog | None:
        document = window.document
        if not (document.is_open and document.is_settled):
            return None
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
    return menu
