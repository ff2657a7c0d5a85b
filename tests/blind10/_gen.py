"""Shared deterministic generators for the blind10 evaluation tables."""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import string
import uuid

from faker import Faker
from stdnum.br import cnpj
from stdnum.es import cif
from stdnum.fr import nir
from stdnum.iso7064 import mod_11_10
from stdnum.pt import nif

N = 800
REF = dt.date(2024, 6, 1)


def faker(locale: str, seed: int) -> Faker:
    f = Faker(locale)
    f.seed_instance(seed)
    return f


def gen(fn, n: int = N) -> list:
    return [fn() for _ in range(n)]


def nulls(vals: list, rng: random.Random, p: float) -> list:
    return [None if rng.random() < p else v for v in vals]


def messy(vals: list, rng: random.Random, p_space: float = 0.05, p_upper: float = 0.0) -> list:
    out = []
    for v in vals:
        if v is not None and isinstance(v, str):
            r = rng.random()
            if r < p_space:
                v = rng.choice([" ", "  ", "\t"]) + v if rng.random() < 0.5 else v + rng.choice([" ", "  "])
            elif r < p_space + p_upper:
                v = v.upper()
        out.append(v)
    return out


def pick(rng: random.Random, items, weights=None):
    if weights:
        return rng.choices(items, weights=weights)[0]
    return rng.choice(items)


# --- dates -------------------------------------------------------------------------------------


def birth_date(rng: random.Random, lo: int = 18, hi: int = 85) -> dt.date:
    days = rng.randint(lo * 365 + 5, hi * 365 - 5)
    return REF - dt.timedelta(days=days)


def age_of(d: dt.date) -> int:
    return REF.year - d.year - ((REF.month, REF.day) < (d.month, d.day))


def some_date(rng: random.Random, y0: int = 2019, y1: int = 2024) -> dt.date:
    start = dt.date(y0, 1, 1)
    end = dt.date(y1, 5, 28)
    return start + dt.timedelta(days=rng.randint(0, (end - start).days))


def some_ts(rng: random.Random, y0: int = 2022, y1: int = 2024) -> dt.datetime:
    d = some_date(rng, y0, y1)
    return dt.datetime(d.year, d.month, d.day, rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))


# --- ids -----------------------------------------------------------------------------------------


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def uuid4(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def hexhash(rng: random.Random, algo: str = "sha256") -> str:
    return hashlib.new(algo, rng.getrandbits(64).to_bytes(8, "big")).hexdigest()


def luhn_complete(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def card_number(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.5:
        return luhn_complete("4" + digits(rng, 14))
    if kind < 0.85:
        return luhn_complete(str(rng.randint(51, 55)) + digits(rng, 13))
    return luhn_complete(rng.choice(["34", "37"]) + digits(rng, 12))


def fmt_card(num: str, rng: random.Random) -> str:
    r = rng.random()
    if len(num) == 15:
        return f"{num[:4]} {num[4:10]} {num[10:]}" if r < 0.5 else num
    if r < 0.45:
        return " ".join(num[i : i + 4] for i in range(0, 16, 4))
    if r < 0.6:
        return "-".join(num[i : i + 4] for i in range(0, 16, 4))
    return num


def fmt_iban(iban: str, rng: random.Random) -> str:
    if rng.random() < 0.5:
        return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    return iban


def de_idnr(rng: random.Random) -> str:
    while True:
        ds = list(string.digits)
        rng.shuffle(ds)
        body = ds[:9]
        body.insert(rng.randint(1, 9), rng.choice(body))
        if body[0] == "0":
            continue
        s = "".join(body)
        return s + mod_11_10.calc_check_digit(s)


def de_vat(rng: random.Random) -> str:
    s = str(rng.randint(1, 9)) + digits(rng, 7)
    return "DE" + s + mod_11_10.calc_check_digit(s)


def fr_nir(rng: random.Random, sex: int, born: dt.date) -> str:
    dept = f"{rng.choice([rng.randint(1, 95), 75, 69, 13, 59, 33]):02d}"
    body = f"{sex}{born.year % 100:02d}{born.month:02d}{dept}{rng.randint(1, 999):03d}{rng.randint(1, 999):03d}"
    key = nir.calc_check_digits(body)
    r = rng.random()
    if r < 0.4:
        return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key}"
    return body + key if r < 0.8 else f"{body} {key}"


DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def es_dni(rng: random.Random) -> str:
    n = rng.randint(1_000_000, 99_999_999)
    return f"{n:08d}{DNI_LETTERS[n % 23]}"


def es_nie(rng: random.Random) -> str:
    p = rng.choice("XYZ")
    n = rng.randint(0, 9_999_999)
    full = int(str("XYZ".index(p)) + f"{n:07d}")
    return f"{p}{n:07d}{DNI_LETTERS[full % 23]}"


def es_cif(rng: random.Random) -> str:
    body = rng.choice("ABB") + digits(rng, 7)
    return body + cif.calc_check_digits(body)[0]


def nl_bsn(rng: random.Random) -> str:
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        if d[0] == 0 and d[1] == 0:
            continue
        s = sum(x * w for x, w in zip(d, range(9, 1, -1), strict=False)) % 11
        if s == 10:
            continue
        return "".join(map(str, d)) + str(s)


def pt_nif(rng: random.Random, first: str = "") -> str:
    body = (first or rng.choice("123")) + digits(rng, 8 - len(first or "1"))
    return body + nif.calc_check_digit(body)


def pl_nip(rng: random.Random) -> str:
    while True:
        d = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(8)]
        c = sum(x * w for x, w in zip(d, (6, 5, 7, 2, 3, 4, 5, 6, 7), strict=False)) % 11
        if c != 10:
            return "".join(map(str, d)) + str(c)


def br_cnpj(rng: random.Random) -> str:
    body = digits(rng, 8) + "0001"
    n = body + cnpj.calc_check_digits(body)
    return f"{n[:2]}.{n[2:5]}.{n[5:8]}/{n[8:12]}-{n[12:]}"


def br_rg(rng: random.Random) -> str:
    d = [rng.randint(0, 9) for _ in range(8)]
    s = sum(x * (i + 2) for i, x in enumerate(d)) % 11
    dv = 11 - s
    dvs = "X" if dv == 10 else ("0" if dv == 11 else str(dv))
    ds = "".join(map(str, d))
    if rng.random() < 0.6:
        return f"{ds[:2]}.{ds[2:5]}.{ds[5:8]}-{dvs}"
    return ds + dvs


def br_cnh(rng: random.Random) -> str:
    d = [rng.randint(0, 9) for _ in range(9)]
    s1 = sum(x * w for x, w in zip(d, range(9, 0, -1), strict=False))
    dv1 = s1 % 11
    dsc = 0
    if dv1 >= 10:
        dv1, dsc = 0, 2
    s2 = sum(x * w for x, w in zip(d, range(1, 10), strict=False))
    dv2 = (s2 % 11 - dsc) % 11
    if dv2 >= 10:
        dv2 = 0
    return "".join(map(str, d)) + f"{dv1}{dv2}"


def uk_nino(rng: random.Random) -> str:
    first = rng.choice("ABCEGHJKLMNOPRSTWXYZ")
    second = rng.choice("ABCEGHJKLMNPRSTWXYZ")
    if first + second in ("GB", "NK", "TN", "ZZ", "BG", "KN", "NT"):
        second = "A"
    num = digits(rng, 6)
    suf = rng.choice("ABCD")
    if rng.random() < 0.4:
        return f"{first}{second} {num[:2]} {num[2:4]} {num[4:]} {suf}"
    return f"{first}{second}{num}{suf}"


def mac(rng: random.Random) -> str:
    b = [rng.randint(0, 255) for _ in range(6)]
    b[0] &= 0xFE
    r = rng.random()
    if r < 0.5:
        return ":".join(f"{x:02x}" for x in b)
    if r < 0.8:
        return "-".join(f"{x:02X}" for x in b)
    h = "".join(f"{x:02x}" for x in b)
    return f"{h[:4]}.{h[4:8]}.{h[8:]}"


def ipv4(rng: random.Random, private_share: float = 0.2) -> str:
    if rng.random() < private_share:
        return f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}"
    while True:
        a = rng.randint(2, 223)
        if a not in (10, 127, 172, 192):
            return f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng: random.Random) -> str:
    return "2a02:" + ":".join(f"{rng.randint(0, 0xFFFF):x}" for _ in range(7))


def version4(rng: random.Random) -> str:
    return f"{rng.randint(1, 12)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}.{rng.randint(0, 400)}"
