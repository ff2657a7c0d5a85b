"""Deterministic value helpers for the blind15 table set.

Every helper takes an explicit ``random.Random`` (and, where needed, a seeded Faker) so that
``tables.all_tables()`` returns the same values on every run.  No helper reads the clock.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import string
import uuid

from stdnum import iban as _iban
from stdnum import luhn as _luhn
from stdnum.de import idnr as _idnr
from stdnum.gb import nhs as _nhs
from stdnum.iso7064 import mod_11_10 as _mod_11_10

N = 500
REF_DATE = dt.date(2024, 6, 30)  # fixed "today" for ages and dates


# ---------------------------------------------------------------- generic helpers
def col(rng: random.Random, fn, null: float = 0.0, n: int = N):
    """n values of fn(), each replaced by None with probability ``null``."""
    out = []
    for _ in range(n):
        v = fn()
        out.append(None if null and rng.random() < null else v)
    return out


def with_nulls(rng: random.Random, values, null: float):
    return [None if (v is None or rng.random() < null) else v for v in values]


def rand_date(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randint(0, (end - start).days))


def birth_date(rng: random.Random, min_age: int = 18, max_age: int = 85) -> dt.date:
    start = REF_DATE.replace(year=REF_DATE.year - max_age)
    end = REF_DATE.replace(year=REF_DATE.year - min_age)
    return rand_date(rng, start, end)


def age_of(d: dt.date) -> int:
    return REF_DATE.year - d.year - ((REF_DATE.month, REF_DATE.day) < (d.month, d.day))


def fmt_date(d: dt.date, style: str) -> str:
    return {
        "iso": d.strftime("%Y-%m-%d"),
        "dmy_slash": d.strftime("%d/%m/%Y"),
        "dmy_dot": d.strftime("%d.%m.%Y"),
        "dmy_dash": d.strftime("%d-%m-%Y"),
        "mdy_slash": d.strftime("%m/%d/%Y"),
        "compact": d.strftime("%Y%m%d"),
        "ymd_slash": d.strftime("%Y/%m/%d"),
    }[style]


def timestamp(rng: random.Random, start=dt.datetime(2023, 1, 1), days=540, style="iso") -> str:
    t = start + dt.timedelta(seconds=rng.randint(0, days * 86400))
    if style == "iso":
        return t.strftime("%Y-%m-%d %H:%M:%S")
    if style == "isoz":
        return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{rng.randint(0, 999):03d}Z"
    if style == "dmy_hm":
        return t.strftime("%d/%m/%Y %H:%M")
    if style == "dot_hm":
        return t.strftime("%d.%m.%Y %H:%M")
    if style == "epoch":
        return str(int(t.replace(tzinfo=dt.UTC).timestamp()))
    raise ValueError(style)


def digits(rng: random.Random, k: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(k))


def letters(rng: random.Random, k: int, alphabet: str = string.ascii_uppercase) -> str:
    return "".join(rng.choice(alphabet) for _ in range(k))


def uuid4(rng: random.Random, upper: bool = False) -> str:
    u = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    return u.upper() if upper else u


def sha256(rng: random.Random) -> str:
    return hashlib.sha256(rng.getrandbits(64).to_bytes(8, "big")).hexdigest()


def money(rng: random.Random, lo: float, hi: float, decimal_comma: bool = False, thousands: bool = False) -> str:
    v = round(rng.uniform(lo, hi), 2)
    s = f"{v:,.2f}" if thousands else f"{v:.2f}"
    if decimal_comma:
        s = s.replace(",", "_").replace(".", ",").replace("_", ".")
    return s


# ---------------------------------------------------------------- network / device
def ipv4_public(rng: random.Random) -> str:
    while True:
        a = rng.randint(1, 223)
        if a in (10, 127) or (a == 192) or (a == 172) or (a == 169) or (a == 100):
            continue
        return f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6(rng: random.Random) -> str:
    groups = ["2a02", f"{rng.randint(0, 0xFFFF):x}"] + [f"{rng.randint(0, 0xFFFF):x}" for _ in range(6)]
    return ":".join(groups)


def client_ip(rng: random.Random, v6_share: float = 0.2) -> str:
    return ipv6(rng) if rng.random() < v6_share else ipv4_public(rng)


def mac(rng: random.Random, sep: str = ":", upper: bool = False) -> str:
    s = sep.join(f"{rng.randint(0, 255):02x}" for _ in range(6))
    return s.upper() if upper else s


def android_id(rng: random.Random) -> str:
    return f"{rng.getrandbits(64):016x}"


def imei(rng: random.Random) -> str:
    body = rng.choice(["35", "86", "01", "99"]) + digits(rng, 12)
    return body + _luhn.calc_check_digit(body)


def iccid(rng: random.Random, country: str = "31") -> str:
    body = "89" + country + digits(rng, 14)
    return body + _luhn.calc_check_digit(body)


def app_version_ipv4_shaped(rng: random.Random) -> str:
    return f"{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}.{rng.randint(100, 999)}"


# ---------------------------------------------------------------- cards / banking
def credit_card(rng: random.Random, spaced: bool = True) -> str:
    prefix = rng.choice(["4", "51", "52", "53", "54", "55", "2221", "37"])
    length = 15 if prefix == "37" else 16
    body = prefix + digits(rng, length - len(prefix) - 1)
    num = body + _luhn.calc_check_digit(body)
    if not spaced:
        return num
    if length == 15:
        return f"{num[:4]} {num[4:10]} {num[10:]}"
    return " ".join(num[i : i + 4] for i in range(0, 16, 4))


def sixteen_digits_not_luhn(rng: random.Random) -> str:
    while True:
        s = rng.choice("123456789") + digits(rng, 15)
        if not _luhn.is_valid(s):
            return s


def masked_card(rng: random.Random) -> str:
    return rng.choice(["**** **** **** ", "XXXX-XXXX-XXXX-", "************"]) + digits(rng, 4)


_IBAN_BBAN = {  # country: (bban builder)
    "DE": lambda r: digits(r, 18),
    "FR": lambda r: digits(r, 10) + letters(r, 0) + digits(r, 11) + digits(r, 2),
    "ES": lambda r: digits(r, 20),
    "IT": lambda r: letters(r, 1) + digits(r, 10) + digits(r, 12),
    "NL": lambda r: r.choice(["ABNA", "RABO", "INGB", "SNSB", "TRIO", "ASNB"]) + digits(r, 10),
    "PL": lambda r: digits(r, 24),
    "PT": lambda r: digits(r, 21),
    "GB": lambda r: r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(r, 14),
}


def iban(rng: random.Random, country: str, spaced: bool | None = None) -> str:
    bban = _IBAN_BBAN[country](rng)
    if country == "FR":  # RIB key must be valid for stdnum's FR check
        bban = _fr_bban(rng)
    if country == "IT":
        bban = _it_bban(rng)
    if country == "ES":
        bban = _es_bban(rng)
    check = _iban.calc_check_digits(country + "00" + bban)
    s = country + check + bban
    assert _iban.is_valid(s), s
    if spaced is None:
        spaced = rng.random() < 0.5
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4)) if spaced else s


def _mod97_rib(bank, branch, account):
    conv = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "12345678912345678923456789")
    num = int((bank + branch + account).translate(conv)) * 100
    return f"{97 - num % 97:02d}"


def _fr_bban(rng):
    bank, branch, account = digits(rng, 5), digits(rng, 5), digits(rng, 11)
    return bank + branch + account + _mod97_rib(bank, branch, account)


def _it_bban(rng):
    bank, branch, account = digits(rng, 5), digits(rng, 5), digits(rng, 12)
    # CIN check character
    odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
    s = bank + branch + account
    total = 0
    for i, ch in enumerate(s):
        v = int(ch)
        total += odd[v] if i % 2 == 0 else v
    cin = chr(ord("A") + total % 26)
    return cin + s


def _es_bban(rng):
    bank, branch, account = digits(rng, 4), digits(rng, 4), digits(rng, 10)

    def cd(s):
        w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
        r = 11 - sum(int(c) * x for c, x in zip(s.rjust(10, "0"), w, strict=False)) % 11
        return {10: "1", 11: "0"}.get(r, str(r))

    return bank + branch + cd("00" + bank + branch) + cd(account) + account


def uk_sort_code_account(rng: random.Random) -> str:
    return f"{rng.randint(10, 99)}-{rng.randint(0, 99):02d}-{rng.randint(0, 99):02d} {digits(rng, 8)}"


def br_agencia_conta(rng: random.Random) -> str:
    return f"ag {digits(rng, 4)} c/c {digits(rng, rng.choice([5, 6, 8]))}-{rng.randint(0, 9)}"


# ---------------------------------------------------------------- national ids
def uk_nino(rng: random.Random) -> str:
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = rng.choice(first) + rng.choice(second)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    d = digits(rng, 6)
    suf = rng.choice("ABCD")
    if rng.random() < 0.5:
        return f"{p} {d[:2]} {d[2:4]} {d[4:]} {suf}"
    return f"{p}{d}{suf}"


def uk_nhs(rng: random.Random) -> str:
    while True:
        body = digits(rng, 9)
        for c in string.digits:
            if _nhs.is_valid(body + c):
                s = body + c
                return f"{s[:3]} {s[3:6]} {s[6:]}"


def de_steuer_id(rng: random.Random, spaced: bool = False) -> str:
    while True:
        # 10 digits: one digit twice, first digit non-zero
        pool = list(string.digits)
        rng.shuffle(pool)
        d = pool[:9]
        d.append(rng.choice(d))
        rng.shuffle(d)
        if d[0] == "0":
            continue
        body = "".join(d)
        s = body + _mod_11_10.calc_check_digit(body)
        if _idnr.is_valid(s):
            return f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}" if spaced else s


def de_svnr(rng: random.Random, birth: dt.date, surname: str, female: bool) -> str:
    area = f"{rng.choice([12, 13, 15, 16, 17, 18, 23, 24, 25, 26, 28, 29, 38, 39, 40, 42, 44, 48, 49, 53, 54, 55, 56, 60, 61, 62, 63, 64, 65, 66, 67, 68, 70, 72, 73, 74, 75, 76, 78, 79, 80, 81, 82, 89]):02d}"
    letter = surname[:1].upper() if surname[:1].isascii() and surname[:1].isalpha() else "M"
    serial = f"{rng.randint(50, 99) if female else rng.randint(0, 49):02d}"
    datepart = birth.strftime("%d%m%y")
    pos = f"{ord(letter) - ord('A') + 1:02d}"
    nums = area + datepart + pos + serial
    weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    total = 0
    for c, w in zip(nums, weights, strict=False):
        p = int(c) * w
        total += p // 10 + p % 10
    check = total % 10
    return (
        f"{area} {datepart} {letter} {serial}{check}"
        if rng.random() < 0.5
        else f"{area}{datepart}{letter}{serial}{check}"
    )


def nl_bsn(rng: random.Random) -> str:
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            d[0] = rng.randint(1, 6)
        s = sum(x * w for x, w in zip(d, range(9, 1, -1), strict=False))
        last = s % 11
        if last < 10:
            return "".join(map(str, d)) + str(last)


# ---------------------------------------------------------------- phones
def phone(rng: random.Random, country: str) -> str:
    r = rng
    if country == "GB":
        m = "7" + digits(r, 9)
        return r.choice(
            [
                f"0{m[:4]} {m[4:]}",
                f"+44 {m[:4]} {m[4:]}",
                f"0{m}",
                f"+44 (0){m[:4]} {m[4:]}",
                f"01{digits(r, 3)} {digits(r, 6)}",
                f"020 {digits(r, 4)} {digits(r, 4)}",
            ]
        )
    if country == "US":
        a, b, c = r.randint(201, 989), r.randint(200, 999), digits(r, 4)
        return r.choice([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"+1 {a} {b} {c}", f"{a}.{b}.{c}", f"+1{a}{b}{c}"])
    if country == "DE":
        mob = r.choice(["151", "160", "170", "171", "172", "176", "157", "162"])
        return r.choice(
            [
                f"+49 {mob} {digits(r, 8)}",
                f"0{mob}/{digits(r, 7)}",
                f"0{mob} {digits(r, 3)} {digits(r, 4)}",
                f"030 {digits(r, 7)}",
                f"+49 (0)89 {digits(r, 6)}",
                f"0221-{digits(r, 6)}",
            ]
        )
    if country == "FR":
        p = r.choice("67") + digits(r, 8)
        fixed = r.choice("12345") + digits(r, 8)
        q = r.choice([p, p, fixed])
        pairs = " ".join(q[i : i + 2] for i in range(1, 9, 2))
        return r.choice([f"0{q[0]} {pairs}", f"+33 {q[0]} {pairs}", f"0{q}", f"0{q[0]}.{pairs.replace(' ', '.')}"])
    if country == "ES":
        m = r.choice("67") + digits(r, 8)
        f = "9" + r.choice("1356") + digits(r, 7)
        q = r.choice([m, m, f])
        return r.choice([f"{q[:3]} {q[3:6]} {q[6:]}", f"+34 {q}", f"+34 {q[:3]} {q[3:5]} {q[5:7]} {q[7:]}", q])
    if country == "IT":
        m = "3" + r.choice("2345789") + digits(r, 8)
        return r.choice(
            [
                f"+39 {m[:3]} {m[3:6]} {m[6:]}",
                f"{m[:3]} {m[3:]}",
                m,
                f"+39{m}",
                f"06 {digits(r, 8)}",
                f"02-{digits(r, 8)}",
            ]
        )
    if country == "NL":
        m = "6" + digits(r, 8)
        return r.choice(
            [
                f"0{m[0]}-{m[1:]}",
                f"+31 {m[0]} {m[1:]}",
                f"0{m}",
                f"+31 (0){m[0]} {m[1:5]} {m[5:]}",
                f"020-{digits(r, 7)}",
                f"010 {digits(r, 3)} {digits(r, 4)}",
            ]
        )
    if country == "NL_MSISDN":
        return "316" + digits(r, 8)
    if country == "BR":
        ddd = r.choice(["11", "21", "31", "41", "51", "61", "71", "81", "85", "92"])
        n = "9" + digits(r, 8)
        return r.choice(
            [
                f"({ddd}) {n[:5]}-{n[5:]}",
                f"+55 {ddd} {n[:5]}-{n[5:]}",
                f"{ddd}{n}",
                f"({ddd}) {digits(r, 4)}-{digits(r, 4)}",
            ]
        )
    if country == "PL":
        m = r.choice(["50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"]) + digits(r, 7)
        return r.choice(
            [
                f"{m[:3]} {m[3:6]} {m[6:]}",
                f"+48 {m[:3]} {m[3:6]} {m[6:]}",
                f"+48{m}",
                m,
                f"{m[:3]}-{m[3:6]}-{m[6:]}",
                f"22 {digits(r, 3)} {digits(r, 2)} {digits(r, 2)}",
            ]
        )
    raise ValueError(country)


# ---------------------------------------------------------------- vehicles / documents
def plate(rng: random.Random, country: str) -> str:
    r = rng
    if country == "GB":
        return f"{letters(r, 2)}{r.randint(51, 74) if r.random() < 0.5 else r.randint(10, 24):02d} {letters(r, 3)}"
    if country == "FR":
        return f"{letters(r, 2)}-{digits(r, 3)}-{letters(r, 2)}"
    if country == "IT":
        return (
            f"{letters(r, 2)}{digits(r, 3)}{letters(r, 2)}"
            if r.random() < 0.6
            else f"{letters(r, 2)} {digits(r, 3)} {letters(r, 2)}"
        )
    if country == "DE":
        city = r.choice(["B", "M", "HH", "K", "F", "S", "D", "DO", "E", "HB", "L", "DD", "H", "N", "KA", "MA"])
        return f"{city}-{letters(r, r.choice([1, 2]))} {r.randint(1, 9999)}"
    raise ValueError(country)


def passport(rng: random.Random, nat: str) -> str:
    r = rng
    return {
        "IT": lambda: letters(r, 2) + digits(r, 7),
        "DE": lambda: "C" + "".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8)),
        "FR": lambda: digits(r, 2) + letters(r, 2) + digits(r, 5),
        "GB": lambda: digits(r, 9),
        "US": lambda: r.choice(["5", "A"]) + digits(r, 8),
        "ES": lambda: letters(r, 3) + digits(r, 6),
        "NL": lambda: "N" + "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(8)),
        "CH": lambda: "X" + digits(r, 7),
        "AT": lambda: letters(r, 1) + digits(r, 7),
    }[nat]()


def fr_driver_licence(rng: random.Random) -> str:
    # modern format e.g. 12AA34567 (legacy 12-digit numbers also still in circulation)
    if rng.random() < 0.5:
        return digits(rng, 12)
    return f"{digits(rng, 2)}{letters(rng, 2)}{digits(rng, 5)}"


# ---------------------------------------------------------------- misc hard negatives
def sku(rng: random.Random) -> str:
    return f"{letters(rng, 3)}-{digits(rng, 5)}-{rng.choice(['XS', 'S', 'M', 'L', 'XL', 'BLK', 'WHT', '00'])}"


def weighted(rng: random.Random, options: list[tuple[object, float]]):
    vals = [o for o, _ in options]
    w = [x for _, x in options]
    return rng.choices(vals, weights=w, k=1)[0]
