"""The font chain: every script the app meets is drawn by an embeddable font, never as boxes."""

from __future__ import annotations

import pytest
from reportlab.pdfbase.ttfonts import TTFont

from desktop_app.formats.font_files import font_files
from desktop_app.formats.pdf.fonts import REPLACEMENT, font_chain, printable_text
from tests.formats.pdf_sample import EMOJI_TITLE, NAMES

SCRIPT_SAMPLES = {
    "latin": "Søren Müller, Zoë, Ærø, Łódź, Çağrı",
    "vietnamese": "Nguyễn Thị Minh Khai, Gặp gỡ nhà sản xuất",
    "traditional": "黃嘉敏 香港會議展覽中心 灣仔",
    "simplified": "李晓明 会议 电影节",
    "japanese": "さとう さくら カタカナ 映画",
    "korean": "김지우 박수진 부산",
    "thai": "สมชาย ใจดี ห้องกรุงเทพ",
    "emoji": "🎬🍜☕✈★🎉😀📍",
}
EXPECTED_FONT = {
    "latin": "DejaVuSans", "vietnamese": "DejaVuSans", "traditional": "WenQuanYiMicroHei",
    "simplified": "WenQuanYiMicroHei", "japanese": "WenQuanYiMicroHei", "korean": "WenQuanYiMicroHei",
    "thai": "Loma", "emoji": "Symbola",
}


@pytest.mark.parametrize("script", sorted(SCRIPT_SAMPLES))
def test_every_script_is_covered_by_the_font_expected_for_it(script: str) -> None:
    runs = font_chain().runs(SCRIPT_SAMPLES[script])
    text = "".join(chunk for _font, chunk in runs)
    assert REPLACEMENT not in text
    assert text == SCRIPT_SAMPLES[script]
    letters = [(font, char) for font, chunk in runs for char in chunk if not char.isspace()]
    main_fonts = {font for font, char in letters if char not in ",・"}
    assert EXPECTED_FONT[script] in main_fonts


def test_mixed_text_is_split_into_runs_by_covering_font() -> None:
    runs = font_chain().runs("Wong 黃 กรุง 🎬 end")
    # a space stays in the run before it: fewer font switches, same text
    assert runs == [("DejaVuSans", "Wong "), ("WenQuanYiMicroHei", "黃 "), ("Loma", "กรุง "),
                    ("Symbola", "🎬 "), ("DejaVuSans", "end")]
    assert "".join(chunk for _, chunk in runs) == "Wong 黃 กรุง 🎬 end"


def test_bold_runs_use_bold_faces_where_they_exist() -> None:
    fonts = {font for font, _ in font_chain().runs("Anna 黃 กรุง", bold=True)}
    assert fonts == {"DejaVuSans-Bold", "WenQuanYiMicroHei", "Loma-Bold"}


def test_names_of_every_sample_script_need_no_replacement_character() -> None:
    chain = font_chain()
    for name, native in NAMES.values():
        for text in (name, native, EMOJI_TITLE):
            assert REPLACEMENT not in "".join(chunk for _, chunk in chain.runs(text))


def test_a_character_no_font_has_becomes_a_visible_replacement_not_a_gap() -> None:
    uncovered = "\U0001e900"  # Adlam: in none of the shipped fonts
    assert font_chain().runs(f"a{uncovered}b") == [("DejaVuSans", f"a{REPLACEMENT}b")]


def test_invisible_joiners_and_selectors_are_dropped_and_decomposed_text_is_composed() -> None:
    runs = font_chain().runs("☕\ufe0f Nguye\u0302\u0303n")
    assert "".join(chunk for _, chunk in runs) == "☕ Nguyễn"


@pytest.mark.parametrize("hostile", [
    "Lee & Partners <HK> Ltd",
    "<b>&amp;",
    '<img src="/etc/passwd"/>',
    '<a href="https://evil.example">x</a>',
    "<para>&lt;</para>",
])
def test_markup_escapes_user_text(hostile: str) -> None:
    markup = font_chain().markup(hostile)
    assert "<img" not in markup and "<a " not in markup and "<b>" not in markup and "<para" not in markup
    assert "&lt;" in markup or "&amp;" in markup


def test_markup_keeps_line_breaks_as_breaks() -> None:
    assert "<br/>" in font_chain().markup("first\nsecond")


def test_fit_shortens_with_an_ellipsis_to_the_width() -> None:
    chain = font_chain()
    text = "Co-production breakfast with the Busan and Rotterdam funds 黃嘉敏"
    fitted = chain.fit(text, 8, 60)
    assert fitted.endswith("…")
    assert chain.string_width(fitted, 8) <= 60
    assert chain.fit("short", 8, 60) == "short"


def test_font_files_exist_and_are_truetype_outline_fonts_reportlab_can_embed() -> None:
    files = font_files()
    assert len(files) >= 4
    names = {path.name for path in files}
    assert {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "wqy-microhei.ttc", "Loma.ttf"} <= names
    for path in files:
        assert path.is_file()
        # reportlab refuses CFF (OpenType-outline) fonts: loading proves these have glyf outlines
        TTFont(f"check-{path.stem}", str(path))


def test_printable_text_composes_letters_and_turns_controls_into_spaces() -> None:
    decomposed = "Nguye\u0302\u0303n"  # e + circumflex + tilde, as some keyboards type it
    assert printable_text(decomposed) == "Nguyễn"
    assert printable_text("a\tb\x00c\r\nd\re") == "a b c\nd\ne"
