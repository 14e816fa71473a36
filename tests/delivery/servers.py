"""Real servers for the delivery tests, on loopback: Radicale (a process) and aiosmtpd (a thread)."""

from __future__ import annotations

import socket
import ssl
import subprocess
import sys
import time
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import niquests
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, Envelope, LoginPassword, Session

USER, PASSWORD = "manager", "s3cret-dav"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Radicale:
    """A Radicale server with its own storage folder; ``url`` is its root."""

    folder: Path
    port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def start(self) -> Radicale:
        users = self.folder / "users"
        users.write_text(f"{USER}:{PASSWORD}\n", encoding="utf-8")
        config = self.folder / "config"
        config.write_text(
            f"[server]\nhosts = 127.0.0.1:{self.port}\n"
            f"[auth]\ntype = htpasswd\nhtpasswd_filename = {users}\nhtpasswd_encryption = plain\n"
            f"[storage]\nfilesystem_folder = {self.folder / 'collections'}\n"
            "[logging]\nlevel = warning\n", encoding="utf-8")
        with (self.folder / "radicale.log").open("ab") as log:  # the child keeps its own copy
            self.process = subprocess.Popen([sys.executable, "-m", "radicale", "--config", str(config)],
                                            stdout=log, stderr=log)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"Radicale exited: {(self.folder / 'radicale.log').read_text()}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    return self
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("Radicale did not start in 20 s")

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)
            self.process = None

    def get(self, url: str) -> niquests.Response:
        return niquests.get(url, auth=(USER, PASSWORD), timeout=10)

    def resources(self, collection_url: str) -> dict[str, bytes]:
        """Every resource of a collection, by file name, as the server stores it."""
        body = ('<?xml version="1.0"?><d:propfind xmlns:d="DAV:"><d:prop><d:getetag/></d:prop></d:propfind>')
        response = niquests.request("PROPFIND", collection_url, auth=(USER, PASSWORD), data=body,
                                    headers={"Depth": "1"}, timeout=10)
        assert response.status_code == 207, response.status_code
        from xml.etree import ElementTree

        hrefs = [element.text or "" for element in ElementTree.fromstring(response.content).iter("{DAV:}href")]
        found = {}
        for href in hrefs:
            if href.endswith(".ics"):
                found[href.rsplit("/", 1)[1]] = self.get(f"{self.url.rstrip('/')}{href}").content
        return found


class Inbox:
    """aiosmtpd handler that keeps every message it is handed, parsed."""

    def __init__(self) -> None:
        self.messages: list[tuple[Envelope, EmailMessage]] = []

    async def handle_DATA(self, server: object, session: Session, envelope: Envelope) -> str:
        data = envelope.original_content or envelope.content
        assert isinstance(data, bytes)
        message = message_from_bytes(data, policy=policy.default)
        assert isinstance(message, EmailMessage)
        self.messages.append((envelope, message))
        return "250 OK"


def _authenticate(server: object, session: Session, envelope: Envelope, mechanism: str,
                  auth_data: object) -> AuthResult:
    ok = isinstance(auth_data, LoginPassword) and (auth_data.login, auth_data.password) == (b"manager", b"mail-pw")
    return AuthResult(success=ok, handled=False)  # handled=False: aiosmtpd answers 535 itself


@dataclass
class Smtp:
    """An SMTP server thread; with ``tls_context``, STARTTLS (required before AUTH)."""

    inbox: Inbox
    controller: Controller
    port: int

    @classmethod
    def start(cls, tls_context: ssl.SSLContext | None = None) -> Smtp:
        inbox = Inbox()
        port = free_port()
        controller = Controller(inbox, hostname="localhost", port=port, tls_context=tls_context,
                                require_starttls=tls_context is not None, authenticator=_authenticate,
                                auth_require_tls=tls_context is not None)
        controller.start()
        return cls(inbox, controller, port)

    def stop(self) -> None:
        self.controller.stop()


def self_signed_certificate(folder: Path) -> tuple[Path, Path]:
    """A certificate for 'localhost' (openssl), and its key: tests trust it via SSL_CERT_FILE."""
    cert, key = folder / "localhost.pem", folder / "localhost.key"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=localhost",
                    "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
                   check=True, capture_output=True)
    return cert, key
