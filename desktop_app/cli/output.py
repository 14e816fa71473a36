"""What every command prints the same way: JSON documents on stdout."""

from __future__ import annotations

import json
import sys


def print_json(value: object) -> None:
    """``value`` as indented UTF-8 JSON (黃 stays 黃); NaN or infinity are a bug, never printed.

    Dumped to one string first: ``json.dump`` to a stream writes piece by piece (a million
    writes for a large conflict list)."""
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2, allow_nan=False) + "\n")


def confirm(question: str) -> bool:
    """Ask on a terminal; a script (no terminal) is never asked and gets False."""
    if not (sys.stdin.isatty() and sys.stderr.isatty()):
        return False
    print(f"{question} [y/N] ", end="", file=sys.stderr, flush=True)
    try:
        answer = input()
    except EOFError:
        return False
    return answer.strip().casefold() in {"y", "yes"}
