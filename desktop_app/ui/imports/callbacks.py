"""Callbacks from background work that may arrive after the wizard was closed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from shiboken6 import Shiboken


def while_alive(owner: QObject, callback: Callable[..., None]) -> Callable[..., None]:
    """``callback``, or nothing once ``owner`` (a page of a closed wizard) is deleted."""

    def call(*args: Any) -> None:
        if Shiboken.isValid(owner):
            callback(*args)

    return call
