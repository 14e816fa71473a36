"""File → Import…: the wizard driven page by page, as a person would, on a real plan file.

Kind and file, columns (suggested, corrected, remembered), a dry run off the GUI thread with
progress and a stop, every problem by row and column, the re-issue question, and the import as
one undo step.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QWizard

from desktop_app.app import build_main_window
from desktop_app.domain.activities import ActivityStatus
from desktop_app.services.imports import ChangeKind
from desktop_app.ui.imports.import_request import Removals
from desktop_app.ui.imports.import_wizard import MAPPING_PAGE, PREVIEW_PAGE, ImportWizard
from desktop_app.ui.main_window import MainWindow

TRIP = Path(__file__).parents[1] / "data" / "trip"
ICS = Path(__file__).parents[1] / "data" / "ics"
TRIP_DELEGATES = [line.split(",")[0] for line in (TRIP / "delegates.csv").read_text(encoding="utf-8").splitlines()[1:]]


@pytest.fixture
def window(qtbot, app_settings, sync_runner, sample_plan_path: Path) -> MainWindow:
    window = build_main_window(app_settings, sync_runner)
    qtbot.addWidget(window)
    window.show_error = lambda title, message: pytest.fail(f"{title}: {message}")  # type: ignore[method-assign]
    window.open_plan(sample_plan_path)
    assert window.document.is_open
    return window


def open_wizard(window: MainWindow, kind: str, path: Path) -> ImportWizard:
    wizard = window.import_wizard()
    assert wizard is not None
    wizard.kind_file_page.choose_kind(kind)
    wizard.kind_file_page.set_path(path)
    return wizard


def delegates_with_badge_names(tmp_path: Path, name: str = "delegates.csv") -> Path:
    """The trip's delegates, their names under "Full name", and a "Name" column of badge names."""
    lines = (TRIP / "delegates.csv").read_text(encoding="utf-8").splitlines()
    rows = [f"{line.split(',')[0].split()[-1]},{line}" for line in lines[1:]]
    path = tmp_path / name
    path.write_text("\n".join(["Name," + lines[0].replace("name,", "Full name,", 1), *rows]) + "\n",
                    encoding="utf-8")
    return path


def live_delegates(window: MainWindow) -> list[str]:
    return sorted(d.name for d in window.document.plan.delegates)


def test_file_import_opens_the_wizard_and_waits_for_a_settled_plan(qtbot, app_settings, sync_runner,
                                                                  window: MainWindow) -> None:
    assert window.import_action.shortcut().toString() == "Ctrl+Shift+I"
    assert window.import_action in window.menuBar().actions()[0].menu().actions()
    assert window.import_action.isEnabled()
    empty = build_main_window(app_settings, sync_runner)
    qtbot.addWidget(empty)
    assert not empty.import_action.isEnabled() and empty.import_wizard() is None  # no plan open


def test_a_hand_mapped_full_name_column_imports_delegates_as_one_undo_step(window: MainWindow,
                                                                          tmp_path: Path) -> None:
    before = live_delegates(window)
    wizard = open_wizard(window, "delegates", delegates_with_badge_names(tmp_path))
    assert wizard.kind_file_page.isComplete()
    wizard.next()
    assert wizard.currentId() == MAPPING_PAGE
    mapping = wizard.mapping_page
    assert mapping.combos["name"].currentData() == "name"  # "Name" is the column's own name: it wins
    assert mapping.combos["full_name"].currentData() is None
    mapping.set_column("Name", None)
    assert not mapping.isComplete() and "perhaps 'Name'?" in mapping.problems_label.text()
    mapping.set_column("Full name", "name")
    assert mapping.isComplete()
    wizard.next()
    preview = wizard.preview_page
    assert wizard.currentId() == PREVIEW_PAGE and preview.isComplete()
    assert preview.report is not None
    added = [c.key for c in preview.report.changes if c.kind is ChangeKind.ADDED and c.entity == "delegate"]
    assert len(added) == len(TRIP_DELEGATES) == 8
    assert f"{preview.report.count(ChangeKind.ADDED)} added" in preview.headline.text()
    assert "Column 'Name' is not imported." in preview.warnings_label.text()
    assert live_delegates(window) == before  # the check wrote nothing

    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert sorted(set(live_delegates(window)) - set(before)) == sorted(TRIP_DELEGATES)
    assert window.undo_stack.count() == 1 and window.undo_stack.undoText() == "Import delegates.csv"
    window.undo_stack.undo()
    assert live_delegates(window) == before  # removed with a mark: their calendars can still be told
    assert set(TRIP_DELEGATES) <= {d.name for d in window.document.plan.removed_delegates}


def test_an_undone_import_is_redone(window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "contacts.csv"
    path.write_text("名字,電郵,機構\nWong Ka-man,kaman.wong@harbourfund.example,Harbour Film Fund\n", encoding="utf-8")
    wizard = import_through(window, "contacts", path)
    wizard.accept()
    assert [c.name for c in window.document.plan.contacts] == ["Wong Ka-man"]
    window.undo_stack.undo()
    assert window.document.plan.contacts == ()
    window.undo_stack.redo()
    assert [c.organisation for c in window.document.plan.contacts] == ["Harbour Film Fund"]


def test_a_bad_file_is_refused_with_every_problem_by_row_and_column(window: MainWindow, tmp_path: Path) -> None:
    bad = tmp_path / "programme.csv"
    bad.write_text("標題,開始時間,結束時間,場地\n"
                   "開幕酒會,17/03 10:00,2025-03-17T11:00,HKCEC\n"
                   "午宴,2025-03-18T12:00,2025-03-18T11:00,Atlantis\n", encoding="utf-8")
    plan_before = window.document.plan
    wizard = open_wizard(window, "programme", bad)
    wizard.next()
    assert wizard.mapping_page.request.mapping == {"標題": "title", "開始時間": "start", "結束時間": "end",
                                                   "場地": "venue"}
    wizard.next()
    preview = wizard.preview_page
    assert [(row, column) for row, column, _reason in preview.problems_table.rows()] == [
        ("2", "開始時間"), ("3", "場地"), ("3", "結束時間")]
    assert "3 problem(s)" in preview.headline.text() and "Nothing was written" in preview.headline.text()
    assert not preview.isComplete()
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    wizard.accept()  # even if asked: nothing happens
    assert window.undo_stack.count() == 0 and window.document.plan == plan_before


@pytest.mark.parametrize(("codec", "how"), [("utf-16", "UTF-16 text, tab-separated"),
                                            ("big5", "Big5 text, tab-separated")])
def test_utf16_and_big5_files_say_how_they_were_read(window: MainWindow, tmp_path: Path, codec: str,
                                                     how: str) -> None:
    path = tmp_path / "people.txt"
    path.write_bytes("姓名\t電郵\t公司\nChan Tsz-hin\ttszhin@example.hk\t金港影業有限公司\n"
                     "Ho Wing-sze\twingsze@example.hk\t天星電影發行\n".encode(codec))
    wizard = open_wizard(window, "delegates", path)
    wizard.next()
    mapping = wizard.mapping_page
    assert how in mapping.file_label.text()
    assert mapping.table.item(2, 1).text() == "金港影業有限公司 · 天星電影發行"
    big5_note = "people.txt was read as Big5 text, not UTF-8"
    assert (big5_note in mapping.notes_label.text()) == (codec == "big5")
    wizard.next()
    assert (big5_note in wizard.preview_page.warnings_label.text()) == (codec == "big5")
    assert wizard.preview_page.report is not None and wizard.preview_page.report.count(ChangeKind.ADDED) == 2


def programme(tmp_path: Path, *rows: str) -> Path:
    path = tmp_path / "programme.csv"
    path.write_text("external_id,title,start,end,venue\n" + "".join(f"{row}\n" for row in rows), encoding="utf-8")
    return path


def import_through(window: MainWindow, kind: str, path: Path) -> ImportWizard:
    wizard = open_wizard(window, kind, path)
    while wizard.currentId() != PREVIEW_PAGE:
        wizard.next()
    return wizard


@pytest.mark.parametrize("choice", [Removals.LEAVE, Removals.CANCEL])
def test_a_reissued_programme_asks_before_cancelling_what_it_no_longer_lists(window: MainWindow, tmp_path: Path,
                                                                            choice: Removals) -> None:
    first = import_through(window, "programme", programme(
        tmp_path, "PC-1,Co-production lunch,2025-03-19T12:00,2025-03-19T13:30,Rosewood",
        "PC-2,Sales breakfast,2025-03-20T08:00,2025-03-20T09:00,Rosewood"))
    first.accept()
    wizard = import_through(window, "programme", programme(
        tmp_path, "PC-1,Co-production lunch,2025-03-19T12:30,2025-03-19T14:00,Rosewood"))
    preview = wizard.preview_page
    assert preview.removals_box.isVisible() or not preview.removals_box.isHidden()
    assert [preview.removals_list.item(i).text() for i in range(preview.removals_list.count())] == [
        "'Sales breakfast' (Thu 20 Mar 08:00–09:00 HKT) is no longer in the file: marked cancelled"]
    assert not preview.isComplete()  # a question, not a default
    preview.choose_removals(choice)
    assert preview.isComplete() and preview.request.removals is choice
    assert preview.report is not None
    assert preview.report.count(ChangeKind.REMOVED) == (1 if choice is Removals.CANCEL else 0)
    assert preview.report.count(ChangeKind.MOVED) == 1
    wizard.accept()
    breakfast = next(a for a in window.document.plan.activities if a.external_id == "PC-2")
    assert (breakfast.status is ActivityStatus.CANCELLED) == (choice is Removals.CANCEL)
    assert window.undo_stack.count() == 2


def test_the_columns_chosen_are_remembered_for_the_same_headers(window: MainWindow, tmp_path: Path) -> None:
    first = open_wizard(window, "delegates", delegates_with_badge_names(tmp_path, "week1.csv"))
    first.next()
    first.mapping_page.set_column("Name", None)
    first.mapping_page.set_column("Full name", "name")
    first.next()
    first.accept()

    second = open_wizard(window, "delegates", delegates_with_badge_names(tmp_path, "week2.csv"))
    second.next()
    mapping = second.mapping_page
    assert mapping.remembered and "last imported as delegates" in mapping.remembered_label.text()
    assert (mapping.combos["name"].currentData(), mapping.combos["full_name"].currentData()) == (None, "name")
    mapping.use_suggestion()
    assert mapping.combos["name"].currentData() == "name"

    other_kind = open_wizard(window, "contacts", delegates_with_badge_names(tmp_path, "week3.csv"))
    other_kind.next()
    assert not other_kind.mapping_page.remembered  # remembered per kind and header set


def test_stopping_the_check_leaves_the_plan_untouched_and_it_can_run_again(window: MainWindow,
                                                                          tmp_path: Path) -> None:
    rows = [f"Panel {n},2025-03-18T{9 + n % 8:02}:00,2025-03-18T{10 + n % 8:02}:00,HKCEC" for n in range(300)]
    path = tmp_path / "panels.csv"
    path.write_text("title,start,end,venue\n" + "\n".join(rows) + "\n", encoding="utf-8")
    plan_before = window.document.plan
    wizard = open_wizard(window, "programme", path)
    wizard.next()
    preview = wizard.preview_page
    seen: list[int] = []

    def stop_at_first_progress(value: int) -> None:
        seen.append(value)
        if value > 0:
            preview.cancel_check()

    preview.progress_bar.valueChanged.connect(stop_at_first_progress)
    wizard.next()
    assert seen and preview.report is None and "stopped; nothing was written" in preview.headline.text()
    assert not preview.isComplete() and window.document.plan == plan_before
    assert window.document.store.read() == plan_before  # type: ignore[union-attr]
    preview.progress_bar.valueChanged.disconnect(stop_at_first_progress)
    preview.again_button.click()
    assert preview.report is not None and preview.report.count(ChangeKind.ADDED) == 300 and preview.isComplete()


def test_the_check_runs_off_the_gui_thread_with_progress(qtbot, app_settings, threaded_runner,
                                                         sample_plan_path: Path, tmp_path: Path) -> None:
    window = build_main_window(app_settings, threaded_runner)
    qtbot.addWidget(window)
    window.open_plan(sample_plan_path)
    qtbot.waitUntil(lambda: window.document.is_settled)
    rows = [f"Panel {n},2025-03-18T{9 + n % 8:02}:00,2025-03-18T{10 + n % 8:02}:00" for n in range(2000)]
    path = tmp_path / "panels.csv"
    path.write_text("title,start,end\n" + "\n".join(rows) + "\n", encoding="utf-8")
    wizard = open_wizard(window, "programme", path)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.mapping_page.isComplete())
    maxima: list[int] = []
    wizard.preview_page.progress_bar.valueChanged.connect(lambda _value: maxima.append(
        wizard.preview_page.progress_bar.maximum()))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview_page.report is not None, timeout=30_000)
    assert 2000 in maxima  # rows counted as they were checked
    assert wizard.preview_page.report.count(ChangeKind.ADDED) == 2000
    wizard.reject()
    window.document.close()


def test_a_calendar_skips_the_columns_and_availability_asks_whose_it_is(window: MainWindow) -> None:
    wizard = open_wizard(window, "programme", ICS / "programme_plain.ics")
    assert wizard.nextId() == PREVIEW_PAGE
    wizard.next()
    assert wizard.preview_page.report is not None and wizard.preview_page.report.count(ChangeKind.ADDED) == 3

    own = open_wizard(window, "availability", ICS / "google_export.ics")
    page = own.kind_file_page
    assert not page.isComplete() and page.delegate_combo.isVisibleTo(own)
    page.set_delegate("kim@example.kr")
    assert page.isComplete()
    contacts = open_wizard(window, "contacts", ICS / "google_export.ics")
    assert not contacts.kind_file_page.isComplete()
    assert "needs a CSV or XLSX file" in contacts.kind_file_page.file_problem.text()


def test_a_workbook_with_serial_dates_and_unsaved_formulas_lists_each_formula(window: MainWindow,
                                                                             tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    for row in (["Titre", "Début", "Fin", "Lieu"],
                ["Déjeuner", 45734.5, 45734.5625, "Rosewood"],  # dates typed as numbers: Excel serials
                ["=A2&\" (suite)\"", 45735.375, "=B3+1/24", "HKCEC"]):
        workbook.active.append(row)
    path = tmp_path / "programme.xlsx"
    workbook.save(path)
    wizard = import_through(window, "programme", path)
    assert "a workbook, first sheet, 2 row(s)" in wizard.mapping_page.file_label.text()
    rows = wizard.preview_page.problems_table.rows()
    assert [(row, column) for row, column, reason in rows if "formula" in reason] == [("3", "Titre"), ("3", "Fin")]
    assert all(row == "3" for row, _column, _reason in rows)  # row 2's serial dates were read
    assert not wizard.preview_page.isComplete()
