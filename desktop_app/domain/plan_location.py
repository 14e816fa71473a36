"""Where a plan lives: a file, or a plan on a PostgreSQL server named by a URL.

``postgresql://user@host:port/dbname?plan=NAME&sslmode=require`` names the plan NAME in that
database: each plan is one schema of the database (``public`` without ``?plan=``), so one
database holds as many plans as a team wants. Options libpq knows (``sslmode``, ``sslrootcert``,
``connect_timeout`` ...) pass through to the connection. A password in the URL is kept for that
connection only: the URL shown, remembered and written anywhere never carries it (the system
keyring holds it, see ``services.credentials_service``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

from .errors import DomainError

SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")
DEFAULT_PORT = 5432
DEFAULT_PLAN = "public"
PLAN_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")
"""A plan's name on a server is its schema's: lower-case letters, digits and underscores."""
PASSED_OPTIONS = frozenset({
    "sslmode", "sslrootcert", "sslcert", "sslkey", "sslpassword", "sslcrl", "sslnegotiation", "connect_timeout",
    "application_name", "target_session_attrs", "gssencmode", "channel_binding", "options", "passfile",
    "keepalives", "keepalives_idle", "keepalives_interval", "keepalives_count", "tcp_user_timeout", "service",
})


class PlanLocationError(DomainError):
    """A text that names neither a plan file nor a plan on a server."""


@dataclass(frozen=True, slots=True)
class ServerPlan:
    """A plan on a PostgreSQL server; ``str()`` is its URL without the password."""

    host: str
    database: str
    user: str = ""
    port: int = DEFAULT_PORT
    plan: str = DEFAULT_PLAN
    options: tuple[tuple[str, str], ...] = ()
    """libpq connection options from the URL's query (``sslmode`` ...), sorted."""
    password: str = field(default="", compare=False, repr=False)
    """Only when typed in the URL; never part of the URL shown."""

    def __str__(self) -> str:
        user = f"{quote(self.user, safe='')}@" if self.user else ""
        host = f"[{self.host}]" if ":" in self.host else self.host
        query = [("plan", self.plan)] if self.plan != DEFAULT_PLAN else []
        query += list(self.options)
        tail = f"?{urlencode(query)}" if query else ""
        return f"postgresql://{user}{host}:{self.port}/{quote(self.database, safe='')}{tail}"

    @property
    def account(self) -> str:
        """Whose password the keyring holds: one per user on a server, whichever plan."""
        return f"{self.user}@{self.host}:{self.port}"

    @property
    def name(self) -> str:
        """A short name for titles and messages."""
        return self.plan if self.plan != DEFAULT_PLAN else self.database

    @property
    def server(self) -> str:
        return f"{self.host}:{self.port}"


PlanLocation = Path | ServerPlan


def is_server_url(text: str) -> bool:
    return text.strip().lower().split(":", 1)[0] in SCHEMES and "://" in text


def parse_plan_location(text: str | Path) -> PlanLocation:
    """A plan file's path, or the plan a ``postgresql://`` URL names."""
    if isinstance(text, Path):
        return text
    if not is_server_url(text):
        return Path(text).expanduser()
    return parse_server_url(text)


def parse_server_url(text: str) -> ServerPlan:
    url = text.strip()
    try:
        parts = urlsplit(url)
        port = parts.port or DEFAULT_PORT
    except ValueError as error:
        raise PlanLocationError(f"'{_without_password(url)}' is not a server address ({error})") from None
    host = parts.hostname or ""
    database = unquote(parts.path.lstrip("/"))
    if not host:
        raise PlanLocationError(f"'{_without_password(url)}' names no server: postgresql://user@host:port/dbname")
    if not database or "/" in database:
        raise PlanLocationError(f"'{_without_password(url)}' names no database: postgresql://user@host:port/dbname")
    plan = DEFAULT_PLAN
    options: dict[str, str] = {}
    for key, value in parse_qsl(parts.query, keep_blank_values=True):
        if key == "plan":
            plan = value.strip()
        elif key in PASSED_OPTIONS:
            options[key] = value
        else:
            raise PlanLocationError(f"'{key}' is not an option of a plan's address (plan, sslmode, sslrootcert, "
                                    "connect_timeout, ... as libpq knows them)")
    if not PLAN_NAME.fullmatch(plan):
        raise PlanLocationError(f"'{plan}' cannot name a plan on a server: use lower-case letters, digits and "
                                "underscores, starting with a letter (e.g. ?plan=filmart_2025)")
    return ServerPlan(host=host, database=database, user=unquote(parts.username or ""), port=port, plan=plan,
                      options=tuple(sorted(options.items())), password=unquote(parts.password or ""))


def _without_password(url: str) -> str:
    return re.sub(r"(://[^:/@]*):[^@/]*@", r"\1@", url)


def describe_location(location: PlanLocation) -> str:
    """How a person reads where the plan is (a URL never shows its password)."""
    return str(location)
