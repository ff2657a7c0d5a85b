"""Fast checks of the blind3 generators (not of the scanner)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.br import cpf
from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.it import codicefiscale
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.pt import nif
from stdnum.us import ssn

from tests.blind3 import common as C
from tests.blind3.digest import set_digest
from tests.blind3.tables import build_tables
from tests.blind3.templates import TEMPLATES
from tests.blind3.texts import LANGS, build_texts

ROOT = Path(__file__).resolve().parents[2]
SPEC = Path("/work/shared/spec/entities.md")

VALIDATORS = {
    "US_SSN": ssn.is_valid,
    "DE_STEUER_ID": idnr.is_valid,
    "FR_NIR": nir.is_valid,
    "ES_DNI": lambda v: dni.is_valid(v) or nie.is_valid(v),
    "IT_CODICE_FISCALE": codicefiscale.is_valid,
    "NL_BSN": bsn.is_valid,
    "PT_NIF": nif.is_valid,
    "BR_CPF": cpf.is_valid,
    "PL_PESEL": pesel.is_valid,
}


@pytest.fixture(scope="module")
def fresh_digest():
    # start the fresh process first so that it runs while this one builds the set
    env = dict(os.environ, PYTHONHASHSEED="4242")
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.blind3.digest"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    yield proc


@pytest.fixture(scope="module")
def tables():
    return build_tables()


@pytest.fixture(scope="module")
def texts():
    return build_texts()


def test_deterministic_in_a_fresh_process(fresh_digest, tables, texts):
    here = set_digest(tables, texts)
    out, err = fresh_digest.communicate(timeout=60)
    assert fresh_digest.returncode == 0, err
    assert out.strip() == here


def test_deterministic_in_process(texts):
    again = build_texts()
    assert [(t.text, t.spans) for t in again] == [(t.text, t.spans) for t in texts]


def test_table_sizes_and_languages(tables):
    assert len(tables) >= 20
    assert all(len(t.rows) == 1000 and all(len(r) == len(t.columns) for r in t.rows) for t in tables)
    langs = Counter(t.lang for t in tables if not t.name.startswith("mix_"))
    assert all(langs[lang] >= 2 for lang in LANGS), langs
    for t in tables:
        headers = [c["header"] for c in t.columns]
        assert len(set(headers)) == len(headers), t.name


def test_labels_use_spec_vocabulary(tables):
    for t in tables:
        for c in t.columns:
            assert c["entity"] in C.CATEGORY_OF, c
            assert c["category"] == C.CATEGORY_OF[c["entity"]], c
            assert c["category"] in C.CATEGORIES
    if SPEC.exists():
        spec = SPEC.read_text(encoding="utf-8")
        for ent in C.CATEGORY_OF:
            assert re.search(rf"\b{ent}\b", spec), ent
        for ent in C.TEXT_ENTITIES:
            assert ent in spec


def _values(t, header):
    i = [c["header"] for c in t.columns].index(header)
    return [r[i].strip() for r in t.rows if r[i] is not None]


def test_ids_valid_where_meant_to_be(tables):
    checked = Counter()
    for t in tables:
        for c in t.columns:
            vals = _values(t, c["header"])
            if c["subtype"] in VALIDATORS:
                assert all(VALIDATORS[c["subtype"]](v) for v in vals), (t.name, c["header"])
                checked[c["subtype"]] += 1
            elif c["entity"] == "IBAN":
                assert all(std_iban.is_valid(v) for v in vals), (t.name, c["header"])
                checked["IBAN"] += 1
            elif c["entity"] == "CREDIT_CARD":
                assert all(luhn.is_valid(v.replace(" ", "").replace("-", "")) for v in vals)
                checked["CARD"] += 1
            elif c["header"] == "IMEI":
                assert all(luhn.is_valid(v) and len(v) == 15 for v in vals)
            elif c["header"] == "Kaution_Ref":  # 16-digit hard negative: must fail Luhn
                assert all(len(v) == 16 and not luhn.is_valid(v) for v in vals)
    assert len(checked) >= 8, checked


def test_texts_spans_match_by_construction(texts):
    assert len(texts) >= 1200
    per_lang = Counter(t.lang for t in texts)
    assert all(per_lang[lang] >= 150 for lang in LANGS)
    for t in texts:
        last_end = -1
        for ent, s, e in sorted(t.spans, key=lambda x: x[1]):
            assert ent in C.TEXT_ENTITIES
            seg = t.text[s:e]
            assert seg and seg == seg.strip(), (t.id, seg)
            assert s >= last_end, t.id  # no overlaps
            last_end = e
    no_pii = sum(1 for t in texts if not t.spans) / len(texts)
    assert 0.10 <= no_pii <= 0.20, no_pii
    for lang in LANGS:
        assert len(TEMPLATES[lang]) >= 30
        assert len({t.template for t in texts if t.lang == lang}) >= 30


def test_text_ids_valid(texts):
    checks = {
        "de": idnr.is_valid,
        "fr": nir.is_valid,
        "es": lambda v: dni.is_valid(v) or nie.is_valid(v),
        "it": codicefiscale.is_valid,
        "nl": bsn.is_valid,
        "pl": pesel.is_valid,
    }
    for t in texts:
        for ent, s, e in t.spans:
            v = t.text[s:e]
            if ent == "IBAN":
                assert std_iban.is_valid(v)
            elif ent == "CREDIT_CARD":
                assert luhn.is_valid(v.replace(" ", "").replace("-", ""))
            elif ent == "NATIONAL_ID" and t.lang in checks:
                assert checks[t.lang](v), (t.id, v)
            elif ent == "NATIONAL_ID" and t.locale == "pt_BR":
                assert cpf.is_valid(v)
            elif ent == "NATIONAL_ID" and t.locale == "pt_PT":
                assert nif.is_valid(v)
            elif ent == "NATIONAL_ID" and t.locale == "en_US":
                assert ssn.is_valid(v)
