"""Calendar file names safe on Windows, macOS and Linux, unique and stable."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop_app.formats.filenames import MAX_STEM_BYTES, safe_stem, unique_names

WINDOWS_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


@pytest.mark.parametrize(
    ("label", "stem"),
    [
        ("Wong Ka-man 黃嘉敏", "Wong Ka-man 黃嘉敏"),
        ("Kim Ji-woo 김지우", "Kim Ji-woo 김지우"),
        ("กรุงเทพ Films", "กรุงเทพ Films"),
        ("Anna Müller", "Anna Müller"),
        ("../../etc/passwd", "etc passwd"),
        ("..", "calendar"),
        ("CON", "CON_"),
        ("con.ics", "con.ics_"),
        ("LPT1", "LPT1_"),
        ("Zoë: 🎬 Films", "Zoë Films"),
        ("a<b>c:d\"e|f?g*h\\i", "a b c d e f g h i"),
        ("trailing dots...", "trailing dots"),
        (".hidden", "hidden"),
        ("🎬🎬", "calendar"),
        ("tab\there\nnewline", "tab here newline"),
    ],
)
def test_names_are_made_safe(label: str, stem: str) -> None:
    assert safe_stem(label) == stem


def test_decomposed_accents_are_normalised_to_one_spelling() -> None:
    assert safe_stem("Mu\u0308ller") == safe_stem("Müller") == "Müller"


def test_long_names_are_cut_on_a_character_boundary() -> None:
    stem = safe_stem("黃" * 200)
    assert len(stem.encode("utf-8")) <= MAX_STEM_BYTES
    assert set(stem) == {"黃"}


def test_safe_names_can_be_created_in_a_folder(tmp_path: Path) -> None:
    names = unique_names([(str(i), label) for i, label in enumerate(
        ["../CON", "黃嘉敏", "🎬", "a:b", "A:B", "Zoë: 🎬 Films", "x" * 400]
    )], ".ics")
    for name in names.values():
        assert not WINDOWS_FORBIDDEN.search(name)
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(names.values())


def test_clashing_names_get_their_key_and_others_keep_theirs() -> None:
    names = unique_names([("7", "Anna Müller"), ("9", "anna müller"), ("3", "Wong Ka-man")], ".ics")
    assert names == {"7": "Anna Müller-7.ics", "9": "anna müller-9.ics", "3": "Wong Ka-man.ics"}
    # stable: the same people give the same names in any order
    assert unique_names([("3", "Wong Ka-man"), ("9", "anna müller"), ("7", "Anna Müller")], ".ics") == names
