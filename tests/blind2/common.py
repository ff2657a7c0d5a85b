# ruff: noqa: B905, RUF005, UP031  (data-heavy generator: long literal lines are deliberate)
"""Shared helpers for the blind2 evaluation set: taxonomy, id generators, locale formats.

Everything is driven by an explicit ``random.Random`` so the whole set is deterministic.
"""

from __future__ import annotations

import datetime as dt
import random
import string
from dataclasses import dataclass, field

from faker import Faker
from stdnum import ean, luhn
from stdnum import iban as std_iban
from stdnum.br import cpf as br_cpf
from stdnum.ch import ssn as ch_ssn
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

CATEGORY_ENTITIES = {
    "direct_identifier": [
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
    ],
    "quasi_identifier": [
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
    ],
    "sensitive": [
        "ETHNICITY",
        "RELIGION",
        "HEALTH",
        "SEXUAL_ORIENTATION",
        "POLITICAL_OPINION",
        "TRADE_UNION",
        "FINANCIAL",
    ],
    "none": ["NONE"],
}
ENTITY_CATEGORY = {e: c for c, es in CATEGORY_ENTITIES.items() for e in es}
TEXT_ENTITIES = {
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
}
LANGS = ["en", "de", "fr", "es", "it", "nl", "pt", "pl"]
LOCALE = {
    "en": "en_US",
    "gb": "en_GB",
    "de": "de_DE",
    "fr": "fr_FR",
    "es": "es_ES",
    "it": "it_IT",
    "nl": "nl_NL",
    "pt": "pt_PT",
    "br": "pt_BR",
    "pl": "pl_PL",
}


def category(entity: str) -> str:
    return ENTITY_CATEGORY[entity]


_FAKERS: dict[tuple[str, int], Faker] = {}


def faker(country: str, seed: int) -> Faker:
    f = Faker(LOCALE[country])
    f.seed_instance(seed)
    return f


# ----------------------------------------------------------------------------- national ids
def us_ssn_(rng: random.Random, dashed: bool = True) -> str:
    while True:
        area = rng.randint(1, 899)
        if area == 666:
            continue
        s = f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
        if us_ssn.is_valid(s):
            return s if dashed else s.replace("-", "")


_NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
_NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"
_NINO_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def uk_nino(rng: random.Random, spaced: bool = False) -> str:
    while True:
        p = rng.choice(_NINO_FIRST) + rng.choice(_NINO_SECOND)
        if p not in _NINO_BAD:
            break
    d = "".join(rng.choice(string.digits) for _ in range(6))
    suf = rng.choice("ABCD")
    if spaced:
        return f"{p} {d[:2]} {d[2:4]} {d[4:]} {suf}"
    return f"{p}{d}{suf}"


def uk_nhs(rng: random.Random, spaced: bool = True) -> str:
    while True:
        base = str(rng.randint(400000000, 799999999))
        total = sum(int(c) * w for c, w in zip(base, range(10, 1, -1)))
        check = 11 - total % 11
        if check == 11:
            check = 0
        if check == 10:
            continue
        n = base + str(check)
        assert gb_nhs.is_valid(n)
        return f"{n[:3]} {n[3:6]} {n[6:]}" if spaced else n


def de_steuer_id(rng: random.Random, spaced: bool = False) -> str:
    while True:
        digits = rng.sample(string.digits, 9)
        dup = rng.choice(digits)
        body = digits + [dup]
        rng.shuffle(body)
        if body[0] == "0":
            continue
        b = "".join(body)
        for c in string.digits:
            if de_idnr.is_valid(b + c):
                n = b + c
                return f"{n[:2]} {n[2:5]} {n[5:8]} {n[8:]}" if spaced else n


def de_svnr(rng: random.Random, birth: dt.date, surname: str) -> str:
    """German Rentenversicherungsnummer (12 chars) with the standard check digit."""
    area = rng.choice(
        [
            "12",
            "13",
            "15",
            "18",
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
            "48",
            "49",
            "50",
            "51",
            "52",
            "53",
            "54",
            "55",
            "56",
            "58",
            "60",
            "61",
            "62",
            "63",
            "64",
            "65",
            "66",
            "68",
            "70",
            "72",
            "73",
        ]
    )
    letter = surname[:1].upper() or "M"
    if letter not in string.ascii_uppercase:
        letter = "M"
    serial = rng.randint(0, 49) if True else 0
    body = f"{area}{birth:%d%m%y}"
    ser = f"{serial:02d}"
    nums = body + f"{string.ascii_uppercase.index(letter) + 1:02d}" + ser
    weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    total = 0
    for ch, w in zip(nums, weights):
        p = int(ch) * w
        total += p // 10 + p % 10
    return f"{body}{letter}{ser}{total % 10}"


def fr_nir_(rng: random.Random, birth: dt.date, female: bool, spaced: bool = False) -> str:
    dept = rng.choice(
        [
            "75",
            "69",
            "13",
            "33",
            "59",
            "31",
            "44",
            "67",
            "06",
            "35",
            "92",
            "93",
            "94",
            "77",
            "78",
            "91",
            "95",
            "34",
            "38",
            "57",
        ]
    )
    body = f"{2 if female else 1}{birth:%y}{birth:%m}{dept}{rng.randint(1, 990):03d}{rng.randint(1, 999):03d}"
    n = body + fr_nir.calc_check_digits(body)
    assert fr_nir.is_valid(n), n
    if spaced:
        return f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:]}"
    return n


def ch_ahv(rng: random.Random) -> str:
    """Swiss AHV/AVS number 756.XXXX.XXXX.XC (EAN-13 check digit)."""
    body = "756" + f"{rng.randint(0, 999999999):09d}"
    n = body + ean.calc_check_digit(body)
    assert ch_ssn.is_valid(n), n
    return f"{n[:3]}.{n[3:7]}.{n[7:11]}.{n[11:]}"


def es_dni_(rng: random.Random, dashed: bool = False) -> str:
    d = f"{rng.randint(1000000, 99999999):08d}"
    c = es_dni.calc_check_digit(d)
    return f"{d}-{c}" if dashed else d + c


def es_nie_(rng: random.Random) -> str:
    d = rng.choice("XYZ") + f"{rng.randint(0, 9999999):07d}"
    return d + es_nie.calc_check_digit(d)


def it_codice_fiscale(f: Faker) -> str:
    while True:
        s = f.ssn()
        if it_cf.is_valid(s):
            return s


def nl_bsn_(rng: random.Random) -> str:
    while True:
        base = f"{rng.randint(10000000, 69999999):08d}"
        total = sum(int(c) * w for c, w in zip(base, range(9, 1, -1)))
        check = total % 11
        if check <= 9:
            n = base + str(check)
            if nl_bsn.is_valid(n):
                return n


def pt_nif_(rng: random.Random) -> str:
    d = rng.choice("123") + f"{rng.randint(0, 9999999):07d}"
    return d + pt_nif.calc_check_digit(d)


def br_cpf_(rng: random.Random, formatted: bool = True) -> str:
    while True:
        d = [rng.randint(0, 9) for _ in range(9)]
        if len(set(d)) == 1:
            continue
        for k in (10, 11):
            s = sum(x * w for x, w in zip(d, range(k, 1, -1)))
            r = (s * 10) % 11
            d.append(0 if r == 10 else r)
        n = "".join(map(str, d))
        assert br_cpf.is_valid(n), n
        return br_cpf.format(n) if formatted else n


def pl_pesel_(rng: random.Random, birth: dt.date, female: bool) -> str:
    month = birth.month + (20 if birth.year >= 2000 else 0)
    serial = rng.randint(0, 999)
    sex = rng.choice([0, 2, 4, 6, 8]) if female else rng.choice([1, 3, 5, 7, 9])
    body = f"{birth:%y}{month:02d}{birth:%d}{serial:03d}{sex}"
    n = body + pl_pesel.calc_check_digit(body)
    assert pl_pesel.is_valid(n), n
    return n


def pl_dowod(rng: random.Random) -> str:
    """Polish ID-card number ABC123456 (4th character is the check digit)."""
    letters = "".join(rng.choice(string.ascii_uppercase) for _ in range(3))
    digits = [rng.randint(0, 9) for _ in range(5)]
    vals = [ord(c) - 55 for c in letters]
    weights = [7, 3, 1, 7, 3, 1, 7, 3]
    total = sum(v * w for v, w in zip(vals + digits, weights))
    return letters + str(total % 10) + "".join(map(str, digits))


def pl_dowod_valid(s: str) -> bool:
    if not (len(s) == 9 and s[:3].isalpha() and s[:3].isupper() and s[3:].isdigit()):
        return False
    vals = [ord(c) - 55 for c in s[:3]] + [int(c) for c in s[4:]]
    weights = [7, 3, 1, 7, 3, 1, 7, 3]
    return sum(v * w for v, w in zip(vals, weights)) % 10 == int(s[3])


# ----------------------------------------------------------------------------- finance, devices
def iban_(f: Faker, spaced: bool = False) -> str:
    while True:
        s = f.iban()
        if std_iban.is_valid(s):
            return std_iban.format(s) if spaced else s


def card_(f: Faker, rng: random.Random, style: str = "plain") -> str:
    kind = rng.choice(["visa", "visa", "visa", "mc", "mc", "mc2", "amex"])
    prefix, length = {
        "visa": ("4", 16),
        "mc": (str(rng.randint(51, 55)), 16),
        "mc2": (str(rng.randint(2221, 2720)), 16),
        "amex": (rng.choice(["34", "37"]), 15),
    }[kind]
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - 1 - len(prefix)))
    n = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(n)
    if style == "spaced" and len(n) == 16:
        return " ".join(n[i : i + 4] for i in range(0, 16, 4))
    if style == "dashed" and len(n) == 16:
        return "-".join(n[i : i + 4] for i in range(0, 16, 4))
    if style in ("spaced", "dashed") and len(n) == 15:
        sep = " " if style == "spaced" else "-"
        return sep.join([n[:4], n[4:10], n[10:]])
    return n


def non_luhn16(rng: random.Random) -> str:
    while True:
        n = str(rng.randint(10**15, 10**16 - 1))
        if not luhn.is_valid(n):
            return n


def imei_(rng: random.Random) -> str:
    body = rng.choice(["35", "86", "01", "49"]) + "".join(rng.choice(string.digits) for _ in range(12))
    return body + luhn.calc_check_digit(body)


def mac_(rng: random.Random, sep: str = ":", upper: bool = False) -> str:
    b = [rng.randint(0, 255) for _ in range(6)]
    b[0] &= 0xFE
    s = sep.join(f"{x:02x}" for x in b)
    return s.upper() if upper else s


def ipv4_(rng: random.Random) -> str:
    while True:
        a = rng.randint(2, 223)
        if a in (10, 127, 169, 172, 192):
            continue
        return f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6_(rng: random.Random) -> str:
    groups = ["2a02", f"{rng.randint(0, 0xFFFF):x}"] + [f"{rng.randint(0, 0xFFFF):x}" for _ in range(6)]
    return ":".join(groups)


def uuid_(rng: random.Random, upper: bool = False) -> str:
    h = "%032x" % rng.getrandbits(128)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    s = f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
    return s.upper() if upper else s


def hexhash(rng: random.Random, nbits: int = 256) -> str:
    return "%0*x" % (nbits // 4, rng.getrandbits(nbits))


def version_ipshape(rng: random.Random) -> str:
    return f"{rng.choice([1, 2, 3, 4, 5, 10, 11, 12])}.{rng.randint(0, 20)}.{rng.randint(0, 9)}.{rng.randint(0, 250)}"


# ----------------------------------------------------------------------------- phones
US_AREAS = [
    "212",
    "213",
    "305",
    "312",
    "404",
    "415",
    "503",
    "512",
    "617",
    "646",
    "702",
    "713",
    "718",
    "773",
    "808",
    "818",
    "917",
    "206",
    "303",
    "602",
]


def phone(rng: random.Random, country: str, style: int | None = None) -> str:
    """A plausible personal phone number of ``country`` in one of three writing styles."""
    s = rng.randint(0, 2) if style is None else style
    d = lambda n: "".join(rng.choice(string.digits) for _ in range(n))  # noqa: E731
    if country == "en":
        a, b, c = rng.choice(US_AREAS), str(rng.randint(201, 989)), d(4)
        return [f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"+1 {a} {b} {c}"][s]
    if country == "gb":
        p, r = "7" + rng.choice("4589") + d(2), d(6)
        return [f"0{p} {r}", f"+44 {p} {r}", f"+44 (0){p} {r[:3]} {r[3:]}"][s]
    if country == "de":
        p = rng.choice(
            ["151", "152", "157", "160", "162", "170", "171", "172", "173", "175", "176", "177", "178", "179"]
        )
        r = d(7 if p in ("160", "170", "171", "172", "173", "175") else 8)
        return [f"0{p} {r}", f"+49 {p} {r}", f"0{p}/{r[:3]}{r[3:]}" if rng.random() < 0.5 else f"+49 (0){p} {r}"][s]
    if country == "fr":
        p = rng.choice("67") + d(8)
        g = [p[i : i + 2] for i in range(1, 9, 2)]
        return [f"0{p[0]} {' '.join(g)}", f"+33 {p[0]} {' '.join(g)}", f"0{p[0]}.{'.'.join(g)}"][s]
    if country == "es":
        p = rng.choice(["6", "6", "6", "71", "72", "73", "74"]) + d(8)
        p = p[:9]
        return [f"{p[:3]} {p[3:6]} {p[6:]}", f"+34 {p[:3]} {p[3:5]} {p[5:7]} {p[7:]}", p][s]
    if country == "it":
        p = (
            "3"
            + rng.choice(
                ["20", "27", "28", "29", "33", "34", "35", "38", "39", "40", "45", "47", "48", "49", "66", "88", "93"]
            )
            + d(7)
        )
        return [f"{p[:3]} {p[3:]}", f"+39 {p[:3]} {p[3:6]} {p[6:]}", f"{p[:3]}-{p[3:]}"][s]
    if country == "nl":
        p = "6" + rng.choice("1234") + d(7)
        return [f"06-{p[1:]}", f"+31 6 {p[1:]}", f"06 {p[1:3]} {p[3:5]} {p[5:7]} {p[7:]}"][s]
    if country == "pt":
        p = "9" + rng.choice("1236") + d(7)
        return [f"{p[:3]} {p[3:6]} {p[6:]}", f"+351 {p[:3]} {p[3:6]} {p[6:]}", p][s]
    if country == "br":
        ddd = rng.choice(["11", "21", "31", "41", "51", "61", "71", "81", "85", "19"])
        r = "9" + d(8)
        return [f"({ddd}) {r[:5]}-{r[5:]}", f"+55 {ddd} {r[:5]}-{r[5:]}", f"{ddd}{r}"][s]
    if country == "pl":
        p = rng.choice(["50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"]) + d(7)
        return [f"{p[:3]} {p[3:6]} {p[6:]}", f"+48 {p[:3]} {p[3:6]} {p[6:]}", f"+48{p}"][s]
    raise ValueError(country)


# ----------------------------------------------------------------------------- dates
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


def birth_date(rng: random.Random, min_age: int = 18, max_age: int = 90) -> dt.date:
    today = dt.date(2026, 6, 1)
    days = rng.randint(min_age * 365, max_age * 365)
    return today - dt.timedelta(days=days)


def any_date(rng: random.Random, start: int = 2019, end: int = 2026) -> dt.date:
    a = dt.date(start, 1, 1)
    return a + dt.timedelta(days=rng.randint(0, (dt.date(end, 6, 1) - a).days))


def fmt_date(rng: random.Random, d: dt.date, lang: str, style: int | None = None) -> str:
    s = rng.randint(0, 3) if style is None else style
    m = MONTHS[lang if lang in MONTHS else "en"][d.month - 1]
    if s == 0:
        return d.isoformat()
    if s == 1:
        if lang == "en":
            return f"{d.month:02d}/{d.day:02d}/{d.year}"
        if lang in ("de", "pl"):
            return f"{d.day:02d}.{d.month:02d}.{d.year}"
        if lang == "nl":
            return f"{d.day:02d}-{d.month:02d}-{d.year}"
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if s == 2:
        if lang == "en":
            return f"{m} {d.day}, {d.year}"
        if lang == "de":
            return f"{d.day}. {m} {d.year}"
        if lang in ("es", "pt"):
            return f"{d.day} de {m} de {d.year}"
        return f"{d.day} {m} {d.year}"
    # short numeric with 2-digit year or single digits
    if lang == "en":
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if lang in ("de", "pl"):
        return f"{d.day}.{d.month}.{d.year}"
    return f"{d.day}/{d.month}/{d.year}"


# ----------------------------------------------------------------------------- addresses
def street_line(f: Faker, country: str, rng: random.Random) -> str:
    if country == "pl":
        s = f.street_name()
        if not s.lower().startswith(("ul", "al", "pl", "os")):
            s = "ul. " + s
        n = str(rng.randint(1, 180))
        if rng.random() < 0.4:
            n += f"/{rng.randint(1, 60)}"
        return f"{s} {n}"
    if country == "fr":
        return f"{rng.randint(1, 150)}{rng.choice(['', '', '', ' bis'])}{rng.choice([' ', ', '])}{f.street_name()}"
    if country == "es":
        return f"{f.street_name()}, {rng.randint(1, 150)}" + (
            f", {rng.randint(1, 9)}º {rng.choice('ABCD')}" if rng.random() < 0.4 else ""
        )
    if country == "it":
        return f"{f.street_name()}, {rng.randint(1, 200)}"
    if country == "nl":
        return f"{f.street_name()} {rng.randint(1, 250)}" + (rng.choice(["", "", "A", "-2", " bis"]))
    if country in ("pt", "br"):
        return f"{f.street_name()}, {rng.randint(1, 999)}" + (
            f", {rng.randint(1, 9)}º {rng.choice(['Esq', 'Dto'])}" if country == "pt" and rng.random() < 0.3 else ""
        )
    if country == "de":
        return f"{f.street_name()} {rng.randint(1, 180)}" + rng.choice(["", "", "", "a", "b"])
    if country == "gb":
        return f"{rng.randint(1, 220)} {f.street_name()}"
    return f.street_address()


IT_CITIES = (
    "Milano",
    "Roma",
    "Torino",
    "Napoli",
    "Bologna",
    "Firenze",
    "Genova",
    "Bari",
    "Palermo",
    "Verona",
    "Padova",
    "Brescia",
    "Bergamo",
    "Modena",
    "Parma",
    "Reggio Emilia",
    "Perugia",
    "Ancona",
    "Pescara",
    "Cagliari",
    "Trieste",
    "Udine",
    "Trento",
    "Bolzano",
    "Lecce",
    "Salerno",
    "Catania",
    "Messina",
    "Monza",
    "Como",
    "Varese",
    "Novara",
    "Pavia",
    "Cremona",
    "Mantova",
    "Vicenza",
    "Treviso",
    "Rovigo",
    "Ferrara",
    "Ravenna",
    "Rimini",
    "Forlì",
    "Pisa",
    "Livorno",
    "Lucca",
    "Arezzo",
    "Siena",
    "Grosseto",
    "Viterbo",
    "Latina",
    "Frosinone",
    "Caserta",
    "Avellino",
    "Benevento",
    "Potenza",
    "Matera",
    "Cosenza",
    "Catanzaro",
    "Sassari",
    "Nuoro",
    "Aosta",
    "Cuneo",
    "Asti",
    "Alessandria",
    "Biella",
    "Savona",
    "Imperia",
    "La Spezia",
    "Sondrio",
    "Lodi",
    "Belluno",
    "Pordenone",
    "Gorizia",
    "Piacenza",
    "Terni",
    "Fano",
    "Senigallia",
    "Chieti",
    "Teramo",
    "L'Aquila",
    "Campobasso",
    "Isernia",
    "Foggia",
    "Andria",
    "Barletta",
    "Taranto",
    "Brindisi",
    "Crotone",
    "Vibo Valentia",
    "Agrigento",
    "Trapani",
    "Ragusa",
    "Siracusa",
    "Enna",
    "Caltanissetta",
    "Olbia",
    "Oristano",
    "Carbonia",
    "Vigevano",
    "Sesto San Giovanni",
)


def city_(f: Faker) -> str:
    """``f.city()``; Faker's it_IT city provider is not reproducible across processes, so use a fixed list."""
    if f.locales and f.locales[0] == "it_IT":
        return f.random_element(IT_CITIES)
    return f.city()


def full_address(f: Faker, country: str, rng: random.Random) -> tuple[str, str, str, str]:
    """(one-line address, postcode, city, street line) in the national order, with the usual local variants."""
    street = street_line(f, country, rng)
    pc, city = f.postcode(), city_(f)
    v = rng.random()
    if country == "en":
        st = f.state_abbr()
        return f"{street}, {city}, {st} {pc}", pc, city, street
    if country == "gb":
        if v < 0.2:
            street = f"Flat {rng.randint(1, 30)}, {street}"
        town = city.upper() if rng.random() < 0.25 else city
        return f"{street}, {town} {pc}", pc, city, street
    if country == "it":
        prov = f" ({rng.choice(['MI', 'RM', 'TO', 'NA', 'BO', 'FI', 'BA', 'PA', 'VR', 'GE'])})" if v < 0.3 else ""
        return f"{street}, {pc} {city}{prov}", pc, city, street
    if country == "br":
        return f"{street} - {f.bairro()}, {city} - {f.estado_sigla()}, {pc}", pc, city, street
    if country == "nl" and rng.random() < 0.5:
        pc = pc.replace(" ", "")
    if country == "fr" and rng.random() < 0.3:
        city = city.upper()
    if country == "de" and v < 0.1:
        return f"{street}, D-{pc} {city}", pc, city, street
    if country in ("de", "fr", "nl") and 0.1 <= v < 0.2:
        return f"{street} {pc} {city}", pc, city, street
    return f"{street}, {pc} {city}", pc, city, street


# ----------------------------------------------------------------------------- messy helpers
def messy(
    rng: random.Random, values: list, null_rate: float = 0.0, ws_rate: float = 0.0, null_tokens: tuple = (None,)
) -> list:
    out = []
    for v in values:
        if v is not None and rng.random() < null_rate:
            out.append(rng.choice(null_tokens))
            continue
        if isinstance(v, str) and rng.random() < ws_rate:
            v = rng.choice([" ", "  ", ""]) + v + rng.choice([" ", "", "  "])
        out.append(v)
    return out


@dataclass
class Column:
    header: str
    values: list
    entity: str
    subtype: str | None = None
    note: str = ""

    @property
    def category(self) -> str:
        return ENTITY_CATEGORY[self.entity]


@dataclass
class Table:
    name: str
    lang: str  # one of LANGS or "mixed"
    domain: str
    columns: list[Column] = field(default_factory=list)
    delimiter: str = ","

    def add(self, header: str, values: list, entity: str, subtype: str | None = None, note: str = "") -> None:
        assert entity in ENTITY_CATEGORY, entity
        assert all(c.header != header for c in self.columns), header
        self.columns.append(Column(header, list(values), entity, subtype, note))

    @property
    def n_rows(self) -> int:
        return len(self.columns[0].values)
