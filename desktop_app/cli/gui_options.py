"""The window's own command line: ``delegation-planner [PLAN] [--screenshot FILE …]``.

Parsed here, without Qt, so a mistyped command ("shwo") is still the command line's usage error.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from desktop_app import __version__
from desktop_app.domain.plan_location import PlanLocation, is_server_url

from .plan_argument import PLAN_HELP, plan_location


@dataclass(frozen=True, slots=True)
class GuiOptions:
    plan: PlanLocation | None = None
    screenshot: Path | None = None
    view: str = ""
    day: date | None = None
    size: tuple[int, int] = (1400, 860)
    language: str = ""
    color_scheme: str = ""
    """"light" or "dark" whatever the system says; "" follows the system."""


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a size such as 1400x860") from None
    if not (320 <= width <= 8000 and 240 <= height <= 8000):
        raise argparse.ArgumentTypeError(f"{text} is not a window size (320x240 to 8000x8000)")
    return width, height


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date such as 2025-03-18") from None


def gui_parser(views: tuple[str, ...]) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="delegation-planner", description="Open the window on a plan.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("plan", nargs="?", type=plan_location,
                        help=f"the plan to open (default: the last one, or the demo): {PLAN_HELP}")
    parser.add_argument("--screenshot", type=Path, metavar="FILE.png",
                        help="render the window into this PNG and exit (no window appears)")
    parser.add_argument("--view", choices=views, default="", help="the section to show")
    parser.add_argument("--date", type=_day, dest="day", metavar="YYYY-MM-DD", help="the day to show")
    parser.add_argument("--size", type=_size, default=(1400, 860), metavar="WxH", help="window size")
    parser.add_argument("--language", default="", choices=("en", "zh_HK"),
                        help="the window's language (default: as in Preferences, else the system's)")
    parser.add_argument("--color-scheme", choices=("light", "dark"), default="", dest="color_scheme",
                        help="light or dark whatever the system says (default: follow the system)")
    return parser


def looks_like_gui(args: list[str]) -> bool:
    """``PLAN`` and/or window options, rather than a (mistyped) command."""
    if not args:
        return True
    first = args[0]
    return (first.startswith("--") or is_server_url(first) or Path(first).is_file()
            or first.lower().endswith(".dplan"))


def parse_gui_args(args: list[str], views: tuple[str, ...]) -> GuiOptions:
    """Raises ``SystemExit`` (2) on a usage error, as argparse does."""
    parsed = gui_parser(views).parse_args(args)
    return GuiOptions(parsed.plan, parsed.screenshot, parsed.view, parsed.day, parsed.size, parsed.language,
                      parsed.color_scheme)
