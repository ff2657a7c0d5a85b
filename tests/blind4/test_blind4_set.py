"""Fast checks of the blind4 generators (determinism, span integrity, label validity, id validity)."""

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
from stdnum.gb import nhs
from stdnum.it import codicefiscale
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.pt import nif
from stdnum.us import ssn

from tests.blind4 import common as c
from tests.blind4.tables import build, fingerprint, specs
from tests.blind4.texts import all_texts

ROOT = Path(__file__).resolve().parents[2]
NINO = re.compile(r"^(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")


def nid_valid(v: str) -> bool:
    s = v.replace(" ", "")
    if NINO.match(s):
        return True
    checks = (ssn, nhs, idnr, nir, dni, nie, codicefiscale, bsn, nif, cpf, pesel)
    return any(m.is_valid(s) for m in checks)


@pytest.fixture(scope="module")
def small_tables():
    out = []
    for t in specs():
        t.rows = 100
        out.append(build(t))
    return out


@pytest.fixture(scope="module")
def texts():
    return all_texts()


def test_shape_and_labels(small_tables):
    full = specs()
    assert len(full) >= 20 and all(t.rows == 1000 for t in full)
    langs = Counter(t.lang for t in full)
    assert all(langs[lang] >= 2 for lang in c.LANGS) and langs["mixed"] >= 2
    for t in small_tables:
        headers = [col.header for col in t.cols]
        assert len(headers) == len(set(headers)), t.name
        for col in t.cols:
            assert col.gold is None or col.gold in c.CATEGORY, (t.name, col.header, col.gold)
            vals = t.data[col.header]
            assert len(vals) == t.rows
            assert any(v is not None for v in vals), (t.name, col.header)
        assert any(col.gold and c.CATEGORY[col.gold] == "none" for col in t.cols), t.name


def test_identifiers_valid(small_tables):
    checked = Counter()
    for t in small_tables:
        for col in t.cols:
            vals = [str(v).strip() for v in t.data[col.header] if v is not None]
            if col.gold == "NATIONAL_ID":
                bad = [v for v in vals if not nid_valid(v)]
                assert not bad, (t.name, col.header, bad[:3])
            elif col.gold == "IBAN":
                bad = [v for v in vals if not std_iban.is_valid(v)]
                assert not bad, (t.name, col.header, bad[:3])
            elif col.gold == "CREDIT_CARD":
                assert all(luhn.is_valid(v.replace(" ", "").replace("-", "")) for v in vals), (t.name, col.header)
            elif col.header == "Karten-Ref":  # 16-digit hard negative must fail Luhn
                assert all(len(v) == 16 and not luhn.is_valid(v) for v in vals)
            else:
                continue
            checked[col.gold or col.header] += len(vals)
    assert checked["NATIONAL_ID"] > 1000 and checked["IBAN"] > 500 and checked["CREDIT_CARD"] > 40


def test_texts_spans(texts):
    assert len(texts) >= 1000
    per_lang = Counter(s.lang for s in texts)
    assert all(per_lang[lang] >= 120 for lang in c.LANGS)
    no_pii = sum(1 for s in texts if not s.spans) / len(texts)
    assert 0.10 <= no_pii <= 0.20
    for s in texts:
        last_end = -1
        for ent, a, b in sorted(s.spans, key=lambda x: x[1]):
            assert ent in c.TEXT_ENTITIES
            frag = s.text[a:b]
            assert frag and frag == frag.strip(), (s.text, frag)
            assert a >= last_end, ("overlap", s.text)
            last_end = b
            if ent == "IBAN":
                assert std_iban.is_valid(frag)
            elif ent == "CREDIT_CARD":
                assert luhn.is_valid(frag.replace(" ", "").replace("-", ""))
            elif ent == "NATIONAL_ID":
                assert nid_valid(frag), frag
    templates = Counter((s.lang, s.template) for s in texts)
    assert all(sum(1 for k in templates if k[0] == lang) >= 25 for lang in c.LANGS)


def test_deterministic_across_processes():
    here = fingerprint()
    env = dict(os.environ, PYTHONHASHSEED="12345")
    code = "from tests.blind4.tables import fingerprint; print(fingerprint())"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == here
