"""Which import column each header of a file is: a suggestion a person then corrects.

A header is matched, best first, as the column's own name ("email"), a known spelling of it
(``import_rows.ALIASES`` and the localized ``header_variants.HEADER_VARIANTS``: "E-mail",
"電郵", "이메일", "courriel"), what such a name stands for in a kind without that column
(``STAND_INS``: "Start" in a stays file is ``arrival``), and last an English spelling
one typo away ("Emial"). Every column goes to one header at most: the better match wins, then the first
in file order; the others are left unmapped for the person to decide.

A mapping is ``{normalised header (Table.columns): column, or None to ignore it}``;
``import_rows.layout_for(..., mapping=...)`` reads a file through one.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence

from .header_variants import HEADER_VARIANTS, STAND_INS
from .import_rows import ALIASES, Column
from .tabular import Table, normalise_header

ColumnMapping = dict[str, str | None]
"""Normalised file header → the import column it holds, or None when it is not imported."""

_PARENTHESIS = re.compile(r"[(（\[【].*?[)）\]】]")
_TRAILING_MARKS = "*＊:：.。 "
_LATIN_END = 0x250  # combining marks after a letter below this are accents on Latin letters
_SHORTEST_GUESSED = 5  # shorter words are too alike ("Main" and "Mail")

_EXACT, _NAMED, _STAND_IN, _CLOSE = range(4)


def header_key(header: object) -> str:
    """The form headers are compared in: 'Début *' and 'debut' alike, 'Ｅメール' as 'eメール'."""
    text = unicodedata.normalize("NFKC", "" if header is None else str(header))
    text = text.replace("’", "'").replace("‘", "'")
    return normalise_header(_without_latin_accents(text).casefold().strip().rstrip(_TRAILING_MARKS))


def _without_latin_accents(text: str) -> str:
    # Only Latin accents go: a kana's voicing mark (also a combining mark) changes the word.
    kept: list[str] = []
    base = ""
    for char in unicodedata.normalize("NFD", text):
        if unicodedata.combining(char):
            if base and ord(base) < _LATIN_END:
                continue
        else:
            base = char
        kept.append(char)
    return unicodedata.normalize("NFC", "".join(kept))


def _named_index() -> dict[str, str]:
    index = {header_key(alias): column for alias, column in ALIASES.items()}
    for variants in HEADER_VARIANTS.values():
        for column, spellings in variants.items():
            for spelling in spellings:
                index.setdefault(header_key(spelling), column)
    return index


NAMED: dict[str, str] = _named_index()
"""Header key → the column it names (aliases and every language's variants)."""


def _keys(header: str) -> list[str]:
    keys = [header_key(header), header_key(_PARENTHESIS.sub("", header))]
    return [key for index, key in enumerate(keys) if key and key not in keys[:index]]


def ranked_candidates(header: str) -> list[tuple[int, str]]:
    """(rank, column) the header may mean, best first; ``header`` as written in the file."""
    ranked: list[tuple[int, str]] = []
    named: list[str] = []
    for key in _keys(header):
        ranked.append((_EXACT, key))
        named.append(key)
        if key in NAMED:
            ranked.append((_NAMED, NAMED[key]))
            named.append(NAMED[key])
    ranked += [(_STAND_IN, stand_in) for column in named for stand_in in STAND_INS.get(column, ())]
    best: dict[str, int] = {}
    for rank, column in ranked:
        best.setdefault(column, rank)
    return [(rank, column) for column, rank in best.items()]


def column_candidates(header: str) -> tuple[str, ...]:
    """Every column ``header`` (as written) may mean, best first."""
    return tuple(column for _rank, column in ranked_candidates(header))


def _close_column(header: str, known: Iterable[str]) -> str | None:
    """The known column an English header is one typo away from ("Emial", "Adress"); None when
    there is none, or several, or the header is in another script or too short to tell."""
    key = header_key(header)
    if not key.isascii() or len(key) < _SHORTEST_GUESSED:
        return None
    known = set(known)
    spellings = {column: column for column in known}
    spellings |= {spelling: column for spelling, column in NAMED.items() if column in known and spelling.isascii()}
    near = {column for spelling, column in spellings.items() if _one_typo_apart(key, spelling)}
    return near.pop() if len(near) == 1 else None


def _one_typo_apart(typed: str, word: str) -> bool:
    """One letter wrong, missing, extra, or two neighbours swapped."""
    if typed == word or abs(len(typed) - len(word)) > 1:
        return False
    if len(typed) == len(word):
        differ = [i for i in range(len(word)) if typed[i] != word[i]]
        return len(differ) == 1 or (len(differ) == 2 and differ[1] == differ[0] + 1
                                     and typed[differ[0]] == word[differ[1]] and typed[differ[1]] == word[differ[0]])
    shorter, longer = sorted((typed, word), key=len)
    return any(longer[:i] + longer[i + 1:] == shorter for i in range(len(longer)))


def suggest_columns(table: Table, columns: Sequence[Column]) -> ColumnMapping:
    """For each of ``table``'s headers (normalised, in file order) the column it most likely holds."""
    known = {column.name for column in columns}
    offers: list[tuple[int, int, int, str, str]] = []  # (rank, file position, preference, header, column)
    for position, header in enumerate(table.columns):
        written = table.original_headers[header]
        offers += [(rank, position, preference, header, column)
                   for preference, (rank, column) in enumerate(ranked_candidates(written)) if column in known]
        close = _close_column(written, known)
        if close is not None:
            offers.append((_CLOSE, position, 0, header, close))
    mapping: ColumnMapping = dict.fromkeys(table.columns)
    taken: set[str] = set()
    for _rank, _position, _preference, header, column in sorted(offers):
        if mapping[header] is None and column not in taken:
            mapping[header] = column
            taken.add(column)
    return mapping


__all__ = ["NAMED", "ColumnMapping", "column_candidates", "header_key", "ranked_candidates", "suggest_columns"]
