"""Fast checks of the blind2 generators themselves (not of the scanner)."""

from __future__ import annotations

import itertools
import re
from collections import Counter

import pytest
from stdnum import iban, luhn
from stdnum.br import cpf
from stdnum.ch import ssn as ch_ssn
from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.gb import nhs
from stdnum.it import codicefiscale
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.pt import nif
from stdnum.us import ssn

from .common import ENTITY_CATEGORY, LANGS, TEXT_ENTITIES, pl_dowod_valid
from .tables import build_tables
from .texts import build_texts

N = 80  # rows per table in the test: same generators, smaller tables


@pytest.fixture(scope="module")
def tables():
    return build_tables(N)


@pytest.fixture(scope="module")
def texts():
    return build_texts()


def test_texts_deterministic(texts):
    again = build_texts()
    assert [(s.text, s.spans) for s in texts] == [(s.text, s.spans) for s in again]


def test_table_shape_and_labels(tables):
    assert len(tables) >= 14
    langs = Counter(t.lang for t in tables)
    assert all(langs[lg] >= 1 for lg in LANGS)
    assert langs["mixed"] >= 2
    for t in tables:
        headers = [c.header for c in t.columns]
        assert len(set(headers)) == len(headers), t.name
        for c in t.columns:
            assert c.entity in ENTITY_CATEGORY, (t.name, c.header)
            assert c.category in {"direct_identifier", "quasi_identifier", "sensitive", "none"}
            assert len(c.values) == N
            nulls = sum(v is None or v == "" for v in c.values) / N
            assert nulls < 0.9, (t.name, c.header, nulls)
        assert any(c.entity == "NONE" for c in t.columns), t.name


def test_full_size_row_count():
    from .tables import N_ROWS

    assert N_ROWS == 1000


def _clean(v: str) -> str:
    return v.strip()


VALIDATORS = {
    "US_SSN": ssn.is_valid,
    "UK_NHS_NUMBER": nhs.is_valid,
    "DE_STEUER_ID": idnr.is_valid,
    "FR_NIR": nir.is_valid,
    "IT_CODICE_FISCALE": codicefiscale.is_valid,
    "NL_BSN": bsn.is_valid,
    "BR_CPF": cpf.is_valid,
    "PL_PESEL": pesel.is_valid,
    "PT_NIF": nif.is_valid,
    "CH_AHV": ch_ssn.is_valid,
    "PL_DOWOD": pl_dowod_valid,
    "ES_DNI": lambda v: dni.is_valid(v) or nie.is_valid(v),
}


def test_table_ids_valid(tables):
    checked = Counter()
    for t in tables:
        for c in t.columns:
            vals = [_clean(v) for v in c.values if v not in (None, "")]
            if c.entity == "NATIONAL_ID" and c.subtype in VALIDATORS:
                bad = [v for v in vals if not VALIDATORS[c.subtype](v)]
                assert not bad, (t.name, c.header, bad[:3])
                checked[c.subtype] += len(vals)
            elif c.entity == "IBAN":
                assert all(iban.is_valid(v) for v in vals), (t.name, c.header)
                checked["IBAN"] += len(vals)
            elif c.entity == "CREDIT_CARD":
                assert all(luhn.is_valid(re.sub(r"\D", "", v)) for v in vals), (t.name, c.header)
                checked["CARD"] += len(vals)
            elif c.entity == "DEVICE_ID" and "imei" in c.header.lower():
                assert all(luhn.is_valid(v) and len(v) == 15 for v in vals)
            elif c.entity == "NONE" and vals and all(re.fullmatch(r"\d{16}", v) for v in vals):
                assert not any(luhn.is_valid(v) for v in vals), (t.name, c.header)
                checked["NON_LUHN"] += len(vals)
    assert {"US_SSN", "FR_NIR", "PL_PESEL", "NL_BSN", "IBAN", "CARD", "NON_LUHN"} <= set(checked)


def test_texts_shape(texts):
    assert len(texts) >= 1200
    per_lang = Counter(s.lang for s in texts)
    assert set(per_lang) == set(LANGS) and min(per_lang.values()) >= 150
    no_pii = sum(not s.spans for s in texts) / len(texts)
    assert 0.12 <= no_pii <= 0.25, no_pii
    assert len({s.id for s in texts}) == len(texts)


def test_text_spans_match(texts):
    for s in texts:
        last_end = -1
        for sp in sorted(s.spans, key=lambda x: x["start"]):
            assert sp["entity"] in TEXT_ENTITIES, sp
            piece = s.text[sp["start"] : sp["end"]]
            assert piece and piece == piece.strip(), (s.id, piece)
            assert sp["start"] >= last_end, (s.id, "overlap")
            last_end = sp["end"]
        ordered = sorted(s.spans, key=lambda x: x["start"])
        for a, b in itertools.pairwise(ordered):
            gap = s.text[a["end"] : b["start"]]
            # one name written as two spans ("Rossi Mario") would be an annotation artefact
            assert not (a["entity"] == b["entity"] and re.fullmatch(r"[ ,]*", gap)), (s.id, gap)


def test_text_ids_valid(texts):
    n = 0
    for s in texts:
        for sp in s.spans:
            v = s.text[sp["start"] : sp["end"]]
            if sp["entity"] == "IBAN":
                assert iban.is_valid(v), v
            elif sp["entity"] == "CREDIT_CARD":
                assert luhn.is_valid(re.sub(r"\D", "", v)), v
            elif sp["entity"] in ("URL", "EMAIL"):
                assert not re.search(r"\s", v), v
            elif sp["entity"] == "NATIONAL_ID":
                assert any(f(v) for f in VALIDATORS.values()) or re.fullmatch(
                    r"[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]", v
                ), v
                n += 1
    assert n > 50


FINGERPRINT = """
import hashlib, json, sys
sys.path.insert(0, {root!r})
from tests.blind2.tables import build_tables
from tests.blind2.texts import build_texts
t = [(c.header, c.values) for tb in build_tables({n}) for c in tb.columns]
s = [(x.text, x.spans) for x in build_texts()]
print(hashlib.md5(json.dumps([t, s]).encode()).hexdigest())
"""


def test_deterministic_across_processes(tables, texts):
    """Faker providers backed by sets differ between processes (hash seed): the set must not."""
    import hashlib
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = str(Path(__file__).resolve().parents[2])
    here = hashlib.md5(
        json.dumps(
            [[(c.header, c.values) for tb in tables for c in tb.columns], [(x.text, x.spans) for x in texts]]
        ).encode()
    ).hexdigest()
    env = dict(os.environ, PYTHONHASHSEED="12345")
    out = subprocess.run(
        [sys.executable, "-c", FINGERPRINT.format(root=root, n=N)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.strip() == here
