"""Where a server password comes from: a script's environment variable, else the keyring.

Never from a command-line argument (other users can read those) and never from the plan file.
The window asks the user and keeps the answer with :func:`keep_password`; without a working
keyring it is kept in memory for the session only (``delivery.credentials``).
"""

from __future__ import annotations

import os
from enum import StrEnum

from desktop_app.delivery.credentials import PASSWORDS, account


class Service(StrEnum):
    CALDAV = "caldav"
    SMTP = "smtp"

    @property
    def environment_variable(self) -> str:
        return f"DELEGATION_PLANNER_{self.value.upper()}_PASSWORD"


def login_name(service: Service, server: str, user: str) -> str:
    return account(service.value, server, user)


def find_password(service: Service, server: str, user: str) -> str | None:
    """The password for ``user`` at ``server``: the environment variable, else the keyring."""
    from_environment = os.environ.get(service.environment_variable)
    if from_environment:
        return from_environment
    return PASSWORDS.get(login_name(service, server, user))


def keep_password(service: Service, server: str, user: str, password: str) -> bool:
    """Remember the password; True if the system keyring holds it, False if memory only."""
    return PASSWORDS.keep(login_name(service, server, user), password)


def forget_password(service: Service, server: str, user: str) -> None:
    PASSWORDS.forget(login_name(service, server, user))


def keyring_problem() -> str | None:
    """Why the keyring could not be used last time (e.g. no backend on this machine), or None."""
    return PASSWORDS.keyring_problem
