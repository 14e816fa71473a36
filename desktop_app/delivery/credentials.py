"""Passwords in the system keyring, never in the plan; in memory when there is no keyring.

Headless machines have no keyring backend (``keyring`` raises ``NoKeyringError``, a
``KeyringError``); keyrings.alt would store passwords in plain text, so we never use it.
Instead a password is kept in memory for the session: the caller asks the user again next time.
"""

from __future__ import annotations

import threading
from contextlib import suppress

import keyring
from keyring.errors import KeyringError, PasswordDeleteError

SERVICE = "Delegation Planner"


def account(kind: str, server: str, user: str) -> str:
    """The keyring user name of one login: 'caldav https://dav.example/ manager'."""
    return f"{kind} {server} {user}"


class PasswordStore:
    """Get and keep passwords: the system keyring first, this process's memory otherwise."""

    def __init__(self) -> None:
        self._memory: dict[str, str] = {}
        self._lock = threading.Lock()
        self.keyring_problem: str | None = None
        """Why the last keyring call failed (shown to the user), None while it works."""

    def get(self, login: str) -> str | None:
        with self._lock:
            if login in self._memory:
                return self._memory[login]
        try:
            password = keyring.get_password(SERVICE, login)
        except KeyringError as error:
            self.keyring_problem = str(error) or type(error).__name__
            return None
        self.keyring_problem = None
        return password

    def keep(self, login: str, password: str) -> bool:
        """Store the password; True if the system keyring holds it, False if only memory does."""
        with self._lock:
            self._memory[login] = password
        try:
            keyring.set_password(SERVICE, login, password)
        except KeyringError as error:
            self.keyring_problem = str(error) or type(error).__name__
            return False
        self.keyring_problem = None
        return True

    def forget(self, login: str) -> None:
        """Drop a password that the server refused, so the user is asked again."""
        with self._lock:
            self._memory.pop(login, None)
        with suppress(PasswordDeleteError, KeyringError):
            keyring.delete_password(SERVICE, login)


PASSWORDS = PasswordStore()
"""The process's one store (the window and the command line share the keyring anyway)."""
