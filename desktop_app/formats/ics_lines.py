"""iCalendar content lines, byte for byte as icalendar writes them, without its slow paths.

icalendar folds a line by encoding it one character at a time (``parser.string._foldline``): on
the 5,000-activity plan that loop was a quarter of an export. ``fold`` gives the same bytes
from one ``encode`` and a few slices; ``escape_text`` is icalendar's TEXT escaping. Values of
any other type (times with their TZID, GEO, CATEGORIES, durations ...) are still written by
icalendar itself, once per distinct value (``LineCache``). ``tests/formats/test_ics_lines.py``
proves the bytes identical to the library's on a corpus of tricky strings.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from icalendar import Component, vText

_LIMIT = 74
"""icalendar folds before a character that would make a line reach 75 octets: at most 74."""
_ESCAPES = frozenset(b"\\^")
"""icalendar never ends a folded line with one of these (issue #1501 of icalendar)."""


def escape_text(text: str) -> str:
    """RFC 5545 TEXT escaping, in icalendar's order (which also reads a literal ``\\N`` as a newline)."""
    return (
        text.replace("\\N", "\n")
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def fold(line: str) -> bytes:
    """``line`` as UTF-8, folded as icalendar folds it: pieces of at most 74 octets, never inside
    a multi-byte character, never right after a backslash or caret; continuation lines start
    with one space."""
    data = line.encode()
    if len(data) <= _LIMIT:
        return data
    pieces = []
    start, size = 0, len(data)
    while size - start > _LIMIT:
        end = start + _LIMIT
        while data[end] & 0xC0 == 0x80:  # a UTF-8 continuation byte: cut before its character
            end -= 1
        if data[end - 1] in _ESCAPES:  # keep an escape with the character it escapes
            end -= 1
        pieces.append(data[start:end])
        start = end
    pieces.append(data[start:])
    return b"\r\n ".join(pieces)


def text_line(name: str, text: str) -> bytes:
    """A TEXT property without parameters (SUMMARY, DESCRIPTION, UID ...), folded."""
    return fold(f"{name}:{escape_text(text)}")


def _key(value: Any) -> Any:
    """A cache key that tells apart what ``==`` does not: aware datetimes compare by instant,
    so 09:00 in Hong Kong and 01:00Z are equal, but they are written differently."""
    if isinstance(value, datetime):
        return (datetime, value.isoformat(), str(value.tzinfo))
    if isinstance(value, list):
        return (list, *map(_key, value))
    return (type(value), value)


class LineCache:
    """Content lines of one component type, each distinct (name, value) written once by icalendar.

    TEXT properties (per ``component_type.types_factory``) go through :func:`text_line`, which
    needs no cache; everything else is added to a scratch component with ``Component.add``, so
    icalendar picks the type, parameters (TZID) and UTC conversion exactly as it would.
    """

    def __init__(self, component_type: type[Component]) -> None:
        self._component_type = component_type
        self._lines: dict[tuple[str, Any], bytes] = {}
        self._is_text: dict[str, bool] = {}

    def line(self, name: str, value: Any) -> bytes:
        if isinstance(value, str) and self._text(name):
            return text_line(name, value)
        key = (name, _key(value))
        line = self._lines.get(key)
        if line is None:
            scratch = self._component_type()
            scratch.add(name, value)
            line = self._lines[key] = fold(str(scratch.content_line(name, scratch[name])))
        return line

    def _text(self, name: str) -> bool:
        known = self._is_text.get(name)
        if known is None:
            known = self._is_text[name] = self._component_type.types_factory.for_property(name) is vText
        return known


def rank(component_type: type[Component], names: list[str]) -> dict[str, int]:
    """Where icalendar puts each property of ``component_type``: its canonical order, then A–Z."""
    order: tuple[str, ...] = component_type.canonical_order or ()
    canonical = [name for name in order if name in names]
    return {name: index for index, name in enumerate([*canonical, *sorted(set(names) - set(canonical))])}
