"""publish (calendars to a CalDAV server) and send-invitations (iTIP e-mails).

Passwords come from DELEGATION_PLANNER_CALDAV_PASSWORD / DELEGATION_PLANNER_SMTP_PASSWORD or the
system keyring, or are asked for on a terminal (and then kept in the keyring); never from an
argument, which other users of the machine can read.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import Any

from .output import print_json


def register(commands: argparse._SubParsersAction,  # type: ignore[type-arg]
             export_kinds: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    publish = commands.add_parser(
        "publish",
        help="publish every delegate's calendar to a CalDAV server (phones subscribe to it)",
        description="Publish each delegate's calendar (and each delegation's) to a CalDAV server: one "
        "calendar per delegate, made if missing; only what changed since the last publish is sent. "
        "The server and user are remembered in the plan; the password comes from the system keyring "
        "or DELEGATION_PLANNER_CALDAV_PASSWORD.",
    )
    publish.add_argument("plan", type=Path)
    publish.add_argument("--server", metavar="URL", help="the CalDAV server, e.g. https://dav.example.com/dav/")
    publish.add_argument("--user", metavar="NAME", help="the user name on the server")
    publish.add_argument("--delegate", action="append", metavar="EMAIL|NAME",
                         help="only this delegate's calendar (repeatable; default: everyone and every delegation)")
    publish.add_argument("--dry-run", action="store_true", help="say what would be sent; contact nobody")
    publish.add_argument("--json", action="store_true", help="per calendar what was sent, as JSON")
    publish.set_defaults(handler=run_publish)

    send = commands.add_parser(
        "send-invitations",
        help="e-mail each delegate their new, changed and cancelled activities as invitations",
        description="Send each delegate one invitation e-mail (iTIP METHOD:REQUEST, or CANCEL) per activity "
        "that changed since the last sending. The server settings are remembered in the plan; the "
        "password comes from the system keyring or DELEGATION_PLANNER_SMTP_PASSWORD.",
    )
    send.add_argument("plan", type=Path)
    send.add_argument("--smtp", metavar="HOST:PORT", help="the mail server (port default: 587, 465 with tls)")
    send.add_argument("--from", dest="sender", metavar="ADDRESS", help="the manager's address (the organizer)")
    send.add_argument("--user", metavar="NAME", help="log in as NAME (default: no login)")
    send.add_argument("--security", choices=["starttls", "tls", "none"], help="default starttls")
    send.add_argument("--delegate", action="append", metavar="EMAIL|NAME", help="only this delegate (repeatable)")
    send.add_argument("--dry-run", type=Path, metavar="OUTDIR",
                      help="write the messages as .eml files into OUTDIR instead of sending them")
    send.add_argument("--json", action="store_true", help="per delegate what was sent, as JSON")
    send.set_defaults(handler=run_send_invitations)


def _password(service: Any, server: str, user: str) -> str | None:
    from desktop_app.services.delivery import passwords

    found = passwords.find_password(service, server, user)
    if found or not (sys.stdin.isatty() and sys.stderr.isatty()):
        return found
    try:
        typed = getpass.getpass(f"Password for {user} at {server}: ", stream=sys.stderr)
    except (EOFError, KeyboardInterrupt):
        return None
    if typed and not passwords.keep_password(service, server, user, typed):
        print(f"delegation-planner: note: no system keyring ({passwords.keyring_problem()}); the password is "
              "not kept", file=sys.stderr)
    return typed or None


def run_publish(args: argparse.Namespace) -> int:
    from desktop_app.services import plan_service
    from desktop_app.services.delivery import passwords, publishing

    with plan_service.open_plan(args.plan) as store:
        settings = store.read().delivery.settings
        server, user = publishing.resolve_server(args.server or settings.caldav_url, args.user or settings.caldav_user)
        password = None if args.dry_run else _password(passwords.Service.CALDAV, server, user)
        report, _changes = publishing.publish(store, server=server, user=user, password=password,
                                              delegates=args.delegate, dry_run=args.dry_run)
    return _print(report, args.json)


def run_send_invitations(args: argparse.Namespace) -> int:
    from desktop_app.services import plan_service
    from desktop_app.services.delivery import invitations, passwords

    with plan_service.open_plan(args.plan) as store:
        settings = store.read().delivery.settings
        server = invitations.resolve_smtp(settings, args.smtp, args.sender, args.user, args.security)
        password = None
        if server.user and args.dry_run is None:
            password = _password(passwords.Service.SMTP, server.host, server.user)
        report, _changes = invitations.send_invitations(
            store, smtp=args.smtp, sender=args.sender, user=args.user, security=args.security,
            password=password, delegates=args.delegate, dry_run=args.dry_run)
    return _print(report, args.json)


def _print(report: Any, as_json: bool) -> int:
    if as_json:
        print_json(report.as_json())
    else:
        verb = "would send" if report.dry_run else "sent"
        for outcome in report.outcomes:
            where = f" → {outcome.subscription_url or outcome.address}" if (outcome.subscription_url
                                                                           or outcome.address) else ""
            print(f"{outcome.name}: {outcome.summary()}{where}")
        unit = "requests" if report.channel.value == "caldav" else "messages"
        print(f"{len(report.outcomes)} calendar(s); {report.requests} {unit} {verb} to {report.server} "
              f"in {report.seconds:.1f} s")
    for outcome in report.failed:
        print(f"delegation-planner: error: {outcome.name}: {outcome.error}", file=sys.stderr)
    return 1 if report.failed else 0
