"""The window in two languages: every string it shows goes through Qt's translation, the
catalogues are complete and built, and the language follows Preferences or the system.

Exports never change with the language (tests/formats check them under zh_HK and de_DE locales).
"""

from __future__ import annotations

import ast
import filecmp
import os
import re
import runpy
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.app import build_main_window
from desktop_app.ui import restart
from desktop_app.ui.i18n import CHINESE_HK, ENGLISH, chosen_language, install_language, system_language
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.preferences_dialog import PreferencesDialog
from desktop_app.ui.settings import AppSettings

ROOT = Path(__file__).resolve().parents[2]
TOOLS = runpy.run_path(str(ROOT / "packaging" / "translations.py"))
TRANSLATIONS = ROOT / "resources" / "translations"

# --- finding strings in the source ---------------------------------------------------------

ALLOWED_CALLS = {
    # translation itself, and calls whose strings no person reads
    "tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP", "setObjectName", "Setting", "QKeySequence", "replace",
    "startswith", "endswith", "split", "join", "format", "getattr", "hasattr", "setattr", "isinstance", "open",
    "Path", "print", "debug", "info", "warning", "error", "exception", "setStyleSheet", "setStyle", "QColor",
    "QFont", "setProperty", "property", "findChild", "findChildren", "get", "value", "setValue", "strip",
    "connect", "emit", "Signal", "Slot", "TypeError", "ValueError", "AssertionError", "RuntimeError", "KeyError",
    "NotImplementedError", "compile", "search", "match", "fromString", "toString", "QDate", "QTime", "QDateTime",
    "QTimeZone", "QLocale", "ZoneInfo", "load", "setShortcut", "QUrl", "fromLocalFile", "setData", "hasFormat",
    "data", "QByteArray", "encode", "decode", "field", "TypeVar", "cast", "setDisplayFormat", "action", "_action",
    "addAction", "setdefault", "environ",
}
WORDS = re.compile(r"[A-Za-z]{2,}")
MARKER = "# not translated:"
"""A line may say why a literal stays as it is (an example name in a placeholder)."""


def _reads_as_text(text: str) -> bool:
    """Words a person would read: markup, key names ("Ctrl+Shift+C") and identifiers do not count."""
    text = re.sub(r"<[^>]+>", "", text)
    if not WORDS.search(text) or re.fullmatch(r"(Ctrl|Alt|Shift|Meta|\+|[A-Z][a-z]*|F\d+|Up|Down|PgUp|PgDown)+", text):
        return False
    return " " in text.strip() or text[:1].isupper() or text.startswith("&")


def untranslated(source: str) -> list[tuple[int, str]]:
    """Literals handed to a call (a widget, a setter, a command's text) without translation."""
    lines = source.splitlines()
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        function = node.func
        name = function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", "")
        if isinstance(function, ast.Name) and function.id == "tr":  # lupdate reads tr(a, b) as text a, comment b
            found.append((node.lineno, "a bare tr(): use self.tr() or translate(context, text)"))
            continue
        if name in ALLOWED_CALLS or any(MARKER in line for line in lines[node.lineno - 1:node.end_lineno]):
            continue
        for argument in [*node.args, *(k.value for k in node.keywords)]:
            if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                text = argument.value
            elif isinstance(argument, ast.JoinedStr):
                text = "".join(str(v.value) for v in argument.values if isinstance(v, ast.Constant))
            else:
                continue
            if _reads_as_text(text):
                found.append((node.lineno, ast.unparse(argument)))
    return found


def translated_strings(source: str) -> set[tuple[str, str]]:
    """(context, text) of every self.tr(), translate() and QT_TRANSLATE_NOOP() with literals,
    the context of self.tr() being its class: what the catalogue must hold."""
    found: set[tuple[str, str]] = set()

    def literal(node: ast.expr) -> str | None:
        return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None

    def visit(node: ast.AST, cls: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                visit(child, child.name)
                continue
            if isinstance(child, ast.Call):
                function = child.func
                name = function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", "")
                args = child.args
                if name == "tr" and args and literal(args[0]) is not None:
                    found.add((cls, literal(args[0])))  # type: ignore[arg-type]
                elif name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2 and None not in (
                        literal(args[0]), literal(args[1])):
                    found.add((literal(args[0]), literal(args[1])))  # type: ignore[arg-type]
            visit(child, cls)

    visit(ast.parse(source), "")
    return found


def catalogue(language: str, folder: Path = TRANSLATIONS) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(folder / f"delegation_planner_{language}.ts").getroot()
    return {(context.findtext("name") or "", message.findtext("source") or ""): message
            for context in root for message in context.findall("message")}


def test_the_finders_find_what_they_should():
    source = ('label.setText("Paper size")\nlabel.setText(self.tr("Paper size"))\nQLabel("—")\n'
              'QLabel(f"<b>{name}</b>")\naction("Ctrl+Shift+C")\nbox.addButton("Open folder", role)\n')
    assert untranslated(source) == [(1, "'Paper size'"), (6, "'Open folder'")]
    classes = ('class A:\n    def f(self):\n        return self.tr("Hi"), translate("B", "Bye")\n'
               'X = QT_TRANSLATE_NOOP("C", "c")\n')
    assert translated_strings(classes) == {("A", "Hi"), ("B", "Bye"), ("C", "c")}


def test_no_user_visible_literal_bypasses_translation():
    offenders = [f"{path.relative_to(ROOT)}:{line}: {text}"
                 for path in TOOLS["sources"]() for line, text in untranslated(path.read_text(encoding="utf-8"))]
    assert offenders == [], f"wrap in self.tr(...) (or mark the line '{MARKER} why'):\n" + "\n".join(offenders)


def test_every_translated_string_is_in_the_catalogue_and_translated():
    """Checked against the source by our own reading, so a string lupdate failed to see (it
    misses some inside f-strings) is caught too."""
    wanted: set[tuple[str, str]] = set()
    for path in TOOLS["sources"]():
        wanted |= translated_strings(path.read_text(encoding="utf-8"))
    chinese = catalogue(CHINESE_HK)
    missing = sorted(wanted - set(chinese))
    assert missing == [], "run `python packaging/translations.py update`; lupdate did not see:\n" + "\n".join(
        map(str, missing))
    unfinished = sorted(key for key, message in chinese.items()
                        if message.find("translation").get("type") == "unfinished"
                        or not "".join(message.find("translation").itertext()).strip())
    assert unfinished == [], f"{len(unfinished)} strings still to translate, e.g. {unfinished[:5]}"
    for key, message in chinese.items():
        text = "".join(message.find("translation").itertext())
        for placeholder in set(re.findall(r"%\d|%n|\{\w+\}", key[1])):
            assert placeholder in text, f"{key}: the translation lost {placeholder}"
        if re.search(r"&[A-Za-z]", key[1]):
            assert re.search(r"&[A-Za-z0-9]", text), f"{key}: the translation lost its keyboard mnemonic"
    english = catalogue(ENGLISH)
    for key, message in english.items():  # plural forms only
        forms = [form.text or "" for form in message.iter("numerusform")]
        assert len(forms) == 2 and all("%n" in form for form in forms), key


def test_the_catalogues_match_the_sources_and_the_built_files(tmp_path: Path):
    if shutil.which("pyside6-lupdate") is None and not (Path(sys.executable).parent / "pyside6-lupdate").exists():
        pytest.fail("pyside6-lupdate is part of PySide6 and must be installed with it")
    copy = tmp_path / "translations"
    shutil.copytree(TRANSLATIONS, copy)
    TOOLS["update"](copy, ROOT)
    for language in (CHINESE_HK, ENGLISH):
        assert set(catalogue(language, copy)) == set(catalogue(language)), \
            "the sources changed: run `python packaging/translations.py update`"
    built = tmp_path / "built"
    built.mkdir()
    for qm in TOOLS["release"](TRANSLATIONS, built):
        assert filecmp.cmp(qm, TRANSLATIONS / qm.name, shallow=False), \
            f"{qm.name} is older than its .ts: run `python packaging/translations.py release`"


# --- the window in Chinese -----------------------------------------------------------------

@pytest.fixture
def chinese(qapp: QApplication):
    install_language(qapp, CHINESE_HK)
    yield
    install_language(qapp, ENGLISH)


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_the_window_speaks_chinese_with_dates_in_chinese(chinese, qtbot, app_settings, sync_runner,
                                                        sample_plan_path: Path):
    window = build_main_window(app_settings, sync_runner)
    qtbot.addWidget(window)
    window.open_plan(sample_plan_path)
    titles = menu_titles(window)
    assert titles[:3] == ["檔案(&F)", "編輯(&E)", "檢視(&V)"]
    assert window.navigator.item(0).text().startswith("活動")
    day_tab = window.activities_view.day_tabs.tabText(0)
    assert re.match(r"\d{1,2}月\d{1,2}日 \(週.\)", day_tab), day_tab
    assert "衝突" in window.conflict_count_label.text()


def test_english_is_back_after_a_switch(qapp, qtbot, app_settings, sync_runner):
    install_language(qapp, CHINESE_HK)
    install_language(qapp, ENGLISH)
    window = build_main_window(app_settings, sync_runner)
    qtbot.addWidget(window)
    assert menu_titles(window)[:3] == ["&File", "&Edit", "&View"]


def test_the_language_is_chosen_by_option_then_preferences_then_system():
    assert chosen_language("zh_HK", "en") == "en"
    assert chosen_language("zh_HK") == "zh_HK"
    assert chosen_language("", "") == system_language()
    assert chosen_language("klingon") == system_language()


@pytest.mark.parametrize(("lang", "c_library"), [("zh_HK.UTF-8", None), ("zh_MO.UTF-8", "lacks-it")])
def test_the_system_language_is_followed_even_where_the_c_library_lacks_the_locale(lang: str, c_library: str | None):
    """LANG alone chooses: Hong Kong Chinese, and Macau's (Traditional too), which the C library
    here has not installed: it falls back to "C", Qt still reads the language from LANG."""
    probe = ("import locale\n"
             "try:\n    locale.setlocale(locale.LC_ALL, '')\n    print('has-it')\n"
             "except locale.Error:\n    print('lacks-it')\n"
             "from PySide6.QtCore import QCoreApplication\napp = QCoreApplication([])\n"
             "from desktop_app.ui.i18n import chosen_language, install_language\n"
             "language = install_language(app, chosen_language(''))\n"
             "print(language, QCoreApplication.translate('MainWindow', '&Edit'))\n")
    environment = {**os.environ, "LANG": lang, "QT_QPA_PLATFORM": "offscreen"}
    for variable in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        environment.pop(variable, None)
    shown = subprocess.run([sys.executable, "-c", probe], env=environment, cwd=ROOT, capture_output=True,
                           text=True, check=True).stdout.split("\n")
    if c_library:
        assert shown[0] == c_library
    assert shown[1] == "zh_HK 編輯(&E)"


def test_switching_the_language_in_preferences_offers_a_restart(qtbot, app_settings: AppSettings, sync_runner,
                                                               monkeypatch: pytest.MonkeyPatch):
    window = build_main_window(app_settings, sync_runner)
    qtbot.addWidget(window)
    window.show()
    dialog = window.show_preferences()
    assert isinstance(dialog, PreferencesDialog)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData(CHINESE_HK))
    started: list[bool] = []
    monkeypatch.setattr(restart, "start_again", lambda: started.append(True) or True)
    dialog.accept()
    assert app_settings.language == CHINESE_HK
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
    assert "中文（香港）" in box.text()
    restart_button = next(b for b in box.buttons() if b.text() == "&Restart now")
    restart_button.click()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert started == [True]
    assert chosen_language(app_settings.language) == CHINESE_HK  # what the next start installs


def test_a_screenshot_in_chinese(tmp_path: Path, sample_plan_path: Path):
    from desktop_app.__main__ import main

    picture = tmp_path / "zh.png"
    assert main([str(sample_plan_path), "--screenshot", str(picture), "--language", "zh_HK",
                 "--date", date(2025, 3, 19).isoformat()]) == 0
    assert picture.stat().st_size > 10_000
