"""Entry point: a sub-command runs headless, no sub-command (or only a plan path) opens the GUI."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    from desktop_app.cli.main import build_parser, run

    commands = set(build_parser()._subparsers._group_actions[0].choices)  # type: ignore[union-attr]
    if args and (args[0] in commands or args[0].startswith("-")):
        return run(args)
    from desktop_app.app import run_gui

    return run_gui(args[0] if args else None)


if __name__ == "__main__":
    sys.exit(main())
