"""Passwords for plans on a server: in the system keyring, never in a plan, a URL kept or settings.

One password per user account on a server (``user@host:port``), whichever plan or database.
Without a keyring (a headless machine, CI) or without an entry, libpq's own ways apply:
``PGPASSWORD``, the ``~/.pgpass`` file, or a server that trusts the connection.
"""

from __future__ import annotations

import logging

from desktop_app.domain.plan_location import ServerPlan

from .errors import StorageError

log = logging.getLogger(__name__)

KEYRING_SERVICE = "delegation-planner"


def stored_password(plan: ServerPlan) -> str | None:
    """The keyring's password for the plan's account, or None (no keyring, no entry)."""
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:  # pragma: no cover - keyring is a dependency
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, plan.account)
    except KeyringError as error:
        log.info("no password from the keyring for %s: %s", plan.account, error)
        return None
    except Exception as error:  # a backend's own failure (D-Bus gone): libpq's ways still apply
        log.warning("the keyring failed for %s: %s", plan.account, error)
        return None


def store_password(plan: ServerPlan, password: str) -> None:
    """Keep ``password`` for the plan's account in the system keyring."""
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, plan.account, password)
    except KeyringError as error:
        raise StorageError(f"the system keyring cannot store the password for {plan.account} ({error}); "
                           "use PGPASSWORD or a ~/.pgpass file instead") from None


def forget_password(plan: ServerPlan) -> bool:
    """Remove the account's password from the keyring; False when there was none."""
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        keyring.delete_password(KEYRING_SERVICE, plan.account)
    except PasswordDeleteError:
        return False
    except KeyringError as error:
        raise StorageError(f"the system keyring cannot be changed ({error})") from None
    return True
