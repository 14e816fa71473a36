"""Imports a first plan needs: markets, projects, stays; partial corrections; removing people."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from desktop_app.domain.activities import ActivityStatus
from desktop_app.domain.plan import PlanSettings
from desktop_app.domain.requests import RequestStatus
from desktop_app.services.imports import ChangeKind, ImportRejected, RemovalsNeedConfirmation, import_file
from desktop_app.services.imports.catalogue import KINDS
from desktop_app.storage.plan_store import PlanStore

TRIP = Path(__file__).parents[1] / "data" / "trip"
ORDER = ("markets", "venues", "travel", "delegates", "staff", "stays", "contacts", "projects", "programme",
         "availability", "requests", "duties")


@pytest.fixture
def trip(tmp_path: Path) -> Iterator[PlanStore]:
    """The Korean delegation's FilMart + Cannes plan, built from its own files."""
    store = PlanStore.create(tmp_path / "trip.dplan", PlanSettings(name="KOFIC", timezone="Asia/Seoul"))
    for kind in ORDER:
        import_file(store, TRIP / f"{kind}.csv", kind)
    yield store
    store.close()


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_catalogue_lists_every_kind_in_the_order_a_plan_is_built() -> None:
    assert tuple(kind.name for kind in KINDS) == ORDER


def test_markets_and_projects_import_and_reimport_unchanged(trip: PlanStore) -> None:
    plan = trip.read()
    assert [(m.name, m.timezone, m.first_day) for m in plan.markets] == [
        ("FilMart 2025", "Asia/Hong_Kong", date(2025, 3, 17)),
        ("Marché du Film 2025", "Europe/Paris", date(2025, 5, 13)),
    ]
    salt_road = next(p for p in plan.projects if p.external_id == "KR-01")
    assert salt_road.original_title == "소금길" and salt_road.credits.startswith("Director: Kang Dae-sung")
    assert sorted(plan.delegate_by_id[i].name for i in salt_road.member_ids) == ["Kang Dae-sung", "Lee Min-jung"]
    for kind in ("markets", "projects", "stays"):
        report = import_file(trip, TRIP / f"{kind}.csv", kind)
        assert {c.kind for c in report.changes} == {ChangeKind.UNCHANGED}, kind


def test_a_market_renamed_by_its_file_is_updated_and_a_bad_one_refused(trip: PlanStore, tmp_path: Path) -> None:
    moved = write(tmp_path, "markets.csv", "name,city,timezone,first_day,last_day\n"
                                           "Marché du Film 2025,Cannes,Europe/Paris,2025-05-13,2025-05-22\n")
    report = import_file(trip, moved, "markets", partial=True)
    assert [c.description for c in report.changes] == [
        "updated Marché du Film 2025: last_day (2025-05-13 – 2025-05-22)"]
    bad = write(tmp_path, "bad.csv", "name,timezone,first_day,last_day\n"
                                     "Berlinale,Europe/Berlinn,2025-02-20,2025-02-13\n")
    with pytest.raises(ImportRejected) as rejected:
        import_file(trip, bad, "markets")
    assert {(p.row, p.column) for p in rejected.value.problems} == {(2, "timezone")}


def test_several_stays_each_read_in_its_own_city(trip: PlanStore) -> None:
    plan = trip.read()
    han = next(d for d in plan.delegates if d.native_name == "한소희")
    hong_kong, cannes = plan.stays_of(han.id or 0)
    assert (hong_kong.timezone, hong_kong.hotel) == ("Asia/Hong_Kong", "Grand Hyatt")
    assert hong_kong.arrival == datetime(2025, 3, 16, 6, tzinfo=UTC)  # 14:00 HKT
    assert hong_kong.departure == datetime(2025, 3, 20, 16, tzinfo=UTC)  # "2025-03-20": the whole day
    # a 15:00 Cannes departure is 15:00 CEST, not 15:00 in the first market's zone
    assert (cannes.timezone, cannes.departure) == ("Europe/Paris", datetime(2025, 5, 17, 13, tzinfo=UTC))
    assert cannes.market_id == next(m.id for m in plan.markets if m.city == "Cannes")
    jung = next(d for d in plan.delegates if d.name == "Jung Hae-in")
    assert plan.stays_of(jung.id or 0) == []  # stays in Seoul: no stays, always available


def test_a_delegate_file_cannot_guess_which_of_several_stays_it_means(trip: PlanStore, tmp_path: Path) -> None:
    path = write(tmp_path, "d.csv", "name,email,departure\nHan So-hee,sohee.han@kofic.example,2025-05-18T10:00\n")
    with pytest.raises(ImportRejected, match="has 2 stays and none arrives then"):
        import_file(trip, path, "delegates")


def test_a_one_row_partial_correction_moves_one_activity_and_cancels_none(trip: PlanStore, tmp_path: Path) -> None:
    header = (TRIP / "programme.csv").read_text(encoding="utf-8").splitlines()[0]
    row = next(line for line in (TRIP / "programme.csv").read_text(encoding="utf-8").splitlines()
               if line.startswith("KR-CN-02,"))
    fix = write(tmp_path, "programme.csv", header + "\n" + row.replace("10:00,2025", "11:00,2025").replace(
        "2025-05-14T10:30", "2025-05-14T11:30") + "\n")
    before = trip.read()
    with pytest.raises(RemovalsNeedConfirmation) as asked:
        import_file(trip, fix, "programme")  # the same file name, without --partial: asks first
    assert len(asked.value.removals) == 12 and trip.read() == before
    report = import_file(trip, fix, "programme", partial=True)
    assert {kind.value: report.count(kind) for kind in ChangeKind if report.count(kind)} == {"moved": 1}
    after = trip.read()
    assert sum(a.is_cancelled for a in after.activities) == sum(a.is_cancelled for a in before.activities) == 0
    moved = next(a for a in after.activities if a.external_id == "KR-CN-02")
    assert moved.start == datetime(2025, 5, 14, 9, tzinfo=UTC)  # 11:00 CEST


def test_a_remove_column_takes_a_person_out_with_what_depends_on_them(trip: PlanStore, tmp_path: Path) -> None:
    path = write(tmp_path, "d.csv", "name,email,remove\nLee Min-jung,minjung.lee@hanriver.example,yes\n")
    [change] = import_file(trip, path, "delegates").changes
    assert change.kind is ChangeKind.REMOVED
    assert change.description.startswith("removed delegate Lee Min-jung 이민정: taken off 6 activities")
    assert "left the team of 'The Salt Road'" in change.description
    plan = trip.read()
    assert "Lee Min-jung" not in {d.name for d in plan.delegates}
    lee = next(d for d in plan.removed_delegates if d.name == "Lee Min-jung")
    departed = plan.departed_activities_of(lee.id or 0)
    assert {a.external_id for a in departed} >= {"KR-CN-04", "KR-TR-01"}  # their calendars get the cancellations
    assert all(lee.id not in a.delegate_ids for a in plan.activities)


def test_a_request_withdrawn_by_its_file_cancels_its_placed_meeting(trip: PlanStore, tmp_path: Path) -> None:
    from desktop_app.services import schedule_service

    schedule_service.apply_schedule(trip, schedule_service.propose_schedule(trip.read(), time_limit=10))
    placed = next(a for a in trip.read().activities if a.external_id == "request:KR-REQ-03")
    path = write(tmp_path, "r.csv", "id,delegate,contact,duration_minutes,status\n"
                                    "KR-REQ-03,yuna.choi@seoulsales.example,jonas.mueller@nordlicht.example,30,withdrawn\n")
    [change] = import_file(trip, path, "requests").changes
    assert change.kind is ChangeKind.WITHDRAWN and "is cancelled" in change.description
    plan = trip.read()
    assert next(r for r in plan.requests if r.external_id == "KR-REQ-03").status is RequestStatus.WITHDRAWN
    assert plan.activity_by_id[placed.id or 0].status is ActivityStatus.CANCELLED


def test_a_row_outside_every_market_and_stay_is_imported_with_a_warning(trip: PlanStore, tmp_path: Path) -> None:
    path = write(tmp_path, "p.csv", "title,start,end,attendees\n"
                                    "Typo dinner,2025-05-01T19:30,2025-05-01T21:00,sohee.han@kofic.example\n")
    report = import_file(trip, path, "programme")
    assert report.count(ChangeKind.ADDED) == 1
    assert report.warnings == ["row 2: 'Typo dinner' (Thu 1 May 19:30–21:00 CEST) is outside every market and every "
                               "stay of its attendees; check its date"]


def test_a_time_the_clocks_skip_is_imported_with_a_warning_saying_what_it_became(trip: PlanStore,
                                                                                tmp_path: Path) -> None:
    path = write(tmp_path, "p.csv", "title,start,end,timezone,attendees\n"
                                    "Night call,2025-03-30T02:30,2025-03-30T04:00,Europe/Paris,"
                                    "haein.jung@kofic.example\n")
    report = import_file(trip, path, "programme")
    assert report.warnings == ["row 2, column 'start': 2025-03-30 02:30 does not exist in Europe/Paris (clocks go "
                               "forward at 02:00); read as 03:30 CEST"]


def test_a_removed_delegate_listed_again_comes_back_as_the_same_person(trip: PlanStore, tmp_path: Path) -> None:
    removal = write(tmp_path, "gone.csv", "name,email,remove\nPark Ji-ho,jiho.park@busanwave.example,yes\n")
    import_file(trip, removal, "delegates")
    park_id = next(d.id for d in trip.read().removed_delegates if d.name == "Park Ji-ho")
    programme = write(tmp_path, "p.csv", "title,start,end,attendees\n"
                                         "Dinner,2025-05-14T20:00,2025-05-14T22:00,jiho.park@busanwave.example\n")
    with pytest.raises(ImportRejected, match="Park Ji-ho 박지호 was removed from the plan; put them back"):
        import_file(trip, programme, "programme")
    back = write(tmp_path, "back.csv", "name,email,phone\nPark Ji-ho,jiho.park@busanwave.example,+82 10 5555 0199\n")
    [change] = import_file(trip, back, "delegates").changes
    assert change.description == ("updated Park Ji-ho <jiho.park@busanwave.example>: back in the plan after being "
                                  "removed, phone")
    park = next(d for d in trip.read().delegates if d.name == "Park Ji-ho")
    assert park.id == park_id and park.removed_at is None


def test_the_cannes_stand_is_rostered_in_cannes_time_by_delegates_there(trip: PlanStore) -> None:
    from desktop_app.services import roster

    plan = trip.read()
    [interpreter] = plan.staff
    assert interpreter.languages == ("ko", "fr", "en") and interpreter.home_timezone == "Europe/Paris"
    result = roster.propose_roster(plan, time_limit=10)
    shown = roster.result_to_json(plan, result)
    starts = [s["start"] for s in shown["shifts"]]  # type: ignore[index]
    assert starts == ["2025-05-14T09:00:00+02:00", "2025-05-14T12:00:00+02:00", "2025-05-14T15:00:00+02:00",
                      "2025-05-15T09:00:00+02:00", "2025-05-15T12:00:00+02:00", "2025-05-15T15:00:00+02:00"]
    # in Cannes then: a stay there, or no stays at all (the app's rule: always there)
    there = {d.name for d in plan.delegates if not plan.stays_of(d.id or 0)
             or any(s.timezone == "Europe/Paris" for s in plan.stays_of(d.id or 0))}
    assert {name for s in shown["shifts"] for name in s["staff"]} <= there - {interpreter.name}  # type: ignore[index]
    assert result.unfilled_places == 0 and result.optimal
