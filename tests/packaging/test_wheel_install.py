"""The wheel is the whole app: built from the sdist, installed into a fresh virtualenv outside the
checkout, it makes the demo plan, exports a pack in every script, upgrades an old plan and draws
its window, with nothing read from this source tree.

One build and one install per test session (about half a minute, most of it pip; its cache
makes the dependencies' downloads a one-off).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop_app.formats.font_files import FONT_CHAIN
from tests.formats.pdf_sample import fonts_of, pdf_pages_text, squash

ROOT = Path(__file__).resolve().parents[2]
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]

pytestmark = pytest.mark.slow


@dataclass(frozen=True)
class Installed:
    wheel: Path
    sdist: Path
    venv: Path
    home: Path
    """A working folder far from the checkout, with its own data folder."""

    @property
    def bin(self) -> Path:
        return self.venv / ("Scripts" if os.name == "nt" else "bin")

    def env(self) -> dict[str, str]:
        env = {key: value for key, value in os.environ.items()
               if key not in {"PYTHONPATH", "VIRTUAL_ENV", "DELEGATION_PLANNER_RESOURCES"}}
        env["DELEGATION_PLANNER_DATA_DIR"] = str(self.home / "user-data")
        env["QT_QPA_PLATFORM"] = "offscreen"
        return env

    def run(self, *args: str | Path, program: str = "delegation-planner") -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(self.bin / program), *map(str, args)], cwd=self.home, env=self.env(),
                              capture_output=True, text=True, encoding="utf-8", timeout=300, check=False)


@pytest.fixture(scope="session")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    base = tmp_path_factory.mktemp("wheel")
    assert not base.is_relative_to(ROOT)
    dist = base / "dist"
    # sdist first, then the wheel built from it: a file missing from the sdist is missing here too
    built = subprocess.run([sys.executable, "-m", "build", "--outdir", str(dist), str(ROOT)],
                           capture_output=True, text=True, timeout=600, check=False)
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    (wheel,) = dist.glob("*.whl")
    (sdist,) = dist.glob("*.tar.gz")
    venv = base / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    pip = venv / ("Scripts" if os.name == "nt" else "bin") / "pip"
    install = subprocess.run([str(pip), "install", "--disable-pip-version-check", "-q", str(wheel)],
                             capture_output=True, text=True, timeout=900, check=False)
    assert install.returncode == 0, install.stderr[-3000:]
    home = base / "home"
    home.mkdir()
    return Installed(wheel, sdist, venv, home)


def test_the_wheel_holds_every_resource_and_no_translation_sources(installed: Installed) -> None:
    names = set(zipfile.ZipFile(installed.wheel).namelist())
    resources = "desktop_app/resources/"
    for spec in FONT_CHAIN:
        assert {resources + "fonts/" + spec.regular, resources + "fonts/" + spec.bold} <= names
    assert {resources + "fonts/licenses/" + name for name in ("DejaVu.txt", "WenQuanYi-MicroHei.txt",
                                                              "TLWG-Loma.txt", "Symbola.txt")} <= names
    assert {resources + "demo/plan.json", resources + "demo/programme.csv"} <= names
    assert {resources + "translations/delegation_planner_zh_HK.qm", resources + "icons/delegation-planner.svg",
            resources + "icons/hicolor/256x256/apps/delegation-planner.png"} <= names
    versions = sorted(p.name for p in (ROOT / "desktop_app/storage/migrations/versions").glob("*.py"))
    assert {"desktop_app/storage/migrations/versions/" + name for name in versions} <= names
    assert "desktop_app/storage/migrations/env.py" in names
    assert not [name for name in names if name.endswith(".ts")]
    assert installed.wheel.name == f"delegation_planner-{VERSION}-py3-none-any.whl"


def test_the_sdist_keeps_the_sources_the_wheel_leaves_out(installed: Installed) -> None:
    import tarfile

    with tarfile.open(installed.sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    assert {"resources/translations/delegation_planner_zh_HK.ts", "setup.py", "packaging/delegation_planner.spec",
            "packaging/delegation-planner.desktop", "pyproject.toml", "README.md"} <= names


def test_the_installed_app_runs_from_its_own_files_not_the_checkout(installed: Installed) -> None:
    probe = installed.run("-c", "import desktop_app, desktop_app.resources as r; print(desktop_app.__file__); "
                          "print(r.fonts_dir())", program="python")
    assert probe.returncode == 0, probe.stderr
    module, fonts = (Path(line) for line in probe.stdout.splitlines())
    assert module.is_relative_to(installed.venv) and fonts.is_relative_to(installed.venv)
    assert {spec.regular for spec in FONT_CHAIN} <= {path.name for path in fonts.iterdir()}
    version = installed.run("--version")
    assert (version.returncode, version.stdout.strip()) == (0, f"delegation-planner {VERSION}")


def test_the_installed_app_makes_the_demo_plan_and_a_pack_in_every_script(installed: Installed) -> None:
    plan = installed.home / "demo.dplan"
    made = installed.run("new", plan, "--demo")
    assert made.returncode == 0, made.stderr
    assert "FilMart 2025" in made.stdout and "meeting requests         113" in made.stdout

    out = installed.home / "pack"
    exported = installed.run("export", "pack", plan, out)
    assert exported.returncode == 0, exported.stderr
    itineraries = {path.stem: path for path in (out / "delegates").glob("*.pdf")}
    for name, script_sample, font in (("Chan Tsz-hin 陳子軒", "陳子軒", "WenQuanYiMicroHei"),
                                      ("Kim Ji-woo 김지우", "김지우", "WenQuanYiMicroHei"),
                                      ("Siriporn Chaiyaphum ศิริพร ชัยภูมิ", "ศิริพร", "Loma"),
                                      ("Élodie Marchand", "Élodie", "DejaVuSans")):
        data = itineraries[name].read_bytes()
        embedded = fonts_of(data)
        assert any(font in used and is_embedded for used, is_embedded in embedded.items()), (name, embedded)
        assert script_sample in squash(pdf_pages_text(data)[0]), name
    assert "\ufffd" not in "".join(pdf_pages_text((out / "delegates" / "Chan Tsz-hin 陳子軒.pdf").read_bytes()))
    assert len(list((out / "delegates").glob("*.ics"))) == len(itineraries) == 24  # 22 delegates, 2 staff


def test_the_installed_app_upgrades_a_plan_of_the_first_schema(installed: Installed) -> None:
    old = installed.home / "old.dplan"
    shutil.copyfile(ROOT / "tests/data/plans/schema-0001.dplan", old)
    shown = installed.run("show", old, "--json")
    assert shown.returncode == 0, shown.stderr  # Alembic found its scripts inside the installed package


def test_the_installed_app_draws_its_window(installed: Installed) -> None:
    from PySide6.QtGui import QImage

    shot = installed.home / "window.png"
    drawn = installed.run("--screenshot", shot, "--size", "1200x800")
    assert drawn.returncode == 0, drawn.stderr
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1200, 800)
    colours = {image.pixel(x, y) for x in range(0, 1200, 50) for y in range(0, 800, 50)}
    assert len(colours) > 5  # a drawn window, not a blank canvas
    assert (installed.home / "user-data" / "filmart-2025-demo.dplan").exists()  # the first-run demo plan
