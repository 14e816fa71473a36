"""A real PostgreSQL server for the tests: initdb in a temporary folder, on a loopback port,
stopped at the end. Debian's ``postgresql`` package provides the binaries (``.ci/run`` installs
it). The server refuses to run as root, so as root it runs as the package's ``postgres`` user.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest

SUPERUSER = "dplan"
PASSWORD = "s3cret-plan"
DATABASE = "plans"


def _bin_folder() -> Path:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"), key=lambda p: int(p.parts[-3]))
    if not found:
        on_path = shutil.which("pg_ctl")
        if on_path is None:
            pytest.fail("PostgreSQL's server binaries are missing: install the Debian package 'postgresql' "
                        "(.ci/run does)")
        return Path(on_path).parent
    return found[-1].parent


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class PostgresServer:
    def __init__(self, *, durable: bool = False) -> None:
        self.bin = _bin_folder()
        self.root = Path(tempfile.mkdtemp(prefix="dplan-pg-"))
        self.root.chmod(0o755)
        self.data = self.root / "data"
        self.port = _free_port()
        self.durable = durable
        self._as_user: list[str] = []
        if os.geteuid() == 0:
            if shutil.which("runuser") is None:
                pytest.fail("running the tests as root needs runuser (util-linux) to start PostgreSQL")
            subprocess.run(["id", "postgres"], check=True, capture_output=True)
            self._as_user = ["runuser", "-u", "postgres", "--"]
            shutil.chown(self.root, "postgres")

    def _run(self, *command: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*self._as_user, *command], check=True, capture_output=True, text=True,
                              env={**os.environ, "LC_ALL": "C.UTF-8"})

    def start(self) -> PostgresServer:
        if not self.data.exists():
            password_file = self.root / "password"
            password_file.write_text(PASSWORD + "\n")
            if self._as_user:
                shutil.chown(password_file, "postgres")
            self._run(str(self.bin / "initdb"), "-D", str(self.data), "-U", SUPERUSER, f"--pwfile={password_file}",
                      "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--no-sync")
        settings = [f"-p {self.port}", f"-k {self.root}", "-c listen_addresses=127.0.0.1",
                    "-c max_connections=120", "-c deadlock_timeout=300ms"]
        if not self.durable:
            settings += ["-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off"]
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-l", str(self.root / "server.log"), "-w",
                  "-t", "60", "-o", " ".join(settings), "start")
        return self

    def stop(self) -> None:
        if (self.data / "postmaster.pid").exists():
            self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop")

    def remove(self) -> None:
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)

    def sql(self, statement: str, database: str = "postgres") -> None:
        """Run one statement as the superuser, outside any transaction (CREATE DATABASE ...)."""
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=self.port, user=SUPERUSER, password=PASSWORD,
                             dbname=database, autocommit=True) as connection:
            connection.execute(statement)  # type: ignore[arg-type]

    def url(self, plan: str = "", database: str = DATABASE, user: str = SUPERUSER) -> str:
        tail = f"?plan={plan}" if plan else ""
        return f"postgresql://{user}@127.0.0.1:{self.port}/{database}{tail}"

    def environment(self) -> dict[str, str]:
        """For child processes: libpq's password variable (they have no keyring of the tests)."""
        return {**os.environ, "PGPASSWORD": PASSWORD, "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
