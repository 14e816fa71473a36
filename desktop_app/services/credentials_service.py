"""Passwords of server accounts: checked against the server, then kept in the system keyring."""

from __future__ import annotations

import dataclasses

from desktop_app.domain.plan_location import ServerPlan
from desktop_app.storage import credentials
from desktop_app.storage.server_backend import check_connection


def check_and_store_password(plan: ServerPlan, password: str) -> None:
    """Connect with ``password`` (a wrong one is refused with the server's reason, nothing
    stored), then keep it in the keyring for the plan's account."""
    check_connection(dataclasses.replace(plan, password=password))
    credentials.store_password(plan, password)


def forget_password(plan: ServerPlan) -> bool:
    return credentials.forget_password(plan)


def has_stored_password(plan: ServerPlan) -> bool:
    return credentials.stored_password(plan) is not None
