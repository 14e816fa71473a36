"""The window's translations: extract the strings (lupdate) and build the catalogues (lrelease).

    python packaging/translations.py update    # sources -> resources/translations/*.ts
    python packaging/translations.py release   # *.ts -> *.qm (what the app loads)

After ``update``, translate the new (``unfinished``) messages of the zh_HK catalogue, with Qt
Linguist (``pyside6-linguist``) or by hand, then ``release``. ``tests/ui/test_translations.py``
fails while a string of the window has no translation or a ``.qm`` is older than its ``.ts``.
The English catalogue holds plural forms only ("%n conflict(s)" -> "1 conflict", "2 conflicts").
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
CATALOGUE = "delegation_planner"
LANGUAGES = {"zh_HK": (), "en": ("-pluralonly",)}


def sources(root: Path = ROOT) -> list[Path]:
    """Every module whose strings the window shows."""
    return sorted([*(root / "desktop_app" / "ui").rglob("*.py"), root / "desktop_app" / "app.py"])


def tool(name: str) -> str:
    """``pyside6-lupdate``/``pyside6-lrelease`` beside this Python (a venv's bin), else on PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 in this Python")
    return found


def ts_file(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"{CATALOGUE}_{language}.ts"


def update(folder: Path = TRANSLATIONS, root: Path = ROOT) -> None:
    """Bring each .ts up to date with the sources: new strings added unfinished, gone ones dropped."""
    folder.mkdir(parents=True, exist_ok=True)
    files = [str(path.relative_to(root)) for path in sources(root)]
    for language, options in LANGUAGES.items():
        subprocess.run([tool("pyside6-lupdate"), *files, "-no-obsolete", "-locations", "none", *options,
                        "-target-language", language, "-ts", str(ts_file(language, folder))],
                       cwd=root, check=True, capture_output=True)


def release(folder: Path = TRANSLATIONS, target: Path | None = None) -> list[Path]:
    """Build each .qm from its .ts (into ``target``, by default beside it)."""
    built = []
    for language in LANGUAGES:
        qm = (target or folder) / f"{CATALOGUE}_{language}.qm"
        subprocess.run([tool("pyside6-lrelease"), str(ts_file(language, folder)), "-qm", str(qm)],
                       check=True, capture_output=True)
        built.append(qm)
    return built


if __name__ == "__main__":
    commands = {"update": update, "release": release}
    if len(sys.argv) != 2 or sys.argv[1] not in commands:
        raise SystemExit(__doc__)
    commands[sys.argv[1]]()
