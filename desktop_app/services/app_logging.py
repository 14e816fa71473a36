"""The app's log file: in the log folder, rotated so it never grows without bound.

The window logs what it does not show (warnings, unexpected errors with their tracebacks); a crash
report points at it. The command line keeps to stderr and leaves logging alone.
"""

from __future__ import annotations

import logging
import logging.handlers
from dataclasses import dataclass
from pathlib import Path

from .app_data import user_log_dir

LOG_FILE = "delegation-planner.log"
MAX_BYTES = 1_000_000
BACKUPS = 4
"""At most five files of about 1 MB: a week of heavy use, small enough to attach to a report."""
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s]: %(message)s"


@dataclass(frozen=True, slots=True)
class LogFile:
    handler: logging.Handler
    path: Path
    previous_level: int


def start_log_file(folder: Path | None = None, level: int = logging.INFO) -> LogFile | None:
    """Send the app's records (``desktop_app.*`` loggers) to the rotating log file; None when the
    folder cannot be written (the app runs on without a log)."""
    path = (folder or user_log_dir()) / LOG_FILE
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                                       encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    logger = logging.getLogger("desktop_app")
    log_file = LogFile(handler, path, logger.level)
    logger.addHandler(handler)
    logger.setLevel(level)
    return log_file


def stop_log_file(log_file: LogFile | None) -> None:
    if log_file is not None:
        logger = logging.getLogger("desktop_app")
        logger.removeHandler(log_file.handler)
        logger.setLevel(log_file.previous_level)
        log_file.handler.close()
