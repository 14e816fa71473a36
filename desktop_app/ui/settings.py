"""Every QSettings key the app uses, declared once, with its default and an upgrade path.

QSettings holds UI preferences only (window layout, recent files, how exports look); the user's
data lives in the plan.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from desktop_app.domain.plan_location import PlanLocation, PlanLocationError, parse_plan_location
from desktop_app.services import app_data

SETTINGS_VERSION = 1
ORGANIZATION = "DelegationPlanner"
APPLICATION = "delegation-planner"
SETTINGS_FILE = "settings.ini"
MAX_RECENT_PLANS = 8
PAPER_SIZES = ("a4", "letter")
NO_REMINDER = -1
"""Stored in REMINDER_MINUTES for "no reminder" (0 means a reminder at the start)."""
MAX_REMINDER_MINUTES = 7 * 24 * 60
MAX_EXPORT_WORKERS = 32  # as services.export_pool.MAX_WORKERS
MAX_REMEMBERED_MAPPINGS = 40


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
PAPER_SIZE = Setting("export/paper", "a4")
SHOW_HOME_TIME = Setting("export/home_time", True)
"""Itineraries print the delegate's home time beside market time when their zones differ."""
REMINDER_MINUTES = Setting("export/reminder_minutes", 15)
"""Calendar alarm, minutes before each event; NO_REMINDER for none."""
EXPORT_FOLDER = Setting("export/last_folder", "")
EXPORT_WORKERS = Setting("export/workers", 0)
"""Worker processes for a large export; 0 (AUTO_WORKERS) for one per core (see services.export_pool)."""
AUTO_WORKERS = 0
LANGUAGE = Setting("window/language", "")
"""The window's language ("en", "zh_HK"); "" follows the system (see ui.i18n)."""
MANAGER_NAME = Setting("team/manager_name", "")
"""The manager's name the plan's history records for this window's changes ("" : the login name)."""
IMPORT_FOLDER = Setting("import/last_folder", "")
IMPORT_MAPPINGS = Setting("import/mappings", "")
"""JSON: {mapping identity (kind + the file's header set): {header: column or null}}, newest first."""

DECLARED = {s.key: s for s in (VERSION, LAST_PLAN, RECENT_PLANS, WINDOW_GEOMETRY, WINDOW_STATE, SPLITTER_STATE,
                               PAPER_SIZE, SHOW_HOME_TIME, REMINDER_MINUTES, EXPORT_FOLDER, EXPORT_WORKERS,
                               LANGUAGE, IMPORT_FOLDER, IMPORT_MAPPINGS, MANAGER_NAME)}


def user_settings(config_dir: Path | None = None) -> QSettings:
    """The user's own settings file in the config folder (INI everywhere, so it can be read and reset
    by hand); the first time, a copy of the file earlier versions kept in Qt's own place."""
    path = (config_dir or app_data.user_config_dir()) / SETTINGS_FILE
    if not path.exists():
        _adopt_earlier_settings(path)
    return QSettings(str(path), QSettings.Format.IniFormat)


def _adopt_earlier_settings(path: Path) -> None:
    earlier = Path(QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION,
                             APPLICATION).fileName())
    if earlier.is_file():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(earlier, path)
        except OSError:  # the defaults then; the earlier file stays where it was
            pass


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
        if isinstance(setting.default, bool):  # before int: a bool is an int; INI gives "true"/"false"
            return value if isinstance(value, bool) else str(value).strip().lower() in {"true", "1", "yes"}
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
    def last_plan(self) -> PlanLocation | None:
        value = self.get(LAST_PLAN)
        return _location(value) if value else None

    def recent_plans(self) -> list[PlanLocation]:
        """Files and plans on servers (their URLs, never with a password), newest first."""
        value = self.get(RECENT_PLANS)
        # INI files give back a lone string for a one-item list
        items = [value] if isinstance(value, str) else list(value or ())
        return [location for location in (_location(item) for item in items if item) if location is not None]

    def remember_plan(self, path: PlanLocation) -> None:
        text = str(path)
        recent = [text, *(str(p) for p in self.recent_plans() if str(p) != text)][:MAX_RECENT_PLANS]
        self.set(LAST_PLAN, text)
        self.set(RECENT_PLANS, recent)

    def forget_plan(self, path: PlanLocation) -> None:
        text = str(path)
        self.set(RECENT_PLANS, [str(p) for p in self.recent_plans() if str(p) != text])
        if self.get(LAST_PLAN) == text:
            self.set(LAST_PLAN, "")

    @property
    def manager_name(self) -> str:
        return str(self.get(MANAGER_NAME) or "").strip()

    @manager_name.setter
    def manager_name(self, name: str) -> None:
        self.set(MANAGER_NAME, name.strip())

    @property
    def language(self) -> str:
        """The language chosen in Preferences; "" for the system's."""
        return str(self.get(LANGUAGE) or "")

    @language.setter
    def language(self, value: str) -> None:
        self.set(LANGUAGE, value)

    # --- export preferences -----------------------------------------------------------

    @property
    def paper_size(self) -> str:
        value = str(self.get(PAPER_SIZE)).strip().lower()
        return value if value in PAPER_SIZES else PAPER_SIZE.default

    @paper_size.setter
    def paper_size(self, value: str) -> None:
        if value not in PAPER_SIZES:
            raise ValueError(f"paper size must be one of {PAPER_SIZES}, not {value!r}")
        self.set(PAPER_SIZE, value)

    @property
    def show_home_time(self) -> bool:
        return bool(self.get(SHOW_HOME_TIME))

    @show_home_time.setter
    def show_home_time(self, value: bool) -> None:
        self.set(SHOW_HOME_TIME, bool(value))

    @property
    def reminder_minutes(self) -> int | None:
        """Minutes before each calendar event, or None for no reminder."""
        value = self.get(REMINDER_MINUTES)
        return value if 0 <= value <= MAX_REMINDER_MINUTES else None

    @reminder_minutes.setter
    def reminder_minutes(self, value: int | None) -> None:
        if value is not None and not 0 <= value <= MAX_REMINDER_MINUTES:
            raise ValueError(f"a reminder is 0 to {MAX_REMINDER_MINUTES} minutes before, not {value}")
        self.set(REMINDER_MINUTES, NO_REMINDER if value is None else int(value))

    @property
    def export_workers(self) -> int | None:
        """Worker processes an export may start (None: one per core; 1: none)."""
        value = self.get(EXPORT_WORKERS)
        return value if isinstance(value, int) and 1 <= value <= MAX_EXPORT_WORKERS else None

    @export_workers.setter
    def export_workers(self, value: int | None) -> None:
        if value is not None and not 1 <= value <= MAX_EXPORT_WORKERS:
            raise ValueError(f"an export uses 1 to {MAX_EXPORT_WORKERS} worker processes, not {value}")
        self.set(EXPORT_WORKERS, AUTO_WORKERS if value is None else int(value))

    @property
    def export_folder(self) -> Path | None:
        value = self.get(EXPORT_FOLDER)
        return Path(value) if value else None

    @export_folder.setter
    def export_folder(self, folder: Path) -> None:
        self.set(EXPORT_FOLDER, str(folder))

    # --- imports ----------------------------------------------------------------------

    @property
    def import_folder(self) -> Path | None:
        value = self.get(IMPORT_FOLDER)
        return Path(value) if value else None

    @import_folder.setter
    def import_folder(self, folder: Path) -> None:
        self.set(IMPORT_FOLDER, str(folder))

    def remembered_mapping(self, identity: str) -> dict[str, str | None] | None:
        """The column mapping last used for files with this identity (``imports.mapping_identity``)."""
        mapping = self._mappings().get(identity)
        return dict(mapping) if isinstance(mapping, dict) else None

    def remember_mapping(self, identity: str, mapping: dict[str, str | None]) -> None:
        kept = {key: value for key, value in self._mappings().items() if key != identity}
        newest_first = {identity: dict(mapping), **kept}
        self.set(IMPORT_MAPPINGS, json.dumps(dict(list(newest_first.items())[:MAX_REMEMBERED_MAPPINGS]),
                                             ensure_ascii=False))

    def _mappings(self) -> dict[str, object]:
        try:
            stored = json.loads(str(self.get(IMPORT_MAPPINGS) or "{}"))
        except ValueError:  # edited by hand: forget rather than fail
            return {}
        return stored if isinstance(stored, dict) else {}

    @staticmethod
    def _check_declared(setting: Setting) -> None:
        if DECLARED.get(setting.key) is not setting:
            raise KeyError(f"setting {setting.key!r} is not declared in desktop_app/ui/settings.py")


def _location(text: str) -> PlanLocation | None:
    try:
        return parse_plan_location(str(text))
    except PlanLocationError:  # an address this version cannot read: left out
        return None
