"""Shared building blocks for the blind3 evaluation set: per-locale value pools and valid identifiers.

Everything is driven by explicit ``random.Random`` instances and seeded Faker objects, so the set is
identical in every process (no set iteration, no hash-dependent ordering).
"""

from __future__ import annotations

import hashlib
import random
import string
import uuid
from datetime import date, datetime, timedelta
from functools import cache

from faker import Faker
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.br import cpf as br_cpf
from stdnum.de import idnr as de_idnr
from stdnum.es import dni as es_dni
from stdnum.es import nie as es_nie
from stdnum.fr import nir as fr_nir
from stdnum.gb import nhs as gb_nhs
from stdnum.it import codicefiscale as it_cf
from stdnum.nl import bsn as nl_bsn
from stdnum.pl import pesel as pl_pesel
from stdnum.pt import nif as pt_nif
from stdnum.us import ssn as us_ssn

SEED = 20261202

CATEGORY_OF = {
    **{
        e: "direct_identifier"
        for e in [
            "PERSON_NAME",
            "EMAIL",
            "PHONE",
            "NATIONAL_ID",
            "CREDIT_CARD",
            "IBAN",
            "BANK_ACCOUNT",
            "IP_ADDRESS",
            "MAC_ADDRESS",
            "STREET_ADDRESS",
            "GEO_COORDINATE",
            "URL",
            "USERNAME",
            "PASSPORT",
            "DRIVER_LICENSE",
            "LICENSE_PLATE",
            "DEVICE_ID",
            "MEDICAL_RECORD_NUMBER",
            "FREE_TEXT_WITH_PII",
        ]
    },
    **{
        e: "quasi_identifier"
        for e in [
            "DATE_OF_BIRTH",
            "AGE",
            "GENDER",
            "POSTAL_CODE",
            "CITY",
            "COUNTRY",
            "OCCUPATION",
            "MARITAL_STATUS",
            "EDUCATION",
            "NATIONALITY",
        ]
    },
    **{
        e: "sensitive"
        for e in [
            "ETHNICITY",
            "RELIGION",
            "HEALTH",
            "SEXUAL_ORIENTATION",
            "POLITICAL_OPINION",
            "TRADE_UNION",
            "FINANCIAL",
        ]
    },
    "NONE": "none",
}
CATEGORIES = ("direct_identifier", "quasi_identifier", "sensitive", "none")
TEXT_ENTITIES = (
    "PERSON_NAME",
    "EMAIL",
    "PHONE",
    "CREDIT_CARD",
    "IBAN",
    "IP_ADDRESS",
    "NATIONAL_ID",
    "STREET_ADDRESS",
    "DATE_OF_BIRTH",
    "URL",
)

FAKER_LOCALE = {
    "en": "en_GB",
    "en_US": "en_US",
    "en_GB": "en_GB",
    "de": "de_DE",
    "fr": "fr_FR",
    "es": "es_ES",
    "it": "it_IT",
    "nl": "nl_NL",
    "pt": "pt_PT",
    "pt_BR": "pt_BR",
    "pl": "pl_PL",
}


def lang_of(locale: str) -> str:
    return locale.split("_")[0]


def strip_accents_lower(s: str) -> str:
    import unicodedata

    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def _plausible_phone(p: str, locale: str) -> bool:
    """Drop Faker formats that are not a private person's number (extensions, 00-prefixed junk, freephone/premium)."""
    d = "".join(ch for ch in p if ch.isdigit())
    if "x" in p or d.startswith("00") or d.startswith("0800") or d.startswith("0900"):
        return False
    if locale == "en_GB" and (d.startswith(("080", "09", "4480", "44080", "449", "4409"))):
        return False
    return not (locale == "en_US" and d.startswith("001"))


_MILITARY = ("FPO", "APO", "DPO", "USNS", "USNV", "USS ", "USCGC", "PSC ", "Unit ")


class Pools:
    """Value pools drawn once per locale from a seeded Faker."""

    def __init__(self, locale: str):
        self.locale = locale
        f = Faker(locale, use_weighting=False)
        f.seed_instance(SEED)
        for prov in f.providers:  # Faker's it_IT city list is built from a set: order it so hash seeds do not matter
            if hasattr(prov, "cities") and isinstance(prov.cities, list):
                prov.cities = sorted(prov.cities)
        self.faker = f
        self.first = [f.first_name() for _ in range(300)]
        self.first_m = [f.first_name_male() for _ in range(250)]
        self.first_f = [f.first_name_female() for _ in range(250)]
        self.last = [f.last_name() for _ in range(400)]
        self.street = [f.street_address().replace("\n", ", ") for _ in range(300)]
        self.city = [f.city() for _ in range(300)]
        self.postcode = [f.postcode() for _ in range(300)]
        self.phone = [p for p in (f.phone_number() for _ in range(600)) if _plausible_phone(p, locale)][:350]
        self.company = [f.company() for _ in range(150)]
        self.iban = [f.iban() for _ in range(300)]
        assert all(std_iban.is_valid(v) for v in self.iban)
        self.plate = [f.license_plate() for _ in range(300)]
        if locale == "en_US":  # Faker's unweighted en_US address() is mostly military mail (APO/FPO)
            self.address = [
                f"{f.street_address()}, {f.city()}, {f.state_abbr(include_territories=False)} {f.zipcode()}"
                for _ in range(300)
            ]
        else:
            self.address = [
                a for a in (f.address().replace("\n", ", ") for _ in range(330)) if not any(m in a for m in _MILITARY)
            ][:300]


@cache
def pools(locale: str) -> Pools:
    return Pools(locale)


# ---------------------------------------------------------------- valid identifiers
def ssn(r: random.Random, dashes: bool = True) -> str:
    while True:
        a = r.randint(1, 899)
        if a == 666:
            continue
        v = f"{a:03d}{r.randint(1, 99):02d}{r.randint(1, 9999):04d}"
        if us_ssn.is_valid(v):
            return f"{v[:3]}-{v[3:5]}-{v[5:]}" if dashes else v


def nino(r: random.Random, spaced: bool = False) -> str:
    ok = "ABCEGHJKLMNOPRSTWXYZ"
    first = r.choice("ABCEGHJKLMNOPRSTWXYZ".replace("O", ""))
    p = first + r.choice(ok.replace("O", "")) + "".join(r.choice(string.digits) for _ in range(6)) + r.choice("ABCD")
    if p[:2] in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
        p = "AB" + p[2:]
    return " ".join([p[:2], p[2:4], p[4:6], p[6:8], p[8]]) if spaced else p


def nhs(r: random.Random) -> str:
    while True:
        d = [r.randint(0, 9) for _ in range(9)]
        d[0] = r.randint(4, 9)
        s = sum(x * (10 - i) for i, x in enumerate(d))
        c = 11 - s % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        v = "".join(map(str, d)) + str(c)
        if gb_nhs.is_valid(v):
            return f"{v[:3]} {v[3:6]} {v[6:]}" if r.random() < 0.6 else v


def steuer_id(r: random.Random, spaced: bool = False) -> str:
    while True:
        digits = list(range(10))
        r.shuffle(digits)
        body = [*digits[1:], digits[1]]
        r.shuffle(body)
        if body[0] == 0:
            continue
        v = "".join(map(str, body))
        v = v + de_idnr.mod_11_10.calc_check_digit(v)
        if de_idnr.is_valid(v):
            return f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}" if spaced else v


def nir(r: random.Random, birth: date | None = None, spaced: bool = False) -> str:
    while True:
        b = birth or date(r.randint(1940, 2004), r.randint(1, 12), 1)
        dept = r.choice([f"{x:02d}" for x in range(1, 96) if x != 20])
        v = f"{r.randint(1, 2)}{b.year % 100:02d}{b.month:02d}{dept}{r.randint(1, 999):03d}{r.randint(1, 999):03d}"
        v = v + fr_nir.calc_check_digits(v)
        if fr_nir.is_valid(v):
            return f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}" if spaced else v


def dni(r: random.Random) -> str:
    n = f"{r.randint(1, 99999999):08d}"
    v = n + es_dni.calc_check_digit(n)
    assert es_dni.is_valid(v)
    return v if r.random() < 0.8 else f"{n}-{v[-1]}"


def nie(r: random.Random) -> str:
    n = r.choice("XYZ") + f"{r.randint(0, 9999999):07d}"
    v = n + es_nie.calc_check_digit(n)
    assert es_nie.is_valid(v)
    return v


def codice_fiscale(r: random.Random, birth: date, female: bool) -> str:
    cons = "BCDFGHJKLMNPQRSTVZ"
    months = "ABCDEHLMPRST"
    day = birth.day + (40 if female else 0)
    v = (
        "".join(r.choice(cons) for _ in range(3))
        + "".join(r.choice(cons + "AEIOU") for _ in range(3))
        + f"{birth.year % 100:02d}"
        + months[birth.month - 1]
        + f"{day:02d}"
        + r.choice("ABCDEFGHILM")
        + f"{r.randint(1, 999):03d}"
    )
    v = v + it_cf.calc_check_digit(v)
    assert it_cf.is_valid(v), v
    return v


def bsn(r: random.Random) -> str:
    while True:
        v = f"{r.randint(10000000, 999999999):09d}"
        if nl_bsn.is_valid(v):
            return v


def nif_pt(r: random.Random) -> str:
    n = r.choice("123") + f"{r.randint(0, 9999999):07d}"
    v = n + pt_nif.calc_check_digit(n)
    assert pt_nif.is_valid(v)
    return v


def cpf(r: random.Random, formatted: bool = True) -> str:
    while True:
        d = [r.randint(0, 9) for _ in range(9)]
        for _ in range(2):
            s = sum(x * (len(d) + 1 - i) for i, x in enumerate(d))
            c = (s * 10) % 11
            d.append(0 if c == 10 else c)
        v = "".join(map(str, d))
        if br_cpf.is_valid(v):
            return f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}" if formatted else v


def pesel(r: random.Random, birth: date, female: bool) -> str:
    m = birth.month + (20 if birth.year >= 2000 else 0)
    sex = r.choice("02468" if female else "13579")
    n = f"{birth.year % 100:02d}{m:02d}{birth.day:02d}{r.randint(0, 999):03d}{sex}"
    v = n + pl_pesel.calc_check_digit(n)
    assert pl_pesel.is_valid(v), v
    return v


def card(r: random.Random, fmt: str | None = None) -> str:
    kind = r.choice(["visa", "visa", "mc", "amex"])
    if kind == "amex":
        body = r.choice(["34", "37"]) + "".join(r.choice(string.digits) for _ in range(12))
    elif kind == "mc":
        body = str(r.randint(51, 55)) + "".join(r.choice(string.digits) for _ in range(13))
    else:
        body = "4" + "".join(r.choice(string.digits) for _ in range(14))
    v = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(v)
    fmt = fmt or r.choice(["plain", "space", "space", "dash"])
    if fmt == "plain":
        return v
    sep = " " if fmt == "space" else "-"
    if len(v) == 15:
        return sep.join([v[:4], v[4:10], v[10:]])
    return sep.join(v[i : i + 4] for i in range(0, 16, 4))


def non_luhn16(r: random.Random) -> str:
    while True:
        v = "".join(r.choice(string.digits) for _ in range(16))
        if v[0] != "0" and not luhn.is_valid(v):
            return v


def imei(r: random.Random) -> str:
    tac = r.choice(["35", "86", "01", "35", "99"]) + "".join(r.choice(string.digits) for _ in range(6))
    body = tac + "".join(r.choice(string.digits) for _ in range(6))
    return body + luhn.calc_check_digit(body)


def iban_fmt(r: random.Random, p: Pools, grouped_p: float = 0.3) -> str:
    v = r.choice(p.iban)  # every pooled IBAN is checked once in Pools
    if r.random() < grouped_p:
        return " ".join(v[i : i + 4] for i in range(0, len(v), 4))
    return v


def uuid4(r: random.Random) -> str:
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def hexstr(r: random.Random, n: int) -> str:
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def sha256(r: random.Random) -> str:
    return hashlib.sha256(str(r.random()).encode()).hexdigest()


def mac(r: random.Random) -> str:
    b = [r.randint(0, 255) for _ in range(6)]
    b[0] &= 0xFE
    sep = r.choice([":", ":", "-"])
    s = sep.join(f"{x:02x}" for x in b)
    return s.upper() if r.random() < 0.5 else s


def public_ipv4(r: random.Random) -> str:
    while True:
        a = r.randint(1, 223)
        if a in (10, 127, 172, 192, 100, 169):
            continue
        return f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def ipv6(r: random.Random) -> str:
    return "2a02:" + ":".join(f"{r.randint(0, 0xFFFF):x}" for _ in range(7))


def birth_date(r: random.Random, lo: int = 1940, hi: int = 2005) -> date:
    start = date(lo, 1, 1)
    return start + timedelta(days=r.randint(0, (date(hi, 12, 31) - start).days))


def some_date(r: random.Random, lo: int = 2019, hi: int = 2026) -> date:
    start = date(lo, 1, 1)
    return start + timedelta(days=r.randint(0, (date(hi, 10, 31) - start).days))


def some_ts(r: random.Random, lo: int = 2023) -> datetime:
    d = some_date(r, lo)
    return datetime(d.year, d.month, d.day, r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))


MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    "it": [
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ],
    "nl": [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
    "pt": [
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ],
    "pl": [
        "stycznia",
        "lutego",
        "marca",
        "kwietnia",
        "maja",
        "czerwca",
        "lipca",
        "sierpnia",
        "września",
        "października",
        "listopada",
        "grudnia",
    ],
}

NUMERIC_DATE = {
    "en_US": ["%m/%d/%Y", "%Y-%m-%d", "%m/%d/%y"],
    "en": ["%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y"],
    "de": ["%d.%m.%Y", "%Y-%m-%d", "%d.%m.%y"],
    "fr": ["%d/%m/%Y", "%Y-%m-%d", "%d.%m.%Y"],
    "es": ["%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y"],
    "it": ["%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y"],
    "nl": ["%d-%m-%Y", "%Y-%m-%d", "%d/%m/%Y"],
    "pt": ["%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y"],
    "pl": ["%d.%m.%Y", "%Y-%m-%d", "%d-%m-%Y"],
}


def fmt_date_numeric(d: date, key: str, which: int = 0) -> str:
    fmts = NUMERIC_DATE.get(key) or NUMERIC_DATE[key.split("_")[0]]
    return d.strftime(fmts[which % len(fmts)])


def fmt_date_words(d: date, lang: str, r: random.Random) -> str:
    m = MONTHS[lang][d.month - 1]
    if lang == "en":
        return r.choice([f"{d.day} {m} {d.year}", f"{m} {d.day}, {d.year}", f"{d.day} {m[:3]} {d.year}"])
    if lang == "de":
        return f"{d.day}. {m} {d.year}"
    if lang in ("es", "pt"):
        return f"{d.day} de {m} de {d.year}"
    return f"{d.day} {m} {d.year}"
