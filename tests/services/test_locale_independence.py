"""What the app writes does not depend on the process locale.

Qt sets ``LC_TIME`` from the user's locale, and strftime's ``%a %b`` follow it (German "Mo 17 Mär",
Chinese "一 17 3月"). Every export below is made under "C", German and Hong Kong Chinese and must
come out the same: calendars byte for byte, PDFs as extracted text, reports and command-line
text character for character.
"""

from __future__ import annotations

import locale
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, time
from pathlib import Path
from typing import TypeVar

import pytest

from desktop_app.domain.people import Contact, Delegate
from desktop_app.domain.places import Market, Room, Venue
from desktop_app.domain.plan import Plan, PlanSettings
from desktop_app.domain.requests import MeetingRequest
from desktop_app.services import pdf_service, plan_service, schedule_service
from desktop_app.services.conflict_service import conflicts_in
from tests.conftest import FIXED_NOW, Cli
from tests.formats.pdf_sample import pdf_text

T = TypeVar("T")
LOCALES = ("de_DE.UTF-8", "zh_HK.UTF-8")
DATA = Path(__file__).resolve().parents[1] / "data" / "ics"


@contextmanager
def time_locale(name: str) -> Iterator[None]:
    saved = locale.setlocale(locale.LC_TIME)
    try:
        locale.setlocale(locale.LC_TIME, name)
    except locale.Error:
        pytest.fail(f"locale {name} is not installed (Debian: apt-get install locales-all)")
    try:
        yield
    finally:
        locale.setlocale(locale.LC_TIME, saved)


def in_each_locale(make: Callable[[], T]) -> dict[str, T]:
    """``make()`` under "C" and under each of ``LOCALES``."""
    results = {}
    for name in ("C", *LOCALES):
        with time_locale(name):
            if name != "C":
                assert f"{date(2025, 3, 17):%a %b}" != "Mon Mar"  # the locale is really in force
            results[name] = make()
    return results


def assert_same_in_every_locale(results: dict[str, dict[str, T]]) -> None:
    english = results["C"]
    assert english
    for name in LOCALES:
        assert results[name].keys() == english.keys(), name
        for key, value in english.items():
            assert results[name][key] == value, f"{key} under {name}"


def demo_plan(path: Path) -> Plan:
    with plan_service.open_plan(path) as store:
        return store.read()


def test_the_demo_pack_and_a_run_sheet_read_the_same_in_every_locale(demo_plan_file: Path, tmp_path: Path) -> None:
    plan = demo_plan(demo_plan_file)

    def pack() -> dict[str, bytes | str]:
        outdir = Path(tempfile.mkdtemp(dir=tmp_path))
        paths = pdf_service.export_pack(plan, outdir, now=FIXED_NOW)
        paths += pdf_service.export_pdfs(plan, outdir / "sheets", delegates=[plan.delegates[0].email],
                                         run_sheet=date(2025, 3, 18), now=FIXED_NOW)
        return {path.relative_to(outdir).as_posix(): pdf_text(path.read_bytes()) if path.suffix == ".pdf"
                else path.read_bytes() for path in paths}

    results = in_each_locale(pack)
    english = results["C"]
    assert any(name.endswith(".ics") for name in english) and any(name.endswith(".pdf") for name in english)
    assert any("Monday 17 March 2025" in text for text in english.values() if isinstance(text, str))
    assert_same_in_every_locale(results)


def test_import_reports_read_the_same_in_every_locale(demo_plan_copy: Path, tmp_path: Path, cli: Cli) -> None:
    programme = tmp_path / "haf.csv"
    programme.write_text("external_id,title,start,end,venue\n"
                         "HAF-X,HAF project pitch,2025-03-18T15:00,2025-03-18T16:00,HKCEC\n"
                         "HAF-Y,Late pitch dinner,2025-03-18T22:00,2025-03-19T01:00,HKCEC\n", encoding="utf-8")
    delegate = demo_plan(demo_plan_copy).delegates[0].email
    imports = {
        "programme.ics": ("import", str(demo_plan_copy), str(DATA / "programme_recurring.ics"), "--as", "programme"),
        "busy.ics": ("import", str(demo_plan_copy), str(DATA / "google_export.ics"), "--as", "availability",
                     "--delegate", delegate),
        "programme.csv": ("import", str(demo_plan_copy), str(programme), "--as", "programme"),
    }

    def reports() -> dict[str, tuple[int, str, str]]:
        return {name: cli(*argv, "--dry-run", *options) for name, argv in imports.items()
                for options in ((), ("--json",))}

    results = in_each_locale(reports)
    assert "Tue 18 Mar 15:00–16:00 HKT" in results["C"]["programme.csv"][1]
    assert_same_in_every_locale(results)


def test_command_line_text_and_conflicts_read_the_same_in_every_locale(demo_plan_file: Path, cli: Cli) -> None:
    plan = demo_plan(demo_plan_file)
    people = f"{plan.delegates[0].email},{plan.contacts[0].email}"

    def texts() -> dict[str, object]:
        return {
            "show": cli("show", str(demo_plan_file)),
            "conflicts": cli("conflicts", str(demo_plan_file)),
            "find-time": cli("find-time", str(demo_plan_file), "--with", people, "--minutes", "30"),
            "messages": [conflict.message for conflict in conflicts_in(plan)],
        }

    results = in_each_locale(texts)
    assert "17 Mar 2025" in str(results["C"]["show"])
    assert_same_in_every_locale(results)


def test_scheduler_proposals_and_reasons_read_the_same_in_every_locale() -> None:
    hk, day = "Asia/Hong_Kong", date(2025, 3, 17)
    plan = Plan(  # one table for half an hour, two meetings that want it
        settings=PlanSettings(name="One table", timezone=hk),
        markets=(Market(1, "HAF", "Hong Kong", hk, day, day),),
        venues=(Venue(1, "HKCEC", hk, opens=time(9), closes=time(9, 30)),),
        rooms=(Room(1, 1, "HAF Hall", 1),),
        delegates=(Delegate(1, "Delegate 1"), Delegate(2, "Delegate 2")),
        contacts=(Contact(1, "Financier 1"), Contact(2, "Financier 2")),
        requests=(MeetingRequest(1, "REQ-1", 1, 30, delegate_id=1, priority=5, venue_id=1, room_id=1),
                  MeetingRequest(2, "REQ-2", 2, 30, delegate_id=2, priority=4, venue_id=1, room_id=1)),
    )

    def proposal() -> dict[str, str]:
        result = schedule_service.propose_schedule(plan, time_limit=5)
        lines = schedule_service.result_to_text(plan, result).splitlines()
        return {str(number): line for number, line in enumerate(lines[:-1])}  # the last one says how long it took

    results = in_each_locale(proposal)
    assert results["C"]["0"].startswith("Mon 17 Mar 09:00–09:30 HKT  REQ-1")
    assert "both sides are free at Mon 17 Mar 09:00" in results["C"]["1"]
    assert_same_in_every_locale(results)


def test_the_locale_is_restored() -> None:
    before = locale.setlocale(locale.LC_TIME)
    in_each_locale(lambda: datetime(2025, 3, 17).strftime("%a"))
    assert locale.setlocale(locale.LC_TIME) == before
