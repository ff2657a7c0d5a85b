"""The span finder's fast paths give what the plain form they replace gives (hypothesis properties).

Each rewritten pattern or gate is compared with its reference form on generated text that mixes the characters
the pattern cares about (digits, capitals, blanks, separators, non-ASCII letters and digits) with arbitrary text.
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from privet.scan import _text_address, _text_names, _text_patterns

_PIECES = [
    "0", "00", "+", "(", ")", "1", "7", "٣", " ", "\t", "\n", "\u00a0", ".", "-", "/", "x", "ext", "#", ",", "A",
    "AB", "Z", "S", "s/n", "é", "É", "ß", "İ", "anna", "Anna", "ANNA", "straße", "Weg", "Hof", "Street", "Am ",
    "12", "12345", "030 1234567", "Flat", "_", "'", "’", "ǅ", "\x1c",
]  # fmt: skip
_TEXTS = st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=6)), max_size=24).map("".join)
_SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_PHONE_PLAIN = re.compile(
    r"(?<![\w+])(?:\+|00)?\(?\d[\d \t\u00a0().\-/]{5,20}\d(?:\s?(?:x|ext\.?|extension|#)\s?\d{1,5})?(?!\w)"
)
_LOWER_WORD = re.compile(r"[^\W\d_]+")


@_SETTINGS
@given(_TEXTS)
def test_phone_pattern_matches_its_plain_form(text: str) -> None:
    fast = [m.span() for m in _text_patterns._PHONE.finditer(text)]
    assert fast == [m.span() for m in _PHONE_PLAIN.finditer(text)]


@_SETTINGS
@given(_TEXTS)
def test_digit_runs_and_codice_fiscale_gate(text: str) -> None:
    assert [run[0] for run in _text_patterns._DIGIT_RUN.findall(text)] == re.findall(r"\d+", text)
    assert (_text_patterns._CF_GATE.search(text) is None) == (re.search(r"[A-Z]{6}\d\d", text) is None)


def _digit_runs_plain(text: str) -> _text_patterns.DigitRuns:
    parts, lengths, prev_end, prev_len, paired, chain, spaced_total = [], set(), -2, 0, False, 0, 0
    for m in re.finditer(r"\d+", text):
        start, end = m.span()
        n = end - start
        if start == prev_end + 1 and text[prev_end] in " .-":
            sep = text[prev_end]
            parts.append(sep)
            paired = paired or (n >= 2 and prev_len >= 2)
            chain = chain + n if sep != "." else n
        else:
            b = start - 2 if text[start - 1 : start] == " " else start - 1
            parts.append("A" if b >= 1 and "A" <= text[b] <= "Z" and "A" <= text[b - 1] <= "Z" else "#")
            chain = n
        parts.append(str(n))
        lengths.add(n)
        spaced_total = max(spaced_total, chain)
        prev_end, prev_len = end, n
    return _text_patterns.DigitRuns(
        frozenset(lengths), "|".join(parts) + "|", max(lengths, default=0), paired, spaced_total
    )


_RUN_TEXTS = st.lists(
    st.sampled_from(["1", "23", "456", " ", ".", "-", "A", "B", "AB", "x", "٣", "é", "\n"]), max_size=20
)


@_SETTINGS
@given(_RUN_TEXTS.map("".join) | _TEXTS)
def test_digit_runs_summary_matches_its_plain_form(text: str) -> None:
    latin1 = all(ord(ch) < 256 for ch in text)
    assert _text_patterns._digit_runs(text, latin1) == _digit_runs_plain(text)


@_SETTINGS
@given(st.text(alphabet="abczAZ _1-'\n.\x1c", max_size=30))
def test_ascii_lower_words_are_the_lower_case_words(text: str) -> None:
    words = {w for w in _LOWER_WORD.findall(text) if w.islower()}
    assert set(_text_names._ASCII_LOWER_WORD.findall(text)) == words


@_SETTINGS
@given(_TEXTS, st.integers(0, 30), st.integers(0, 60))
def test_street_patterns_start_where_their_first_character_is(text: str, lo: int, width: int) -> None:
    """Patterns 2 and 3 searched from the first character a match can start with find the same match."""
    _, p2, p3, *_ = _text_address._patterns()
    lo = min(lo, len(text))
    hi = min(len(text), lo + width)
    for pattern, first in ((p2, _text_address._FIRST_P2), (p3, _text_address._FIRST_P3)):
        plain = pattern.search(text, lo, hi)
        start = first.search(text, lo, hi)
        fast = pattern.search(text, start.start(), hi) if start is not None else None
        assert (plain and plain.span()) == (fast and fast.span())


@_SETTINGS
@given(_TEXTS)
def test_phrase_searches_equal_substring_tests(text: str) -> None:
    lower = text.lower()
    for keys, pattern in (
        (_text_patterns._BIRTH_KEYS, _text_patterns._BIRTH_KEYS_ANY),
        (_text_patterns._HOTLINE_SUBSTRINGS, _text_patterns._HOTLINE_ANY),
    ):
        for probe in (lower, lower + keys[len(text) % len(keys)]):
            assert (pattern.search(probe) is not None) == any(k in probe for k in keys)


@_SETTINGS
@given(_TEXTS, st.integers(0, 30), st.integers(0, 80))
def test_pattern_4_gate_is_necessary(text: str, lo: int, width: int) -> None:
    """Where pattern 4 (a capitalized name and a house number) matches, its gate finds something too."""
    p4 = _text_address._patterns()[3]
    lo = min(lo, len(text))
    hi = min(len(text), lo + width)
    if p4.search(text, lo, hi) is not None:
        assert _text_address._P4_GATE.search(text, lo, hi) is not None


@_SETTINGS
@given(_TEXTS)
def test_address_words_lose_their_trailing_dots(text: str) -> None:
    plain = {w.rstrip(".") for w in re.findall(r"[^\W\d_][^\s,;:]*", text)}
    assert set(_text_address._WORD.findall(text)) == plain


_LATIN1_TEXTS = _TEXTS.map(lambda t: "".join(ch if ord(ch) < 256 else "é" for ch in t))
_TWINNED = [
    _text_patterns._DIGIT_RUN, _text_patterns._PHONE, _text_patterns._WORDS, _text_patterns._IBAN_START,
    _text_names._CAP_TOKEN, _text_names._SPEAKER, _text_names._PARTNERSHIP, _text_names._LOWER_WORD,
    _text_address._WORD, _text_address._PC_RUN, _text_address._P4_GATE, *_text_address._patterns(),
    *(rule.pattern for rule in _text_patterns._ID_RULES),
]  # fmt: skip


def test_latin1_twins_accept_the_same_characters() -> None:
    from privet.scan._latin1 import latin1_twin

    for pattern in _TWINNED:
        twin = latin1_twin(pattern)
        for code in range(256):
            ch = chr(code)
            for text in (ch, "a" + ch, ch + "1", "Ab" + ch + "12 Cd"):
                assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in twin.finditer(text)]


@_SETTINGS
@given(_LATIN1_TEXTS)
def test_latin1_twins_find_the_same_matches(text: str) -> None:
    from privet.scan._latin1 import is_latin1, latin1_twin

    assert is_latin1(text)
    for pattern in _TWINNED:
        twin = latin1_twin(pattern)
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in twin.finditer(text)]
