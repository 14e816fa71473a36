"""What every command prints the same way: JSON documents on stdout."""

from __future__ import annotations

import json
import sys


def print_json(value: object) -> None:
    """``value`` as indented UTF-8 JSON (黃 stays 黃); NaN or infinity are a bug, never printed."""
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, allow_nan=False)
    sys.stdout.write("\n")
