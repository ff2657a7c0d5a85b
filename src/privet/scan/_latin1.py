"""Twins of regular expressions for texts whose characters are all Latin-1 (code points below 256).

``re`` tests a category such as ``\\d``, ``\\w`` or ``[^\\W\\d_]`` with a Unicode database look-up per character,
but a set of literal characters below 256 with one bit test. In a Latin-1 text (most texts the span finder
sees) a category and the set of its Latin-1 members match the same characters, so :func:`latin1_twin`
rewrites each category, and each character set that holds one, as that explicit set: the twin finds exactly
the matches of the original pattern in any Latin-1 text, faster.
"""

from __future__ import annotations

import re
from functools import cache

__all__ = ["is_latin1", "latin1_twin"]

_CATEGORIES = frozenset("dDwWsS")
_BEYOND_LATIN1 = re.compile("[^\x00-\xff]")


def is_latin1(text: str) -> bool:
    """Whether every character of ``text`` is below U+0100."""
    return text.isascii() or _BEYOND_LATIN1.search(text) is None


_ALL_LATIN1 = "".join(map(chr, range(256)))


@cache
def _explicit(char_set: str, flags: int) -> str:
    """``char_set`` (a character set or a category escape) as the set of its Latin-1 members."""
    members = [ord(ch) for ch in re.findall(char_set, _ALL_LATIN1, flags)]
    if not members:
        return "(?!)"
    ranges = []
    start = prev = members[0]
    for c in members[1:]:
        if c != prev + 1:
            ranges.append((start, prev))
            start = c
        prev = c
    ranges.append((start, prev))
    return "[" + "".join(f"\\x{a:02x}" if a == b else f"\\x{a:02x}-\\x{b:02x}" for a, b in ranges) + "]"


def _class_end(source: str, i: int) -> int:
    """The index after the character set that starts with the "[" at ``i``."""
    j = i + 1
    if source.startswith("^", j):
        j += 1
    if source.startswith("]", j):
        j += 1
    while source[j] != "]":
        j += 2 if source[j] == "\\" else 1
    return j + 1


def latin1_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """A pattern with the same matches as ``pattern`` in Latin-1 texts, with categories written as explicit sets
    (``pattern`` itself when it ignores case: case folding can leave Latin-1)."""
    if pattern.flags & re.IGNORECASE:
        return pattern
    source, flags = pattern.pattern, pattern.flags
    out = []
    i = 0
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            escape = source[i : i + 2]
            out.append(_explicit(escape, flags) if escape[1] in _CATEGORIES else escape)
            i += 2
        elif ch == "[":
            end = _class_end(source, i)
            char_set = source[i:end]
            has_category = re.search(r"(?<!\\)(?:\\\\)*\\[dDwWsS]", char_set) is not None
            out.append(_explicit(char_set, flags) if has_category else char_set)
            i = end
        else:
            out.append(ch)
            i += 1
    return re.compile("".join(out), flags)
