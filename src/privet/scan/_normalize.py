"""Normalising values and headers for dictionary look-ups (case, accents, punctuation)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["fold", "header_tokens", "words"]

_NON_WORD = re.compile(r"[^0-9a-z]+")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Lower-case, strip accents (ß→ss), turn punctuation into single spaces."""
    if text.isascii():
        return _NON_WORD.sub(" ", text.lower()).strip()
    text = text.replace("ß", "ss").replace("ẞ", "ss").replace("ø", "o").replace("Ø", "o").replace("æ", "ae")
    text = text.replace("ł", "l").replace("Ł", "l")  # Polish ł has no decomposition
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_text = decomposed.encode("ascii", "ignore").decode("ascii")
    if not ascii_text and decomposed:  # a non-Latin script: keep it, lower-cased, without combining marks
        ascii_text = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NON_WORD.sub(" ", ascii_text.lower()).strip()


def header_tokens(header: str) -> list[str]:
    """Split a header written in snake, kebab, camel or Pascal case into folded tokens."""
    spaced = _CAMEL.sub(" ", header)
    return [t for t in fold(spaced).split() if t]


def words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text`` as a set (for word lists written as one string)."""
    return frozenset(text.split())
