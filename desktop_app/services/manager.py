"""Who is making the changes: the manager's name the plan's change log records."""

from __future__ import annotations

import getpass
import os

MANAGER_VARIABLE = "DELEGATION_PLANNER_MANAGER"
"""The manager's name for the change log when neither ``--by`` nor Preferences gives one."""
_manager_name = ""


def use_manager_name(name: str) -> None:
    """Whose changes this process makes from now on (``--by``, the Preferences' name)."""
    global _manager_name
    _manager_name = name.strip()


def manager_name() -> str:
    """The name the change log records: as set, else $DELEGATION_PLANNER_MANAGER, else the login name."""
    if _manager_name:
        return _manager_name
    from_environment = os.environ.get(MANAGER_VARIABLE, "").strip()
    if from_environment:
        return from_environment
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no such user in the password database (a container)
        return ""
