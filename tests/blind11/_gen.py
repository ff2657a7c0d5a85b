"""Shared deterministic generators for the blind11 evaluation tables."""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import string
import uuid

from faker import Faker
from stdnum import luhn
from stdnum.es import dni as es_dni
from stdnum.es import nie as es_nie
from stdnum.fr import nir as fr_nir
from stdnum.gb import nhs as gb_nhs
from stdnum.iso7064 import mod_11_10
from stdnum.pt import nif as pt_nif

N = 800


class Table:
    """Collects columns of one table; every column gets exactly N values."""

    def __init__(self, name: str, lang: str, seed: int) -> None:
        self.name = name
        self.lang = lang
        self.rng = random.Random(seed)
        self.columns: list[tuple[str, str, list]] = []

    def add(self, header: str, gold: str, values: list) -> None:
        assert len(values) == N, (self.name, header, len(values))
        assert header not in {h for h, _, _ in self.columns}, (self.name, header)
        self.columns.append((header, gold, values))

    def as_dict(self) -> dict:
        return {"name": self.name, "lang": self.lang, "columns": self.columns}


def faker(locale: str, seed: int) -> Faker:
    f = Faker(locale)
    f.seed_instance(seed)
    return f


def nulls(rng: random.Random, values: list, rate: float) -> list:
    return [None if rng.random() < rate else v for v in values]


def mess(rng: random.Random, values: list, ws: float = 0.03, upper: float = 0.0, lower: float = 0.0) -> list:
    out = []
    for v in values:
        if v is None or not isinstance(v, str):
            out.append(v)
            continue
        r = rng.random()
        if r < upper:
            v = v.upper()
        elif r < upper + lower:
            v = v.lower()
        if rng.random() < ws:
            v = rng.choice([" ", "  ", ""]) + v + rng.choice([" ", "  ", "\t"])
        out.append(v)
    return out


def pick(rng: random.Random, items, weights=None) -> list:
    return [rng.choices(items, weights=weights)[0] for _ in range(N)]


# ---------------------------------------------------------------- dates
def rand_date(rng: random.Random, start: int, end: int) -> dt.date:
    a = dt.date(start, 1, 1).toordinal()
    b = dt.date(end, 12, 31).toordinal()
    return dt.date.fromordinal(rng.randint(a, b))


def rand_ts(rng: random.Random, start: int = 2022, end: int = 2024) -> dt.datetime:
    d = rand_date(rng, start, end)
    return dt.datetime(d.year, d.month, d.day, rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))


def fmt_date(rng: random.Random, d: dt.date, styles: list[str]) -> str:
    return d.strftime(rng.choice(styles))


def age_at(d: dt.date, ref: dt.date = dt.date(2024, 6, 30)) -> int:
    return ref.year - d.year - ((ref.month, ref.day) < (d.month, d.day))


# ---------------------------------------------------------------- national ids
def us_ssn(rng: random.Random) -> str:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def uk_nino(rng: random.Random) -> str:
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = rng.choice(first) + rng.choice(second)
        if p not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
            break
    d = f"{rng.randint(0, 999999):06d}"
    return f"{p}{d}{rng.choice('ABCD')}"


def uk_nhs(rng: random.Random) -> str:
    while True:
        body = f"{rng.randint(400000000, 799999999)}"
        s = sum(int(c) * (10 - i) for i, c in enumerate(body))
        chk = 11 - s % 11
        if chk == 11:
            chk = 0
        if chk == 10:
            continue
        num = body + str(chk)
        assert gb_nhs.is_valid(num)
        return f"{num[:3]} {num[3:6]} {num[6:]}"


def de_steuerid(rng: random.Random) -> str:
    while True:
        digits = [rng.randint(0, 9) for _ in range(10)]
        if digits[0] == 0:
            continue
        counts = {d: digits.count(d) for d in digits}
        if sorted(counts.values())[-1] != 2 or list(counts.values()).count(2) != 1:
            continue
        body = "".join(map(str, digits))
        return body + mod_11_10.calc_check_digit(body)


def fr_nir_for(rng: random.Random, sex: str, dob: dt.date) -> str:
    dep = rng.choice(["75", "69", "13", "33", "59", "31", "44", "67", "06", "35", "92", "93", "94"])
    body = f"{1 if sex == 'M' else 2}{dob.year % 100:02d}{dob.month:02d}{dep}{rng.randint(1, 999):03d}{rng.randint(1, 999):03d}"
    key = fr_nir.calc_check_digits(body)
    return body + key


def es_dni_num(rng: random.Random) -> str:
    body = f"{rng.randint(1000000, 79999999):08d}"
    return body + es_dni.calc_check_digit(body)


def es_nie_num(rng: random.Random) -> str:
    body = rng.choice("XYZ") + f"{rng.randint(0, 9999999):07d}"
    return body + es_nie.calc_check_digit(body)


def pt_nif_num(rng: random.Random) -> str:
    body = rng.choice("123") + f"{rng.randint(0, 9999999):07d}"
    return body + pt_nif.calc_check_digit(body)


def ar_dni(rng: random.Random) -> str:
    return f"{rng.randint(12000000, 46000000)}"


def co_cedula(rng: random.Random) -> str:
    return str(
        rng.choice(
            [rng.randint(10000000, 99999999), rng.randint(1000000000, 1129999999), rng.randint(3000000, 9999999)]
        )
    )


def imei(rng: random.Random) -> str:
    tac = rng.choice(["35332510", "35875108", "86769204", "35391805", "35674108", "49015420", "01332700"])
    body = tac + f"{rng.randint(0, 999999):06d}"
    return body + luhn.calc_check_digit(body)


def ean13(rng: random.Random, prefix: str = "") -> str:
    body = (prefix + "".join(rng.choice(string.digits) for _ in range(12)))[:12]
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def fake_card_no_luhn(rng: random.Random) -> str:
    """16 digits that deliberately fail Luhn."""
    while True:
        s = "".join(rng.choice(string.digits) for _ in range(16))
        if not luhn.is_valid(s):
            return s


# ---------------------------------------------------------------- misc
def hexhash(rng: random.Random, n: int = 32) -> str:
    return hashlib.sha256(str(rng.random()).encode()).hexdigest()[:n]


def uuid4(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def group_iban(iban: str) -> str:
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


def deaccent(s: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def email_for(rng: random.Random, first: str, last: str, domains: list[str]) -> str:
    f = deaccent(first).lower().replace(" ", "").replace("'", "")
    la = deaccent(last).lower().replace(" ", "").replace("'", "")
    style = rng.randint(0, 5)
    if style == 0:
        local = f"{f}.{la}"
    elif style == 1:
        local = f"{f[0]}{la}"
    elif style == 2:
        local = f"{f}{rng.randint(1, 99)}"
    elif style == 3:
        local = f"{la}.{f}{rng.randint(60, 99)}"
    elif style == 4:
        local = f"{f}_{la[:4]}"
    else:
        local = f"{f[0]}.{la}"
    return f"{local}@{rng.choice(domains)}"


def ipv4_public(rng: random.Random) -> str:
    while True:
        a = rng.randint(1, 223)
        if a not in (10, 127, 172, 192, 169, 100):
            return f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng: random.Random) -> str:
    head = rng.choice(["2a02:810d", "2001:16b8", "2a01:4b00", "2600:1700", "2a00:23c5", "2001:8003"])
    rest = ":".join(f"{rng.getrandbits(16):x}" for _ in range(6))
    return f"{head}:{rest}"


def pl_nip(rng: random.Random) -> str:
    """Valid Polish company tax number (NIP), formatted in the usual ways."""
    from stdnum.pl import nip

    while True:
        body = f"{rng.randint(100, 999)}{rng.randint(0, 999999):06d}"
        w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
        c = sum(int(a) * b for a, b in zip(body, w, strict=True)) % 11
        if c == 10:
            continue
        num = body + str(c)
        assert nip.is_valid(num)
        return rng.choice([num, f"{num[:3]}-{num[3:6]}-{num[6:8]}-{num[8:]}", f"PL{num}"])
