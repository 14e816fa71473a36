"""Invitation e-mails (iTIP over SMTP): the MIME shape mail clients act on, and sending it.

Gmail and Outlook read the calendar only from an inline ``text/calendar; method=...`` part, so
each message is::

    multipart/mixed
      multipart/alternative
        text/plain                                   what changed, readable anywhere
        text/html                                    the same
        text/calendar; method=REQUEST|CANCEL         the iTIP object (base64 of the bytes)
      application/ics; name=invite.ics (attachment)  the same bytes, for clients that import files

The calendar part is given as bytes: a str part with base64 turns CRLF into LF.
"""

from __future__ import annotations

import smtplib
import ssl
from dataclasses import dataclass
from datetime import datetime
from email.headerregistry import Address as MailAddress
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from email.utils import format_datetime, make_msgid
from pathlib import Path

from desktop_app.domain.delivery import SmtpSecurity

from .caldav_publisher import is_loopback
from .errors import AuthenticationFailed, DeliveryError

TIMEOUT_SECONDS = 30
DEFAULT_PORTS = {SmtpSecurity.STARTTLS: 587, SmtpSecurity.TLS: 465, SmtpSecurity.NONE: 25}


@dataclass(frozen=True, slots=True)
class Invitation:
    sender_email: str
    sender_name: str
    to_email: str
    to_name: str
    subject: str
    text: str
    html: str
    calendar: bytes
    method: str
    """REQUEST or CANCEL: the calendar part's ``method`` parameter, as in its METHOD line."""
    sent_at: datetime


def _address(name: str, email: str) -> MailAddress:
    user, _, domain = email.rpartition("@")
    if not user or not domain:
        raise DeliveryError(f"'{email}' is not an e-mail address")
    return MailAddress(display_name=name, username=user, domain=domain)


def invitation_message(invitation: Invitation) -> EmailMessage:
    message = EmailMessage()
    message["From"] = _address(invitation.sender_name, invitation.sender_email)
    message["To"] = _address(invitation.to_name, invitation.to_email)
    message["Subject"] = invitation.subject
    message["Date"] = format_datetime(invitation.sent_at)
    message["Message-ID"] = make_msgid(domain=invitation.sender_email.rpartition("@")[2])
    message.set_content(invitation.text)
    message.add_alternative(invitation.html, subtype="html")
    message.add_alternative(invitation.calendar, maintype="text", subtype="calendar",
                            params={"method": invitation.method, "charset": "UTF-8"})
    message.add_attachment(invitation.calendar, maintype="application", subtype="ics", filename="invite.ics")
    return message


def message_bytes(message: EmailMessage) -> bytes:
    """The message as it goes on the wire (CRLF line ends): also the .eml of a dry run."""
    return message.as_bytes(policy=SMTP_POLICY)


def write_eml(path: Path, message: EmailMessage) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial")
    partial.write_bytes(message_bytes(message))
    partial.replace(path)
    return path


class SmtpSender:
    """One SMTP connection for a run of messages (STARTTLS, implicit TLS, or plain on loopback)."""

    def __init__(self, host: str, port: int | None, security: SmtpSecurity, user: str = "",
                 password: str | None = None) -> None:
        if security is SmtpSecurity.NONE and user and not is_loopback(f"smtp://{host}"):
            raise DeliveryError(f"{host}: the password would travel unencrypted; use --security starttls or tls")
        self.host, self.port, self.security = host, port or DEFAULT_PORTS[security], security
        self.user, self._password = user, password
        self.sent = 0
        self._smtp: smtplib.SMTP | None = None

    @property
    def where(self) -> str:
        return f"{self.host}:{self.port}"

    def __enter__(self) -> SmtpSender:
        try:
            context = ssl.create_default_context()
            if self.security is SmtpSecurity.TLS:
                smtp: smtplib.SMTP = smtplib.SMTP_SSL(self.host, self.port, timeout=TIMEOUT_SECONDS, context=context)
            else:
                smtp = smtplib.SMTP(self.host, self.port, timeout=TIMEOUT_SECONDS)
            self._smtp = smtp
            if self.security is SmtpSecurity.STARTTLS:
                smtp.starttls(context=context)
            if self.user:
                smtp.login(self.user, self._password or "")
        except smtplib.SMTPAuthenticationError:
            self._close()
            raise AuthenticationFailed(f"{self.where}: the server did not accept the user name and password") from None
        except smtplib.SMTPNotSupportedError as problem:
            self._close()
            raise DeliveryError(f"{self.where}: {problem} (try another --security)") from None
        except (smtplib.SMTPException, OSError) as problem:
            self._close()
            raise DeliveryError(f"{self.where}: cannot talk to the mail server ({_short(problem)})") from None
        return self

    def send(self, message: EmailMessage) -> None:
        assert self._smtp is not None, "use SmtpSender in a with block"
        try:
            refused = self._smtp.send_message(message)
        except smtplib.SMTPRecipientsRefused as problem:
            raise DeliveryError(f"{self.where}: the server refused {', '.join(problem.recipients)}") from None
        except (smtplib.SMTPException, OSError) as problem:
            raise DeliveryError(f"{self.where}: the message was not sent ({_short(problem)})") from None
        if refused:
            raise DeliveryError(f"{self.where}: the server refused {', '.join(refused)}")
        self.sent += 1

    def __exit__(self, *_exc: object) -> None:
        if self._smtp is not None:
            try:
                self._smtp.quit()
            except (smtplib.SMTPException, OSError):
                self._close()
            self._smtp = None

    def _close(self) -> None:
        if self._smtp is not None:
            self._smtp.close()
            self._smtp = None


def _short(problem: Exception) -> str:
    text = str(problem) or type(problem).__name__
    return text.splitlines()[0][:160]
