"""Deterministic value helpers for the blind18 fresh table set (Faker + random.Random with fixed seeds)."""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import uuid

from faker import Faker
from stdnum import luhn
from stdnum.de import idnr
from stdnum.gb import nhs
from stdnum.pl import pesel as pl_pesel

N = 500


class G:
    """One generator per table: a seeded Faker plus a seeded Random."""

    def __init__(self, locale: str, seed: int):
        self.f = Faker(locale)
        self.f.seed_instance(seed)
        self.r = random.Random(seed * 7919 + 13)
        self.locale = locale

    # ---------- generic -------------------------------------------------
    def col(self, fn, null: float = 0.0, n: int = N):
        out = []
        for i in range(n):
            v = fn(i)
            if null and self.r.random() < null:
                v = None
            out.append(v)
        return out

    def pick(self, seq, weights=None):
        seq = list(seq)
        if weights:
            return self.r.choices(seq, weights=weights, k=1)[0]
        return seq[self.r.randrange(len(seq))]

    def digits(self, k: int, first_nonzero: bool = True) -> str:
        s = "".join(str(self.r.randrange(10)) for _ in range(k))
        if first_nonzero and s[0] == "0":
            s = str(self.r.randrange(1, 10)) + s[1:]
        return s

    def letters(self, k: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
        return "".join(self.pick(alphabet) for _ in range(k))

    def uuid4(self) -> str:
        return str(uuid.UUID(int=self.r.getrandbits(128), version=4))

    def sha256(self) -> str:
        return hashlib.sha256(self.r.getrandbits(64).to_bytes(8, "big")).hexdigest()

    def md5(self) -> str:
        return hashlib.md5(self.r.getrandbits(64).to_bytes(8, "big")).hexdigest()

    def mac(self, sep: str = ":") -> str:
        b = [self.r.randrange(256) for _ in range(6)]
        b[0] &= 0xFC
        s = sep.join(f"{x:02x}" for x in b)
        return s.upper() if self.r.random() < 0.4 else s

    def ipv4(self) -> str:
        while True:
            a = self.r.randrange(1, 224)
            if a not in (10, 127, 172, 192, 169, 100):
                break
        return f"{a}.{self.r.randrange(256)}.{self.r.randrange(256)}.{self.r.randrange(1, 255)}"

    def ipv6(self) -> str:
        return "2a02:" + ":".join(f"{self.r.randrange(65536):x}" for _ in range(7))

    def version(self) -> str:
        return (
            f"{self.r.randrange(1, 12)}.{self.r.randrange(0, 30)}.{self.r.randrange(0, 20)}.{self.r.randrange(0, 250)}"
        )

    def money(self, lo: float, hi: float, comma: bool = False) -> str | float:
        v = round(self.r.uniform(lo, hi), 2)
        if comma:
            return f"{v:.2f}".replace(".", ",")
        return v

    def date_between(self, start: dt.date, end: dt.date) -> dt.date:
        return start + dt.timedelta(days=self.r.randrange((end - start).days + 1))

    def dob(self, min_age: int = 18, max_age: int = 85) -> dt.date:
        ref = dt.date(2024, 6, 1)
        return self.date_between(ref.replace(year=ref.year - max_age), ref.replace(year=ref.year - min_age))

    def fmt_date(self, d: dt.date, fmts) -> str:
        return d.strftime(self.pick(fmts))

    def timestamp(self, start=dt.datetime(2023, 1, 1), days: int = 540, fmt: str = "%Y-%m-%d %H:%M:%S") -> str:
        t = start + dt.timedelta(seconds=self.r.randrange(days * 86400))
        return t.strftime(fmt)

    def luhn_card(self) -> str:
        prefix = self.pick(["4", "51", "52", "53", "54", "55", "37", "6011"])
        length = 15 if prefix == "37" else 16
        body = prefix + self.digits(length - len(prefix) - 1, first_nonzero=False)
        num = body + luhn.calc_check_digit(body)
        if length == 15:
            return self.pick([num, f"{num[:4]} {num[4:10]} {num[10:]}"])
        return self.pick(
            [num, " ".join(num[i : i + 4] for i in range(0, 16, 4)), "-".join(num[i : i + 4] for i in range(0, 16, 4))]
        )

    def imei(self) -> str:
        body = self.pick(["35", "86", "01", "99"]) + self.digits(12, first_nonzero=False)
        return body + luhn.calc_check_digit(body)

    def coord(self, lat0: float, lon0: float, spread: float = 1.5):
        return round(lat0 + self.r.uniform(-spread, spread), 6), round(lon0 + self.r.uniform(-spread, spread), 6)

    def city(self) -> str:
        """Faker's it_IT city list is built from a set (order depends on PYTHONHASHSEED): pick from a sorted copy."""
        if self.locale == "it_IT":
            from faker.providers.address.it_IT import Provider

            if not hasattr(self, "_it_cities"):
                self._it_cities = sorted(set(Provider.cities))
            return self.pick(self._it_cities)
        return self.f.city()

    # ---------- national ids -------------------------------------------
    def uk_nino(self) -> str:
        first = self.pick("ABCEGHJKLMNOPRSTWXYZ")
        second = self.pick("ABCEGHJKLMNPRSTWXYZ")
        d = self.digits(6, first_nonzero=False)
        s = self.pick("ABCD")
        return self.pick([f"{first}{second}{d}{s}", f"{first}{second} {d[:2]} {d[2:4]} {d[4:]} {s}"])

    def uk_nhs(self) -> str:
        while True:
            base = self.digits(9)
            for c in range(10):
                if nhs.is_valid(base + str(c)):
                    n = base + str(c)
                    return self.pick([n, f"{n[:3]} {n[3:6]} {n[6:]}"])

    def de_steuer_id(self) -> str:
        while True:
            cand = self.digits(10)
            for c in range(10):
                if idnr.is_valid(cand + str(c)):
                    n = cand + str(c)
                    return self.pick([n, f"{n[:2]} {n[2:5]} {n[5:8]} {n[8:]}"])

    def de_svnr(self, birth: dt.date, surname: str) -> str:
        area = self.pick(
            ["12", "13", "15", "18", "23", "24", "25", "28", "38", "40", "42", "44", "49", "53", "54", "65"]
        )
        letter = surname[:1].upper() or "M"
        letter = {"Ä": "A", "Ö": "O", "Ü": "U"}.get(letter, letter)
        if not letter.isalpha() or letter not in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
            letter = "M"
        serial = f"{self.r.randrange(0, 50) if self.r.random() < 0.5 else self.r.randrange(50, 100):02d}"
        digs = area + birth.strftime("%d%m%y") + f"{ord(letter) - 64:02d}" + serial
        weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
        total = sum(sum(divmod(int(c) * w, 10)) for c, w in zip(digs, weights, strict=False))
        chk = total % 10
        return f"{area}{birth.strftime('%d%m%y')}{letter}{serial}{chk}"

    def pl_pesel(self, birth: dt.date, female: bool) -> str:
        y, m = birth.year, birth.month
        if 2000 <= y < 2100:
            m += 20
        sex = self.pick("02468" if female else "13579")
        base = f"{y % 100:02d}{m:02d}{birth.day:02d}{self.digits(3, False)}{sex}"
        return base + pl_pesel.calc_check_digit(base)

    # ---------- phones --------------------------------------------------
    def phone(self) -> str:
        loc = self.locale
        d = self.digits
        if loc == "en_GB":
            m = "7" + d(9, False)
            return self.pick(
                [
                    f"0{m[:4]} {m[4:]}",
                    f"+44 {m[:4]} {m[4:]}",
                    f"0{m}",
                    f"+44 (0){m[:4]} {m[4:7]} {m[7:]}",
                    f"020 {d(4)} {d(4, False)}",
                ]
            )
        if loc == "en_US":
            a, b, c = d(3), d(3), d(4, False)
            a = str(self.r.randrange(2, 10)) + a[1:]
            b = str(self.r.randrange(2, 10)) + b[1:]
            return self.pick([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"+1 {a} {b} {c}", f"{a}.{b}.{c}", f"1{a}{b}{c}"])
        if loc == "de_DE":
            pre = self.pick(["151", "152", "160", "170", "171", "172", "175", "176", "177", "179"])
            m = d(7 if self.r.random() < 0.5 else 8, False)
            return self.pick(
                [
                    f"0{pre} {m}",
                    f"+49 {pre} {m}",
                    f"0{pre}/{m}",
                    f"+49 (0){pre} {m[:3]} {m[3:]}",
                    f"0{self.pick(['30', '40', '89', '221', '69', '711'])}/{d(6, True)}",
                    f"0049{pre}{m}",
                ]
            )
        if loc == "fr_FR":
            m = self.pick("67") + d(8, False)
            p = [m[i : i + 2] for i in range(1, 9, 2)]
            return self.pick(
                [f"0{m[0]} {' '.join(p)}", f"+33 {m[0]} {' '.join(p)}", f"0{m}", f"0{m[0]}.{'.'.join(p)}", f"+33{m}"]
            )
        if loc == "es_ES":
            m = self.pick("67") + d(8, False)
            return self.pick(
                [
                    f"{m[:3]} {m[3:6]} {m[6:]}",
                    f"+34 {m[:3]} {m[3:6]} {m[6:]}",
                    f"{m}",
                    f"+34{m}",
                    f"(+34) {m[:3]} {m[3:5]} {m[5:7]} {m[7:]}",
                    f"9{d(2)} {d(3, False)} {d(3, False)}",
                ]
            )
        if loc == "it_IT":
            m = "3" + self.pick(["20", "28", "33", "35", "38", "39", "40", "47", "48", "49"]) + d(7, False)
            return self.pick(
                [
                    f"{m[:3]} {m[3:]}",
                    f"+39 {m[:3]} {m[3:6]} {m[6:]}",
                    f"{m}",
                    f"+39{m}",
                    f"{m[:3]}/{m[3:]}",
                    f"0{self.pick(['2', '6', '11', '51', '55', '81'])} {d(7, False)}",
                ]
            )
        if loc == "nl_NL":
            m = d(8, False)
            return self.pick(
                [
                    f"06-{m}",
                    f"06 {m[:2]} {m[2:4]} {m[4:6]} {m[6:]}",
                    f"+31 6 {m}",
                    f"+31(0)6 {m[:4]} {m[4:]}",
                    f"06{m}",
                    f"0{self.pick(['20', '10', '30', '70', '40'])}-{d(7)}",
                ]
            )
        if loc == "pt_BR":
            ddd = self.pick(["11", "21", "31", "41", "47", "51", "61", "71", "81", "85", "92"])
            m = "9" + d(8, False)
            return self.pick(
                [
                    f"({ddd}) {m[:5]}-{m[5:]}",
                    f"+55 {ddd} {m[:5]}-{m[5:]}",
                    f"{ddd}{m}",
                    f"+55{ddd}{m}",
                    f"({ddd}) {d(4)}-{d(4, False)}",
                ]
            )
        if loc == "pl_PL":
            m = self.pick("5678") + d(8, False)
            return self.pick(
                [
                    f"{m[:3]} {m[3:6]} {m[6:]}",
                    f"+48 {m[:3]} {m[3:6]} {m[6:]}",
                    f"{m}",
                    f"+48{m}",
                    f"{m[:3]}-{m[3:6]}-{m[6:]}",
                    f"(22) {d(3)} {d(2, False)} {d(2, False)}",
                ]
            )
        raise ValueError(loc)

    def email(self, first: str, last: str) -> str:
        import unicodedata

        def asc(s):
            s = s.translate(str.maketrans("łŁøØßđ", "lLoOsd"))
            s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
            return "".join(c for c in s if c.isalnum())

        fi, la = asc(first) or "x", asc(last) or "y"
        dom = (
            self.pick(self.f.free_email_domain() for _ in range(1)) if self.r.random() < 0.85 else self.f.domain_name()
        )
        user = self.pick(
            [
                f"{fi}.{la}",
                f"{fi[0]}{la}",
                f"{la}.{fi}{self.r.randrange(1, 99)}",
                f"{fi}{self.r.randrange(60, 2006)}",
                f"{fi}_{la}",
            ]
        )
        return f"{user}@{dom}"
