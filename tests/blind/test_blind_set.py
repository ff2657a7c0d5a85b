"""The blind set's own invariants (labels, offsets, determinism, coverage); not privet's accuracy."""

from __future__ import annotations

import hashlib
import os
import string
import subprocess
import sys
from pathlib import Path

import pytest

from tests.blind import values as V
from tests.blind.tables import BlindTable, generate_tables
from tests.blind.taxonomy import CATEGORY_OF, LANGUAGES, TEXT_ENTITIES
from tests.blind.texts import BlindText, generate_texts

ROWS = 60
PER_LANGUAGE = 40


@pytest.fixture(scope="module")
def tables() -> list[BlindTable]:
    return generate_tables(seed=11, rows=ROWS)


@pytest.fixture(scope="module")
def texts() -> list[BlindText]:
    return generate_texts(seed=11, per_language=PER_LANGUAGE)


def test_table_labels_are_in_the_taxonomy(tables: list[BlindTable]) -> None:
    assert 13 <= len(tables) <= 16
    for table in tables:
        assert len({c.header for c in table.columns}) == len(table.columns), table.name
        for col in table.columns:
            assert CATEGORY_OF[col.entity] == col.category, (table.name, col.header)
            assert len(col.values) == ROWS
            assert any(v is not None and v.strip() for v in col.values), (table.name, col.header)
        categories = {c.category for c in table.columns}
        assert "none" in categories and categories - {"none"}, table.name  # hard negatives next to personal data


def test_texts_spans_are_exact_and_clean(texts: list[BlindText]) -> None:
    for item in texts:
        last_end = 0
        for span in item.spans:
            assert span.entity in TEXT_ENTITIES
            surface = item.text[span.start : span.end]
            assert surface == span.value and surface
            assert surface == surface.strip(), repr(surface)
            assert span.start >= last_end, "overlapping or unsorted spans"
            last_end = span.end
        for a, b in zip(item.spans, item.spans[1:], strict=False):
            gap = item.text[a.end : b.start]
            assert a.entity != b.entity or gap.strip(), f"one {a.entity} split in two: {item.text!r}"


def test_all_languages_and_entities_present(tables: list[BlindTable], texts: list[BlindText]) -> None:
    assert {t.lang for t in tables} == set(LANGUAGES)
    assert {t.lang for t in texts} == set(LANGUAGES)
    assert len(texts) == PER_LANGUAGE * len(LANGUAGES)
    assert {s.entity for t in texts for s in t.spans} == TEXT_ENTITIES
    assert any(not t.spans for t in texts)  # texts without personal data too


def test_same_seed_same_set_other_seed_other_set(tables: list[BlindTable], texts: list[BlindText]) -> None:
    assert generate_texts(seed=11, per_language=PER_LANGUAGE) == texts
    assert generate_texts(seed=12, per_language=PER_LANGUAGE) != texts
    again = generate_tables(seed=11, rows=ROWS)
    assert [[c.values for c in t.columns] for t in again] == [[c.values for c in t.columns] for t in tables]


_DIGEST = (
    "import hashlib; from tests.blind.tables import generate_tables; from tests.blind.texts import generate_texts; "
    "print(hashlib.sha256(repr((generate_texts(11, 10), generate_tables(11, 10))).encode()).hexdigest())"
)


def test_same_set_in_another_process_with_another_hash_seed() -> None:
    here = hashlib.sha256(repr((generate_texts(11, 10), generate_tables(11, 10))).encode()).hexdigest()
    env = {**os.environ, "PYTHONHASHSEED": "4242"}
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", _DIGEST], env=env, cwd=root, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == here


def _luhn_ok(number: str) -> bool:
    digits = [c for c in number if c in string.digits]
    return V.luhn_digit("".join(digits[:-1])) == digits[-1]


def _iban_ok(iban: str) -> bool:
    raw = iban.replace(" ", "")
    moved = raw[4:] + raw[:4]
    return int("".join(str(int(ch, 36)) for ch in moved)) % 97 == 1


def test_hard_negatives_and_positives_are_what_the_labels_say() -> None:
    for variant in V.LOCALE_OF:
        c = V.Ctx.make(variant, 5)
        for _ in range(30):
            assert _luhn_ok(V.credit_card(c))
            assert not _luhn_ok(V.non_luhn_16(c)) and len(V.non_luhn_16(c)) == 16
            assert _luhn_ok(V.imei(c))
            assert _iban_ok(V.iban(c))
            assert len(V.app_version(c).split(".")) == 4
