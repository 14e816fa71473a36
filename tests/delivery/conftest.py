"""Delivery tests run against real servers on loopback and an in-memory keyring."""

from __future__ import annotations

import ssl
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from tests.delivery.servers import Radicale, Smtp, self_signed_certificate


class MemoryKeyring(KeyringBackend):
    """A keyring in a dict: the tests' stand-in for the system's (never keyrings.alt)."""

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


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    from desktop_app.delivery.credentials import PASSWORDS

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    PASSWORDS._memory.clear()
    yield backend
    keyring.set_keyring(previous)
    PASSWORDS._memory.clear()


@pytest.fixture(scope="module")
def radicale(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Radicale]:
    server = Radicale(tmp_path_factory.mktemp("radicale")).start()
    yield server
    server.stop()


@pytest.fixture
def smtp() -> Iterator[Smtp]:
    server = Smtp.start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return self_signed_certificate(tmp_path_factory.mktemp("tls"))


@pytest.fixture
def smtp_starttls(certificate: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> Iterator[Smtp]:
    cert, key = certificate
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))  # the client trusts this one certificate
    server = Smtp.start(context)
    yield server
    server.stop()
