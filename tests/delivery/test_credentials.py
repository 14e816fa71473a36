"""Passwords: environment variable, then keyring; memory when the keyring fails; never the plan."""

from __future__ import annotations

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import NoKeyringError

from desktop_app.services.delivery import passwords
from tests.delivery.conftest import MemoryKeyring


class NoBackend(KeyringBackend):
    """What a headless machine has: every call raises NoKeyringError."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise NoKeyringError("No recommended backend was available")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise NoKeyringError("No recommended backend was available")

    def delete_password(self, service: str, username: str) -> None:
        raise NoKeyringError("No recommended backend was available")


def test_kept_in_the_keyring_and_found_again(memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DELEGATION_PLANNER_CALDAV_PASSWORD", raising=False)
    service, server = passwords.Service.CALDAV, "https://dav.example/dav/"
    assert passwords.find_password(service, server, "manager") is None
    assert passwords.keep_password(service, server, "manager", "pw") is True
    assert memory_keyring.passwords == {("Delegation Planner", f"caldav {server} manager"): "pw"}
    assert passwords.find_password(service, server, "manager") == "pw"
    monkeypatch.setenv("DELEGATION_PLANNER_CALDAV_PASSWORD", "from-env")  # a script's wins
    assert passwords.find_password(service, server, "manager") == "from-env"
    passwords.forget_password(service, server, "manager")
    monkeypatch.delenv("DELEGATION_PLANNER_CALDAV_PASSWORD")
    assert passwords.find_password(service, server, "manager") is None


def test_without_a_keyring_the_password_lives_in_memory_for_the_session(
        memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DELEGATION_PLANNER_SMTP_PASSWORD", raising=False)
    keyring.set_keyring(NoBackend())
    service = passwords.Service.SMTP
    assert passwords.find_password(service, "smtp.example", "manager") is None
    assert "No recommended backend" in (passwords.keyring_problem() or "")
    assert passwords.keep_password(service, "smtp.example", "manager", "pw") is False
    assert passwords.find_password(service, "smtp.example", "manager") == "pw"


def test_no_command_takes_a_password_argument() -> None:
    from desktop_app.cli.main import build_parser

    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    for name in ("publish", "send-invitations"):
        options = {option for action in commands[name]._actions for option in action.option_strings}
        assert not any("pass" in option for option in options), options
