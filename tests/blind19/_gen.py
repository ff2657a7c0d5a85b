"""Deterministic value helpers for the blind19 fresh labelled set (no dependency on privet)."""

from __future__ import annotations

import datetime as _dt
import hashlib
import random
import string

from faker import Faker
from stdnum import iban as _iban
from stdnum.br import cpf as _cpf
from stdnum.de import idnr as _idnr
from stdnum.es import dni as _dni
from stdnum.es import nie as _nie
from stdnum.fr import nir as _nir
from stdnum.gb import nhs as _nhs
from stdnum.iso7064 import mod_11_10
from stdnum.it import codicefiscale as _cf
from stdnum.nl import bsn as _bsn
from stdnum.pl import pesel as _pesel
from stdnum.pt import nif as _ptnif
from stdnum.us import ssn as _ssn

N = 500


def faker(locale: str, seed: int) -> Faker:
    f = Faker(locale)
    f.seed_instance(seed)
    return f


def rows(fn, n: int = N) -> list:
    return [fn(i) for i in range(n)]


def with_nulls(rng: random.Random, values: list, p: float) -> list:
    return [None if rng.random() < p else v for v in values]


def pick(rng: random.Random, seq, weights=None):
    seq = list(seq)
    if weights is None:
        return seq[rng.randrange(len(seq))]
    return rng.choices(seq, weights=weights, k=1)[0]


def digits(rng: random.Random, k: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(k))


def letters(rng: random.Random, k: int, alphabet: str = string.ascii_uppercase) -> str:
    return "".join(rng.choice(alphabet) for _ in range(k))


# ---------------------------------------------------------------- Luhn / cards / device ids
def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num: str) -> bool:
    return luhn_digit(num[:-1]) == num[-1]


def credit_card(rng: random.Random, fmt: str = "plain") -> str:
    kind = pick(rng, ["visa", "mc", "amex", "visa", "mc"])
    if kind == "visa":
        body = "4" + digits(rng, 14)
    elif kind == "mc":
        body = str(rng.randint(51, 55)) + digits(rng, 13)
    else:
        body = pick(rng, ["34", "37"]) + digits(rng, 12)
    num = body + luhn_digit(body)
    if fmt == "spaced":
        if len(num) == 15:
            return f"{num[:4]} {num[4:10]} {num[10:]}"
        return " ".join(num[i : i + 4] for i in range(0, 16, 4))
    if fmt == "dashed" and len(num) == 16:
        return "-".join(num[i : i + 4] for i in range(0, 16, 4))
    return num


def non_luhn16(rng: random.Random) -> str:
    while True:
        num = str(rng.randint(1, 9)) + digits(rng, 15)
        if not luhn_ok(num):
            return num


def imei(rng: random.Random) -> str:
    body = pick(rng, ["35", "86", "01", "99"]) + digits(rng, 12)
    return body + luhn_digit(body)


def android_id(rng: random.Random) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(16))


def uuid_like(rng: random.Random, upper: bool = False) -> str:
    h = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    u = f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
    return u.upper() if upper else u


def mac(rng: random.Random, sep: str = ":") -> str:
    octs = [rng.randint(0, 255) for _ in range(6)]
    octs[0] &= 0xFE
    return sep.join(f"{o:02x}" for o in octs)


def sha256_of(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def md5_of(text: str) -> str:
    return hashlib.md5(text.encode()).hexdigest()


def version4(rng: random.Random) -> str:
    return f"{rng.randint(1, 12)}.{rng.randint(0, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 250)}"


def ipv4_public(rng: random.Random) -> str:
    while True:
        a = rng.randint(1, 223)
        if a in (10, 127, 169, 172, 192, 100):
            continue
        return f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng: random.Random) -> str:
    groups = [pick(rng, ["2001", "2a02", "2a01", "2003", "2804"])] + [f"{rng.randint(0, 0xFFFF):x}" for _ in range(7)]
    return ":".join(groups)


# ---------------------------------------------------------------- dates
def birth_date(
    rng: random.Random, min_age: int = 18, max_age: int = 90, ref: _dt.date = _dt.date(2024, 6, 1)
) -> _dt.date:
    start = ref.replace(year=ref.year - max_age)
    span = (ref.replace(year=ref.year - min_age) - start).days
    return start + _dt.timedelta(days=rng.randrange(span))


def age_at(d: _dt.date, ref: _dt.date = _dt.date(2024, 6, 1)) -> int:
    return ref.year - d.year - ((ref.month, ref.day) < (d.month, d.day))


def date_between(rng: random.Random, y0: int, y1: int) -> _dt.date:
    start = _dt.date(y0, 1, 1)
    return start + _dt.timedelta(days=rng.randrange((_dt.date(y1, 12, 31) - start).days))


def timestamp(rng: random.Random, y0: int = 2022, y1: int = 2024) -> str:
    d = date_between(rng, y0, y1)
    return f"{d.isoformat()} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


# ---------------------------------------------------------------- national ids
def us_ssn(rng: random.Random) -> str:
    while True:
        s = f"{rng.randint(1, 899):03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
        if _ssn.is_valid(s):
            return s


def uk_nino(rng: random.Random, spaced: bool = False) -> str:
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = rng.choice(first) + rng.choice(second)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    d = digits(rng, 6)
    s = rng.choice("ABCD")
    return f"{p} {d[:2]} {d[2:4]} {d[4:]} {s}" if spaced else f"{p}{d}{s}"


def uk_nhs(rng: random.Random) -> str:
    while True:
        body = str(rng.randint(4, 6)) + digits(rng, 8)
        tot = sum(int(c) * w for c, w in zip(body, range(10, 1, -1), strict=False))
        chk = 11 - tot % 11
        if chk == 11:
            chk = 0
        if chk == 10:
            continue
        num = body + str(chk)
        assert _nhs.is_valid(num)
        return f"{num[:3]} {num[3:6]} {num[6:]}"


def de_steuer_id(rng: random.Random) -> str:
    while True:
        body = str(rng.randint(1, 9)) + digits(rng, 9)
        num = body + mod_11_10.calc_check_digit(body)
        if _idnr.is_valid(num):
            return num


_SVNR_AREAS = [
    "02",
    "03",
    "04",
    "08",
    "09",
    "10",
    "11",
    "12",
    "13",
    "14",
    "15",
    "16",
    "17",
    "18",
    "19",
    "20",
    "21",
    "23",
    "24",
    "25",
    "26",
    "28",
    "29",
    "38",
    "39",
    "40",
    "42",
    "43",
    "44",
    "45",
    "46",
    "47",
    "48",
    "49",
    "50",
    "51",
    "52",
    "53",
    "54",
    "55",
    "56",
    "57",
    "58",
    "59",
    "60",
    "61",
    "62",
    "63",
    "64",
    "65",
    "66",
    "67",
    "68",
    "69",
    "70",
    "71",
    "72",
    "73",
    "74",
    "75",
    "76",
    "77",
    "78",
    "79",
    "80",
    "81",
    "82",
    "89",
]


def de_svnr(rng: random.Random, dob: _dt.date, surname: str, female: bool) -> str:
    area = rng.choice(_SVNR_AREAS)
    letter = (surname.strip()[:1] or "M").upper()
    letter = {"Ä": "A", "Ö": "O", "Ü": "U"}.get(letter, letter)
    if letter not in string.ascii_uppercase:
        letter = "M"
    serial = rng.randint(50, 99) if female else rng.randint(0, 49)
    base = f"{area}{dob:%d%m%y}{ord(letter) - 64:02d}{serial:02d}"
    weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    total = 0
    for c, w in zip(base, weights, strict=False):
        p = int(c) * w
        total += p // 10 + p % 10
    chk = total % 10
    return f"{area} {dob:%d%m%y} {letter} {serial:02d}{chk}"


def fr_nir(rng: random.Random, dob: _dt.date, female: bool) -> str:
    while True:
        dept = f"{rng.randint(1, 95):02d}"
        if dept == "20":
            continue
        body = f"{2 if female else 1}{dob:%y}{dob:%m}{dept}{rng.randint(1, 990):03d}{rng.randint(1, 999):03d}"
        key = 97 - int(body) % 97
        num = f"{body}{key:02d}"
        if _nir.is_valid(num):
            return num


def fmt_nir(num: str) -> str:
    return f"{num[0]} {num[1:3]} {num[3:5]} {num[5:7]} {num[7:10]} {num[10:13]} {num[13:]}"


def es_dni(rng: random.Random) -> str:
    body = f"{rng.randint(1000000, 99999999):08d}"
    num = body + _dni.calc_check_digit(body)
    assert _dni.is_valid(num)
    return num


def es_nie(rng: random.Random) -> str:
    body = rng.choice("XYZ") + digits(rng, 7)
    num = body + _nie.calc_check_digit(body)
    assert _nie.is_valid(num)
    return num


def it_cf(fk: Faker) -> str:
    while True:
        c = fk.ssn()
        if _cf.is_valid(c):
            return c


def nl_bsn(rng: random.Random) -> str:
    while True:
        body = str(rng.randint(1, 6)) + digits(rng, 7)
        tot = sum(int(c) * w for c, w in zip(body, range(9, 1, -1), strict=False))
        last = tot % 11
        if last == 10:
            continue
        num = body + str(last)
        if _bsn.is_valid(num):
            return num


def br_cpf(rng: random.Random, formatted: bool = True) -> str:
    while True:
        body = digits(rng, 9)
        if len(set(body)) == 1:
            continue
        num = body + _cpf._calc_check_digits(body)
        if _cpf.is_valid(num):
            return _cpf.format(num) if formatted else num


def br_rg(rng: random.Random) -> str:
    # SP-style RG: 8 digits + mod-11 check (X for 10)
    body = digits(rng, 8)
    tot = sum(int(c) * w for c, w in zip(body, range(2, 10), strict=False))
    chk = tot % 11
    c = "X" if chk == 10 else str(chk)
    return f"{body[:2]}.{body[2:5]}.{body[5:]}-{c}"


def pl_pesel(rng: random.Random, dob: _dt.date, female: bool) -> str:
    month = dob.month + (20 if dob.year >= 2000 else 0)
    sex = rng.choice("02468" if female else "13579")
    body = f"{dob:%y}{month:02d}{dob:%d}{digits(rng, 3)}{sex}"
    num = body + _pesel.calc_check_digit(body)
    assert _pesel.is_valid(num)
    return num


def pl_id_card(rng: random.Random) -> str:
    # Polish identity card: 3 letters + check digit + 5 digits, weights 7 3 1 9 7 3 1 7 3
    while True:
        lets = letters(rng, 3)
        rest = digits(rng, 5)
        vals = [ord(c) - 55 for c in lets]
        w = [7, 3, 1, 7, 3, 1, 7, 3]
        tot = sum(v * x for v, x in zip(vals + [int(d) for d in rest], w, strict=False))
        return f"{lets}{tot % 10}{rest}"


def pt_nif(rng: random.Random) -> str:
    body = rng.choice("12") + digits(rng, 7)
    num = body + _ptnif.calc_check_digit(body)
    assert _ptnif.is_valid(num)
    return num


def iban(fk: Faker, spaced: bool = False) -> str:
    while True:
        v = fk.iban()
        if _iban.is_valid(v):
            return _iban.format(v) if spaced else v


def iban_for(rng: random.Random, country: str, bban_len: int, spaced: bool = False) -> str:
    bban = digits(rng, bban_len)
    if country == "ES":
        from stdnum.es import ccc as _ccc

        b = bban[:8] + "00" + bban[10:]
        bban = b[:8] + _ccc.calc_check_digits(b) + b[10:]
    tmp = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in tmp)
    chk = 98 - int(num) % 97
    v = f"{country}{chk:02d}{bban}"
    assert _iban.is_valid(v)
    return _iban.format(v) if spaced else v


def pl_nrb(rng: random.Random) -> str:
    v = iban_for(rng, "PL", 24)[2:]
    return f"{v[:2]} {v[2:6]} {v[6:10]} {v[10:14]} {v[14:18]} {v[18:22]} {v[22:]}"
