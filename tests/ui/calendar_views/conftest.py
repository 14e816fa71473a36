"""A failed edit shows a modal box, which would hang an offscreen test: here it fails the test."""

from __future__ import annotations

import pytest

from desktop_app.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def errors_fail_the_test(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(_window: MainWindow, title: str, message: str) -> None:
        raise AssertionError(f"the window reported an error: {title}: {message}")

    monkeypatch.setattr(MainWindow, "show_error", fail)
