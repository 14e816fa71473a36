"""Linux desktop integration: the .desktop file, AppStream metainfo, the plan's MIME type and the
icon, checked by the freedesktop tools themselves and by Qt reading them as a desktop would."""

from __future__ import annotations

import configparser
import os
import runpy
import shlex
import shutil
import sqlite3
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
DESKTOP = PACKAGING / "delegation-planner.desktop"
METAINFO = PACKAGING / "io.github.delegation_planner.DelegationPlanner.metainfo.xml"
MIME = PACKAGING / "delegation-planner.mime.xml"
ICONS = ROOT / "resources" / "icons"
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
RENDER = runpy.run_path(str(PACKAGING / "render_icons.py"))


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_desktop_file_validates() -> None:
    checked = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False)
    assert (checked.returncode, checked.stdout + checked.stderr) == (0, "")


def test_the_metainfo_validates() -> None:
    checked = subprocess.run(["appstreamcli", "validate", "--no-net", "--no-color", str(METAINFO)],
                             capture_output=True, text=True, check=False)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "Validation was successful" in checked.stdout


def test_the_files_name_the_same_app_version_type_and_icon() -> None:
    entry = desktop_entry()
    component = ET.parse(METAINFO).getroot()
    mime_type = ET.parse(MIME).getroot()[0].get("type")
    assert component.findtext("launchable") == DESKTOP.name
    assert component.findtext("provides/binary") == shlex.split(entry["Exec"])[0] == "delegation-planner"
    assert PROJECT["scripts"]["delegation-planner"] == "desktop_app.__main__:main"
    assert component.findtext("provides/mediatype") == mime_type
    assert entry["MimeType"].rstrip(";").split(";") == [mime_type]
    assert component.find("releases/release").get("version") == PROJECT["version"]  # type: ignore[union-attr]
    assert entry["Icon"] == component.findtext("icon") == "delegation-planner"
    assert (ICONS / f"{entry['Icon']}.svg").is_file()


def test_a_file_manager_hands_the_plan_to_the_window_whatever_its_name(tmp_path: Path) -> None:
    from desktop_app.__main__ import VIEWS
    from desktop_app.cli.gui_options import looks_like_gui, parse_gui_args

    plan = tmp_path / "Cannes 2026 – 康城.dplan"
    command = [plan if word == "%f" else word for word in shlex.split(desktop_entry()["Exec"])]
    args = [str(word) for word in command[1:]]
    assert looks_like_gui(args)
    assert parse_gui_args(args, VIEWS).plan == plan


@pytest.fixture(scope="module")
def mime_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with our MIME type installed, as `xdg-mime install` would."""
    share = tmp_path_factory.mktemp("share")
    (share / "mime" / "packages").mkdir(parents=True)
    shutil.copy(MIME, share / "mime" / "packages" / "delegation-planner.xml")
    subprocess.run(["update-mime-database", str(share / "mime")], check=True, capture_output=True)
    return share


def mime_types_of(share: Path, *paths: Path) -> list[str]:
    """What Qt's MIME database (the freedesktop one, as file managers read it) says each file is."""
    code = ("import sys\nfrom PySide6.QtCore import QMimeDatabase\n"
            "print('\\n'.join(QMimeDatabase().mimeTypeForFile(p).name() for p in sys.argv[1:]))")
    env = {**os.environ, "XDG_DATA_DIRS": f"{share}:/usr/share", "XDG_DATA_HOME": str(share / "none")}
    done = subprocess.run([sys.executable, "-c", code, *map(str, paths)], env=env, capture_output=True, text=True,
                          check=True)
    return done.stdout.split()


def test_a_plan_is_known_by_its_name_and_by_its_content(mime_home: Path, demo_plan_file: Path,
                                                        tmp_path: Path) -> None:
    named = tmp_path / "market.dplan"
    shutil.copy(demo_plan_file, named)
    renamed = tmp_path / "market-copy"
    shutil.copy(demo_plan_file, renamed)
    other_database = tmp_path / "other"
    sqlite3.connect(other_database).execute("CREATE TABLE t (x)").connection.close()
    assert mime_types_of(mime_home, named, renamed, other_database) == [
        "application/x-delegation-plan", "application/x-delegation-plan", "application/vnd.sqlite3"]


def test_the_icon_has_every_size_and_matches_its_svg(tmp_path: Path, qapp: object) -> None:
    from PySide6.QtGui import QImage

    fresh = RENDER["render"](ICONS / "delegation-planner.svg", tmp_path)
    assert len(fresh) == len(RENDER["SIZES"]) + 1
    for size in RENDER["SIZES"]:
        shipped = QImage(str(RENDER["png_path"](size, ICONS)))
        assert (shipped.width(), shipped.height()) == (size, size)
        assert shipped.pixelColor(0, size - 1).alpha() == 0  # a shape, not a square tile
        redrawn = QImage(str(RENDER["png_path"](size, tmp_path)))
        difference = sum(abs(shipped.pixelColor(x, y).red() - redrawn.pixelColor(x, y).red())
                         + abs(shipped.pixelColor(x, y).alpha() - redrawn.pixelColor(x, y).alpha())
                         for x in range(0, size, max(1, size // 32)) for y in range(0, size, max(1, size // 32)))
        assert difference / min(size, 32) ** 2 < 4, f"{size}px: run `python packaging/render_icons.py`"
    ico = (ICONS / "delegation-planner.ico").read_bytes()
    assert ico[:4] == b"\0\0\1\0" and int.from_bytes(ico[4:6], "little") == 7


def test_the_install_script_puts_launcher_icon_and_file_type_in_the_users_data_folder(tmp_path: Path) -> None:
    data = tmp_path / "share"
    executable = tmp_path / "Delegation Planner" / "delegation-planner"
    executable.parent.mkdir()
    executable.write_text("#!/bin/sh\n", encoding="utf-8")
    executable.chmod(0o755)
    env = {**os.environ, "XDG_DATA_HOME": str(data), "HOME": str(tmp_path)}
    script = PACKAGING / "install-desktop-integration.sh"
    subprocess.run(["bash", str(script), str(executable)], env=env, check=True, capture_output=True)

    launcher = data / "applications" / DESKTOP.name
    assert subprocess.run(["desktop-file-validate", str(launcher)], capture_output=True, check=False).returncode == 0
    assert shlex.split(launcher.read_text(encoding="utf-8").split("Exec=")[1].splitlines()[0]) == [
        str(executable), "%f"]
    assert {p.parent.parent.name for p in (data / "icons" / "hicolor").glob("*/apps/delegation-planner.*")} == {
        "scalable", *(f"{size}x{size}" for size in RENDER["SIZES"])}
    assert "application/x-delegation-plan" in (data / "mime" / "globs2").read_text(encoding="utf-8")
    assert (data / "metainfo" / METAINFO.name).is_file()

    subprocess.run(["bash", str(script), "--uninstall"], env=env, check=True, capture_output=True)
    assert not launcher.exists() and not list((data / "icons").rglob("delegation-planner.*"))
