"""Shared deterministic helpers for the blind13 evaluation tables."""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import string

from faker import Faker
from stdnum import iban as std_iban
from stdnum.br import cpf as std_cpf
from stdnum.de import idnr as std_idnr
from stdnum.es import dni as std_dni
from stdnum.es import nie as std_nie
from stdnum.fr import nir as std_nir
from stdnum.iso7064 import mod_11_10
from stdnum.it import codicefiscale as std_cf
from stdnum.nl import bsn as std_bsn
from stdnum.pl import pesel as std_pesel

N = 600


def rng(seed: int) -> random.Random:
    return random.Random(seed)


def faker(locale: str, seed: int) -> Faker:
    f = Faker(locale)
    f.seed_instance(seed)
    return f


def nulls(r: random.Random, values: list, rate: float) -> list:
    return [None if r.random() < rate else v for v in values]


def messy_ws(r: random.Random, values: list, rate: float = 0.05) -> list:
    out = []
    for v in values:
        if v is not None and isinstance(v, str) and r.random() < rate:
            v = r.choice([" " + v, v + " ", "  " + v + " "])
        out.append(v)
    return out


def dob(r: random.Random, lo: int = 18, hi: int = 85, ref: dt.date = dt.date(2024, 6, 30)) -> dt.date:
    age_days = r.randint(lo * 365 + 5, hi * 365 - 5)
    return ref - dt.timedelta(days=age_days)


def age_of(d: dt.date, ref: dt.date = dt.date(2024, 6, 30)) -> int:
    return ref.year - d.year - ((ref.month, ref.day) < (d.month, d.day))


def ts(r: random.Random, start: dt.datetime, days: int) -> dt.datetime:
    return start + dt.timedelta(seconds=r.randint(0, days * 86400))


def day(r: random.Random, start: dt.date, days: int) -> dt.date:
    return start + dt.timedelta(days=r.randint(0, days))


def md5(s: str) -> str:
    return hashlib.md5(s.encode()).hexdigest()


def sha1(s: str) -> str:
    return hashlib.sha1(s.encode()).hexdigest()


def uuid4(r: random.Random) -> str:
    h = f"{r.getrandbits(128):032x}"
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def digits(r: random.Random, n: int) -> str:
    return "".join(r.choice(string.digits) for _ in range(n))


def letters(r: random.Random, n: int) -> str:
    return "".join(r.choice(string.ascii_uppercase) for _ in range(n))


# --- national identifiers (all checksum-valid) -------------------------------------------


def de_steuer_id(r: random.Random) -> str:
    while True:
        body = str(r.randint(1, 9)) + digits(r, 9)
        num = body + mod_11_10.calc_check_digit(body)
        if std_idnr.is_valid(num):
            return num


def es_dni(r: random.Random) -> str:
    n = digits(r, 8)
    v = n + "TRWAGMYFPDXBNJZSQVHLCKE"[int(n) % 23]
    assert std_dni.is_valid(v)
    return v


def es_nie(r: random.Random) -> str:
    p = r.choice("XYZ")
    n = digits(r, 7)
    v = p + n + "TRWAGMYFPDXBNJZSQVHLCKE"[int(str("XYZ".index(p)) + n) % 23]
    assert std_nie.is_valid(v)
    return v


def fr_nir(f: Faker) -> str:
    while True:
        v = f.ssn()
        if std_nir.is_valid(v):
            return v


def it_cf(f: Faker) -> str:
    while True:
        v = f.ssn()
        if std_cf.is_valid(v):
            return v


def nl_bsn(f: Faker) -> str:
    while True:
        v = f.ssn()
        if std_bsn.is_valid(v):
            return v


def br_cpf(f: Faker) -> str:
    while True:
        v = f.cpf()
        if std_cpf.is_valid(v):
            return v


def pl_pesel(f: Faker, birth: dt.date, sex: str) -> str:
    v = f.pesel(date_of_birth=dt.datetime(birth.year, birth.month, birth.day), sex=sex)
    assert std_pesel.is_valid(v), v
    return v


def iban(f: Faker, spaced: bool = False) -> str:
    while True:
        v = f.iban()
        if std_iban.is_valid(v):
            return std_iban.format(v) if spaced else v


def luhn_fail_16(r: random.Random) -> str:
    from stdnum import luhn

    while True:
        v = digits(r, 16)
        if not luhn.is_valid(v):
            return v


def nl_iban(r: random.Random) -> str:
    bban = r.choice(["ABNA", "INGB", "RABO", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ"]) + digits(r, 10)
    numeric = "".join(str(int(c, 36)) for c in bban + "NL00")
    check = 98 - int(numeric) % 97
    v = f"NL{check:02d}{bban}"
    assert std_iban.is_valid(v), v
    return v
