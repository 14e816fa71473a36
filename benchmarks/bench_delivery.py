"""Benchmark: publish a plan to a real Radicale server on loopback, then re-publish after one move.

    python -m benchmarks.bench_delivery [--plan demo|large] [--delegates 60] [--activities 5000]

Prints, for our ``publish``: seconds and HTTP requests from scratch, for an unchanged re-publish,
and for a re-publish after moving one activity two delegates share; beside it, the bare baseline
in the same run: the same resource bytes PUT one by one with a plain keep-alive HTTP session
(no change detection, no record), and what finding the changes costs (the data-layer check
against re-making every resource's bytes). Ends with the MIME structure of an invitation e-mail.
No assertion: timings vary by machine; Radicale serialises its writes.
"""

from __future__ import annotations

import argparse
import socket
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import niquests

from desktop_app.formats.ics_export import CalendarWriter
from desktop_app.services import plan_service
from desktop_app.services.delivery import invitations, publishing
from desktop_app.services.delivery.calendars import delegate_calendar
from desktop_app.services.editing.activities import shift_activities

from .generate_plan import generate_plan, write_plan_file

USER, PASSWORD = "bench", "bench-password"


def start_radicale(folder: Path) -> tuple[subprocess.Popen[bytes], str]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    (folder / "users").write_text(f"{USER}:{PASSWORD}\n", encoding="utf-8")
    config = folder / "config"
    config.write_text(f"[server]\nhosts = 127.0.0.1:{port}\n[auth]\ntype = htpasswd\n"
                      f"htpasswd_filename = {folder / 'users'}\nhtpasswd_encryption = plain\n"
                      f"[storage]\nfilesystem_folder = {folder / 'collections'}\n[logging]\nlevel = warning\n",
                      encoding="utf-8")
    process = subprocess.Popen([sys.executable, "-m", "radicale", "--config", str(config)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return process, f"http://127.0.0.1:{port}/"
        except OSError:
            time.sleep(0.05)
    process.terminate()
    raise RuntimeError("Radicale did not start")


def publish(store: object, url: str) -> tuple[float, int, int]:
    started = time.perf_counter()
    report, _ = publishing.publish(store, server=url, user=USER, password=PASSWORD)  # type: ignore[arg-type]
    seconds = time.perf_counter() - started
    assert not report.failed, [o.error for o in report.failed]
    return seconds, report.requests, sum(o.sent for o in report.outcomes)


def bare_baseline(store: object, url: str) -> tuple[float, int]:
    """The same bytes, one raw PUT each on one keep-alive session (plus one MKCALENDAR per calendar)."""
    plan = store.read()  # type: ignore[attr-defined]
    writer = CalendarWriter(plan, now=None)
    calendars = publishing.choose_calendars(plan, None)
    bodies = [(index, a.uid, writer.resource_bytes(a, c.delegate_id))
              for index, c in enumerate(calendars) for a in c.live if not a.is_cancelled]
    session = niquests.Session()
    session.auth = (USER, PASSWORD)
    requests = 0
    started = time.perf_counter()
    for index in range(len(calendars)):
        session.request("MKCALENDAR", f"{url}{USER}/baseline-{index}/")
        requests += 1
    for index, uid, body in bodies:
        response = session.put(f"{url}{USER}/baseline-{index}/{uid.replace('@', '%40')}.ics", data=body,
                               headers={"Content-Type": "text/calendar; charset=utf-8"})
        assert response.status_code in (201, 204), response.status_code
        requests += 1
    return time.perf_counter() - started, requests


def detection(store: object) -> tuple[float, float, int]:
    """Seconds to find what changed: from the data (the publish's way) and by re-making every resource."""
    plan = store.read()  # type: ignore[attr-defined]
    calendars = publishing.choose_calendars(plan, None)
    timings = []
    for full in (False, True):
        writer = CalendarWriter(plan, now=None)
        started = time.perf_counter()
        works = [publishing.plan_work(plan, c, writer, publishing.DEFAULT_ALARM_MINUTES, full=full) for c in calendars]
        timings.append(time.perf_counter() - started)
    assert works
    return timings[0], timings[1], sum(len(c.live) for c in calendars)


def mime_structure(message: EmailMessage, depth: int = 0) -> list[str]:
    line = "  " * depth + message.get_content_type()
    if message.get_param("method"):
        line += f"; method={message.get_param('method')}"
    if message.get_content_disposition() == "attachment":
        line += f"  (attachment: {message.get_filename()})"
    if not message.is_multipart():
        line += f"  [{message.get('Content-Transfer-Encoding', '7bit')}]"
    lines = [line]
    for part in message.iter_parts() if message.is_multipart() else ():
        lines.extend(mime_structure(part, depth + 1))  # type: ignore[arg-type]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plan", choices=["demo", "large"], default="demo")
    parser.add_argument("--delegates", type=int, default=60)
    parser.add_argument("--activities", type=int, default=5000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        path = folder / "plan.dplan"
        if args.plan == "demo":
            plan_service.create_plan(path, demo=True).close()
        else:
            write_plan_file(generate_plan(args.delegates, args.activities), path)
        process, url = start_radicale(folder)
        try:
            with plan_service.open_plan(path) as store:
                plan = store.read()
                calendars = publishing.choose_calendars(plan, None)
                resources = sum(1 for c in calendars for a in c.live if not a.is_cancelled)
                print(f"plan: {args.plan}, {len(plan.delegates)} delegates, {len(plan.delegations)} delegations, "
                      f"{len(plan.activities)} activities; {len(calendars)} calendars, {resources} resources")
                kim = next(d for d in plan.delegates if delegate_calendar(plan, d).live)
                with tempfile.TemporaryDirectory() as eml:
                    report, _ = invitations.send_invitations(store, smtp="localhost:25", sender="manager@example.org",
                                                             delegate_ids=[kim.id],  # type: ignore[list-item]
                                                             dry_run=Path(eml))
                    first = Path(report.outcomes[0].files[0])
                    message = message_from_bytes(first.read_bytes(), policy=policy.default)
                    print(f"invitation e-mail ({len(report.outcomes[0].files)} for {kim.name}), MIME structure:")
                    assert isinstance(message, EmailMessage)
                    for line in mime_structure(message):
                        print("  " + line)
                seconds, requests, sent = publish(store, url)
                print(f"publish from scratch:     {seconds:7.2f} s, {requests} requests ({sent} resources PUT)")
                base_seconds, base_requests = bare_baseline(store, url)
                print(f"bare baseline (raw PUTs): {base_seconds:7.2f} s, {base_requests} requests "
                      f"(ours/bare {seconds / base_seconds:.2f}x)")
                seconds, requests, sent = publish(store, url)
                print(f"re-publish, unchanged:    {seconds:7.3f} s, {requests} requests")
                plan = store.read()
                shared = next(a for a in plan.sorted_activities() if len(a.delegate_ids) == 2 and not a.is_cancelled
                              and len({plan.delegate_by_id[d].delegation_id for d in a.delegate_ids}) == 1)
                shift_activities(store, [shared.id], timedelta(minutes=30))  # type: ignore[list-item]
                seconds, requests, sent = publish(store, url)
                print(f"re-publish, one move:     {seconds:7.3f} s, {requests} requests "
                      f"('{shared.title}': 2 delegates' calendars + their delegation's; a publish that "
                      f"re-sent everything would take {resources} PUTs)")
                quick, full, events = detection(store)
                print(f"finding the changes:      {quick * 1000:7.1f} ms from the data; {full * 1000:.1f} ms "
                      f"re-making all {events} resources' bytes")
        finally:
            process.terminate()
            process.wait(timeout=10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
