"""Shared deterministic generators for blind set 8 (valid national ids, IBANs, messy formats)."""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import string
import uuid

from faker import Faker
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.br import cnpj as br_cnpj
from stdnum.de import idnr as de_idnr
from stdnum.de import vat as de_vat
from stdnum.es import dni as es_dni
from stdnum.es import nie as es_nie
from stdnum.fr import nir as fr_nir
from stdnum.fr import tva as fr_tva
from stdnum.gb import nhs as gb_nhs
from stdnum.iso7064 import mod_11_10
from stdnum.it import iva as it_iva
from stdnum.nl import bsn as nl_bsn
from stdnum.nl import btw as nl_btw
from stdnum.pl import nip as pl_nip
from stdnum.pl import pesel as pl_pesel
from stdnum.pt import nif as pt_nif
from stdnum.us import ssn as us_ssn

N = 1000


class G:
    """A seeded random generator plus a seeded Faker for one locale."""

    def __init__(self, seed: int, locale: str = "en_US"):
        self.r = random.Random(seed)
        self.f = Faker(locale)
        self.f.seed_instance(seed)
        self.seed = seed

    # ---- generic helpers -------------------------------------------------
    def col(self, fn, n: int = N, null: float = 0.0):
        out = []
        for i in range(n):
            out.append(None if null and self.r.random() < null else fn(i))
        return out

    def pick(self, seq):
        return self.r.choice(seq)

    def wpick(self, seq, weights):
        return self.r.choices(seq, weights=weights, k=1)[0]

    def digits(self, k: int) -> str:
        return "".join(self.r.choice(string.digits) for _ in range(k))

    def letters(self, k: int, alphabet: str = string.ascii_uppercase) -> str:
        return "".join(self.r.choice(alphabet) for _ in range(k))

    def hexs(self, k: int) -> str:
        return "".join(self.r.choice("0123456789abcdef") for _ in range(k))

    def uuid4(self) -> str:
        return str(uuid.UUID(int=self.r.getrandbits(128), version=4))

    def sha256(self) -> str:
        return hashlib.sha256(str(self.r.random()).encode()).hexdigest()

    def md5(self) -> str:
        return hashlib.md5(str(self.r.random()).encode()).hexdigest()

    def date(self, start: int, end: int) -> dt.date:
        a = dt.date(start, 1, 1).toordinal()
        b = dt.date(end, 12, 31).toordinal()
        return dt.date.fromordinal(self.r.randint(a, b))

    def ts(self, start: int = 2023, end: int = 2024) -> dt.datetime:
        d = self.date(start, end)
        return dt.datetime(d.year, d.month, d.day, self.r.randint(0, 23), self.r.randint(0, 59), self.r.randint(0, 59))

    def messy(self, s, upper: float = 0.05, space: float = 0.05):
        if s is None:
            return None
        x = self.r.random()
        if x < upper:
            s = s.upper()
        elif x < upper + space:
            s = self.pick([" ", "  ", ""]) + s + self.pick([" ", "  "])
        return s

    def money(self, lo: float, hi: float, comma: bool = True) -> str:
        v = self.r.uniform(lo, hi)
        s = f"{v:,.2f}"
        if comma:
            s = s.replace(",", "X").replace(".", ",").replace("X", ".")
        return s

    def email(self, first: str, last: str, domains) -> str:
        import unicodedata

        def asc(t):
            return (
                "".join(c for c in unicodedata.normalize("NFKD", t) if not unicodedata.combining(c))
                .lower()
                .replace("ß", "ss")
                .replace("ł", "l")
                .replace(" ", "")
                .replace("'", "")
            )

        f, l_ = asc(first), asc(last)
        pat = self.r.randint(0, 4)
        local = [
            f"{f}.{l_}",
            f"{f[0]}{l_}",
            f"{f}{self.r.randint(1, 99)}",
            f"{l_}.{f[0]}",
            f"{f}_{l_}{self.r.randint(70, 99)}",
        ][pat]
        return f"{local}@{self.pick(domains)}"

    # ---- dates -----------------------------------------------------------
    def fmt_date(self, d: dt.date, fmts) -> str:
        return d.strftime(self.pick(fmts))

    # ---- national ids ----------------------------------------------------
    def us_ssn(self) -> str:
        while True:
            a = self.r.randint(1, 899)
            if a == 666:
                continue
            s = f"{a:03d}{self.r.randint(1, 99):02d}{self.r.randint(1, 9999):04d}"
            if us_ssn.is_valid(s):
                return s if self.r.random() < 0.15 else f"{s[:3]}-{s[3:5]}-{s[5:]}"

    def uk_nino(self) -> str:
        first = [c for c in string.ascii_uppercase if c not in "DFIQUV"]
        second = [c for c in string.ascii_uppercase if c not in "DFIOQUV"]
        while True:
            p = self.pick(first) + self.pick(second)
            if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
                break
        d = self.digits(6)
        s = self.pick("ABCD")
        return self.pick([f"{p}{d}{s}", f"{p} {d[:2]} {d[2:4]} {d[4:]} {s}", f"{p}{d}{s}"])

    def uk_nhs(self) -> str:
        while True:
            body = self.digits(9)
            if body[0] == "0":
                continue
            tot = sum(int(c) * w for c, w in zip(body, range(10, 1, -1), strict=True))
            chk = 11 - tot % 11
            if chk == 11:
                chk = 0
            if chk == 10:
                continue
            s = body + str(chk)
            assert gb_nhs.is_valid(s)
            return self.pick([s, f"{s[:3]} {s[3:6]} {s[6:]}"])

    def de_idnr(self) -> str:
        while True:
            body = str(self.r.randint(1, 9)) + self.digits(9)
            s = body + mod_11_10.calc_check_digit(body)
            if de_idnr.is_valid(s):
                return self.pick([s, s, f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"])

    def de_svnr(self, birth: dt.date, surname: str) -> str:
        area = self.pick(["12", "13", "15", "23", "24", "28", "38", "40", "42", "49", "53", "65"])
        letter = surname[0].upper() if surname[0].upper() in string.ascii_uppercase else "M"
        serial = f"{self.r.randint(0, 49) if self.r.random() < 0.5 else self.r.randint(50, 99):02d}"
        dob = birth.strftime("%d%m%y")
        digs = area + dob + f"{ord(letter) - 64:02d}" + serial
        w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
        tot = sum(sum(int(x) for x in str(int(c) * k)) for c, k in zip(digs, w, strict=True))
        s = f"{area}{dob}{letter}{serial}{tot % 10}"
        return self.pick([s, s, f"{area} {dob} {letter} {serial}{tot % 10}"])

    def fr_nir(self, sex: str, birth: dt.date) -> str:
        dept = self.pick(["75", "69", "13", "33", "59", "31", "44", "67", "06", "92", "93", "94", "2A", "35"])
        commune = f"{self.r.randint(1, 400):03d}"
        order = f"{self.r.randint(1, 999):03d}"
        body = f"{'1' if sex == 'M' else '2'}{birth:%y}{birth:%m}{dept}{commune}{order}"
        num = int(body.replace("2A", "19").replace("2B", "18"))
        key = f"{97 - num % 97:02d}"
        s = body + key
        assert fr_nir.is_valid(s), s
        return self.pick([s, f"{s[0]} {s[1:3]} {s[3:5]} {s[5:7]} {s[7:10]} {s[10:13]} {s[13:]}"])

    def es_dni(self) -> str:
        n = self.r.randint(1000000, 99999999)
        s = f"{n:08d}" + "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23]
        assert es_dni.is_valid(s)
        return self.pick([s, s, f"{s[:8]}-{s[8]}"])

    def es_nie(self) -> str:
        p = self.pick("XYZ")
        n = self.r.randint(0, 9999999)
        full = int("XYZ".index(p).__str__() + f"{n:07d}")
        s = f"{p}{n:07d}" + "TRWAGMYFPDXBNJZSQVHLCKE"[full % 23]
        assert es_nie.is_valid(s)
        return s

    def nl_bsn(self) -> str:
        while True:
            body = self.digits(8)
            for last in range(10):
                s = body + str(last)
                if s[0] != "0" and nl_bsn.is_valid(s):
                    return self.pick([s, s, f"{s[:4]}.{s[4:6]}.{s[6:]}"])

    def be_nn(self, birth: dt.date, sex: str) -> str:
        serial = self.r.randrange(1, 997)
        if (serial % 2 == 1) != (sex == "M"):
            serial += 1
        body = f"{birth:%y%m%d}{serial:03d}"
        base = int(("2" + body) if birth.year >= 2000 else body)
        s = body + f"{97 - base % 97:02d}"
        assert be_nn.is_valid(s), s
        return self.pick([s, f"{s[:2]}.{s[2:4]}.{s[4:6]}-{s[6:9]}.{s[9:]}"])

    def pt_nif(self, company: bool = False) -> str:
        while True:
            first = "5" if company else self.pick("123")
            body = first + self.digits(7)
            s = body + pt_nif.calc_check_digit(body)
            if pt_nif.is_valid(s):
                return s

    def pl_pesel(self, birth: dt.date, sex: str) -> str:
        m = birth.month + (20 if birth.year >= 2000 else 0)
        while True:
            ser = self.digits(3)
            sx = self.r.choice("13579" if sex == "M" else "02468")
            body = f"{birth:%y}{m:02d}{birth:%d}{ser}{sx}"
            s = body + pl_pesel.calc_check_digit(body)
            if pl_pesel.is_valid(s):
                return s

    def pl_nip(self) -> str:
        while True:
            body = self.digits(9)
            if body[0] == "0":
                continue
            c = sum(int(x) * w for x, w in zip(body, (6, 5, 7, 2, 3, 4, 5, 6, 7), strict=True)) % 11
            if c == 10:
                continue
            s = body + str(c)
            if pl_nip.is_valid(s):
                return self.pick([s, f"{s[:3]}-{s[3:6]}-{s[6:8]}-{s[8:]}"])

    def cnpj(self) -> str:
        while True:
            body = self.digits(8) + "0001"
            s = body + br_cnpj.calc_check_digits(body)
            if br_cnpj.is_valid(s):
                return br_cnpj.format(s) if self.r.random() < 0.7 else s

    def de_vat(self) -> str:
        while True:
            body = str(self.r.randint(1, 9)) + self.digits(7)
            s = body + mod_11_10.calc_check_digit(body)
            if de_vat.is_valid(s):
                return "DE" + s

    def fr_vat(self) -> str:
        while True:
            siren = self.digits(8)
            siren = siren + str(luhn.calc_check_digit(siren))
            if siren[0] == "0":
                continue
            key = (12 + 3 * (int(siren) % 97)) % 97
            s = f"FR{key:02d}{siren}"
            if fr_tva.is_valid(s):
                return s

    def it_vat(self) -> str:
        body = str(self.r.randint(1, 9)) + self.digits(6) + f"{self.r.randint(1, 100):03d}"
        s = body + luhn.calc_check_digit(body)
        assert it_iva.is_valid(s)
        return "IT" + s if self.r.random() < 0.5 else s

    def nl_vat(self) -> str:
        while True:
            b = self.digits(8)
            for last in range(10):
                s = b + str(last)
                if nl_bsn.is_valid(s):
                    v = f"NL{s}B01"
                    if nl_btw.is_valid(v):
                        return v
            continue

    def iban(self, locale_faker: Faker) -> str:
        s = locale_faker.iban()
        assert std_iban.is_valid(s), s
        x = self.r.random()
        if x < 0.5:
            return " ".join(s[i : i + 4] for i in range(0, len(s), 4))
        return s

    def card(self) -> str:
        while True:
            pre = self.pick(["4", "51", "52", "53", "54", "55", "2221", "4"])
            body = pre + self.digits(15 - len(pre))
            s = body + luhn.calc_check_digit(body)
            if luhn.is_valid(s):
                return self.pick(
                    [
                        s,
                        " ".join(s[i : i + 4] for i in range(0, 16, 4)),
                        "-".join(s[i : i + 4] for i in range(0, 16, 4)),
                    ]
                )

    def non_luhn16(self, prefix: str = "") -> str:
        while True:
            s = prefix + self.digits(16 - len(prefix))
            if not luhn.is_valid(s):
                return s

    def imei(self) -> str:
        body = self.pick(["35", "86", "01", "49"]) + self.digits(12)
        return body + luhn.calc_check_digit(body)

    def mac(self) -> str:
        b = [self.r.randint(0, 255) for _ in range(6)]
        sep = self.pick([":", ":", "-"])
        s = sep.join(f"{x:02x}" for x in b)
        return s.upper() if self.r.random() < 0.4 else s

    def ipv4(self) -> str:
        kind = self.r.random()
        if kind < 0.15:
            return f"192.168.{self.r.randint(0, 254)}.{self.r.randint(1, 254)}"
        if kind < 0.2:
            return f"10.{self.r.randint(0, 254)}.{self.r.randint(0, 254)}.{self.r.randint(1, 254)}"
        return f"{self.r.choice([31, 37, 46, 62, 77, 79, 81, 84, 87, 89, 91, 92, 93, 94, 95, 109, 176, 178, 185, 188, 212, 213, 217])}.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"

    def ipv6(self) -> str:
        return "2a02:" + ":".join(self.hexs(self.r.randint(1, 4)) for _ in range(7))

    def container(self) -> str:
        owner = self.pick(["MSCU", "MAEU", "CMAU", "HLXU", "TGHU", "OOLU", "CSQU"])
        serial = self.digits(6)
        vals = {
            c: v
            for c, v in zip(
                string.ascii_uppercase,
                [
                    10,
                    12,
                    13,
                    14,
                    15,
                    16,
                    17,
                    18,
                    19,
                    20,
                    21,
                    23,
                    24,
                    25,
                    26,
                    27,
                    28,
                    29,
                    30,
                    31,
                    32,
                    34,
                    35,
                    36,
                    37,
                    38,
                ],
                strict=True,
            )
        }
        code = owner + serial
        tot = sum((vals[c] if c.isalpha() else int(c)) * (2**i) for i, c in enumerate(code))
        chk = tot % 11 % 10
        return code + str(chk)

    def ean13(self) -> str:
        body = self.pick(["400", "789", "560", "871", "590", "800", "841", "300"]) + self.digits(9)
        tot = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
        return body + str((10 - tot % 10) % 10)


def equalize(cols):
    n = {len(v) for _, _, v in cols}
    assert len(n) == 1, [(h, len(v)) for h, _, v in cols]
    return cols
