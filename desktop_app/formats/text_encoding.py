"""Decoding a text file's bytes: UTF-8, UTF-16 with a byte-order mark, else a detected legacy encoding.

UTF-8 is tried first and strictly, so a UTF-8 file is never guessed at. A byte-order mark
decides UTF-8 or UTF-16 (Excel's "Unicode Text"). Anything else is handed to
``charset-normalizer``, limited to the encodings Excel's plain "CSV" uses on Windows in our
users' regions, and its answer is taken only when it is unambiguous: short files (a few
names) often decode without a flaw in two or three of them, and then we refuse rather than
guess (see docs/stack-notes.md, "Spreadsheets").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_BOMS = {  # byte-order mark → (codec for what follows it, the name in messages)
    b"\xef\xbb\xbf": ("utf-8", "UTF-8"),
    b"\xff\xfe": ("utf-16-le", "UTF-16"),
    b"\xfe\xff": ("utf-16-be", "UTF-16"),
}

LEGACY_ENCODINGS: dict[str, str] = {
    "cp1252": "Windows-1252",  # Western Europe and the Americas
    "big5hkscs": "Big5",  # Hong Kong and Taiwan; HKSCS adds Cantonese characters used in names
    "gb18030": "GB18030",  # mainland China; a superset of GBK and GB2312
    "cp932": "Shift_JIS",  # Windows' Shift_JIS
    "cp949": "EUC-KR",  # Windows' superset of EUC-KR
}
"""Python codec → the name a user knows. Single-byte pages such as cp1250, cp1251 and cp874 are
left out on purpose: they read any CJK bytes as plausible-looking letters and win wrongly."""

_AMBIGUITY_MARGIN = 0.12
"""Readings whose "mess" is within this of the best one count as rivals (measured on short files)."""

_CJK = r"\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef"
# "Müller" in Windows-1252 is valid GB18030 ("M黮ler"): a Latin word cut by a double-byte pair.
_LATIN_WORD_CUT_BY_CJK = re.compile(rf"[A-Za-z][{_CJK}]+[A-Za-z]")
# UTF-8 "ü" is C3 BC; in Windows-1252 that reads "Ã¼", which charset-normalizer finds unremarkable.
_UTF8_PAIR = re.compile(rb"[\xc2\xc3][\x80-\xbf]|\xe2\x80[\x80-\xbf]")


class UndecodableText(ValueError):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class DecodedText:
    text: str
    guessed_encoding: str = ""
    """The legacy encoding detected (e.g. "Big5"); empty for UTF-8 and UTF-16, which are certain."""
    encoding: str = "UTF-8"
    """The encoding read, as a user knows it: "UTF-8", "UTF-16", "Big5" ..."""


def has_utf16_bom(data: bytes) -> bool:
    return data.startswith((b"\xff\xfe", b"\xfe\xff"))


def decode_text(data: bytes) -> DecodedText:
    """The text of ``data``; raises ``UndecodableText`` (with the line of the first bad byte)."""
    for bom, (codec, label) in _BOMS.items():
        if data.startswith(bom):
            return DecodedText(_strict(data[len(bom):], codec, label), encoding=label)
    try:
        return DecodedText(data.decode("utf-8"))
    except UnicodeDecodeError as error:
        first_bad_line = data[: error.start].count(b"\n") + 1
    detected = _detected_codec(data)
    if detected is None:
        raise UndecodableText(f"is not UTF-8 text (first bad byte on line {first_bad_line}), "
                              "and which encoding it is cannot be told for sure")
    return DecodedText(data.decode(detected), LEGACY_ENCODINGS[detected], LEGACY_ENCODINGS[detected])


def _strict(body: bytes, codec: str, label: str) -> str:
    try:
        return body.decode(codec)
    except UnicodeDecodeError as error:
        line = body[: error.start].decode(codec, errors="replace").count("\n") + 1
        raise UndecodableText(f"is not valid {label} text although it starts with a {label} byte-order mark "
                              f"(first bad byte on line {line})") from None


def _detected_codec(data: bytes) -> str | None:
    """The one plausible reading among ``LEGACY_ENCODINGS``, or None when there is none or several."""
    # Imported here so reading a UTF-8 file never pays for the detector's import.
    from charset_normalizer import from_bytes

    readings: dict[str, float] = {}  # codec → charset-normalizer's "chaos" (mess ratio) of its reading
    for match in from_bytes(data, cp_isolation=list(LEGACY_ENCODINGS)):
        try:
            text = data.decode(match.encoding)  # the detector samples chunks; the whole file must decode
        except UnicodeDecodeError:
            continue
        if not _LATIN_WORD_CUT_BY_CJK.search(text):
            readings[match.encoding] = match.chaos
    if not readings:
        return None
    least_mess = min(readings.values())
    rivals = [codec for codec, mess in readings.items() if mess <= least_mess + _AMBIGUITY_MARGIN]
    if len(rivals) != 1:
        return None
    if rivals[0] == "cp1252" and _UTF8_PAIR.search(data):
        return None  # UTF-8 text with a few Windows-1252 bytes pasted in: either reading garbles part
    return rivals[0]
