"""Delivery → Publish calendars… / Send invitations…, against real servers on loopback."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from desktop_app.app import build_main_window
from desktop_app.domain.delivery import Channel
from desktop_app.ui.delivery.delivery_dialog import DeliveryDialog
from desktop_app.ui.delivery.delivery_modes import DeliveryMode
from desktop_app.ui.main_window import MainWindow
from tests.delivery.conftest import MemoryKeyring, memory_keyring  # noqa: F401  (a fixture)
from tests.delivery.servers import PASSWORD, USER, Radicale, Smtp


@pytest.fixture
def radicale(tmp_path: Path) -> Iterator[Radicale]:
    folder = tmp_path / "radicale"
    folder.mkdir()
    server = Radicale(folder).start()
    yield server
    server.stop()


@pytest.fixture
def window(qtbot, app_settings, sync_runner, demo_plan_copy: Path) -> MainWindow:
    window = build_main_window(app_settings, sync_runner)
    qtbot.addWidget(window)
    window.open_plan(demo_plan_copy)
    assert window.document.is_settled
    return window


def open_dialog(window: MainWindow, mode: DeliveryMode) -> DeliveryDialog:
    actions = window.delivery_actions  # type: ignore[attr-defined]
    assert [a.text() for a in actions.values()] == ["&Publish calendars…", "Send &invitations…"]
    dialog = window.open_delivery_dialog(mode)  # type: ignore[attr-defined]
    assert isinstance(dialog, DeliveryDialog)
    return dialog


def delivery_cells(window: MainWindow) -> dict[str, str]:
    section = window.show_section("delegates")
    model = section.model  # type: ignore[attr-defined]
    column = next(i for i, c in enumerate(model.columns) if c.title == "Delivery")
    return {model.index(row, 0).data(): model.index(row, column).data() for row in range(model.rowCount())}


def test_publish_from_the_window_then_the_delegates_show_what_is_not_yet_sent(
        window: MainWindow, radicale: Radicale, memory_keyring: MemoryKeyring) -> None:  # noqa: F811
    assert set(delivery_cells(window).values()) == {"Not delivered yet"}
    dialog = open_dialog(window, DeliveryMode.PUBLISH)
    dialog.server_edit.setText(radicale.url)
    dialog.user_edit.setText(USER)
    dialog.password_edit.setText(PASSWORD)
    dialog.start(dry_run=True)
    report = dialog.last_report
    assert report is not None and report.dry_run and report.requests == 0
    dialog.start(dry_run=False)
    report = dialog.last_report
    assert report is not None and not report.dry_run and not report.failed and report.requests > 100
    assert memory_keyring.passwords  # kept in the keyring, never in the plan
    assert "Google Calendar refreshes subscribed calendars only every 12–24 hours" in dialog.note.text()
    dialog.results.selectRow(0)
    copied = dialog.copy_address()
    assert copied.startswith(radicale.url) and QGuiApplication.clipboard().text() == copied
    plan = window.document.plan
    assert all(plan.delivery.phone_channel(d.id) is Channel.CALDAV for d in plan.delegates)  # type: ignore[arg-type]
    assert set(delivery_cells(window).values()) == {"Up to date"}
    kim = next(a for a in plan.activities_of(next(d.id for d in plan.delegates if d.name == "Kim Ji-woo"))  # type: ignore[arg-type]
               if not a.is_cancelled)
    window.move_activities([kim], timedelta(minutes=30))
    cells = delivery_cells(window)
    assert cells["Kim Ji-woo"] == "1 change not yet sent"
    section = window.sections["delegates"]
    row = next(r for r in range(section.model.rowCount()) if section.model.index(r, 0).data() == "Kim Ji-woo")  # type: ignore[attr-defined]
    tooltip = section.model.index(row, 3).data(Qt.ItemDataRole.ToolTipRole)  # type: ignore[attr-defined]
    assert tooltip.startswith("Subscription: 1 change not yet sent to Kim Ji-woo 김지우\nCalendar subscription: http")
    assert "\nMoved: " in tooltip
    dialog.password_edit.clear()  # the stored one is used
    dialog.start(dry_run=False)
    assert dialog.last_report is not None and dialog.last_report.requests >= 2
    assert delivery_cells(window)["Kim Ji-woo"] == "Up to date"


def test_send_invitations_from_the_window(window: MainWindow, memory_keyring: MemoryKeyring) -> None:  # noqa: F811
    smtp = Smtp.start()
    try:
        dialog = open_dialog(window, DeliveryMode.INVITATIONS)
        dialog.server_edit.setText(f"localhost:{smtp.port}")
        dialog.security_combo.setCurrentIndex(dialog.security_combo.findData("none"))
        dialog.sender_edit.setText("manager@example.org")
        dialog.everyone_check.setChecked(False)
        for row in range(dialog.delegate_list.count()):
            item = dialog.delegate_list.item(row)
            item.setCheckState(item.checkState().Checked if item.text().startswith("Kim Ji-woo")
                               else item.checkState().Unchecked)
        dialog.start(dry_run=False)
        report = dialog.last_report
        assert report is not None and [o.name for o in report.outcomes] == ["Kim Ji-woo 김지우"]
        assert report.requests == len(smtp.inbox.messages) > 0
        assert delivery_cells(window)["Kim Ji-woo"] == "Up to date"
        assert "Invitations: up to date" in dialog_text(window)
    finally:
        smtp.stop()


def dialog_text(window: MainWindow) -> str:
    reopened = open_dialog(window, DeliveryMode.INVITATIONS)
    return "\n".join(reopened.delegate_list.item(row).text() for row in range(reopened.delegate_list.count()))


def test_a_pack_from_the_window_is_recorded_and_the_next_says_what_changed(window: MainWindow, tmp_path: Path) -> None:
    from pypdf import PdfReader

    from desktop_app.ui.exports.export_jobs import ExportKind

    window.export(ExportKind.PACK, tmp_path / "first")
    plan = window.document.plan
    assert {t.channel for t in plan.delivery.targets} == {Channel.PACK}
    kim = next(d for d in plan.delegates if d.name == "Kim Ji-woo")
    moved = next(a for a in plan.activities_of(kim.id) if not a.is_cancelled)  # type: ignore[arg-type]
    window.move_activities([moved], timedelta(minutes=30))
    window.export(ExportKind.PACK, tmp_path / "second")
    text = PdfReader(tmp_path / "second" / "delegates" / "Kim Ji-woo 김지우.pdf").pages[0].extract_text()
    assert "Changed since your pack of" in text and f"Moved: {moved.title}" in text
