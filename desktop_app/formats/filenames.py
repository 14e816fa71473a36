"""File names that work on Windows, macOS and Linux whatever a person is called."""

from __future__ import annotations

import re
import unicodedata

# Device names Windows refuses as a file's stem, with any extension ("CON.ics", "com1.txt").
_WINDOWS_RESERVED = re.compile(r"^(CON|PRN|AUX|NUL|CONIN\$|CONOUT\$|COM[0-9¹²³]|LPT[0-9¹²³])$", re.IGNORECASE)
_KEEP_PUNCTUATION = set(" -_.,()'&+")
MAX_STEM_BYTES = 120  # well under the 255-byte limit of ext4/APFS/NTFS, with room for "-123.ics"


def _keep(char: str) -> bool:
    """Letters, digits and combining marks of any script; a little harmless punctuation.

    Emoji, symbols and control characters go: several zip tools, mail clients and
    SMB shares mangle them even where the file system allows them.
    """
    category = unicodedata.category(char)
    return category[0] in "LMN" or char in _KEEP_PUNCTUATION


def safe_stem(label: str, fallback: str = "calendar") -> str:
    """``label`` made safe as a file name without extension; never empty, never a path."""
    text = unicodedata.normalize("NFC", label)
    text = "".join(char if _keep(char) else " " for char in text)
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"\.{2,}", ".", text)  # no ".." that a careless tool might read as a parent
    text = text.strip(" ._-")  # Windows drops trailing dots and spaces; leading dots hide files
    text = _truncate_utf8(text, MAX_STEM_BYTES).rstrip(" ._-")
    if not text:
        text = fallback
    if _WINDOWS_RESERVED.match(text.split(".")[0]):
        text = f"{text}_"
    return text


def _truncate_utf8(text: str, limit: int) -> str:
    encoded = text.encode("utf-8")
    if len(encoded) <= limit:
        return text
    return encoded[:limit].decode("utf-8", errors="ignore")


def unique_names(labels: list[tuple[str, str]], extension: str) -> dict[str, str]:
    """File names for ``(key, label)`` pairs: safe, unique (case-insensitively) and stable.

    A name two labels would share gets each one's key appended, so that adding a person
    never renames anyone else's file.
    """
    stems = {key: safe_stem(label) for key, label in labels}
    counts: dict[str, int] = {}
    for stem in stems.values():
        counts[stem.casefold()] = counts.get(stem.casefold(), 0) + 1
    names: dict[str, str] = {}
    for key, stem in stems.items():
        if counts[stem.casefold()] > 1:
            stem = f"{stem}-{safe_stem(key, 'x')}"
        names[key] = f"{stem}{extension}"
    return names
