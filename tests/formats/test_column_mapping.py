"""Suggesting which import column each header of a file holds, in the languages managers use."""

from __future__ import annotations

import pytest

from desktop_app.formats.column_mapping import NAMED, column_candidates, header_key, suggest_columns
from desktop_app.formats.header_variants import HEADER_VARIANTS, STAND_INS
from desktop_app.formats.import_rows import ALIASES, RowReader, layout_for
from desktop_app.formats.tabular import Table, read_table_bytes
from desktop_app.services.imports.catalogue import KINDS, kind_named

EVERY_COLUMN = {column.name for kind in KINDS for column in kind.columns}


def table(header: str, *rows: str) -> Table:
    return read_table_bytes("\n".join((header, *rows)).encode(), "file.csv")


def suggested(header: str, kind: str) -> dict[str, str | None]:
    """As written → suggested column, for readable assertions."""
    found = kind_named(kind)
    assert found is not None
    file = table(header)
    return {file.original_headers[h]: column for h, column in suggest_columns(file, found.columns).items()}


# --- the table of variants ---------------------------------------------------------------

def test_every_variant_and_stand_in_names_a_real_column() -> None:
    for language, variants in HEADER_VARIANTS.items():
        assert set(variants) <= EVERY_COLUMN, language
    for column, stand_ins in STAND_INS.items():
        assert {column, *stand_ins} <= EVERY_COLUMN


def test_no_spelling_means_two_columns() -> None:
    meanings: dict[str, set[str]] = {}
    for alias, column in ALIASES.items():
        meanings.setdefault(header_key(alias), set()).add(column)
    for variants in HEADER_VARIANTS.values():
        for column, spellings in variants.items():
            for spelling in spellings:
                meanings.setdefault(header_key(spelling), set()).add(column)
    ambiguous = {key: columns for key, columns in meanings.items() if len(columns) > 1}
    assert ambiguous == {}
    shadowing = {key: columns for key, columns in meanings.items() if key in EVERY_COLUMN and columns != {key}}
    assert shadowing == {}  # a variant never hides another column's own name


def test_each_language_names_the_columns_of_a_first_import() -> None:
    essentials = {"name", "email", "organisation", "title", "start", "end", "venue", "timezone"}
    written_as_the_column = {"en": essentials, "de": {"name", "organisation"}}  # "Name", "Organisation"
    for language, variants in HEADER_VARIANTS.items():
        covered = set(variants) | written_as_the_column.get(language, set())
        if language == "zh-Hans":  # 姓名, 公司 ... are written alike in both Chinese scripts
            covered |= set(HEADER_VARIANTS["zh-Hant"])
        assert essentials <= covered, language


@pytest.mark.parametrize(("written", "key"), [
    ("Début *", "debut"), ("E-Mail", "e_mail"), ("  Fuseau horaire ", "fuseau_horaire"),
    ("Ｅメール", "eメール"), ("Date d’arrivée", "date_d'arrivee"), ("Tél.", "tel"), ("開始時間：", "開始時間"),
])
def test_headers_compare_without_case_accents_width_or_marks(written: str, key: str) -> None:
    assert header_key(written) == key


def test_a_kana_voicing_mark_is_not_an_accent() -> None:
    assert header_key("データ") != header_key("テータ")


def test_candidates_run_from_the_name_to_what_it_stands_in_for() -> None:
    assert column_candidates("Start time")[:3] == ("start_time", "start", "arrival")
    assert column_candidates("開始時間") == ("開始時間", "start", "arrival", "first_day", "earliest")
    assert column_candidates("Email (work)")[:2] == ("email_(work)", "email")
    assert NAMED[header_key("courriel")] == "email"


# --- suggestions ---------------------------------------------------------------------------

def test_english_variants() -> None:
    assert suggested("Full name,E-mail,Company,Job title,Mobile,Arrival date,Check-out,Hotel,Remarks",
                     "delegates") == {
        "Full name": "name", "E-mail": "email", "Company": "organisation", "Job title": "role",
        "Mobile": "phone", "Arrival date": "arrival", "Check-out": "departure", "Hotel": "hotel",
        "Remarks": "notes"}
    assert suggested("Event,Type,Start time,End time,Location,Time zone,Attending", "programme") == {
        "Event": "title", "Type": "kind", "Start time": "start", "End time": "end", "Location": "venue",
        "Time zone": "timezone", "Attending": "attendees"}


def test_chinese_headers_traditional_and_simplified() -> None:
    assert suggested("姓名,電郵,公司,職位,抵達,離開,酒店", "delegates") == {
        "姓名": "name", "電郵": "email", "公司": "organisation", "職位": "role", "抵達": "arrival",
        "離開": "departure", "酒店": "hotel"}
    assert suggested("標題,開始時間,結束時間,場地,時區", "programme") == {
        "標題": "title", "開始時間": "start", "結束時間": "end", "場地": "venue", "時區": "timezone"}
    assert suggested("题目,开始时间,结束时间,地点,备注", "programme") == {
        "题目": "title", "开始时间": "start", "结束时间": "end", "地点": "venue", "备注": "notes"}


def test_korean_and_japanese_headers() -> None:
    assert suggested("제목,시작,종료,장소,참석자,시간대", "programme") == {
        "제목": "title", "시작": "start", "종료": "end", "장소": "venue", "참석자": "attendees", "시간대": "timezone"}
    assert suggested("이름,이메일,회사", "contacts") == {"이름": "name", "이메일": "email", "회사": "organisation"}
    assert suggested("氏名,メールアドレス,会社名", "contacts") == {
        "氏名": "name", "メールアドレス": "email", "会社名": "organisation"}


def test_french_german_and_spanish_headers() -> None:
    assert suggested("Titre,Début,Fin,Lieu,Fuseau horaire", "programme") == {
        "Titre": "title", "Début": "start", "Fin": "end", "Lieu": "venue", "Fuseau horaire": "timezone"}
    assert suggested("Titel,Beginn,Ende,Ort,Zeitzone", "programme") == {
        "Titel": "title", "Beginn": "start", "Ende": "end", "Ort": "venue", "Zeitzone": "timezone"}
    assert suggested("Nombre,Correo electrónico,Empresa", "contacts") == {
        "Nombre": "name", "Correo electrónico": "email", "Empresa": "organisation"}
    assert suggested("Nom,Courriel,Société", "contacts") == {"Nom": "name", "Courriel": "email",
                                                             "Société": "organisation"}


def test_a_name_stands_in_for_the_column_a_kind_has_instead() -> None:
    assert suggested("Name,Room,Seats", "venues") == {"Name": "venue", "Room": "room", "Seats": "capacity"}
    assert suggested("Name,Start,End,Zone", "markets") == {
        "Name": "name", "Start": "first_day", "End": "last_day", "Zone": "timezone"}
    assert suggested("Delegate,開始時間,結束時間", "stays") == {
        "Delegate": "delegate", "開始時間": "arrival", "結束時間": "departure"}
    assert suggested("ID,Title,Start,End", "programme")["ID"] == "external_id"


def test_the_better_match_wins_and_the_other_is_left_to_the_person() -> None:
    assert suggested("Full name,Name", "delegates") == {"Full name": None, "Name": "name"}
    assert suggested("姓名,英文名", "delegates") == {"姓名": "name", "英文名": None}  # first in file order


def test_an_english_spelling_one_typo_off_is_suggested_and_unknown_headers_are_not() -> None:
    assert suggested("Emial,Shoe size,Main", "contacts") == {"Emial": "email", "Shoe size": None, "Main": None}
    assert suggested("Titel", "contacts") == {"Titel": "role"}  # a job title: contacts have no title column
    assert suggested("Titel,Strat,Ende,Adress", "programme") == {
        "Titel": "title", "Strat": "start", "Ende": "end", "Adress": None}  # programmes have no address
    assert suggested("Organsation,Adress,Notez", "contacts") == {
        "Organsation": "organisation", "Adress": None, "Notez": "notes"}


# --- reading a file through a mapping ------------------------------------------------------

def test_a_mapping_reads_the_columns_it_names_under_the_files_headers() -> None:
    delegates = kind_named("delegates")
    assert delegates is not None
    file = table("Full name,Name,Courriel", "Wong Ka-man,Ka-man,wong@example.hk")
    layout = layout_for(file, "delegates", delegates.columns,
                        {"full_name": "name", "name": None, "courriel": "email"})
    assert layout.present == {"name": "full_name", "email": "courriel"}
    assert layout.ignored == ("Name",) and layout.missing_required == ()
    assert (layout.file_header("name"), layout.file_header("phone")) == ("Full name", "phone")
    reader = RowReader(file.rows[0], layout, [])
    assert (reader.text("name"), reader.text("email")) == ("Wong Ka-man", "wong@example.hk")


def test_a_header_the_mapping_leaves_out_is_ignored_even_under_a_columns_name() -> None:
    delegates = kind_named("delegates")
    assert delegates is not None
    layout = layout_for(table("name,email"), "delegates", delegates.columns, {"name": "name"})
    assert layout.present == {"name": "name"} and layout.ignored == ("email",)


def test_a_mapping_that_names_a_column_twice_or_a_foreign_one_is_refused() -> None:
    delegates = kind_named("delegates")
    assert delegates is not None
    with pytest.raises(ValueError, match="two headers"):
        layout_for(table("a,b"), "delegates", delegates.columns, {"a": "name", "b": "name"})
    with pytest.raises(ValueError, match="not a column"):
        layout_for(table("a"), "delegates", delegates.columns, {"a": "venue"})
