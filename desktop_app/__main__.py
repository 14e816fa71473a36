"""Entry point: a sub-command runs headless; no sub-command (a plan, window options) opens the window."""

from __future__ import annotations

import sys
from collections.abc import Sequence

VIEWS = ("activities", "day", "week", "agenda", "matrix", "markets", "delegates", "contacts", "projects", "venues",
         "travel", "requests", "roster", "conflicts")
"""Sections ``--view`` names (kept here so that parsing the options never imports Qt)."""


def main(argv: Sequence[str] | None = None) -> int:
    if getattr(sys, "frozen", False):  # a PyInstaller build: let a spawned export worker run its job
        import multiprocessing

        multiprocessing.freeze_support()
    args = list(sys.argv[1:] if argv is None else argv)
    from desktop_app.cli.main import COMMAND_NAMES, run

    first = args[2] if args[:1] == ["--by"] and len(args) > 2 else args[0] if args else ""
    if first in COMMAND_NAMES:
        return run(args)
    from desktop_app.cli.gui_options import looks_like_gui, parse_gui_args

    if not looks_like_gui(args):
        return run(args)  # a typo'd command: argparse says so (exit 2)
    try:
        options = parse_gui_args(args, VIEWS)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    from desktop_app.app import run_window

    return run_window(options)


if __name__ == "__main__":
    sys.exit(main())
