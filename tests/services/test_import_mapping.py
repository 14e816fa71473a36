"""Importing through a column mapping: suggested, checked, remembered by identity; the same
pipeline, problems under the file's own headers, progress and a stop that writes nothing."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from desktop_app.domain.places import Market, Venue
from desktop_app.domain.plan import PlanSettings
from desktop_app.services.errors import UserError
from desktop_app.services.imports import (
    ChangeKind,
    ImportOptions,
    ImportRejected,
    ImportStage,
    check_mapping,
    fitting_mapping,
    import_file,
    import_table,
    mapping_identity,
    read_import_table,
    suggest_mapping,
)
from desktop_app.storage.plan_store import PlanStore

NOW = datetime(2025, 3, 1, 9, 30, tzinfo=UTC)
HK = "Asia/Hong_Kong"


@pytest.fixture
def plan_store(tmp_path: Path) -> Iterator[PlanStore]:
    store = PlanStore.create(tmp_path / "plan.dplan", PlanSettings(name="Test", timezone=HK), clock=lambda: NOW)
    with store.write() as tx:
        tx.add(Market(None, "FilMart 2025", "Hong Kong", HK, date(2025, 3, 17), date(2025, 3, 20)))
        tx.add(Venue(None, "HKCEC", HK))
    yield store
    store.close()


def csv_file(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


PROGRAMME_ZH = ("標題,開始時間,結束時間,場地\n"
                "開幕酒會,2025-03-17T10:00,2025-03-17T11:00,HKCEC\n"
                "HAF 午宴,2025-03-18T12:00,2025-03-18T13:30,HKCEC\n")


def test_a_chinese_programme_imports_through_the_suggested_mapping(plan_store: PlanStore, tmp_path: Path) -> None:
    path = csv_file(tmp_path, "programme.csv", PROGRAMME_ZH)
    table = read_import_table(path)
    mapping = suggest_mapping(table, "programme")
    assert mapping == {"標題": "title", "開始時間": "start", "結束時間": "end", "場地": "venue"}
    assert check_mapping(table, "programme", mapping).ok
    with pytest.raises(ImportRejected):  # without the mapping the CLI's rule refuses it, as before
        import_file(plan_store, path, "programme")
    report = import_file(plan_store, path, "programme", mapping=mapping)
    assert report.count(ChangeKind.ADDED) == 2 and not report.dry_run
    assert sorted(a.title for a in plan_store.read().activities) == ["HAF 午宴", "開幕酒會"]
    assert report.plan_changes.revisions  # journaled: one undo step in the window


def test_a_hand_made_mapping_is_read_and_problems_name_the_files_headers(plan_store: PlanStore,
                                                                       tmp_path: Path) -> None:
    table = read_import_table(csv_file(tmp_path, "delegates.csv",
                                       "Name,Full name,Mail\n"
                                       "Ka-man,Wong Ka-man,kaman@example.hk\n"
                                       "Ji-woo,Kim Ji-woo,not-an-email\n"))
    assert suggest_mapping(table, "delegates") == {"name": "name", "full_name": None, "mail": "email"}
    by_hand = {"name": None, "full_name": "name", "mail": "email"}
    with pytest.raises(ImportRejected) as caught:
        import_table(plan_store, table, "delegates.csv", "delegates", mapping=by_hand)
    assert [(p.row, p.column) for p in caught.value.problems] == [(3, "Mail")]
    assert plan_store.read().delegates == ()

    fixed = read_import_table(csv_file(tmp_path, "delegates2.csv", "Name,Full name,Mail\n"
                                                                   "Ka-man,Wong Ka-man,kaman@example.hk\n"))
    report = import_table(plan_store, fixed, "delegates2.csv", "delegates", mapping=by_hand)
    assert report.ignored_columns == ["Name"]
    assert [d.name for d in plan_store.read().delegates] == ["Wong Ka-man"]


def test_a_bad_time_is_reported_under_the_header_as_written(plan_store: PlanStore, tmp_path: Path) -> None:
    path = csv_file(tmp_path, "programme.csv", "Title,Start time,End time\nOpening,17/03 10:00,2025-03-17T11:00\n")
    with pytest.raises(ImportRejected) as caught:
        import_file(plan_store, path, "programme")
    [problem] = caught.value.problems
    assert (problem.row, problem.column) == (2, "Start time")
    assert "row 2, column 'Start time'" in str(caught.value)


def test_what_stops_a_mapping_is_listed_with_the_likeliest_header(plan_store: PlanStore, tmp_path: Path) -> None:
    table = read_import_table(csv_file(tmp_path, "p.csv", "제목,시작,종료,Titel\n"))
    check = check_mapping(table, "programme", {"제목": "title", "시작": None, "종료": "end", "titel": "title"})
    assert not check.ok
    assert check.missing == ("start",) and check.nearest == {"start": "시작"}
    assert check.doubled == {"title": ("제목", "Titel")}
    assert check.describe() == ["no column is mapped to 'start', which is required (perhaps '시작'?)",
                                "'title' is mapped from several columns: 제목, Titel"]
    with pytest.raises(UserError, match="mapped from several columns"):
        import_table(plan_store, table, "p.csv", "programme",
                     mapping={"제목": "title", "시작": "start", "종료": "end", "titel": "title"})


def test_a_mapping_is_remembered_by_kind_and_header_set(tmp_path: Path) -> None:
    first = read_import_table(csv_file(tmp_path, "a.csv", "Full name,E-mail\n"))
    reordered = read_import_table(csv_file(tmp_path, "b.csv", "e-mail,FULL NAME\n"))
    other = read_import_table(csv_file(tmp_path, "c.csv", "Full name,E-mail,Phone\n"))
    assert mapping_identity("delegates", first) == mapping_identity("delegates", reordered)
    assert mapping_identity("delegates", first) != mapping_identity("contacts", first)
    assert mapping_identity("delegates", first) != mapping_identity("delegates", other)
    remembered = {"full_name": "name", "e_mail": None}
    assert fitting_mapping(reordered, "delegates", remembered) == remembered
    assert fitting_mapping(other, "delegates", remembered) is None  # another header set
    assert fitting_mapping(first, "delegates", {"full_name": "venue", "e_mail": None}) is None  # stale column


def test_progress_is_reported_row_by_row_and_a_stop_writes_nothing(plan_store: PlanStore, tmp_path: Path) -> None:
    rows = "".join(f"Panel {n},2025-03-17T{9 + n % 8:02}:00,2025-03-17T{10 + n % 8:02}:00,HKCEC\n" for n in range(40))
    table = read_import_table(csv_file(tmp_path, "programme.csv", "title,start,end,venue\n" + rows))
    heard: list[tuple[int, int, ImportStage]] = []
    report = import_table(plan_store, table, "programme.csv", "programme", ImportOptions(dry_run=True),
                          progress=lambda done, total, stage: heard.append((done, total, stage)))
    assert report.count(ChangeKind.ADDED) == 40 and plan_store.read().activities == ()
    assert heard[0] == (0, 40, ImportStage.CHECKING) and (40, 40, ImportStage.CHECKING) in heard
    assert heard[-1] == (40, 40, ImportStage.WRITING)

    class Stop(Exception):
        pass

    def stop_halfway(done: int, total: int, stage: ImportStage) -> None:
        if stage is ImportStage.WRITING and done == 20:
            raise Stop

    with pytest.raises(Stop):
        import_table(plan_store, table, "programme.csv", "programme", progress=stop_halfway)
    assert plan_store.read().activities == ()  # twenty rows were written, then all rolled back
