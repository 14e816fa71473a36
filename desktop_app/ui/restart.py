"""Starting the app again (a new language is taken up by a new window).

Every edit is already in the plan file, so a restart loses nothing but the undo history.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QProcess


def restart_command() -> tuple[str, list[str]]:
    """The program and arguments this process was started with (``python -m desktop_app PLAN``,
    or the frozen app's own executable)."""
    if getattr(sys, "frozen", False):
        return sys.executable, sys.argv[1:]
    return sys.executable, list(sys.orig_argv[1:])


def start_again() -> bool:
    """Start a new process of the app; False when the system refused to."""
    program, arguments = restart_command()
    started, _pid = QProcess.startDetached(program, arguments)
    return bool(started)
