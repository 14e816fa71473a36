"""Passwords of server accounts for plans on a server: in the system keyring, never in a plan,
a URL kept, or settings (the keyring code is delivery's ``credentials``, shared with CalDAV and
SMTP logins; storage never imports it, it gets the password with the plan's location).

One password per user account on a server (``user@host:port``), whichever plan or database.
Without a keyring entry, libpq's own ways apply: ``PGPASSWORD``, the ``~/.pgpass`` file, or a
server that trusts the connection.
"""

from __future__ import annotations

import dataclasses
from typing import TypeVar

from desktop_app.domain.plan_location import ServerPlan

LOGIN_KIND = "postgresql"
L = TypeVar("L")


def login_of(plan: ServerPlan) -> str:
    """The keyring's name of the plan's account: 'postgresql host:5432 dplan'."""
    from desktop_app.delivery.credentials import account

    return account(LOGIN_KIND, plan.server, plan.user)


def with_stored_password(location: L) -> L:
    """A server plan's location with the keyring's password for its account (unless the URL
    typed one); anything else unchanged. The password never shows in ``str()``."""
    if not isinstance(location, ServerPlan) or location.password:
        return location
    from desktop_app.delivery.credentials import PASSWORDS

    password = PASSWORDS.get(login_of(location))
    return dataclasses.replace(location, password=password) if password else location


def check_and_store_password(plan: ServerPlan, password: str) -> bool:
    """Connect with ``password`` (a wrong one is refused with the server's reason, nothing
    stored), then keep it for the plan's account: True when the system keyring holds it, False
    when there is no keyring and only this process remembers it."""
    from desktop_app.delivery.credentials import PASSWORDS
    from desktop_app.storage.server_backend import check_connection

    check_connection(dataclasses.replace(plan, password=password))
    return PASSWORDS.keep(login_of(plan), password)


def forget_password(plan: ServerPlan) -> bool:
    """Remove the account's password; False when none was stored."""
    from desktop_app.delivery.credentials import PASSWORDS

    login = login_of(plan)
    had = PASSWORDS.get(login) is not None
    PASSWORDS.forget(login)
    return had


def has_stored_password(plan: ServerPlan) -> bool:
    from desktop_app.delivery.credentials import PASSWORDS

    return PASSWORDS.get(login_of(plan)) is not None


def keyring_problem() -> str | None:
    """Why the system keyring could not be used last time, None while it works."""
    from desktop_app.delivery.credentials import PASSWORDS

    return PASSWORDS.keyring_problem
