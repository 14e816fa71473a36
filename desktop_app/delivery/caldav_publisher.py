"""Publishing calendar resources to a CalDAV server (RFC 4791) with the ``caldav`` library.

One collection per calendar, each event a resource named by its UID. The bytes are sent as
they are (``save(raw_data=...)``: no re-serialisation, no SEQUENCE bump; ``increase_seqno=False``
as well, since the plan owns SEQUENCE) and without preconditions: the plan is the only writer,
and a resource sent again after an interruption must simply be overwritten. Every HTTP request
is counted, so a re-publish can show it sent one PUT per changed resource and nothing else.
"""

from __future__ import annotations

import ipaddress
import secrets
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlsplit

from caldav.calendarobjectresource import Event
from caldav.collection import Calendar
from caldav.davclient import DAVClient
from caldav.lib import error as caldav_error

from desktop_app.formats.ics_check import InvalidResource, check_resource

from .errors import AuthenticationFailed, CollectionMissing, DeliveryError

TIMEOUT_SECONDS = 30


def is_loopback(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_server_url(url: str) -> str:
    """The URL, or a DeliveryError: https, or http on this machine only (passwords travel)."""
    url = (url or "").strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise DeliveryError(f"'{url}' is not a server address; give one such as https://dav.example.com/dav/")
    if parts.scheme == "http" and not is_loopback(url):
        raise DeliveryError(f"{url}: the password would travel unencrypted; use https://")
    return url if url.endswith("/") else url + "/"


def collection_id(name: str) -> str:
    """A collection's last path segment: a readable stem and a random part, so that the
    subscription URL (readable without a password where the server allows it) cannot be guessed."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    stem = "-".join("".join(c.lower() if c.isalnum() else " " for c in ascii_name).split())[:40] or "calendar"
    return f"{stem}-{secrets.token_hex(8)}"


def resource_name(uid: str) -> str:
    """The resource's file name: its UID, percent-encoded (its "@" and "/" too), with ".ics"."""
    return quote(uid, safe="") + ".ics"


def webcal_url(url: str) -> str:
    """The same address for Apple's "subscribe" links (webcal://, or webcals:// for https)."""
    scheme, rest = url.split("://", 1)
    return f"{'webcals' if scheme == 'https' else 'webcal'}://{rest}"


@dataclass(frozen=True, slots=True)
class PutResult:
    etag: str


class CalDAVSession:
    """A logged-in connection to one server, counting the HTTP requests it sends."""

    def __init__(self, url: str, user: str, password: str) -> None:
        self.url = check_server_url(url)
        self.requests = 0
        self._client = DAVClient(self.url, username=user, password=password, auth_type="basic",
                                        enable_rfc6764=False, timeout=TIMEOUT_SECONDS)
        self._client.session.hooks.setdefault("response", []).append(self._count)
        self._principal: Any = None

    def _count(self, response: Any, *_args: Any, **_kwargs: Any) -> None:
        self.requests += 1

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> CalDAVSession:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def login(self) -> None:
        """Find the user's principal (one PROPFIND): proves the password before anything is sent."""
        with _translated(self.url):
            self._principal = self._client.principal()  # type: ignore[no-untyped-call]

    def make_collection(self, name: str, display_name: str) -> str:
        """Create a calendar collection under the user's calendar home; returns its URL."""
        with _translated(self.url):
            if self._principal is None:
                self._principal = self._client.principal()  # type: ignore[no-untyped-call]
            calendar = self._principal.make_calendar(name=display_name, cal_id=name,
                                                     supported_calendar_component_set=["VEVENT"])
        return str(calendar.url)

    def put(self, collection_url: str, uid: str, data: bytes) -> PutResult:
        """PUT one resource (checked first); raises CollectionMissing if the collection is gone."""
        try:
            check_resource(data, uid)
        except InvalidResource as problem:
            raise DeliveryError(f"not sent, the calendar data is wrong: {problem}") from None
        event = self._resource(collection_url, uid)
        with _translated(collection_url):
            event.save(raw_data=data, increase_seqno=False)
        return PutResult(event.etag or "")

    def _resource(self, collection_url: str, uid: str) -> Event:
        url = collection_url if collection_url.endswith("/") else collection_url + "/"
        return Event(client=self._client, parent=Calendar(client=self._client, url=url), url=url + resource_name(uid))

    def delete(self, collection_url: str, uid: str) -> None:
        event = self._resource(collection_url, uid)
        with _translated(collection_url), suppress(caldav_error.NotFoundError):  # gone already: what we wanted
            event.delete()


@contextmanager
def _translated(where: str) -> Iterator[None]:
    """caldav's and niquests' errors as one-line DeliveryErrors."""
    try:
        yield
    except caldav_error.AuthorizationError as problem:
        if problem.status == 401:
            raise AuthenticationFailed(f"{where}: the server did not accept the user name and password") from None
        raise DeliveryError(f"{where}: the server refused access ({problem.status or problem.reason})") from None
    except caldav_error.DAVError as problem:
        if problem.status in (404, 409) and isinstance(problem, caldav_error.PutError):
            raise CollectionMissing(f"{where}: the calendar is missing on the server") from None
        status = f"HTTP {problem.status}" if problem.status else problem.reason
        raise DeliveryError(f"{where}: the server refused the request ({status})") from None
    except OSError as problem:  # niquests' ConnectionError and Timeout are OSErrors
        raise DeliveryError(f"{where}: cannot reach the server ({_short(problem)})") from None


def _short(problem: Exception) -> str:
    text = str(problem)
    for marker in ("Connection refused", "timed out", "Name or service not known", "No route to host",
                   "certificate verify failed"):
        if marker.casefold() in text.casefold():
            return marker
    return text.splitlines()[0][:160] if text else type(problem).__name__
