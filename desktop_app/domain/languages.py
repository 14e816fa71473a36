"""Languages as BCP 47 tags (ko, yue, zh-Hant, th, en, pt-BR), and what interpreting between two needs.

Tags are checked for their shape only (a 2–3 letter language, then an optional 4-letter script
and a 2-letter or 3-digit region) and written in the canonical case: ``zh-hant`` is ``zh-Hant``,
``pt-br`` is ``pt-BR``. Someone who speaks a tag covers a need for it when one tag is the other
or a prefix of it at a subtag boundary: a ``zh`` speaker covers ``zh-Hant`` and a ``zh-Hant``
speaker covers ``zh`` (RFC 4647 lookup, both ways), but ``zh`` never covers ``yue``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .errors import ValidationError

_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}$")
_SCRIPT = re.compile(r"^[A-Za-z]{4}$")
_REGION = re.compile(r"^(?:[A-Za-z]{2}|\d{3})$")
_PAIR_SEPARATORS = re.compile(r"\s*(?:/|↔|<>|<->|>|,|;|\s)\s*")

NAMES = {
    "ar": "Arabic", "cmn": "Mandarin", "de": "German", "en": "English", "es": "Spanish", "fr": "French",
    "hi": "Hindi", "id": "Indonesian", "it": "Italian", "ja": "Japanese", "km": "Khmer", "ko": "Korean",
    "ms": "Malay", "nl": "Dutch", "pl": "Polish", "pt": "Portuguese", "ru": "Russian", "th": "Thai",
    "tl": "Filipino", "vi": "Vietnamese", "yue": "Cantonese", "zh": "Chinese", "zh-Hans": "Chinese (Simplified)",
    "zh-Hant": "Chinese (Traditional)",
}
"""English names of the tags delegations meet most; any other tag is shown as itself."""


def language_tag(text: str, field: str = "languages") -> str:
    """``text`` as a canonical BCP 47 tag, or a ValidationError naming it."""
    parts = text.strip().replace("_", "-").split("-")
    if not parts or not _LANGUAGE.match(parts[0]):
        raise ValidationError(field, f"'{text.strip()}' is not a language tag (BCP 47, such as ko, yue, zh-Hant, en)")
    canonical = [parts[0].lower()]
    rest = parts[1:]
    if rest and _SCRIPT.match(rest[0]):
        canonical.append(rest.pop(0).title())
    if rest and _REGION.match(rest[0]):
        canonical.append(rest.pop(0).upper())
    if rest:
        raise ValidationError(field, f"'{text.strip()}' is not a language tag (BCP 47, such as ko, yue, zh-Hant, en)")
    return "-".join(canonical)


def language_tags(tags: Iterable[str], field: str = "languages") -> tuple[str, ...]:
    """Canonical tags, each once, in the order given."""
    return tuple(dict.fromkeys(language_tag(tag, field) for tag in tags if tag.strip()))


def parse_languages(text: str, field: str = "languages") -> tuple[str, ...]:
    """'ko; yue, en' or 'ko yue en' → ('ko', 'yue', 'en')."""
    return language_tags(re.split(r"[\s,;/]+", text), field)


def parse_pair(text: str, field: str = "interpreting") -> tuple[str, str]:
    """The two languages of an interpreting need: 'ko-yue', 'th/en', 'zh-Hant ↔ en'.

    With hyphens only, a lowercase 2–3 letter subtag starts the second language ('zh-Hant-en'
    is zh-Hant and en; 'zh-HK-en' is zh-HK and en); anything else needs a separator such as '/'.
    """
    stripped = text.strip()
    parts = [p for p in _PAIR_SEPARATORS.split(stripped) if p]
    if len(parts) == 1:
        parts = _split_hyphenated(stripped, field)
    if len(parts) != 2:
        raise ValidationError(field, f"'{stripped}' is not two languages (write them as ko-yue or zh-Hant/en)")
    first, second = language_tag(parts[0], field), language_tag(parts[1], field)
    if covers(first, second):
        raise ValidationError(field, f"'{stripped}' names the same language twice")
    return first, second


def _split_hyphenated(text: str, field: str) -> list[str]:
    subtags = text.split("-")
    starts = [i for i, subtag in enumerate(subtags)
              if i == 0 or (subtag.islower() and _LANGUAGE.match(subtag))]
    if len(starts) != 2:
        raise ValidationError(field, f"'{text}' is not two languages (write them as ko-yue or zh-Hant/en)")
    return ["-".join(subtags[:starts[1]]), "-".join(subtags[starts[1]:])]


def covers(spoken: str, needed: str) -> bool:
    """Whether a speaker of ``spoken`` can serve ``needed`` (one tag a prefix of the other)."""
    a, b = spoken.casefold(), needed.casefold()
    return a == b or b.startswith(a + "-") or a.startswith(b + "-")


def speaks(languages: Iterable[str], needed: str) -> bool:
    return any(covers(spoken, needed) for spoken in languages)


def language_name(tag: str) -> str:
    """'Korean' for ko, 'Chinese (Traditional)' for zh-Hant, the tag itself when unknown."""
    if tag in NAMES:
        return NAMES[tag]
    base = tag.split("-")[0]
    return f"{NAMES[base]} ({tag})" if base in NAMES else tag


def pair_text(pair: tuple[str, ...]) -> str:
    """'Korean–Cantonese (ko/yue)'."""
    return f"{'–'.join(language_name(tag) for tag in pair)} ({'/'.join(pair)})"
