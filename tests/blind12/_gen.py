"""Helpers for the blind12 evaluation tables: valid identifiers, messy formatting, nulls."""

from __future__ import annotations

import random
import string
import uuid
from datetime import date, datetime, timedelta

from stdnum import iban as _iban
from stdnum import luhn
from stdnum.br import cnpj as _cnpj
from stdnum.br import cpf as _cpf
from stdnum.de import idnr as _idnr
from stdnum.es import dni as _dni
from stdnum.es import nie as _nie
from stdnum.gb import nhs as _nhs
from stdnum.it import codicefiscale as _cf
from stdnum.nl import bsn as _bsn
from stdnum.pl import pesel as _pesel

N = 600


def nullify(rng: random.Random, vals: list, p: float) -> list:
    return [None if rng.random() < p else v for v in vals]


def messy(rng: random.Random, vals: list, p_space: float = 0.05, p_upper: float = 0.0) -> list:
    out = []
    for v in vals:
        if v is not None and isinstance(v, str):
            if rng.random() < p_upper:
                v = v.upper()
            if rng.random() < p_space:
                v = rng.choice([" ", "  ", ""]) + v + rng.choice([" ", "", "   "])
        out.append(v)
    return out


def rand_date(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randrange((end - start).days + 1))


def rand_ts(rng: random.Random, start: datetime, end: datetime) -> datetime:
    return start + timedelta(seconds=rng.randrange(int((end - start).total_seconds())))


def dob(rng: random.Random, lo: int = 1940, hi: int = 2005) -> date:
    return rand_date(rng, date(lo, 1, 1), date(hi, 12, 28))


def age_on(d: date, ref: date = date(2024, 6, 1)) -> int:
    return ref.year - d.year - ((ref.month, ref.day) < (d.month, d.day))


def fuuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def hexs(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def iban(rng: random.Random, country: str, bban_len: int, bban: str | None = None) -> str:
    b = bban if bban is not None else digits(rng, bban_len)
    cd = _iban.calc_check_digits(country + "00" + b)
    return country + cd + b


def group4(s: str) -> str:
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


def card(rng: random.Random) -> str:
    prefix = rng.choice(["4", "51", "52", "55", "22", "37"])
    length = 15 if prefix == "37" else 16
    body = prefix + digits(rng, length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


def steuer_id(rng: random.Random) -> str:
    while True:
        first = str(rng.randint(1, 9))
        rest = digits(rng, 9)
        for c in "0123456789":
            cand = first + rest + c
            if _idnr.is_valid(cand):
                return cand


def nhs_number(rng: random.Random) -> str:
    while True:
        base = str(rng.randint(4, 9)) + digits(rng, 8)
        for c in "0123456789":
            if _nhs.is_valid(base + c):
                return base + c


def bsn(rng: random.Random) -> str:
    while True:
        base = str(rng.randint(1, 6)) + digits(rng, 7)
        for c in "0123456789":
            if _bsn.is_valid(base + c):
                return base + c


def dni(rng: random.Random) -> str:
    n = digits(rng, 8)
    return n + _dni.calc_check_digit(n)


def nie(rng: random.Random) -> str:
    n = rng.choice("XYZ") + digits(rng, 7)
    return n + _nie.calc_check_digit(n)


def cpf(rng: random.Random) -> str:
    base = digits(rng, 9)
    return base + _cpf._calc_check_digits(base)


def cnpj(rng: random.Random) -> str:
    base = digits(rng, 8) + "0001"
    return base + _cnpj.calc_check_digits(base)


def rg_sp(rng: random.Random) -> str:
    base = digits(rng, 8)
    s = sum(int(d) * w for d, w in zip(base, range(2, 10), strict=True)) % 11
    dv = "X" if s == 10 else str(s)
    return f"{base[:2]}.{base[2:5]}.{base[5:]}-{dv}"


def pesel(rng: random.Random, d: date, female: bool) -> str:
    yy = d.year % 100
    mm = d.month + (20 if d.year >= 2000 else 0)
    serial = digits(rng, 3) + str(rng.choice([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9]))
    base = f"{yy:02d}{mm:02d}{d.day:02d}{serial}"
    return base + _pesel.calc_check_digit(base)


_CF_MONTHS = "ABCDEHLMPRST"


def _cf_part(s: str, is_name: bool) -> str:
    s = "".join(c for c in s.upper() if c.isalpha() and c.isascii())
    cons = [c for c in s if c not in "AEIOU"]
    vows = [c for c in s if c in "AEIOU"]
    if is_name and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vows) + "XXX")[:3]


def codice_fiscale(rng: random.Random, surname: str, name: str, d: date, female: bool) -> str:
    day = d.day + (40 if female else 0)
    comune = rng.choice("ABCDEFGHILM") + digits(rng, 3)
    base = _cf_part(surname, False) + _cf_part(name, True) + f"{d.year % 100:02d}" + _CF_MONTHS[d.month - 1]
    base += f"{day:02d}" + comune
    return base + _cf.calc_check_digit(base)


def mac(rng: random.Random) -> str:
    b = [rng.randrange(256) for _ in range(6)]
    b[0] &= 0xFC
    sep = rng.choice([":", "-", ":"])
    s = sep.join(f"{x:02x}" for x in b)
    return s.upper() if rng.random() < 0.4 else s


def fmt_date(rng: random.Random, d: date, styles: list[str]) -> str:
    return d.strftime(rng.choice(styles))
