"""Every QSettings key the app uses, declared once, with its default and an upgrade path.

QSettings holds UI preferences only (window layout, recent files); the user's data lives in the plan.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

SETTINGS_VERSION = 1
ORGANIZATION = "DelegationPlanner"
APPLICATION = "delegation-planner"
MAX_RECENT_PLANS = 8


@dataclass(frozen=True, slots=True)
class Setting:
    key: str
    default: Any


VERSION = Setting("meta/version", 0)
LAST_PLAN = Setting("plans/last", "")
RECENT_PLANS = Setting("plans/recent", ())
WINDOW_GEOMETRY = Setting("window/geometry", QByteArray())
WINDOW_STATE = Setting("window/state", QByteArray())
SPLITTER_STATE = Setting("window/splitter", QByteArray())

DECLARED = {s.key: s for s in (VERSION, LAST_PLAN, RECENT_PLANS, WINDOW_GEOMETRY, WINDOW_STATE, SPLITTER_STATE)}


def user_settings() -> QSettings:
    """The user's own settings file (INI everywhere, so it can be read and reset by hand)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)


class AppSettings:
    """Typed access to declared settings; an undeclared key is a programming error."""

    def __init__(self, store: QSettings) -> None:
        self._store = store
        self.upgrade()

    @property
    def file_name(self) -> str:
        return self._store.fileName()

    def get(self, setting: Setting) -> Any:
        self._check_declared(setting)
        value: Any = self._store.value(setting.key, setting.default)
        if isinstance(setting.default, int) and not isinstance(value, int):  # INI files hold text
            try:
                return int(value)
            except (TypeError, ValueError):
                return setting.default
        return value

    def set(self, setting: Setting, value: Any) -> None:
        self._check_declared(setting)
        self._store.setValue(setting.key, value)

    def sync(self) -> None:
        self._store.sync()

    def undeclared_keys(self) -> list[str]:
        return sorted(key for key in self._store.allKeys() if key not in DECLARED)

    def upgrade(self) -> None:
        """Bring an older settings file up to SETTINGS_VERSION (no older layout exists yet)."""
        if self.get(VERSION) < SETTINGS_VERSION:
            self.set(VERSION, SETTINGS_VERSION)

    # --- plans ------------------------------------------------------------------------

    @property
    def last_plan(self) -> Path | None:
        value = self.get(LAST_PLAN)
        return Path(value) if value else None

    def recent_plans(self) -> list[Path]:
        value = self.get(RECENT_PLANS)
        # INI files give back a lone string for a one-item list
        items = [value] if isinstance(value, str) else list(value or ())
        return [Path(item) for item in items if item]

    def remember_plan(self, path: Path) -> None:
        text = str(path)
        recent = [text, *(str(p) for p in self.recent_plans() if str(p) != text)][:MAX_RECENT_PLANS]
        self.set(LAST_PLAN, text)
        self.set(RECENT_PLANS, recent)

    def forget_plan(self, path: Path) -> None:
        text = str(path)
        self.set(RECENT_PLANS, [str(p) for p in self.recent_plans() if str(p) != text])
        if self.get(LAST_PLAN) == text:
            self.set(LAST_PLAN, "")

    @staticmethod
    def _check_declared(setting: Setting) -> None:
        if DECLARED.get(setting.key) is not setting:
            raise KeyError(f"setting {setting.key!r} is not declared in desktop_app/ui/settings.py")
