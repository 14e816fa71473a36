"""A keyring that lives in memory: the tests never read or write the developer's own keyring."""

from __future__ import annotations

import keyring
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


KEYRING_SERVICE = "Delegation Planner"
"""As ``delivery.credentials.SERVICE``."""
TEST_KEYRING = MemoryKeyring()
"""The one keyring of a test run, set here (not in conftest.py, which pytest may import twice:
as ``conftest`` and, from a test, as ``tests.conftest``)."""
keyring.set_keyring(TEST_KEYRING)
