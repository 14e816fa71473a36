"""Composition root: builds the Qt application, the services the window uses, and the window.

The only module besides ``desktop_app.ui`` that imports PySide6. ``__main__`` calls ``run_gui``.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication

from desktop_app import __version__
from desktop_app.cli.gui_options import GuiOptions
from desktop_app.domain.plan_location import PlanLocation
from desktop_app.services import app_data, app_logging, fonts, plan_service
from desktop_app.ui.app_icon import application_icon
from desktop_app.ui.appearance import Appearance
from desktop_app.ui.calendar.sections import DaySection, WeekSection
from desktop_app.ui.error_hook import ExceptionHook
from desktop_app.ui.file_open_relay import FileOpenRelay
from desktop_app.ui.fonts import apply_fallback_chain, install_application_fonts
from desktop_app.ui.i18n import chosen_language, install_language
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.plan_document import PlanDocument
from desktop_app.ui.settings import APPLICATION, ORGANIZATION, AppSettings, user_settings
from desktop_app.ui.workers import TaskRunner, serial_pool

log = logging.getLogger(__name__)


def run_window(options: GuiOptions) -> int:
    """The window, or with ``options.screenshot`` its self-portrait (no window appears)."""
    if options.screenshot is not None:
        return take_screenshot(options)
    return run_gui(options.plan, color_scheme=options.color_scheme,
                   language=options.language)


def take_screenshot(options: GuiOptions) -> int:
    """Open the plan (the demo plan when none is named), show the asked view and day, render the
    window into ``options.screenshot`` and return the exit code; offscreen unless a platform is set."""
    import os
    import tempfile

    from PySide6.QtCore import QSettings

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    assert options.screenshot is not None
    from PySide6.QtCore import qInstallMessageHandler

    previous = qInstallMessageHandler(_quiet_offscreen_notes)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    configure_application(app, color_scheme=options.color_scheme)
    install_language(app, chosen_language("", options.language))
    with tempfile.TemporaryDirectory(prefix="delegation-planner-screenshot-") as scratch:
        # the user's own settings (window layout, last plan) are neither read nor changed
        settings = AppSettings(QSettings(str(Path(scratch) / "settings.ini"), QSettings.Format.IniFormat))
        window = build_main_window(settings, TaskRunner(synchronous=True))
        failures: list[str] = []
        window.document.open_failed.connect(lambda _path, message: failures.append(message))
        window.show_error = lambda _title, message: failures.append(message)  # type: ignore[method-assign]
        window.resize(*options.size)
        plan = options.plan or app_data.ensure_demo_plan(app_data.user_data_dir())
        window.open_plan(plan)
        if failures or not window.document.is_open:
            print(f"delegation-planner: error: {failures[0] if failures else 'the plan did not open'}",
                  file=sys.stderr)
            window.document.close()
            return 1
        problem = _show_view(window, options)
        if problem:
            print(f"delegation-planner: error: {problem}", file=sys.stderr)
            window.document.close()
            return 1
        window.show()
        for _ in range(3):  # layouts settle over a few turns of the event loop
            app.processEvents()
        if options.view == "conflicts" and options.day is None:
            _pick_first_conflict(window)
            app.processEvents()
        saved = window.grab().save(str(options.screenshot), "PNG")
        window.document.close()
        window.close()
    qInstallMessageHandler(previous)
    if not saved:
        print(f"delegation-planner: error: could not write {options.screenshot}", file=sys.stderr)
        return 1
    return 0


def _quiet_offscreen_notes(kind: object, context: object, message: str) -> None:
    """Drop the offscreen plugin's "does not support propagateSizeHints" note; pass the rest on."""
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def _show_view(window: MainWindow, options: GuiOptions) -> str:
    view = options.view or "activities"
    if view == "conflicts":  # the panel beside the day view, its first conflict picked there
        window.show_section("day")
        window.conflicts_dock.show()
        window.conflicts_dock.raise_()
    elif view in window.sections:
        window.show_section(view)
    else:
        return f"the window has no view '{view}' yet"
    if options.day is not None:
        shown = window.current_section
        offered = shown.days if isinstance(shown, DaySection | WeekSection) else None  # every market's days
        if options.day not in (offered if offered is not None else window.activities_view.days):
            return f"the plan has nothing on {options.day.isoformat()} and it is no market day"
        if offered is None:
            window.activities_view.show_day(options.day)
        shown.show_day(options.day)  # the calendar's day, or the roster's
    return ""


def _pick_first_conflict(window: MainWindow) -> None:
    """As a click on the panel's first row does: the calendar selects it and scrolls to it."""
    panel = window.conflicts_panel
    if panel.model.rowCount():
        panel.list_view.setCurrentIndex(panel.model.index(0))


def run_gui(plan_path: PlanLocation | str | None, *, color_scheme: str = "", language: str = "",
            event_loop: Callable[[QApplication, MainWindow], int] | None = None) -> int:
    """Open the main window on ``plan_path``, else on the last plan, else on the demo plan.

    ``event_loop`` replaces ``app.exec()`` in tests, which drive the window and then return.
    """
    log_file = app_logging.start_log_file()
    log.info("Delegation Planner %s starting; settings in %s", __version__, app_data.user_config_dir())
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    configure_application(app, color_scheme=color_scheme)
    settings = AppSettings(user_settings())
    install_language(app, chosen_language(settings.language, language))
    exception_hook = ExceptionHook()
    exception_hook.install()
    try:
        runner = TaskRunner(QThreadPool.globalInstance())
        write_runner = TaskRunner(serial_pool())
        window = build_main_window(settings, runner, write_runner)
        exception_hook.set_parent_widget(window)
        app.installEventFilter(FileOpenRelay(window.open_plan, window))
        window.show()
        start_with_plan(window, plan_service.location_of(plan_path) if plan_path else None,
                        app_data.user_data_dir())
        exit_code = event_loop(app, window) if event_loop else app.exec()
        runner.cancel_all()
        runner.wait_for_done()
        write_runner.wait_for_done()
        window.document.close()
    finally:
        exception_hook.uninstall()
        app_logging.stop_log_file(log_file)
    return exit_code


SCHEMES = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}


def configure_application(app: QApplication, *, color_scheme: str = "") -> list[str]:
    """Names used by QSettings and the desktop, fonts for every script, colours that follow the
    system's scheme (or ``color_scheme``: "light", "dark"); returns the font chain."""
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("Delegation Planner")  # not translated: the name
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("delegation-planner")  # packaging/delegation-planner.desktop: icon, file types
    app.setWindowIcon(application_icon())
    Appearance.of(app).force(SCHEMES.get(color_scheme))
    shipped = install_application_fonts(fonts.font_files())
    return apply_fallback_chain(app, shipped)


def build_main_window(settings: AppSettings, runner: TaskRunner,
                      write_runner: TaskRunner | None = None) -> MainWindow:
    """``write_runner`` runs plan writes one at a time (see ``PlanDocument`` for the default)."""
    document = PlanDocument(runner, write_runner=write_runner)
    window = MainWindow(document, settings)
    document.setParent(window)
    if settings.manager_name:  # the plan's history records this window's changes under it
        plan_service.use_manager_name(settings.manager_name)
    return window


def start_plan(requested: PlanLocation | None, settings: AppSettings,
               data_dir: Path) -> tuple[PlanLocation, Callable[[], PlanLocation] | None]:
    """Which plan to open at start, and what must run first to make it exist.

    A plan named on the command line wins; then the last plan opened, if it still exists; else
    the demo plan in the data folder, built on first start.
    """
    if requested is not None:
        return requested, None
    last = settings.last_plan
    if last is not None and (not isinstance(last, Path) or last.exists()):  # a server may only be down
        return last, None
    demo = app_data.first_run_plan_path(data_dir)
    return demo, lambda: app_data.ensure_demo_plan(data_dir)


def start_with_plan(window: MainWindow, requested: PlanLocation | None, data_dir: Path) -> None:
    path, prepare = start_plan(requested, window.settings, data_dir)
    window.open_plan(path, prepare=prepare)
