"""Delivery failures, each said in one line a manager can act on."""

from __future__ import annotations


class DeliveryError(Exception):
    """Sending failed: the server refused, could not be reached, or the data was refused."""


class AuthenticationFailed(DeliveryError):
    """The server did not accept the user name and password: nothing else will work either."""


class CollectionMissing(DeliveryError):
    """The calendar collection is gone from the server (deleted there): it must be made again."""
