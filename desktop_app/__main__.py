"""Entry point: a sub-command runs headless, no sub-command (or only a plan path) opens the GUI."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    if getattr(sys, "frozen", False):  # a PyInstaller build: let a spawned export worker run its job
        import multiprocessing

        multiprocessing.freeze_support()
    args = list(sys.argv[1:] if argv is None else argv)
    from desktop_app.cli.main import COMMAND_NAMES, run

    if args and (args[0] in COMMAND_NAMES or not _is_plan_to_open(args)):
        return run(args)  # a command, an option, or a typo that argparse reports (exit 2)
    from desktop_app.app import run_gui

    return run_gui(args[0] if args else None)


def _is_plan_to_open(args: list[str]) -> bool:
    """``delegation-planner PLAN``: one argument naming a plan file, not a mistyped command."""
    from pathlib import Path

    return len(args) == 1 and (Path(args[0]).is_file() or args[0].lower().endswith(".dplan"))


if __name__ == "__main__":
    sys.exit(main())
