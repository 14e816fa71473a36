"""Settings declared once: typed access, recent plans, upgrade, no stray keys."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from desktop_app.ui import settings as keys
from desktop_app.ui.settings import MAX_RECENT_PLANS, AppSettings, Setting


def test_a_fresh_file_is_stamped_with_the_current_version(app_settings: AppSettings):
    assert app_settings.get(keys.VERSION) == keys.SETTINGS_VERSION
    assert app_settings.last_plan is None and app_settings.recent_plans() == []


def test_remembered_plans_survive_a_restart_newest_first(tmp_path: Path, qapp):
    path = str(tmp_path / "again.ini")
    settings = AppSettings(QSettings(path, QSettings.Format.IniFormat))
    settings.remember_plan(Path("/plans/a.dplan"))
    settings.sync()
    reopened = AppSettings(QSettings(path, QSettings.Format.IniFormat))
    assert reopened.recent_plans() == [Path("/plans/a.dplan")]  # a one-item list, read back from INI

    reopened.remember_plan(Path("/plans/黃.dplan"))
    reopened.remember_plan(Path("/plans/a.dplan"))
    assert reopened.recent_plans() == [Path("/plans/a.dplan"), Path("/plans/黃.dplan")]
    assert reopened.last_plan == Path("/plans/a.dplan")


def test_the_recent_list_is_bounded_and_forgets_on_request(app_settings: AppSettings):
    for number in range(MAX_RECENT_PLANS + 3):
        app_settings.remember_plan(Path(f"/plans/{number}.dplan"))
    assert len(app_settings.recent_plans()) == MAX_RECENT_PLANS

    last = app_settings.last_plan
    app_settings.forget_plan(last)
    assert last not in app_settings.recent_plans() and app_settings.last_plan is None


def test_undeclared_settings_are_refused_and_found(app_settings: AppSettings, tmp_path: Path):
    with pytest.raises(KeyError, match="not declared"):
        app_settings.get(Setting("window/colour", "blue"))
    with pytest.raises(KeyError):
        app_settings.set(Setting(keys.LAST_PLAN.key, ""), "/elsewhere")  # same key, not the declared one
    app_settings.remember_plan(Path("/plans/a.dplan"))
    assert app_settings.undeclared_keys() == []

    raw = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    raw.setValue("legacy/thing", 1)
    assert app_settings.undeclared_keys() == ["legacy/thing"]


def test_export_preferences_have_defaults_and_survive_a_restart(tmp_path: Path, qapp):
    path = str(tmp_path / "prefs.ini")
    settings = AppSettings(QSettings(path, QSettings.Format.IniFormat))
    assert (settings.paper_size, settings.show_home_time, settings.reminder_minutes) == ("a4", True, 15)

    settings.paper_size = "letter"
    settings.show_home_time = False
    settings.reminder_minutes = None
    settings.sync()

    reopened = AppSettings(QSettings(path, QSettings.Format.IniFormat))  # INI gives back text
    assert (reopened.paper_size, reopened.show_home_time, reopened.reminder_minutes) == ("letter", False, None)
    reopened.reminder_minutes = 0
    assert reopened.reminder_minutes == 0
    assert reopened.undeclared_keys() == []


def test_bad_export_preferences_are_refused_or_read_as_defaults(app_settings: AppSettings, tmp_path: Path):
    with pytest.raises(ValueError, match="paper size"):
        app_settings.paper_size = "A3"
    with pytest.raises(ValueError, match="reminder"):
        app_settings.reminder_minutes = -5
    raw = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    raw.setValue(keys.PAPER_SIZE.key, "tabloid")  # edited by hand
    raw.setValue(keys.REMINDER_MINUTES.key, "soon")
    assert app_settings.paper_size == "a4" and app_settings.reminder_minutes == 15


def test_remembered_column_mappings_survive_a_restart_newest_first_and_bounded(tmp_path: Path, qapp):
    path = str(tmp_path / "mappings.ini")
    settings = AppSettings(QSettings(path, QSettings.Format.IniFormat))
    identity = '["delegates", "full_name", "開始時間", "name"]'  # commas, quotes and CJK in one INI value
    settings.remember_mapping(identity, {"full_name": "name", "開始時間": None, "name": None})
    settings.sync()
    reopened = AppSettings(QSettings(path, QSettings.Format.IniFormat))
    assert reopened.remembered_mapping(identity) == {"full_name": "name", "開始時間": None, "name": None}
    assert reopened.remembered_mapping("other") is None
    for number in range(keys.MAX_REMEMBERED_MAPPINGS + 5):
        reopened.remember_mapping(f"kind {number}", {"a": "name"})
    assert reopened.remembered_mapping(identity) is None  # the oldest went first
    assert reopened.remembered_mapping(f"kind {keys.MAX_REMEMBERED_MAPPINGS + 4}") == {"a": "name"}
    assert reopened.undeclared_keys() == []


def test_a_hand_edited_mapping_setting_is_forgotten_not_fatal(app_settings: AppSettings):
    app_settings.set(keys.IMPORT_MAPPINGS, "{not json")
    assert app_settings.remembered_mapping("x") is None
    app_settings.remember_mapping("x", {"a": None})
    assert app_settings.remembered_mapping("x") == {"a": None}


# --- where the settings file lives ---------------------------------------------------------

def test_settings_and_recent_plans_live_in_the_config_folder(tmp_path: Path, qapp):
    from desktop_app.services import app_data
    from desktop_app.ui.settings import user_settings

    settings = AppSettings(user_settings())
    settings.remember_plan(tmp_path / "cannes.dplan")
    settings.sync()
    assert Path(settings.file_name) == app_data.user_config_dir() / "settings.ini"
    assert "cannes.dplan" in (app_data.user_config_dir() / "settings.ini").read_text(encoding="utf-8")
    assert AppSettings(user_settings()).recent_plans() == [tmp_path / "cannes.dplan"]


def test_the_settings_of_an_earlier_version_are_adopted_once_and_left_in_place(tmp_path: Path, qapp):
    from desktop_app.ui.settings import APPLICATION, ORGANIZATION, user_settings

    earlier = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)
    AppSettings(earlier).remember_plan(tmp_path / "filmart.dplan")
    earlier.sync()
    assert Path(earlier.fileName()).is_relative_to(tmp_path)  # conftest's throwaway Qt settings folder

    adopted = AppSettings(user_settings(tmp_path / "config"))
    assert adopted.last_plan == tmp_path / "filmart.dplan"
    assert Path(earlier.fileName()).is_file()
    adopted.remember_plan(tmp_path / "cannes.dplan")
    adopted.sync()
    assert AppSettings(user_settings(tmp_path / "config")).last_plan == tmp_path / "cannes.dplan"  # not re-copied
