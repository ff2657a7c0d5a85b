"""Deterministic value helpers for the blind21 fresh labelled table set.

Everything takes an explicit random.Random / seeded Faker so all_tables() is reproducible and does not
depend on PYTHONHASHSEED (no iteration over sets; Faker is only used for providers backed by ordered lists,
cities come from the fixed lists below).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import string
import uuid

from faker import Faker
from stdnum import iban as std_iban
from stdnum.br import cpf as std_cpf
from stdnum.de import idnr as std_idnr
from stdnum.fr import nir as std_nir
from stdnum.gb import nhs as std_nhs
from stdnum.it import codicefiscale as std_cf
from stdnum.nl import bsn as std_bsn
from stdnum.pl import pesel as std_pesel
from stdnum.pt import nif as std_ptnif

N = 500


def fk(locale: str, seed: int) -> Faker:
    f = Faker(locale)
    f.seed_instance(seed)
    return f


def col(rng: random.Random, fn, null_rate: float = 0.0, n: int = N) -> list:
    """n values from fn(), each replaced by None with probability null_rate."""
    out = []
    for _ in range(n):
        v = fn()
        out.append(None if rng.random() < null_rate else v)
    return out


def pick(rng: random.Random, seq):
    return seq[rng.randrange(len(seq))]


def wpick(rng: random.Random, items: list[tuple]):
    """items: [(value, weight), ...]"""
    total = sum(w for _, w in items)
    x = rng.random() * total
    for v, w in items:
        x -= w
        if x <= 0:
            return v
    return items[-1][0]


# ---------------------------------------------------------------- dates
def rand_date(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randrange((end - start).days + 1))


def dob(rng: random.Random, lo: int = 1942, hi: int = 2005) -> dt.date:
    return rand_date(rng, dt.date(lo, 1, 1), dt.date(hi, 12, 31))


def fmt_date(d: dt.date, style: str) -> str:
    if style == "iso":
        return d.isoformat()
    if style == "dmy.":
        return d.strftime("%d.%m.%Y")
    if style == "dmy/":
        return d.strftime("%d/%m/%Y")
    if style == "dmy-":
        return d.strftime("%d-%m-%Y")
    if style == "mdy/":
        return d.strftime("%m/%d/%Y")
    if style == "ymd/":
        return d.strftime("%Y/%m/%d")
    if style == "compact":
        return d.strftime("%Y%m%d")
    raise ValueError(style)


def timestamp(rng: random.Random, year0: int = 2021, year1: int = 2024, style: str = "iso") -> str:
    d = rand_date(rng, dt.date(year0, 1, 1), dt.date(year1, 12, 31))
    t = dt.datetime(d.year, d.month, d.day, rng.randrange(24), rng.randrange(60), rng.randrange(60))
    if style == "iso":
        return t.isoformat()
    if style == "isoz":
        return t.isoformat() + "Z"
    if style == "space":
        return t.strftime("%Y-%m-%d %H:%M:%S")
    if style == "dmy":
        return t.strftime("%d.%m.%Y %H:%M")
    if style == "epoch":
        return str(int(t.replace(tzinfo=dt.UTC).timestamp()))
    raise ValueError(style)


def age_from(d: dt.date, ref: dt.date = dt.date(2024, 6, 30)) -> int:
    return ref.year - d.year - ((ref.month, ref.day) < (d.month, d.day))


# ---------------------------------------------------------------- checksums
def luhn_check_digit(partial: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_valid(number: str) -> bool:
    digits = [c for c in number if c.isdigit()]
    return luhn_check_digit("".join(digits[:-1])) == digits[-1]


def digits(rng: random.Random, k: int, first_nonzero: bool = False) -> str:
    s = "".join(rng.choice(string.digits) for _ in range(k))
    if first_nonzero and s[0] == "0":
        s = str(rng.randint(1, 9)) + s[1:]
    return s


def credit_card(rng: random.Random, style: str = "mixed") -> str:
    brand = rng.choice(["visa", "visa", "mc", "mc", "amex"])
    if brand == "visa":
        body = "4" + digits(rng, 14)
    elif brand == "mc":
        body = str(rng.randint(51, 55)) + digits(rng, 13)
    else:
        body = rng.choice(["34", "37"]) + digits(rng, 12)
    num = body + luhn_check_digit(body)
    if style == "mixed":
        style = rng.choice(["plain", "space", "dash", "plain"])
    if style == "plain":
        return num
    sep = " " if style == "space" else "-"
    if len(num) == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i : i + 4] for i in range(0, 16, 4))


def non_luhn_16(rng: random.Random) -> str:
    """16-digit number that fails Luhn (loyalty / gift card references)."""
    while True:
        s = digits(rng, 16, first_nonzero=True)
        if not luhn_valid(s):
            return s


def imei(rng: random.Random) -> str:
    body = rng.choice(["35", "86", "01", "99"]) + digits(rng, 12)
    return body + luhn_check_digit(body)


def iban(rng: random.Random, country: str, bban_len: int, alpha_prefix: int = 0) -> str:
    bban = "".join(rng.choice(string.ascii_uppercase) for _ in range(alpha_prefix)) + digits(
        rng, bban_len - alpha_prefix
    )
    check = std_iban.calc_check_digits(country + "00" + bban)
    return country + check + bban


def iban_fmt(value: str, spaced: bool) -> str:
    return " ".join(value[i : i + 4] for i in range(0, len(value), 4)) if spaced else value


# ---------------------------------------------------------------- national ids
def us_ssn(rng: random.Random) -> str:
    area = rng.randint(1, 899)
    while area == 666:
        area = rng.randint(1, 899)
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def uk_nino(rng: random.Random) -> str:
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = rng.choice(first) + rng.choice(second)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    d = digits(rng, 6)
    suf = rng.choice("ABCD")
    return rng.choice([f"{p}{d}{suf}", f"{p} {d[:2]} {d[2:4]} {d[4:]} {suf}"])


def uk_nhs(rng: random.Random) -> str:
    while True:
        s = digits(rng, 9, first_nonzero=True)
        w = sum(int(c) * (10 - i) for i, c in enumerate(s))
        chk = 11 - w % 11
        if chk == 11:
            chk = 0
        if chk == 10:
            continue
        num = s + str(chk)
        if std_nhs.is_valid(num):
            return rng.choice([num, f"{num[:3]} {num[3:6]} {num[6:]}"])


def de_steuer_id(rng: random.Random) -> str:
    while True:
        s = digits(rng, 10, first_nonzero=True)
        for c in "0123456789":
            num = s + c
            if std_idnr.is_valid(num):
                return rng.choice([num, f"{num[:2]} {num[2:5]} {num[5:8]} {num[8:]}"])


def fr_nir(rng: random.Random, birth: dt.date, sex: str) -> str:
    s = (
        ("1" if sex == "M" else "2")
        + f"{birth.year % 100:02d}{birth.month:02d}"
        + f"{rng.randint(1, 95):02d}"
        + digits(rng, 3)
        + f"{rng.randint(1, 999):03d}"
    )
    key = 97 - int(s) % 97
    num = s + f"{key:02d}"
    assert std_nir.is_valid(num), num
    return rng.choice([num, f"{num[0]} {num[1:3]} {num[3:5]} {num[5:7]} {num[7:10]} {num[10:13]} {num[13:]}"])


def es_dni(rng: random.Random) -> str:
    n = rng.randint(1000000, 99999999)
    return f"{n:08d}" + "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23]


def es_nie(rng: random.Random) -> str:
    p = rng.choice("XYZ")
    n = rng.randint(0, 9999999)
    return f"{p}{n:07d}" + "TRWAGMYFPDXBNJZSQVHLCKE"[int(str("XYZ".index(p)) + f"{n:07d}") % 23]


def it_cf(f: Faker) -> str:
    v = f.ssn()
    assert std_cf.is_valid(v), v
    return v


def nl_bsn(rng: random.Random) -> str:
    while True:
        s = digits(rng, 8, first_nonzero=True)
        w = sum(int(c) * (9 - i) for i, c in enumerate(s))
        c = w % 11
        if c < 10:
            num = s + str(c)
            if std_bsn.is_valid(num):
                return num


def br_cpf(rng: random.Random, formatted: bool = True) -> str:
    while True:
        s = digits(rng, 9)
        num = s + std_cpf._calc_check_digits(s) if hasattr(std_cpf, "_calc_check_digits") else None
        if num is None:
            for a in range(100):
                cand = s + f"{a:02d}"
                if std_cpf.is_valid(cand):
                    num = cand
                    break
        if num and std_cpf.is_valid(num):
            return std_cpf.format(num) if formatted else num


def pt_nif(rng: random.Random) -> str:
    while True:
        s = rng.choice("123") + digits(rng, 7)
        num = s + std_ptnif.calc_check_digit(s)
        if std_ptnif.is_valid(num):
            return num


def pl_pesel(rng: random.Random, birth: dt.date, sex: str) -> str:
    m = birth.month + (20 if birth.year >= 2000 else 0)
    serial = digits(rng, 3)
    sx = rng.choice("13579") if sex == "M" else rng.choice("02468")
    s = f"{birth.year % 100:02d}{m:02d}{birth.day:02d}{serial}{sx}"
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    chk = (10 - sum(int(c) * wt for c, wt in zip(s, w, strict=True)) % 10) % 10
    num = s + str(chk)
    assert std_pesel.is_valid(num), num
    return num


# ---------------------------------------------------------------- network / device
def uuid4(rng: random.Random, upper: bool = False) -> str:
    u = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    return u.upper() if upper else u


def sha256_hex(rng: random.Random, k: int = 64) -> str:
    return hashlib.sha256(str(rng.getrandbits(64)).encode()).hexdigest()[:k]


def mac(rng: random.Random, sep: str = ":", upper: bool = False) -> str:
    b = [rng.randrange(256) for _ in range(6)]
    b[0] &= 0xFC
    s = sep.join(f"{x:02x}" for x in b)
    return s.upper() if upper else s


def client_ipv4(rng: random.Random) -> str:
    while True:
        a = rng.randint(2, 223)
        if a not in (10, 127, 172, 192, 169, 100):
            return f"{a}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randint(1, 254)}"


def client_ipv6(rng: random.Random) -> str:
    return "2a02:" + ":".join(f"{rng.randrange(65536):x}" for _ in range(7))


def version_ipshape(rng: random.Random) -> str:
    return f"{rng.randint(1, 12)}.{rng.randint(0, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 250)}"


def semver(rng: random.Random) -> str:
    return f"{rng.randint(1, 6)}.{rng.randint(0, 19)}.{rng.randint(0, 9)}"


# ---------------------------------------------------------------- geo
def coord(rng: random.Random, lat0: float, lat1: float, lon0: float, lon1: float, dec: int = 6) -> tuple[float, float]:
    return round(rng.uniform(lat0, lat1), dec), round(rng.uniform(lon0, lon1), dec)


# ---------------------------------------------------------------- text helpers
def fill(rng: random.Random, templates: list[str], **makers) -> str:
    t = pick(rng, templates)
    return t.format(**{k: m() for k, m in makers.items() if "{" + k + "}" in t})


def text_col(
    rng: random.Random,
    pii_templates: list[str],
    plain_templates: list[str],
    pii_rate: float,
    null_rate: float,
    makers: dict,
    n: int = N,
) -> list:
    out = []
    for _ in range(n):
        if rng.random() < null_rate:
            out.append(None)
        elif rng.random() < pii_rate:
            out.append(fill(rng, pii_templates, **makers))
        else:
            out.append(fill(rng, plain_templates, **makers))
    return out


def slug(s: str) -> str:
    rep = {
        "ä": "ae",
        "ö": "oe",
        "ü": "ue",
        "ß": "ss",
        "é": "e",
        "è": "e",
        "ê": "e",
        "ë": "e",
        "à": "a",
        "á": "a",
        "â": "a",
        "ã": "a",
        "ç": "c",
        "í": "i",
        "ì": "i",
        "ó": "o",
        "ò": "o",
        "ô": "o",
        "õ": "o",
        "ú": "u",
        "ù": "u",
        "ñ": "n",
        "ł": "l",
        "ś": "s",
        "ż": "z",
        "ź": "z",
        "ć": "c",
        "ń": "n",
        "ą": "a",
        "ę": "e",
        "ï": "i",
        "î": "i",
    }
    s = s.lower()
    return "".join(rep.get(c, c) for c in s if c.isalnum() or c in rep)


def email_for(rng: random.Random, first: str, last: str, domains: list[str]) -> str:
    f, l = slug(first), slug(last)
    local = pick(
        rng, [f"{f}.{l}", f"{f[0]}{l}", f"{f}{rng.randint(1, 99)}", f"{l}.{f}", f"{f}_{l}{rng.randint(70, 99)}"]
    )
    return f"{local}@{pick(rng, domains)}"
