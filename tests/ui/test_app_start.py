"""Starting the app: which plan opens, the first-run demo plan, fonts, and a real background open."""

from __future__ import annotations

import sys
import threading
from datetime import date
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

from desktop_app import __version__
from desktop_app.app import build_main_window, configure_application, run_gui, start_plan, start_with_plan
from desktop_app.resources import RESOURCES_ENV
from desktop_app.services import app_data, fonts
from desktop_app.ui.fonts import SYSTEM_FALLBACKS, fallback_chain, install_application_fonts
from desktop_app.ui.plan_document import PlanDocument
from desktop_app.ui.settings import AppSettings, user_settings


def test_a_plan_named_on_the_command_line_wins(app_settings, sample_plan_path, tmp_path):
    app_settings.remember_plan(sample_plan_path)
    assert start_plan(tmp_path / "other.dplan", app_settings, tmp_path) == (tmp_path / "other.dplan", None)


def test_the_last_plan_reopens_if_it_still_exists(app_settings, sample_plan_path, tmp_path):
    app_settings.remember_plan(sample_plan_path)
    assert start_plan(None, app_settings, tmp_path) == (sample_plan_path, None)

    sample_plan_path.unlink()
    path, prepare = start_plan(None, app_settings, tmp_path)
    assert path == app_data.first_run_plan_path(tmp_path) and prepare is not None


def test_first_start_builds_the_demo_plan_in_the_data_folder_and_opens_it(
        qtbot, app_settings, sync_runner, isolated_user_files: Path):
    window = build_main_window(app_settings, sync_runner)
    qtbot.addWidget(window)

    start_with_plan(window, None, app_data.user_data_dir())

    demo = isolated_user_files / app_data.DEMO_PLAN_FILE
    assert window.document.path == demo and demo.exists()
    assert len(window.document.plan.activities) > 100
    assert window.activities_view.current_day == date(2025, 3, 17)  # FilMart's first day, not arrival day
    assert window.conflicts_panel.model.rowCount() > 0
    assert app_settings.last_plan == demo  # the next start opens it again, without rebuilding


def test_opening_in_the_thread_pool_delivers_the_plan_on_the_gui_thread(qtbot, threaded_runner,
                                                                        sample_plan_path):
    document = PlanDocument(threaded_runner)
    progress: list[tuple[int, int, str]] = []
    document.progressed.connect(lambda *args: progress.append(args))

    with qtbot.waitSignal(document.opened, timeout=10_000):
        document.open(sample_plan_path)

    assert document.plan.settings.name == "FilMart sample" and len(document.conflicts) == 2
    assert progress[-1][:2] == (3, 3)
    document.close()


def test_a_newer_open_wins_over_one_still_running(qtbot, sync_runner, sample_plan_path, tmp_path):
    from tests.ui.sample_plan import build_sample_plan

    other = build_sample_plan(tmp_path / "other.dplan")
    document = PlanDocument(sync_runner)
    document.open(sample_plan_path)
    document.open(other)
    assert document.path == other
    document.close()


def test_shipped_fonts_cover_chinese_korean_and_thai(qapp):
    families = install_application_fonts(fonts.font_files())
    assert families, "no shipped font could be loaded"
    chain = fallback_chain("Sans Serif", families)
    assert chain[0] == "Sans Serif" and len(chain) == len(set(chain))
    for text, system in (("黃嘉敏", QFontDatabase.WritingSystem.TraditionalChinese),
                         ("김지우", QFontDatabase.WritingSystem.Korean),
                         ("สมชาย", QFontDatabase.WritingSystem.Thai)):
        covering = [f for f in chain if system in QFontDatabase.writingSystems(f)]
        assert covering, f"no family in {chain} covers {system.name}"
        metrics = QFontMetrics(QFont(covering[0]))
        assert all(metrics.inFontUcs4(ord(char)) for char in text), (text, covering[0])


def test_configure_application_sets_the_chain_on_the_app_font(qapp):
    chain = configure_application(qapp)
    assert qapp.font().families() == chain
    assert any(family in chain for family in ("WenQuanYi Micro Hei", *SYSTEM_FALLBACKS))
    assert qapp.applicationName() == "delegation-planner"


def test_run_gui_opens_the_named_plan_in_the_background_and_remembers_it(qtbot, sample_plan_path, tmp_path):
    seen: dict[str, object] = {}

    def drive(app, window) -> int:
        qtbot.waitUntil(lambda: window.document.is_open, timeout=10_000)
        seen["title"] = window.windowTitle()
        seen["rows"] = window.activities_view.model.rowCount()
        window.close()
        return 0

    assert run_gui(str(sample_plan_path), event_loop=drive) == 0
    assert seen == {"title": "FilMart sample — Delegation Planner", "rows": 4}
    settings_file = AppSettings(user_settings()).file_name
    assert Path(settings_file).is_relative_to(tmp_path)  # never the developer's own settings
    assert AppSettings(user_settings()).last_plan == sample_plan_path


def test_a_plan_the_desktop_opens_while_the_window_runs_opens_in_it(qtbot, sample_plan_path, tmp_path):
    """macOS's Finder sends a file-open event rather than starting a second app."""
    import shutil

    from PySide6.QtGui import QFileOpenEvent
    from PySide6.QtWidgets import QApplication

    other = tmp_path / "Cannes 2026 – 康城.dplan"
    shutil.copyfile(sample_plan_path, other)

    def drive(app, window) -> int:
        qtbot.waitUntil(lambda: window.document.is_open, timeout=10_000)
        QApplication.sendEvent(app, QFileOpenEvent(str(other)))
        qtbot.waitUntil(lambda: window.document.path == other and window.document.is_open, timeout=10_000)
        window.close()
        return 0

    assert run_gui(str(sample_plan_path), event_loop=drive) == 0
    assert AppSettings(user_settings()).last_plan == other


def test_a_missing_font_file_falls_back_to_the_shipped_folder(monkeypatch, tmp_path, caplog):
    from desktop_app.formats import font_files as pdf_fonts

    def missing() -> list[Path]:
        raise FileNotFoundError("font file Loma.ttf is missing")

    (tmp_path / "fonts").mkdir()
    (tmp_path / "fonts" / "Extra.ttf").write_bytes(b"")
    (tmp_path / "fonts" / "notes.txt").write_text("not a font", encoding="utf-8")
    monkeypatch.setattr(pdf_fonts, "font_files", missing)
    monkeypatch.setenv(RESOURCES_ENV, str(tmp_path))

    assert fonts.font_files() == [tmp_path / "fonts" / "Extra.ttf"]
    assert "Loma.ttf is missing" in caplog.text
    assert fonts.resource_font_files(tmp_path / "absent") == []


def test_run_gui_shows_unexpected_errors_and_restores_the_previous_hook(qtbot, sample_plan_path, monkeypatch,
                                                                      caplog):
    from PySide6.QtCore import QTimer

    from desktop_app.ui import error_hook

    shown: list[tuple[object, str, str, str]] = []
    monkeypatch.setattr(error_hook, "show_unexpected_error",
                        lambda parent, summary, details, report: shown.append((parent, summary, details, report)))
    before, before_thread_hook = sys.excepthook, threading.excepthook

    def fail() -> None:
        raise RuntimeError("a bug in a slot")

    def drive(app, window) -> int:
        qtbot.waitUntil(lambda: window.document.is_open, timeout=10_000)
        assert sys.excepthook is not before
        QTimer.singleShot(0, fail)  # raised inside the event loop, where only the hook sees it
        qtbot.waitUntil(lambda: bool(shown), timeout=5000)
        window.close()
        return 0

    assert run_gui(str(sample_plan_path), event_loop=drive) == 0

    assert (sys.excepthook, threading.excepthook) == (before, before_thread_hook)
    (parent, summary, details, report), = shown
    assert summary == "RuntimeError: a bug in a slot" and "in fail" in details
    assert parent is not None and parent.windowTitle() == "FilMart sample — Delegation Planner"
    assert "unexpected error" in caplog.text and "a bug in a slot" in caplog.text
    # the report is in the log folder, with the versions a bug report needs; the log file has it all too
    assert Path(report).parent == app_data.user_log_dir()
    written = Path(report).read_text(encoding="utf-8")
    assert "in fail" in written and f"Delegation Planner: {__version__}" in written and "\nQt: 6." in written
    log_text = (app_data.user_log_dir() / "delegation-planner.log").read_text(encoding="utf-8")
    assert "starting" in log_text and "a bug in a slot" in log_text and report in log_text


def test_an_error_on_another_thread_is_shown_on_the_gui_thread(qtbot, monkeypatch):
    import threading

    from PySide6.QtCore import QThread

    from desktop_app.ui import error_hook

    gui_thread = QThread.currentThread()
    shown: list[tuple[str, bool]] = []
    monkeypatch.setattr(error_hook, "show_unexpected_error", lambda parent, summary, details, report:
                        shown.append((summary, QThread.currentThread() is gui_thread)))
    hook = error_hook.ExceptionHook(parent_widget=lambda: None)
    previous = sys.excepthook
    hook.install()
    try:
        def worker() -> None:
            try:
                raise ValueError("from a thread")
            except ValueError:
                sys.excepthook(*sys.exc_info())

        thread = threading.Thread(target=worker)
        thread.start()
        thread.join()
        qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    finally:
        hook.uninstall()
    assert shown == [("ValueError: from a thread", True)]
    assert sys.excepthook is previous


def test_an_uncaught_error_in_a_python_thread_is_reported_and_a_thread_exit_is_not(qtbot, monkeypatch):
    from desktop_app.ui import error_hook

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(error_hook, "show_unexpected_error",
                        lambda parent, summary, details, report: shown.append((summary, report)))
    hook = error_hook.ExceptionHook(parent_widget=lambda: None)
    before = threading.excepthook
    hook.install()
    try:
        def failing() -> None:
            raise LookupError("lost in a thread")

        for target in (lambda: sys.exit(0), failing):
            thread = threading.Thread(target=target)
            thread.start()
            thread.join()
        qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    finally:
        hook.uninstall()
    assert threading.excepthook is before
    (summary, report), = shown
    assert summary == "LookupError: lost in a thread"
    assert "in failing" in Path(report).read_text(encoding="utf-8")
    assert sorted(p.name.startswith("crash-") for p in app_data.user_log_dir().iterdir()) == [True]


def test_the_window_appears_before_the_heavy_libraries_load():
    """The window paints first; the database layer, the PDF and calendar writers and the solvers
    load with the first plan, export or schedule, off the window's start (bench_workspace: 2.8×
    a bare window's first paint, down from 18×)."""
    probe = (
        "import os, sys\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from PySide6.QtCore import QSettings\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from desktop_app.app import build_main_window, configure_application\n"
        "from desktop_app.ui.settings import AppSettings\n"
        "from desktop_app.ui.workers import TaskRunner\n"
        "configure_application(app)\n"
        "window = build_main_window(AppSettings(QSettings(sys.argv[1], QSettings.Format.IniFormat)),\n"
        "                           TaskRunner(synchronous=True))\n"
        "window.show(); app.processEvents()\n"
        "heavy = ('sqlalchemy', 'alembic', 'reportlab', 'ortools', 'icalendar', 'openpyxl', 'caldav', 'psycopg')\n"
        "print(' '.join(sorted(name for name in heavy if name in sys.modules)))\n"
    )
    import subprocess
    import sys
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        loaded = subprocess.run([sys.executable, "-c", probe, f"{folder}/settings.ini"], capture_output=True,
                                text=True, check=True).stdout.strip()
    assert loaded == ""
