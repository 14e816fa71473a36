"""The FilMart 2025 demo plan: built through the importer, realistic in size, and conflict-free
except for the conflicts planted on purpose (listed in resources/demo/README.md)."""

from __future__ import annotations

import csv
import json
import shutil
from collections import defaultdict
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from itertools import combinations
from pathlib import Path

import pytest

from desktop_app.domain.activities import Activity, ActivityStatus
from desktop_app.domain.conflicts import find_conflicts
from desktop_app.domain.errors import DomainError
from desktop_app.domain.plan import Plan
from desktop_app.domain.requests import ParticipantKind, ParticipantRef, RequestStatus
from desktop_app.domain.timezones import to_local
from desktop_app.resources import RESOURCES_ENV, demo_dir, resources_dir
from desktop_app.services.demo_service import IMPORTS, create_demo_plan
from desktop_app.services.errors import UserError
from desktop_app.services.imports import import_file
from desktop_app.services.imports.report import ChangeKind
from desktop_app.storage.plan_store import PlanStore

NOW = datetime(2025, 3, 1, 9, 30, tzinfo=UTC)

# (kind, severity, external ids): the planted conflicts, and the only ones.
PLANTED = {
    ("double_booked", "conflict", frozenset({"BM-2025-033", "PC-2025-005"})),
    ("double_booked", "warning", frozenset({"SCR-2025-001", "BM-2025-047"})),
    ("travel_time", "conflict", frozenset({"HAF-2025-002", "MTG-2025-016"})),
    ("outside_stay", "conflict", frozenset({"BM-2025-006"})),
    ("room_over_capacity", "conflict", frozenset({"BM-2025-059", "BM-2025-060", "BM-2025-061"})),
    ("outside_opening_hours", "conflict", frozenset({"BM-2025-055"})),
    ("interpreting", "conflict", frozenset({"HAF-2025-115"})),
}

Finding = tuple[str, str, frozenset[str]]


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PlanStore]:
    store = create_demo_plan(tmp_path_factory.mktemp("demo") / "filmart.dplan", now=NOW)
    try:
        yield store
    finally:
        store.close()


@pytest.fixture(scope="module")
def demo_plan(demo_store: PlanStore) -> Plan:
    return demo_store.read()


def csv_rows(name: str) -> list[dict[str, str]]:
    with (demo_dir() / name).open(encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file))


def by_external_id(plan: Plan) -> dict[str, Activity]:
    return {activity.external_id: activity for activity in plan.activities}


# --- size and content ---------------------------------------------------------------------

def test_the_demo_plan_is_a_realistic_filmart_week(demo_plan: Plan) -> None:
    plan = demo_plan
    assert plan.settings.name == "FilMart 2025 – Delegation plan"
    assert plan.settings.timezone == "Asia/Hong_Kong"
    assert [(m.name, m.first_day.isoformat(), m.last_day.isoformat()) for m in plan.markets] == [
        ("FilMart 2025", "2025-03-17", "2025-03-20"),
        ("HAF 2025 (Hong Kong-Asia Film Financing Forum)", "2025-03-17", "2025-03-19"),
    ]
    assert len(plan.delegates) >= 20
    assert len(plan.contacts) >= 40
    assert len(plan.activities) >= 150
    assert len(plan.venues) >= 5
    pending = [r for r in plan.requests if r.status is RequestStatus.PENDING]
    assert len(pending) >= 100
    # Every row of every file arrived (nothing silently dropped by the importer).
    assert len([d for d in plan.delegates if not d.is_staff]) == len(csv_rows("delegates.csv"))
    assert len(plan.staff) == len(csv_rows("staff.csv")) == 2
    assert len(plan.duties) == len(csv_rows("duties.csv")) == 4
    assert len(plan.contacts) == len(csv_rows("contacts.csv"))
    assert len(plan.activities) == len(csv_rows("programme.csv"))
    assert len(plan.requests) == len(csv_rows("requests.csv"))
    assert len(plan.availability) == len(csv_rows("availability.csv"))
    assert len(plan.rooms) == len(csv_rows("venues.csv"))


@pytest.mark.parametrize(("file_name", "kind"), IMPORTS)
def test_every_demo_file_uses_only_known_columns_and_reimports_unchanged(
    demo_store: PlanStore, file_name: str, kind: str
) -> None:
    report = import_file(demo_store, demo_dir() / file_name, kind, dry_run=True)
    assert report.ignored_columns == []
    assert report.warnings == []
    assert report.changes and {change.kind for change in report.changes} == {ChangeKind.UNCHANGED}


def test_delegations_people_and_projects_keep_their_names_and_links(demo_plan: Plan) -> None:
    plan = demo_plan
    delegations = {d.name: d for d in plan.delegations}
    assert set(delegations) == {"European Sales Companies", "Hong Kong Producers"}
    assert delegations["European Sales Companies"].manager_email == "anne.dubois@lumiere-rouge.example"
    sizes = {name: len(plan.delegates_of(d.id)) for name, d in delegations.items() if d.id is not None}
    assert sizes == {"European Sales Companies": 12, "Hong Kong Producers": 10}

    delegates = {d.email: d for d in plan.delegates}
    assert delegates["wong.kaman@harbourlight.example"].display_name == "Wong Ka-man 黃嘉敏"
    assert delegates["kim.jiwoo@hangang-pictures.example"].native_name == "김지우"
    assert delegates["siriporn.c@chaophraya-pictures.example"].native_name == "ศิริพร ชัยภูมิ"
    assert delegates["jonas.mueller@nordlicht-sales.example"].name == "Jonas Müller"
    tomas = delegates["tomas.novak@vltava-pictures.example"]
    [stay] = plan.stays_of(tomas.id or 0)
    assert stay.arrival == datetime(2025, 3, 17, 6, 5, tzinfo=UTC)  # 14:05 in Hong Kong
    assert (stay.timezone, stay.hotel) == ("Asia/Hong_Kong", "Renaissance Harbour View")
    assert {d.home_timezone for d in plan.delegates} >= {"Europe/Paris", "Europe/Berlin", "Asia/Hong_Kong"}
    assert {c.native_name for c in plan.contacts} >= {"佐藤遥", "박민준", "Nguyễn Thị Lan", "สมชาย วงศ์สกุล"}

    projects = {p.title: p for p in plan.projects}
    assert len(projects) == 5
    busan = projects["Letters from Busan"]
    assert busan.original_title == "부산에서 온 편지"
    assert {plan.delegate_by_id[i].name for i in busan.member_ids} == {"Lau Mei-ling", "Kim Ji-woo"}
    haf_meetings = [a for a in plan.activities if a.kind.value == "haf_meeting"]
    assert haf_meetings and all(a.project_id in plan.project_by_id for a in haf_meetings)


def test_the_venues_are_the_real_places_with_their_opening_hours(demo_plan: Plan) -> None:
    venues = {v.name: v for v in demo_plan.venues}
    hkcec = venues["HKCEC"]
    assert hkcec.native_name == "香港會議展覽中心"
    assert hkcec.native_address == "香港灣仔港灣道1號"
    assert (hkcec.latitude, hkcec.longitude) == (22.2830, 114.1733)
    assert (f"{hkcec.opens:%H:%M}", f"{hkcec.closes:%H:%M}") == ("09:00", "19:00")
    assert venues["Grand Hyatt"].opens is None  # hotels never close
    rooms = {r.name: r for r in demo_plan.rooms_of(hkcec.id or 0)}
    assert (rooms["HAF Hall (S421)"].tables, rooms["HAF Hall (S421)"].capacity) == (14, 42)
    assert rooms["Theatre 1 (S221)"].tables is None  # one activity at a time
    ids = {name: v.id for name, v in venues.items()}
    assert demo_plan.travel_minutes(ids["HKCEC"], ids["Rosewood"]) == 35
    assert demo_plan.travel_minutes(ids["Rosewood"], ids["HKCEC"]) == 30
    assert demo_plan.travel_minutes(ids["HKCEC"], ids["Grand Hyatt"]) == 5


def test_requests_come_from_projects_and_delegates_and_favour_popular_financiers(demo_plan: Plan) -> None:
    plan = demo_plan
    from_projects = [r for r in plan.requests if r.project_id is not None]
    from_delegates = [r for r in plan.requests if r.delegate_id is not None]
    assert len(from_projects) >= 30 and len(from_delegates) >= 60
    hall = next(room for room in plan.rooms if room.name == "HAF Hall (S421)")
    assert all(r.room_id == hall.id for r in from_projects)
    per_financier: dict[int, int] = defaultdict(int)
    for request in plan.requests:
        if request.room_id == hall.id:
            per_financier[request.contact_id] += 1
    busiest = max(per_financier, key=per_financier.__getitem__)
    assert plan.contact_by_id[busiest].name == "Sato Haruka"
    assert per_financier[busiest] >= 5 * min(per_financier.values())
    assert all(r.duration_minutes in (30, 60) and 1 <= r.priority <= 5 for r in plan.requests)
    assert len({(r.requester, r.contact_id) for r in plan.requests}) == len(plan.requests)


def test_scheduled_haf_meetings_fit_both_sides_availability(demo_plan: Plan) -> None:
    plan = demo_plan
    meetings = [a for a in plan.activities if a.kind.value == "haf_meeting"]
    assert len(meetings) >= 15
    for meeting in meetings:
        assert meeting.project_id is not None
        sides = [ParticipantRef(ParticipantKind.PROJECT, meeting.project_id)] + [
            ParticipantRef(ParticipantKind.CONTACT, c) for c in meeting.contact_ids
        ]
        for side in sides:
            windows = plan.availability_of(side)
            assert any(w.start <= meeting.start and meeting.end <= w.end for w in windows), (
                meeting.external_id, plan.participant_name(side))


def test_the_demo_plan_is_stamped_with_the_given_clock(demo_plan: Plan) -> None:
    assert {a.created for a in demo_plan.activities} == {NOW}


# --- conflicts: exactly the planted ones ----------------------------------------------------

def test_the_conflict_service_finds_exactly_the_planted_conflicts(demo_plan: Plan) -> None:
    conflicts = find_conflicts(demo_plan)
    found = {(c.kind.value, c.severity.value, frozenset(ext for ext, _title in c.activities)) for c in conflicts}
    assert found == PLANTED
    assert len(conflicts) == len(PLANTED)
    messages = " | ".join(c.message for c in conflicts)
    assert "Kim Ji-woo needs 35 min from HKCEC to Rosewood; has 30" in messages


def test_a_plain_recheck_of_the_rules_finds_the_same_and_nothing_else(demo_plan: Plan) -> None:
    """All pairs, by brute force, with the stricter reading wherever the rules leave room."""
    assert recheck(demo_plan) == PLANTED


def test_the_planted_conflicts_involve_each_rule_once_and_cancelled_ones_are_quiet(demo_plan: Plan) -> None:
    activities = by_external_id(demo_plan)
    for _kind, _severity, external_ids in PLANTED:
        assert all(activities[e].status is not ActivityStatus.CANCELLED for e in external_ids)
    # A cancelled booth meeting overlaps Anne Dubois's screening and is not reported.
    cancelled = activities["BM-2025-046"]
    screening = activities["SCR-2025-001"]
    assert cancelled.status is ActivityStatus.CANCELLED
    assert cancelled.start < screening.end and screening.start < cancelled.end
    assert set(cancelled.delegate_ids) & set(screening.delegate_ids)
    statuses = {a.status for a in demo_plan.activities}
    assert statuses >= {ActivityStatus.CONFIRMED, ActivityStatus.TENTATIVE, ActivityStatus.CANCELLED}


def recheck(plan: Plan) -> set[Finding]:
    found: set[Finding] = set()
    active = [a for a in plan.activities if not a.is_cancelled]
    per_delegate: dict[int, list[tuple[Activity, bool]]] = defaultdict(list)
    for activity in active:
        for attendance in activity.attendees:
            per_delegate[attendance.delegate_id].append((activity, attendance.required))
    for delegate_id, items in per_delegate.items():
        delegate = plan.delegate_by_id[delegate_id]
        for (a, a_required), (b, b_required) in combinations(items, 2):
            first, second = (a, b) if (a.start, a.end) <= (b.start, b.end) else (b, a)
            pair = frozenset({a.external_id, b.external_id})
            if a.start < b.end and b.start < a.end:
                severity = "conflict" if a_required and b_required else "warning"
                found.add(("double_booked", severity, pair))
            elif first.venue_id is not None and second.venue_id is not None and first.venue_id != second.venue_id:
                # Every pair, not only consecutive ones: stricter than the rule.
                needed = timedelta(minutes=plan.travel_minutes(first.venue_id, second.venue_id))
                if second.start - first.end < needed:
                    found.add(("travel_time", "conflict", pair))
        stays = plan.stays_of(delegate.id or 0)
        for activity, _required in items:
            if stays and not any(s.contains(activity.start, activity.end) for s in stays):
                found.add(("outside_stay", "conflict", frozenset({activity.external_id})))
    for activity in active:
        venue = plan.venue_by_id.get(activity.venue_id) if activity.venue_id is not None else None
        if venue is None or venue.opens is None or venue.closes is None:
            continue
        start, end = to_local(activity.start, venue.timezone), to_local(activity.end, venue.timezone)
        if start.date() != end.date() or start.time() < venue.opens or end.time() > venue.closes:
            found.add(("outside_opening_hours", "conflict", frozenset({activity.external_id})))
    found |= rooms_over_capacity(plan, active)
    found |= interpreting_problems(plan, active)
    return found


def interpreting_problems(plan: Plan, active: list[Activity]) -> set[Finding]:
    """A need without an interpreter, or one who lacks a language (plain string prefixes)."""
    found: set[Finding] = set()
    for activity in active:
        if not activity.interpreting:
            continue
        interpreters = [a.delegate_id for a in activity.attendees if a.interpreter]
        spoken = plan.delegate_by_id[interpreters[0]].languages if interpreters else ()
        if not interpreters or not all(any(s == tag or s.startswith(tag + "-") or tag.startswith(s + "-")
                                           for s in spoken) for tag in activity.interpreting):
            found.add(("interpreting", "conflict", frozenset({activity.external_id})))
    return found


def rooms_over_capacity(plan: Plan, active: list[Activity]) -> set[Finding]:
    """A room is full when it holds more activities than its tables (one without tables: more than
    one), *or* more people than its seats, counting any activity as a table (stricter than the rule)."""
    found: set[Finding] = set()
    for room in plan.rooms:
        here = [a for a in active if a.room_id == room.id]
        crowd: set[str] = set()
        for activity in here:
            present = [b for b in here if b.start <= activity.start < b.end]
            heads = sum(len(b.attendees) + len(b.contact_ids) for b in present)
            if len(present) > room.meetings_at_once or (room.capacity is not None and heads > room.capacity):
                crowd |= {b.external_id for b in present}
        if crowd:
            found.add(("room_over_capacity", "conflict", frozenset(crowd)))
    return found


def test_contacts_are_never_in_two_places_at_once(demo_plan: Plan) -> None:
    """Not a rule of the app, but a realistic demo should not need it."""
    per_contact: dict[int, list[Activity]] = defaultdict(list)
    for activity in demo_plan.activities:
        if not activity.is_cancelled:
            for contact_id in activity.contact_ids:
                per_contact[contact_id].append(activity)
    clashes = [
        (a.external_id, b.external_id)
        for items in per_contact.values()
        for a, b in combinations(items, 2)
        if a.start < b.end and b.start < a.end
    ]
    assert clashes == []


# --- where the files come from -------------------------------------------------------------

def test_the_resources_folder_can_be_moved_with_an_environment_variable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = tmp_path / "resources"
    shutil.copytree(resources_dir() / "demo", copy / "demo")
    spec = json.loads((copy / "demo" / "plan.json").read_text(encoding="utf-8"))
    spec["settings"]["name"] = "FilMart 2025 – from a moved folder"
    (copy / "demo" / "plan.json").write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setenv(RESOURCES_ENV, str(copy))
    assert demo_dir() == copy / "demo"
    store = create_demo_plan(tmp_path / "moved.dplan", now=NOW)
    try:
        assert store.read().settings.name == "FilMart 2025 – from a moved folder"
    finally:
        store.close()


def test_missing_demo_files_are_a_user_error_and_leave_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(RESOURCES_ENV, str(tmp_path / "nowhere"))
    target = tmp_path / "demo.dplan"
    with pytest.raises(UserError, match="demo plan's files are missing"):
        create_demo_plan(target, now=NOW)
    assert not target.exists()


def test_a_broken_demo_file_leaves_no_half_built_plan(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    copy = tmp_path / "resources"
    shutil.copytree(resources_dir() / "demo", copy / "demo")
    programme = copy / "demo" / "programme.csv"
    lines = programme.read_text(encoding="utf-8").splitlines()
    lines[5] = lines[5].replace("2025-03-", "2025-13-", 1)  # an impossible date in one row
    programme.write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.setenv(RESOURCES_ENV, str(copy))
    target = tmp_path / "demo.dplan"
    with pytest.raises(DomainError, match=r"programme\.csv"):
        create_demo_plan(target, now=NOW)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["resources"]
