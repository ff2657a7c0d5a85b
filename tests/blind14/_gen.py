"""Deterministic value generators for the blind14 table set."""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import uuid

from faker import Faker
from stdnum import luhn
from stdnum.br import cpf
from stdnum.de import idnr
from stdnum.es import dni
from stdnum.fr import nir
from stdnum.it import codicefiscale
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.us import ssn

N = 500


def make(locale: str, seed: int) -> tuple[random.Random, Faker]:
    fk = Faker(locale)
    fk.seed_instance(seed)
    return random.Random(seed), fk


def col(fn, rng: random.Random, null: float = 0.0) -> list:
    return [None if null and rng.random() < null else fn() for _ in range(N)]


def seq_ids(prefix: str, start: int, width: int = 6) -> list:
    return [f"{prefix}{start + i:0{width}d}" for i in range(N)]


def rand_uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def birth(rng: random.Random, lo: int = 18, hi: int = 85) -> dt.date:
    today = dt.date(2024, 6, 1)
    return today - dt.timedelta(days=rng.randint(lo * 365, hi * 365))


def ts(rng: random.Random, fmt: str = "%Y-%m-%d %H:%M:%S", year: int = 2024) -> str:
    base = dt.datetime(year, 1, 1)
    return (base + dt.timedelta(seconds=rng.randint(0, 360 * 86400))).strftime(fmt)


def ipv4(rng: random.Random) -> str:
    while True:
        a = rng.randint(1, 223)
        if a not in (10, 127, 172, 192):
            return f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def app_version(rng: random.Random) -> str:
    return f"{rng.randint(3, 12)}.{rng.randint(0, 9)}.{rng.randint(0, 20)}.{rng.randint(100, 999)}"


def sha256(rng: random.Random) -> str:
    return hashlib.sha256(str(rng.random()).encode()).hexdigest()


def card(rng: random.Random) -> str:
    prefix = rng.choice(["4", "51", "52", "53", "54"])
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(15 - len(prefix)))
    num = body + luhn.calc_check_digit(body)
    return " ".join(num[i : i + 4] for i in range(0, 16, 4))


def de_idnr(rng: random.Random) -> str:
    while True:
        s = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(10))
        if idnr.is_valid(s):
            return s


def es_dni(rng: random.Random) -> str:
    n = f"{rng.randint(1000000, 99999999):08d}"
    return n + dni.calc_check_digit(n)


def fr_nir(rng: random.Random, sex: str, born: dt.date) -> str:
    dep = f"{rng.randint(1, 95):02d}"
    if dep == "20":
        dep = "75"
    body = f"{1 if sex == 'M' else 2}{born.year % 100:02d}{born.month:02d}{dep}{rng.randint(1, 990):03d}{rng.randint(1, 999):03d}"
    return body + nir.calc_check_digits(body)


def validated(fk_fn, validator) -> str:
    while True:
        v = fk_fn()
        if validator(v):
            return v


def it_cf(fk: Faker) -> str:
    return validated(fk.ssn, codicefiscale.is_valid)


def nl_bsn(fk: Faker) -> str:
    return validated(fk.ssn, bsn.is_valid)


def br_cpf(fk: Faker) -> str:
    return cpf.format(validated(fk.ssn, lambda v: cpf.is_valid(v)))


def pl_pesel(fk: Faker) -> str:
    return validated(fk.ssn, pesel.is_valid)


def us_ssn(fk: Faker) -> str:
    return validated(fk.ssn, ssn.is_valid)


def pick(rng: random.Random, items, weights=None):
    return rng.choices(items, weights=weights)[0] if weights else rng.choice(items)
